#include "ExpiringPage.h"

#include "Database.h"

namespace lotbook {

ExpiringPage::ExpiringPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("expiringPage"));
}

void ExpiringPage::refresh() {}

} // namespace lotbook
