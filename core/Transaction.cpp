#include "Transaction.h"

#include "SqlError.h"

#include <QHash>
#include <QSqlQuery>

namespace lotbook {

namespace {
// Open guards per connection. Connections are used by one thread each.
thread_local QHash<QString, int> openGuards;

QString savepoint(int level)
{
    return QStringLiteral("lotbook_sp%1").arg(level);
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = openGuards[m_db.connectionName()];
    m_level = depth;
    QSqlQuery q(m_db);
    if (q.exec(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                            : QStringLiteral("SAVEPOINT ") + savepoint(m_level))) {
        m_active = true;
        ++depth;
    } else {
        m_begin = Status(
            FieldErrors{sqlError(q, QT_TRANSLATE_NOOP("SqlError", "starting a transaction"))});
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status::failure({}, QStringLiteral("No transaction is open."))
                            : m_begin;
    QSqlQuery q(m_db);
    if (!q.exec(m_level == 0 ? QStringLiteral("COMMIT")
                             : QStringLiteral("RELEASE ") + savepoint(m_level))) {
        const FieldError error = sqlError(q, QT_TRANSLATE_NOOP("SqlError", "saving the change"));
        rollback();
        return Status(FieldErrors{error});
    }
    m_active = false;
    --openGuards[m_db.connectionName()];
    return success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
        q.exec(QStringLiteral("RELEASE ") + savepoint(m_level));
    }
    m_active = false;
    --openGuards[m_db.connectionName()];
}

} // namespace lotbook
