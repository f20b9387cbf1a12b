// The audit trail: one append-only event per create, edit, archive, restore,
// import or catalog change, written by the caller inside the same transaction
// as the change itself. Each event lists every changed field, old and new.
#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace lotbook {

class Database;

struct FieldChange
{
    QString field; // column name, e.g. "expires_on"
    QVariant oldValue;
    QVariant newValue;
    bool operator==(const FieldChange &) const = default;
};

struct AuditEvent
{
    qint64 seq = 0;
    QString at; // UTC ISO 8601
    QString user;
    QString action; // create, update, deactivate, activate, archive, restore, import
    QString entity; // part, supplier, warehouse, bin, lot
    qint64 entityId = 0;
    QString entityKey; // human key: part number, lot number, name
    QList<FieldChange> changes;
    QString changesJson; // the changes exactly as stored (what the hash covers)
    QString prevHash;    // hash of the event before (empty for the first)
    QString hash;        // SHA-256 (hex) over this event's canonical content and prevHash
};

// Result of walking the hash chain from the first event to the newest.
struct AuditVerification
{
    bool intact = true;
    qint64 count = 0;     // events read
    QString newestHash;   // hash of the newest event ("" when there is none)
    qint64 brokenSeq = 0; // first event that fails, when not intact
    QString problem;      // what is wrong with it, in words
};

namespace AuditLog {
// Writes one event, chained to the newest one. Call inside the transaction
// that makes the change (it also guards itself with a savepoint).
Status record(Database &db, const QString &action, const QString &entity, qint64 entityId,
              const QString &entityKey, const QList<FieldChange> &changes);
// Writes events exactly as record() does, with its statements prepared once:
// for many events in one transaction (an import). Use it only inside the
// caller's open transaction; unlike record() it opens no savepoint of its own.
class Recorder
{
public:
    // One event of a batch.
    struct Draft
    {
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString entityKey;
        QList<FieldChange> changes;
    };

    explicit Recorder(Database &db);
    Status record(const QString &action, const QString &entity, qint64 entityId,
                  const QString &entityKey, const QList<FieldChange> &changes);
    // Writes the events in order, chained, a few dozen rows per statement:
    // the chain's head is read once per call, not once per event.
    Status recordAll(const QList<Draft> &drafts);

private:
    Status prepare();
    Database &m_db;
    QSqlQuery m_newest;
    QSqlQuery m_insert;
    QSqlQuery m_insertMany; // kBatch events
    bool m_prepared = false;
    bool m_manyPrepared = false;
};
// The fields whose value differs between `before` and `after` (in `fields` order).
// A create passes an empty `before`.
QList<FieldChange> diff(const QVariantMap &before, const QVariantMap &after,
                        const QStringList &fields);
// Events for one entity, oldest first; all events when entity is empty.
Result<QList<AuditEvent>> events(const Database &db, const QString &entity = {},
                                 qint64 entityId = 0);
// SHA-256 (lower-case hex) over the event's canonical content and prevHash.
QString eventHash(const AuditEvent &event, const QString &prevHash);
// Walks the whole chain: sequence numbers without gaps, each event linked to
// the one before and matching its own hash.
Result<AuditVerification> verify(const Database &db);
// Recomputes every event's prev_hash and hash in sequence order. Only for the
// schema step that introduced the chain (the update trigger is off then).
Status rehashChain(QSqlDatabase db);
// JSON text of the change list as stored, and back.
QString changesToJson(const QList<FieldChange> &changes);
QList<FieldChange> changesFromJson(const QString &json);

// "SELECT <every event column> FROM audit_event", for queries that add their
// WHERE and ORDER BY; eventFromRow() reads one row of it.
QString eventSelect();
AuditEvent eventFromRow(const QSqlQuery &q);
} // namespace AuditLog

} // namespace lotbook
