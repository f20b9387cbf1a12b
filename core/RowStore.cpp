#include "RowStore.h"

#include "Database.h"
#include "SqlError.h"
#include "Text.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lotbook {

RowStore::RowStore(Database &db, QString table, QStringList fields)
    : m_db(db), m_table(std::move(table)), m_fields(std::move(fields))
{}

Status RowStore::writable() const
{
    if (m_db.isReadOnly())
        return Status::failure(
            {}, QCoreApplication::translate("RowStore", "This database is open read-only; changes "
                                                        "cannot be saved."));
    return success();
}

Result<QList<QVariantMap>> RowStore::selectRows(const QString &clause,
                                                const QVariantList &bound) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = exec(q, QStringLiteral("SELECT * FROM %1 %2").arg(m_table, clause), bound,
                        QT_TRANSLATE_NOOP("SqlError", "reading records"));
        !s)
        return s.errors();
    QList<QVariantMap> rows;
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        rows.append(row);
    }
    return rows;
}

Result<QVariantMap> RowStore::loadRow(qint64 id) const
{
    Result<QList<QVariantMap>> rows = selectRows(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.errors();
    if (rows.value().isEmpty())
        return Result<QVariantMap>::failure(
            {}, QCoreApplication::translate("RowStore", "The record no longer exists."));
    return rows.value().first();
}

Result<qint64> RowStore::insertRow(const QVariantMap &values, const QString &humanKey)
{
    if (Status s = writable(); !s)
        return s.errors();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return tx.beginStatus().errors();

    QVariantMap row = values;
    const QString now = utcNowIso();
    row.insert(QStringLiteral("created_at"), now);
    row.insert(QStringLiteral("created_by"), m_db.userName());
    row.insert(QStringLiteral("updated_at"), now);
    row.insert(QStringLiteral("updated_by"), m_db.userName());

    QStringList placeholders;
    for (qsizetype i = 0; i < row.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    if (Status s = exec(q,
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(m_table, row.keys().join(QLatin1String(", ")),
                                 placeholders.join(QLatin1String(", "))),
                        row.values(), QT_TRANSLATE_NOOP("SqlError", "saving a new record"));
        !s)
        return s.errors();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, QStringLiteral("create"), m_table, id, humanKey,
                                    AuditLog::diff({}, values, m_fields));
        !s)
        return s.errors();
    if (Status s = tx.commit(); !s)
        return s.errors();
    return id;
}

Status RowStore::updateRow(qint64 id, const QVariantMap &values, const QString &humanKey,
                           const QString &action)
{
    if (Status s = writable(); !s)
        return s;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return tx.beginStatus();
    Result<QVariantMap> before = loadRow(id);
    if (!before)
        return before.errors();
    const QList<FieldChange> changes = AuditLog::diff(before.value(), values, m_fields);
    if (changes.isEmpty())
        return success();

    // Write every given column (key columns change along with their field).
    QVariantMap row = values;
    row.insert(QStringLiteral("updated_at"), utcNowIso());
    row.insert(QStringLiteral("updated_by"), m_db.userName());
    QStringList assignments;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        assignments << it.key() + QStringLiteral(" = ?");
    QVariantList bound = row.values();
    bound << id;
    QSqlQuery q(m_db.connection());
    if (Status s = exec(q,
                        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(m_table, assignments.join(QLatin1String(", "))),
                        bound, QT_TRANSLATE_NOOP("SqlError", "saving a change"));
        !s)
        return s;
    if (Status s = AuditLog::record(m_db, action, m_table, id, humanKey, changes); !s)
        return s;
    return tx.commit();
}

Result<bool> RowStore::keyTaken(const QString &keyColumn, const QString &key, qint64 excludeId,
                                const QString &scopeColumn, const QVariant &scopeValue) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND id <> ?").arg(m_table, keyColumn);
    QVariantList bound{key, excludeId};
    if (!scopeColumn.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(scopeColumn);
        bound << scopeValue;
    }
    if (Status s = exec(q, sql + QStringLiteral(" LIMIT 1"), bound,
                        QT_TRANSLATE_NOOP("SqlError", "checking for duplicates"));
        !s)
        return s.errors();
    return q.next();
}

} // namespace lotbook
