#include "AuditQuery.h"

#include "Database.h"
#include "Lot.h"
#include "Money.h"
#include "SqlError.h"
#include "Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "AuditQuery" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)
};

// Lots whose normalised number is `key`: through the trigram index when the key
// is long enough for it (as the lot search does), else by scanning lot_key.
void lotIdsWithKey(const QString &key, QString &sql, QVariantList &values)
{
    if (key.size() >= 3) {
        sql = QStringLiteral("SELECT id FROM lot WHERE id IN (SELECT rowid FROM lot_search "
                             "WHERE lot_search MATCH ?) AND lot_key = ?");
        values << QStringLiteral("\"%1\"").arg(
                      QString(key).replace(QLatin1Char('"'), QStringLiteral("\"\"")))
               << key;
    } else {
        sql = QStringLiteral("SELECT id FROM lot WHERE lot_key = ?");
        values << key;
    }
}
} // namespace

QStringList auditActions()
{
    return {QStringLiteral("create"),    QStringLiteral("update"), QStringLiteral("archive"),
            QStringLiteral("restore"),   QStringLiteral("import"), QStringLiteral("activate"),
            QStringLiteral("deactivate")};
}

QStringList auditEntities()
{
    return {QStringLiteral("lot"), QStringLiteral("part"), QStringLiteral("supplier"),
            QStringLiteral("warehouse"), QStringLiteral("bin")};
}

SqlClause auditWhere(const AuditFilter &filter)
{
    QStringList terms;
    SqlClause clause;
    // `at` is UTC ISO text ("2026-03-01T09:30:00.000Z"): dates compare as prefixes.
    if (filter.from.isValid()) {
        terms << QStringLiteral("at >= ?");
        clause.values << dateToIso(filter.from);
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("at < ?");
        clause.values << dateToIso(filter.to.addDays(1));
    }
    if (!filter.user.trimmed().isEmpty()) {
        terms << QStringLiteral("user_name = ? COLLATE NOCASE");
        clause.values << filter.user.trimmed();
    }
    if (!filter.action.trimmed().isEmpty()) {
        terms << QStringLiteral("action = ?");
        clause.values << filter.action.trimmed().toLower();
    }
    if (!filter.entity.trimmed().isEmpty()) {
        terms << QStringLiteral("entity = ?");
        clause.values << filter.entity.trimmed().toLower();
    }
    // A part or lot by its current number (any case, through the normalised
    // keys) or by the number an event recorded (as typed or in capitals).
    // Every branch is an index search, so SQLite ORs index lookups instead of
    // scanning a long log.
    const QString part = filter.partNumber.trimmed();
    if (!part.isEmpty()) {
        // The part's own events, and those of its lots ("PART/LOT": a key
        // range from "PART/" to just before "PART0", '0' following '/').
        const QString upper = part.toUpper();
        terms << QStringLiteral(
            "((entity = 'part' AND entity_id IN (SELECT id FROM part WHERE part_key = ?)) "
            "OR (entity = 'part' AND entity_key IN (?, ?)) "
            "OR (entity = 'lot' AND entity_id IN (SELECT l.id FROM lot l JOIN part p "
            "ON p.id = l.part_id WHERE p.part_key = ?)) "
            "OR (entity = 'lot' AND entity_key >= ? AND entity_key < ?) "
            "OR (entity = 'lot' AND entity_key >= ? AND entity_key < ?))");
        clause.values << normalizedKey(part) << part << upper << normalizedKey(part)
                      << part + QLatin1Char('/') << part + QLatin1Char('0')
                      << upper + QLatin1Char('/') << upper + QLatin1Char('0');
    }
    const QString lot = filter.lotNumber.trimmed();
    if (!lot.isEmpty()) {
        QString ids;
        QVariantList idValues;
        lotIdsWithKey(normalizedKey(lot), ids, idValues);
        // Recorded keys are looked up under every part's number.
        terms << QStringLiteral(
                     "((entity = 'lot' AND entity_id IN (%1)) "
                     "OR (entity = 'lot' AND entity_key IN (SELECT part_number || '/' || ? "
                     "FROM part)) "
                     "OR (entity = 'lot' AND entity_key IN (SELECT part_number || '/' || ? "
                     "FROM part)))")
                     .arg(ids);
        clause.values << idValues << lot << lot.toUpper();
    }
    clause.sql = terms.join(QLatin1String(" AND "));
    return clause;
}

QString auditOrderBy(const AuditFilter &filter)
{
    return filter.newestFirst ? QStringLiteral("seq DESC") : QStringLiteral("seq ASC");
}

namespace AuditQuery {

Status validate(const AuditFilter &filter)
{
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return Status::failure(QStringLiteral("to"),
                               Text::tr("The date range ends (%1) before it starts (%2).")
                                   .arg(dateToIso(filter.to), dateToIso(filter.from)));
    const QString action = filter.action.trimmed().toLower();
    if (!action.isEmpty() && !auditActions().contains(action))
        return Status::failure(QStringLiteral("action"),
                               Text::tr("Unknown action \"%1\"; use one of %2.")
                                   .arg(filter.action, auditActions().join(QLatin1String(", "))));
    const QString entity = filter.entity.trimmed().toLower();
    if (!entity.isEmpty() && !auditEntities().contains(entity))
        return Status::failure(QStringLiteral("entity"),
                               Text::tr("Unknown entity \"%1\"; use one of %2.")
                                   .arg(filter.entity, auditEntities().join(QLatin1String(", "))));
    if (filter.limit < 0)
        return Status::failure(QStringLiteral("limit"), Text::tr("The limit cannot be negative."));
    return success();
}

Result<QList<AuditEvent>> list(const Database &db, const AuditFilter &filter)
{
    if (Status s = validate(filter); !s)
        return s.errors();
    const SqlClause where = auditWhere(filter);
    QString sql = AuditLog::eventSelect();
    QVariantList values = where.values;
    if (!where.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    sql += QStringLiteral(" ORDER BY ") + auditOrderBy(filter);
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, values, QT_TRANSLATE_NOOP("SqlError", "reading the audit log")); !s)
        return s.errors();
    QList<AuditEvent> events;
    while (q.next())
        events.append(AuditLog::eventFromRow(q));
    return events;
}

Result<qint64> count(const Database &db, const AuditFilter &filter)
{
    if (Status s = validate(filter); !s)
        return s.errors();
    const SqlClause where = auditWhere(filter);
    // Unfiltered, the log's length is its sequence range: events are numbered
    // 1, 2, 3… with no gap (the append-only trigger, no deletes; a gap is what
    // AuditLog::verify() reports). Two index seeks instead of reading 1.4
    // million events. (Each in a subquery of its own: SQLite seeks for a lone MIN or MAX.)
    QString sql = where.sql.isEmpty()
                      ? QStringLiteral("SELECT COALESCE((SELECT MAX(seq) FROM audit_event) - "
                                       "(SELECT MIN(seq) FROM audit_event) + 1, 0)")
                      : QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE ") + where.sql;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s =
            exec(q, sql, where.values, QT_TRANSLATE_NOOP("SqlError", "counting audit events"));
        !s)
        return s.errors();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QStringList> users(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Each next name is one seek in the audit_event_user index (schema step 5):
    // DISTINCT would read every event.
    if (Status s = exec(q,
                        QStringLiteral("WITH RECURSIVE users (name) AS ("
                                       "SELECT MIN(user_name) FROM audit_event UNION ALL "
                                       "SELECT (SELECT MIN(user_name) FROM audit_event "
                                       "WHERE user_name > users.name) FROM users "
                                       "WHERE users.name IS NOT NULL) "
                                       "SELECT name FROM users WHERE name IS NOT NULL "
                                       "ORDER BY name COLLATE NOCASE"),
                        {}, QT_TRANSLATE_NOOP("SqlError", "reading the audit log's users"));
        !s)
        return s.errors();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

std::pair<QString, QString> splitLotKey(const Database &db, const QString &text)
{
    const QString t = text.trimmed();
    qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QString(), t};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (qsizetype at = slash; at >= 0; at = t.indexOf(QLatin1Char('/'), at + 1)) {
        if (exec(q, QStringLiteral("SELECT 1 FROM part WHERE part_key = ?"),
                 {normalizedKey(t.left(at))}, QT_TRANSLATE_NOOP("SqlError", "finding the part")) &&
            q.next())
            return {t.left(at).trimmed(), t.mid(at + 1).trimmed()};
        q.finish();
    }
    return {t.left(slash).trimmed(), t.mid(slash + 1).trimmed()};
}

} // namespace AuditQuery

QString auditActionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("AuditQuery", "Created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("AuditQuery", "Changed")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("AuditQuery", "Archived")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("AuditQuery", "Restored")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("AuditQuery", "Imported")},
        {QStringLiteral("activate"), QT_TRANSLATE_NOOP("AuditQuery", "Reactivated")},
        {QStringLiteral("deactivate"), QT_TRANSLATE_NOOP("AuditQuery", "Deactivated")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : Text::tr(it.value());
}

QString auditEntityName(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("lot"), QT_TRANSLATE_NOOP("AuditQuery", "Lot")},
        {QStringLiteral("part"), QT_TRANSLATE_NOOP("AuditQuery", "Part")},
        {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("AuditQuery", "Supplier")},
        {QStringLiteral("warehouse"), QT_TRANSLATE_NOOP("AuditQuery", "Warehouse")},
        {QStringLiteral("bin"), QT_TRANSLATE_NOOP("AuditQuery", "Bin")},
    };
    const auto it = names.constFind(entity);
    return it == names.constEnd() ? entity : Text::tr(it.value());
}

QString auditFieldLabel(const QString &entity, const QString &field)
{
    if (field == QLatin1String("source_file"))
        return Text::tr("Source file"); // what an import read the record from
    if (entity == QLatin1String("lot"))
        return lotFieldLabel(field);
    static const QHash<QString, const char *> labels{
        {QStringLiteral("part_number"), QT_TRANSLATE_NOOP("AuditQuery", "Part number")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditQuery", "Name")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("AuditQuery", "Unit")},
        {QStringLiteral("price"), QT_TRANSLATE_NOOP("AuditQuery", "Catalog price")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("AuditQuery", "Description")},
        {QStringLiteral("track_lots"), QT_TRANSLATE_NOOP("AuditQuery", "Tracks lots")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("AuditQuery", "Active")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("AuditQuery", "Contact")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditQuery", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("AuditQuery", "Email")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("AuditQuery", "Notes")},
        {QStringLiteral("warehouse_id"), QT_TRANSLATE_NOOP("AuditQuery", "Warehouse")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("AuditQuery", "Code")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : Text::tr(it.value());
}

QString auditValueText(const QString &entity, const QString &field, const QVariant &value,
                       const QLocale *locale)
{
    const bool isLot = entity == QLatin1String("lot");
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return isLot && field == QLatin1String("expires_on") ? Text::tr("no expiry")
                                                             : Text::tr("(none)");
    auto money = [locale](MoneyUnits units) {
        return locale ? formatMoney(units, *locale) : formatMoneyPlain(units);
    };
    if (isLot) {
        if (field == QLatin1String("status"))
            return lotStatusName(lotStatusFromKey(value.toString()));
        if (field == QLatin1String("unit_cost")) {
            // Stored as plain text ("1.25").
            const Result<MoneyUnits> units =
                parseMoney(value.toString(), QLocale::c(), field, field);
            return units ? money(units.value()) : value.toString();
        }
        if (field == QLatin1String("received_on") || field == QLatin1String("expires_on")) {
            const QDate d = dateFromIso(value.toString());
            return d.isValid() && locale ? formatDate(d, *locale) : value.toString();
        }
        if (field == QLatin1String("quantity"))
            return locale ? locale->toString(value.toLongLong())
                          : QString::number(value.toLongLong());
        return value.toString();
    }
    if (field == QLatin1String("price"))
        return money(value.toLongLong());
    if (field == QLatin1String("active") || field == QLatin1String("track_lots"))
        return value.toLongLong() != 0 ? Text::tr("yes") : Text::tr("no");
    if (field == QLatin1String("warehouse_id"))
        return Text::tr("#%1").arg(value.toLongLong());
    return value.toString();
}

namespace {
bool isEmptyValue(const QVariant &v)
{
    return !v.isValid() || v.isNull() || v.toString().isEmpty();
}

// Events that bring a record into being: a create, or an import of a row.
bool isCreation(const AuditEvent &event)
{
    return event.action == QLatin1String("create") || event.action == QLatin1String("import");
}
} // namespace

QString auditChangeLine(const AuditEvent &event, const FieldChange &change, const QLocale *locale)
{
    const QString label = auditFieldLabel(event.entity, change.field);
    QString newText = auditValueText(event.entity, change.field, change.newValue, locale);
    // A bin records its warehouse by id; its key ("Warehouse A / C-12") names
    // the warehouse it was in at the time.
    const QString separator = QStringLiteral(" / ");
    if (event.entity == QLatin1String("bin") && change.field == QLatin1String("warehouse_id") &&
        isEmptyValue(change.oldValue) && event.entityKey.contains(separator))
        newText = event.entityKey.left(event.entityKey.lastIndexOf(separator));
    if (isCreation(event) && isEmptyValue(change.oldValue))
        return Text::tr("%1: %2").arg(label, newText);
    return Text::tr("%1: %2 -> %3")
        .arg(label, auditValueText(event.entity, change.field, change.oldValue, locale), newText);
}

QStringList auditChangeLines(const AuditEvent &event, const QLocale *locale)
{
    const bool create = isCreation(event);
    QStringList lines;
    for (const FieldChange &c : event.changes)
        if (!create || !isEmptyValue(c.newValue) || !isEmptyValue(c.oldValue))
            lines << auditChangeLine(event, c, locale);
    return lines;
}

} // namespace lotbook
