#include "AuditLog.h"

#include "Database.h"
#include "SqlError.h"
#include "Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lotbook::AuditLog {

namespace {
QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    default:
        return v.toString();
    }
}

// SQLite hands integers back as qlonglong and booleans as integers: compare
// values by their stored meaning, not their C++ type.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    return toJson(a) == toJson(b);
}
} // namespace

QString changesToJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &c : changes) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("old"), toJson(c.oldValue));
        o.insert(QStringLiteral("new"), toJson(c.newValue));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FieldChange> changesFromJson(const QString &json)
{
    QList<FieldChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        changes.append({o.value(QStringLiteral("field")).toString(),
                        o.value(QStringLiteral("old")).toVariant(),
                        o.value(QStringLiteral("new")).toVariant()});
    }
    return changes;
}

QList<FieldChange> diff(const QVariantMap &before, const QVariantMap &after,
                        const QStringList &fields)
{
    QList<FieldChange> changes;
    for (const QString &field : fields) {
        if (!after.contains(field))
            continue;
        const QVariant oldValue = before.value(field);
        const QVariant newValue = after.value(field);
        if (!sameValue(oldValue, newValue))
            changes.append({field, oldValue, newValue});
    }
    return changes;
}

Status record(Database &db, const QString &action, const QString &entity, qint64 entityId,
              const QString &entityKey, const QList<FieldChange> &changes)
{
    QSqlQuery q(db.connection());
    return exec(
        q,
        QStringLiteral("INSERT INTO audit_event (at, user_name, action, entity, entity_id, "
                       "entity_key, changes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {utcNowIso(), db.userName(), action, entity, entityId, entityKey, changesToJson(changes)},
        "writing the audit event");
}

Result<QList<AuditEvent>> events(const Database &db, const QString &entity, qint64 entityId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT seq, at, user_name, action, entity, entity_id, "
                                           "entity_key, changes FROM audit_event");
    Status s =
        entity.isEmpty()
            ? exec(q, columns + QStringLiteral(" ORDER BY seq"), {}, "reading the audit log")
            : exec(q, columns + QStringLiteral(" WHERE entity = ? AND entity_id = ? ORDER BY seq"),
                   {entity, entityId}, "reading the audit log");
    if (!s)
        return s.errors();
    QList<AuditEvent> list;
    while (q.next()) {
        AuditEvent e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.entityKey = q.value(6).toString();
        e.changes = changesFromJson(q.value(7).toString());
        list.append(e);
    }
    return list;
}

} // namespace lotbook::AuditLog
