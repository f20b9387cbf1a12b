// The audit trail: one append-only event per create, edit, archive, restore,
// import or catalog change, written by the caller inside the same transaction
// as the change itself. Each event lists every changed field, old and new.
#pragma once

#include "Result.h"

#include <QList>
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
};

namespace AuditLog {
// Writes one event. Call inside the transaction that makes the change.
Status record(Database &db, const QString &action, const QString &entity, qint64 entityId,
              const QString &entityKey, const QList<FieldChange> &changes);
// The fields whose value differs between `before` and `after` (in `fields` order).
// A create passes an empty `before`.
QList<FieldChange> diff(const QVariantMap &before, const QVariantMap &after,
                        const QStringList &fields);
// Events for one entity, oldest first; all events when entity is empty.
Result<QList<AuditEvent>> events(const Database &db, const QString &entity = {},
                                 qint64 entityId = 0);
// JSON text of the change list as stored, and back.
QString changesToJson(const QList<FieldChange> &changes);
QList<FieldChange> changesFromJson(const QString &json);
} // namespace AuditLog

} // namespace lotbook
