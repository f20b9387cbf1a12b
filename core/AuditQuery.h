// Reading the audit trail: which events to list (dates, user, action, entity,
// part and lot), in one place for the Audit log page and `lotbook-cli audit`,
// with every value bound; and the events in words ("Expiration date:
// 2026-03-01 -> 2026-04-01") for people.
#pragma once

#include "AuditLog.h"
#include "LotQuery.h"
#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

class QLocale;

namespace lotbook {

struct AuditFilter
{
    QDate from;         // UTC date, inclusive; invalid: open
    QDate to;           // UTC date, inclusive; invalid: open
    QString user;       // exact user name, ignoring case; empty: everyone
    QString action;     // "create", "update", ... (auditActions()); empty: every action
    QString entity;     // "part", "lot", ... (auditEntities()); empty: every entity
    QString partNumber; // events of this part and of its lots (ignoring case)
    QString lotNumber;  // events of lots with this number (of partNumber, when also given)
    bool newestFirst = true;
    int limit = 0; // 0: all
};

// The action and entity keys as stored, in the order a list offers them.
QStringList auditActions();
QStringList auditEntities();

// Conditions on audit_event. A part or lot is matched by its current number,
// ignoring case (so its events from before a rename are found too), and by the
// number an event recorded, as given or in capitals (so a renamed lot is found
// under its old number; a lot's under any current part number).
SqlClause auditWhere(const AuditFilter &filter);
// "seq DESC" or "seq ASC".
QString auditOrderBy(const AuditFilter &filter);

namespace AuditQuery {
// Refuses a date range that ends before it starts, an unknown action or entity.
Status validate(const AuditFilter &filter);
Result<QList<AuditEvent>> list(const Database &db, const AuditFilter &filter);
// Events matching the filter (the limit does not apply).
Result<qint64> count(const Database &db, const AuditFilter &filter);
// Every user name that appears in the log, sorted ignoring case (for completion).
Result<QStringList> users(const Database &db);
// Splits "PART/LOT" into part and lot number. Part and lot numbers may both
// contain '/': the split whose part exists is taken, else the first '/'.
// Without '/' the whole text is a lot number of any part.
std::pair<QString, QString> splitLotKey(const Database &db, const QString &text);
} // namespace AuditQuery

// --- In words -------------------------------------------------------------

// "Created", "Changed", "Archived", ... (translated).
QString auditActionName(const QString &action);
// "Part", "Lot", ... (translated).
QString auditEntityName(const QString &entity);
// The human label of a field of an entity ("expires_on" -> "Expiration date").
QString auditFieldLabel(const QString &entity, const QString &field);
// A stored value in words: yes/no, "(none)", "no expiry", a lot's status by
// name. With a locale, dates, quantities and money as the lot dialog shows
// them; without (nullptr, for the command line), dates as YYYY-MM-DD and
// numbers plain with a dot.
QString auditValueText(const QString &entity, const QString &field, const QVariant &value,
                       const QLocale *locale);
// One changed field in words: "Label: old -> new"; in a create or import
// "Label: new".
QString auditChangeLine(const AuditEvent &event, const FieldChange &change, const QLocale *locale);
// Every changed field of the event, one line each; a create or import leaves
// out the fields it left empty.
QStringList auditChangeLines(const AuditEvent &event, const QLocale *locale);

} // namespace lotbook
