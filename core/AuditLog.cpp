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

namespace {
// A JSON string literal, escaped exactly as QJsonDocument's compact form does.
void appendJsonString(QString &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20) {
                out += QLatin1String("\\u00");
                out += QLatin1Char(hex[c.unicode() >> 4]);
                out += QLatin1Char(hex[c.unicode() & 0xf]);
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
}

void appendJsonValue(QString &out, const QVariant &v)
{
    const QJsonValue value = toJson(v);
    switch (value.type()) {
    case QJsonValue::Null:
        out += QLatin1String("null");
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    default:
        break;
    }
    if (value.isDouble() && v.typeId() != QMetaType::Double) {
        out += QString::number(value.toInteger());
        return;
    }
    // Rare (no audited field is a double): Qt's own number format.
    const QByteArray one = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QString::fromUtf8(one.mid(1, one.size() - 2));
}
} // namespace

// Written by hand, not through QJsonDocument: an import writes one event per
// lot and building JSON objects was a tenth of its time. The text is the same
// as QJsonDocument's compact form (keys sorted: field, new, old); a test keeps
// it so.
QString changesToJson(const QList<FieldChange> &changes)
{
    QString out;
    out.reserve(32 + changes.size() * 48);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const FieldChange &c = changes.at(i);
        if (i)
            out += QLatin1Char(',');
        out += QLatin1String("{\"field\":");
        appendJsonString(out, c.field);
        out += QLatin1String(",\"new\":");
        appendJsonValue(out, c.newValue);
        out += QLatin1String(",\"old\":");
        appendJsonValue(out, c.oldValue);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
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

// This file's strings; lupdate files them under the "AuditLog" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};
} // namespace

QString eventSelect()
{
    return kEventColumns;
}

AuditEvent eventFromRow(const QSqlQuery &q)
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

namespace {
const QString kNewestEvent =
    QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
const QString kInsertEvent =
    QStringLiteral("INSERT INTO audit_event (seq, at, user_name, action, entity, entity_id, "
                   "entity_key, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// Chains one event to the newest and writes it, through `newest` and `insert`
// already prepared with kNewestEvent and kInsertEvent.
Status writeEvent(Database &db, QSqlQuery &newest, QSqlQuery &insert, const QString &action,
                  const QString &entity, qint64 entityId, const QString &entityKey,
                  const QList<FieldChange> &changes)
{
    if (!newest.exec())
        return Status(FieldErrors{
            sqlError(newest, QT_TRANSLATE_NOOP("SqlError", "reading the newest audit event"))});
    AuditEvent e;
    QString prevHash;
    if (newest.next()) {
        e.seq = newest.value(0).toLongLong() + 1;
        prevHash = newest.value(1).toString();
    } else {
        e.seq = 1;
    }
    newest.finish();
    e.at = utcNowIso();
    e.user = db.userName();
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.entityKey = entityKey;
    e.changes = changes;
    e.changesJson = changesToJson(changes);
    const QVariantList values{
        e.seq,      e.at,        e.user,        e.action, e.entity,
        e.entityId, e.entityKey, e.changesJson, prevHash, eventHash(e, prevHash)};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, boundValue(values.at(i)));
    if (!insert.exec())
        return Status(FieldErrors{
            sqlError(insert, QT_TRANSLATE_NOOP("SqlError", "writing the audit event"))});
    return success();
}
} // namespace

Status record(Database &db, const QString &action, const QString &entity, qint64 entityId,
              const QString &entityKey, const QList<FieldChange> &changes)
{
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery newest(db.connection());
    newest.setForwardOnly(true);
    QSqlQuery insert(db.connection());
    if (!newest.prepare(kNewestEvent))
        return Status(FieldErrors{
            sqlError(newest, QT_TRANSLATE_NOOP("SqlError", "reading the newest audit event"))});
    if (!insert.prepare(kInsertEvent))
        return Status(FieldErrors{
            sqlError(insert, QT_TRANSLATE_NOOP("SqlError", "writing the audit event"))});
    if (Status s = writeEvent(db, newest, insert, action, entity, entityId, entityKey, changes); !s)
        return s;
    return tx.commit();
}

Recorder::Recorder(Database &db)
    : m_db(db), m_newest(db.connection()), m_insert(db.connection()), m_insertMany(db.connection())
{
    m_newest.setForwardOnly(true);
}

Status Recorder::prepare()
{
    if (!m_prepared) {
        if (!m_newest.prepare(kNewestEvent))
            return Status(FieldErrors{sqlError(
                m_newest, QT_TRANSLATE_NOOP("SqlError", "reading the newest audit event"))});
        if (!m_insert.prepare(kInsertEvent))
            return Status(FieldErrors{
                sqlError(m_insert, QT_TRANSLATE_NOOP("SqlError", "writing the audit event"))});
        m_prepared = true;
    }
    return success();
}

Status Recorder::record(const QString &action, const QString &entity, qint64 entityId,
                        const QString &entityKey, const QList<FieldChange> &changes)
{
    if (Status s = prepare(); !s)
        return s;
    return writeEvent(m_db, m_newest, m_insert, action, entity, entityId, entityKey, changes);
}

Status Recorder::recordAll(const QList<Draft> &drafts)
{
    constexpr qsizetype kBatch = 64;
    constexpr int kColumns = 10;
    if (drafts.isEmpty())
        return success();
    if (Status s = prepare(); !s)
        return s;
    // The head once: inside the caller's transaction nobody else appends
    // between the events of this call.
    if (!m_newest.exec())
        return Status(FieldErrors{
            sqlError(m_newest, QT_TRANSLATE_NOOP("SqlError", "reading the newest audit event"))});
    qint64 seq = 0;
    QString prevHash;
    if (m_newest.next()) {
        seq = m_newest.value(0).toLongLong();
        prevHash = m_newest.value(1).toString();
    }
    m_newest.finish();

    auto sqlFor = [](qsizetype rows) {
        QString sql = kInsertEvent;
        const QString one = QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sql.reserve(sql.size() + one.size() * rows);
        for (qsizetype i = 1; i < rows; ++i)
            sql += one;
        return sql;
    };
    const QString at = utcNowIso();
    const QString user = m_db.userName();
    for (qsizetype start = 0; start < drafts.size(); start += kBatch) {
        const qsizetype rows = qMin(kBatch, drafts.size() - start);
        QSqlQuery shortBatch(m_db.connection());
        QSqlQuery *q = &shortBatch;
        if (rows == kBatch) {
            if (!m_manyPrepared && !m_insertMany.prepare(sqlFor(kBatch)))
                return Status(FieldErrors{sqlError(
                    m_insertMany, QT_TRANSLATE_NOOP("SqlError", "writing the audit events"))});
            m_manyPrepared = true;
            q = &m_insertMany;
        } else if (!shortBatch.prepare(sqlFor(rows))) {
            return Status(FieldErrors{
                sqlError(shortBatch, QT_TRANSLATE_NOOP("SqlError", "writing the audit events"))});
        }
        for (qsizetype i = 0; i < rows; ++i) {
            const Draft &d = drafts.at(start + i);
            AuditEvent e;
            e.seq = ++seq;
            e.at = at;
            e.user = user;
            e.action = d.action;
            e.entity = d.entity;
            e.entityId = d.entityId;
            e.entityKey = d.entityKey;
            e.changesJson = changesToJson(d.changes);
            const QString hash = eventHash(e, prevHash);
            const QVariantList values{e.seq,      e.at,        e.user,        e.action, e.entity,
                                      e.entityId, e.entityKey, e.changesJson, prevHash, hash};
            for (int c = 0; c < kColumns; ++c)
                q->bindValue(int(i) * kColumns + c, boundValue(values.at(c)));
            prevHash = hash;
        }
        if (!q->exec())
            return Status(FieldErrors{
                sqlError(*q, QT_TRANSLATE_NOOP("SqlError", "writing the audit events"))});
    }
    return success();
}

Result<AuditVerification> verify(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, kEventColumns + QStringLiteral(" ORDER BY seq"), {},
                        QT_TRANSLATE_NOOP("SqlError", "reading the audit log"));
        !s)
        return s.errors();
    AuditVerification v;
    QString previous;
    qint64 expected = 1;
    while (q.next()) {
        const AuditEvent e = eventFromRow(q);
        ++v.count;
        QString problem;
        if (e.seq > expected) {
            const QString gap =
                expected == 1
                    ? Text::tr("the log starts at event %1").arg(e.seq)
                    : Text::tr("the sequence jumps from %1 to %2").arg(expected - 1).arg(e.seq);
            problem = e.seq == expected + 1
                          ? Text::tr("event %1 is missing (%2)").arg(expected).arg(gap)
                          : Text::tr("events %1 to %2 are missing (%3)")
                                .arg(expected)
                                .arg(e.seq - 1)
                                .arg(gap);
        } else if (e.seq != expected)
            problem = Text::tr("event %1 is out of sequence").arg(e.seq);
        else if (e.prevHash != previous)
            problem = Text::tr("event %1 is not linked to the event before it (its previous-hash "
                               "does not match)")
                          .arg(e.seq);
        else if (eventHash(e, e.prevHash) != e.hash)
            problem = Text::tr("event %1 was altered (its content no longer matches its hash)")
                          .arg(e.seq);
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
                        QT_TRANSLATE_NOOP("SqlError", "reading the audit log"));
        !s)
        return s;
    QList<AuditEvent> events;
    while (read.next())
        events.append(eventFromRow(read));
    read.finish();
    QSqlQuery write(db);
    QString previous;
    for (const AuditEvent &e : std::as_const(events)) {
        const QString hash = eventHash(e, previous);
        if (Status s = exec(
                write,
                QStringLiteral("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?"),
                {previous, hash, e.seq}, QT_TRANSLATE_NOOP("SqlError", "sealing the audit log"));
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
            ? exec(q, kEventColumns + QStringLiteral(" ORDER BY seq"), {},
                   QT_TRANSLATE_NOOP("SqlError", "reading the audit log"))
            : exec(q,
                   kEventColumns +
                       QStringLiteral(" WHERE entity = ? AND entity_id = ? ORDER BY seq"),
                   {entity, entityId}, QT_TRANSLATE_NOOP("SqlError", "reading the audit log"));
    if (!s)
        return s.errors();
    QList<AuditEvent> list;
    while (q.next())
        list.append(eventFromRow(q));
    return list;
}

} // namespace lotbook::AuditLog
