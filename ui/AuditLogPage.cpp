#include "AuditLogPage.h"

#include "Database.h"

namespace lotbook {

AuditLogPage::AuditLogPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("auditLogPage"));
}

void AuditLogPage::refresh() {}

} // namespace lotbook
