#include "AuditLog.h"

#include "Database.h"
#include "SqlError.h"
#include "Text.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
    case QMetaType::Double:
        return v.toDouble();
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

QString eventHash(const AuditEvent &e, const QString &prevHash)
{
    // Fields separated by the ASCII unit separator, which no field contains
    // unescaped (changes are JSON; the rest are names, keys and timestamps).
    const QStringList parts{
        QString::number(e.seq),      e.at,        e.user,        e.action, e.entity,
        QString::number(e.entityId), e.entityKey, e.changesJson, prevHash};
    const QByteArray canonical = parts.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

namespace {
const QString kEventColumns = QStringLiteral(
    "SELECT seq, at, user_name, action, entity, entity_id, entity_key, changes, prev_hash, hash "
    "FROM audit_event");

AuditEvent eventFrom(const QSqlQuery &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.entityKey = q.value(6).toString();
    e.changesJson = q.value(7).toString();
    e.changes = changesFromJson(e.changesJson);
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLog", text);
}
} // namespace

Status record(Database &db, const QString &action, const QString &entity, qint64 entityId,
              const QString &entityKey, const QList<FieldChange> &changes)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s =
            exec(q, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"),
                 {}, "reading the newest audit event");
        !s)
        return s;
    AuditEvent e;
    QString prevHash;
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        prevHash = q.value(1).toString();
    } else {
        e.seq = 1;
    }
    q.finish();
    e.at = utcNowIso();
    e.user = db.userName();
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.entityKey = entityKey;
    e.changes = changes;
    e.changesJson = changesToJson(changes);
    if (Status s =
            exec(q,
                 QStringLiteral("INSERT INTO audit_event (seq, at, user_name, action, entity, "
                                "entity_id, entity_key, changes, prev_hash, hash) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {e.seq, e.at, e.user, e.action, e.entity, e.entityId, e.entityKey, e.changesJson,
                  prevHash, eventHash(e, prevHash)},
                 "writing the audit event");
        !s)
        return s;
    return tx.commit();
}

Result<AuditVerification> verify(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s =
            exec(q, kEventColumns + QStringLiteral(" ORDER BY seq"), {}, "reading the audit log");
        !s)
        return s.errors();
    AuditVerification v;
    QString previous;
    qint64 expected = 1;
    while (q.next()) {
        const AuditEvent e = eventFrom(q);
        ++v.count;
        QString problem;
        if (e.seq != expected)
            problem = e.seq > expected
                          ? tr("events %1 to %2 are missing (the sequence jumps from %3 to %4)")
                                .arg(expected)
                                .arg(e.seq - 1)
                                .arg(expected - 1)
                                .arg(e.seq)
                          : tr("event %1 is out of sequence").arg(e.seq);
        else if (e.prevHash != previous)
            problem = tr("event %1 is not linked to the event before it (its previous-hash "
                         "does not match)")
                          .arg(e.seq);
        else if (eventHash(e, e.prevHash) != e.hash)
            problem =
                tr("event %1 was altered (its content no longer matches its hash)").arg(e.seq);
        if (!problem.isEmpty() && v.intact) {
            v.intact = false;
            v.brokenSeq = e.seq;
            v.problem = problem;
        }
        previous = e.hash;
        expected = e.seq + 1;
        v.newestHash = e.hash;
    }
    return v;
}

Status rehashChain(QSqlDatabase db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (Status s = exec(read, kEventColumns + QStringLiteral(" ORDER BY seq"), {},
                        "reading the audit log");
        !s)
        return s;
    QList<AuditEvent> events;
    while (read.next())
        events.append(eventFrom(read));
    read.finish();
    QSqlQuery write(db);
    QString previous;
    for (const AuditEvent &e : std::as_const(events)) {
        const QString hash = eventHash(e, previous);
        if (Status s =
                exec(write,
                     QStringLiteral("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?"),
                     {previous, hash, e.seq}, "sealing the audit log");
            !s)
            return s;
        previous = hash;
    }
    return success();
}

Result<QList<AuditEvent>> events(const Database &db, const QString &entity, qint64 entityId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    Status s =
        entity.isEmpty()
            ? exec(q, kEventColumns + QStringLiteral(" ORDER BY seq"), {}, "reading the audit log")
            : exec(q,
                   kEventColumns +
                       QStringLiteral(" WHERE entity = ? AND entity_id = ? ORDER BY seq"),
                   {entity, entityId}, "reading the audit log");
    if (!s)
        return s.errors();
    QList<AuditEvent> list;
    while (q.next())
        list.append(eventFrom(q));
    return list;
}

} // namespace lotbook::AuditLog
