// A list model's own connection to the open database file. A lazily fetching
// list keeps its SELECT open between fetches, and an open SELECT holds its
// connection's read snapshot: on the connection the window saves through,
// SQLite then refuses the next save ("database is locked") as soon as another
// program has written, and every list refreshed on it keeps showing the old
// data. On its own connection each list reads the newest data whenever it runs
// its query again, and saves are never held back by a list.
#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace lotbook {

class ListConnection
{
public:
    // Opens a read-only clone of `main` (same file, options and busy timeout);
    // if that fails, the list reads through `main` itself.
    explicit ListConnection(const QSqlDatabase &main);
    ~ListConnection(); // closes the clone; queries on it stop working
    ListConnection(const ListConnection &) = delete;
    ListConnection &operator=(const ListConnection &) = delete;

    QSqlDatabase database() const;
    // Ends `old` (the list's previous query) so that the next query on this
    // connection starts from the newest committed data.
    static void release(QSqlQuery old);

private:
    QString m_name;     // the clone, or empty when reading through the main connection
    QString m_mainName; // the connection it was cloned from
};

} // namespace lotbook
