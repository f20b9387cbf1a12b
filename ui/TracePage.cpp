#include "TracePage.h"

#include "Database.h"

namespace lotbook {

TracePage::TracePage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("tracePage"));
}

void TracePage::refresh() {}

} // namespace lotbook
