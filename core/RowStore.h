// Shared plumbing for the catalog stores: load a row as a map, insert or update
// it together with its audit event in one transaction, and check a normalised
// key for uniqueness. Table and column names come from code, never from input.
#pragma once

#include "AuditLog.h"
#include "Result.h"

#include <QStringList>
#include <QVariantMap>

namespace lotbook {

class Database;

class RowStore
{
public:
    // `fields`: the audited, writable columns in display order.
    RowStore(Database &db, QString table, QStringList fields);

    Database &database() const { return m_db; }
    Result<QVariantMap> loadRow(qint64 id) const;
    // Rows of the table as maps; `clause` is code-written SQL after FROM
    // ("WHERE name_key = ? ORDER BY name_key") with every value bound.
    Result<QList<QVariantMap>> selectRows(const QString &clause, const QVariantList &bound) const;
    // Inserts `values` (plus created/updated stamps) and a "create" audit event.
    Result<qint64> insertRow(const QVariantMap &values, const QString &humanKey);
    // Writes the changed columns of `values` and an audit event named `action`;
    // does nothing (and succeeds) when nothing changed.
    Status updateRow(qint64 id, const QVariantMap &values, const QString &humanKey,
                     const QString &action = QStringLiteral("update"));
    // True when another row (not `excludeId`) has `keyColumn` = key, optionally
    // within rows whose `scopeColumn` = scopeValue.
    Result<bool> keyTaken(const QString &keyColumn, const QString &key, qint64 excludeId,
                          const QString &scopeColumn = {}, const QVariant &scopeValue = {}) const;
    // Refuses writes on a read-only database with a clear message.
    Status writable() const;

private:
    Database &m_db;
    QString m_table;
    QStringList m_fields;
};

// Converts selected rows with `convert` (a row map -> T), keeping errors.
template <typename T, typename Convert>
Result<QList<T>> mapRows(const Result<QList<QVariantMap>> &rows, Convert convert)
{
    if (!rows)
        return rows.errors();
    QList<T> list;
    for (const QVariantMap &row : rows.value())
        list.append(convert(row));
    return list;
}

} // namespace lotbook
