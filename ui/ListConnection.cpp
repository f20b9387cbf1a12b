#include "ListConnection.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace lotbook {

namespace {
QString newName(const QString &main)
{
    static QAtomicInteger<int> counter;
    return main + QStringLiteral("/list-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

ListConnection::ListConnection(const QSqlDatabase &main) : m_mainName(main.connectionName())
{
    const QString name = newName(m_mainName);
    bool opened = false;
    {
        QSqlDatabase clone = QSqlDatabase::cloneDatabase(main, name);
        opened = clone.open();
        if (opened) {
            QSqlQuery q(clone);
            // Lists only read; sorts of long lists use temporary b-trees.
            q.exec(QStringLiteral("PRAGMA query_only = ON"));
            q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
    }
    if (opened)
        m_name = name;
    else
        QSqlDatabase::removeDatabase(name);
}

ListConnection::~ListConnection()
{
    // Closing finalizes the list's open statement; the model's query object
    // outlives it harmlessly (its result only keeps a guarded driver pointer).
    if (!m_name.isEmpty())
        QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ListConnection::database() const
{
    return QSqlDatabase::database(m_name.isEmpty() ? m_mainName : m_name, false);
}

void ListConnection::release(QSqlQuery old)
{
    // A copy shares the model's result: finishing it resets the statement.
    old.finish();
}

} // namespace lotbook
