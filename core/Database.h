// One open Lotbook database file: a named Qt SQL connection with the pragmas
// Lotbook relies on (foreign keys, WAL, busy timeout) and a migrated schema.
// Files that are not Lotbook databases, are newer, corrupt or missing are
// refused with a message that says which, and are left untouched. A file that
// cannot be written, or whose folder cannot, opens read-only. Before a schema
// upgrade the file is copied next to itself (see Backup::upgradeBackupPath).
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <mutex>

namespace lotbook {

class Database;

enum class OpenMode
{
    OpenExisting,    // the file must exist and be a Lotbook database
    CreateIfMissing, // create a new database when the file is missing or empty
    Inspect,         // like OpenExisting, but read-only and never migrated (for checks)
};

// Whether open() runs SQLite's quick check, which reads every page (about 1.5 s
// for a 1.4 GB file). A file that needs a schema upgrade is always checked first.
enum class Verify
{
    Now,      // check before returning: a damaged file is refused
    ByCaller, // the caller runs Database::quickCheck() itself (the window, in the
              // background), or this process already did (a worker's second connection)
};

enum class OpenError
{
    None,
    Missing,          // no file at that path (when opening, not creating)
    NotSqlite,        // the file is not an SQLite database at all
    NotLotbook,       // an SQLite file, but not one of ours
    Newer,            // written by a newer Lotbook (higher schema version)
    Corrupt,          // SQLite says the file is damaged
    ReadOnlyOutdated, // read-only file whose schema would need an upgrade
    Io,               // could not create/open/write (permissions, disk, folder)
};

// Why a database is open read-only.
enum class ReadOnlyCause
{
    None,
    Inspection,        // opened with OpenMode::Inspect
    FilePermissions,   // the file has no write permission
    FolderPermissions, // the file could be written, but its folder cannot (no -wal/-shm)
};

// Ends a long statement running on another thread's connection (the quick
// check of every page, a backup's VACUUM INTO): a window that closes, or a
// Cancel button, does not wait for it.
class SqlStop
{
public:
    // Any thread; a statement not yet attached will not run. SQLite ignores
    // an interrupt that comes between attach() and the statement's first
    // step: call stop() again until the work has ended.
    void stop();
    bool stopped() const;
    // Whether a statement is attached now, and whether one ended early
    // because of stop() (SQLite cut it short, rather than it finishing).
    bool running() const;
    bool interrupted() const;

    // For the code that runs the statement, around it: attach() returns
    // false when stop() came first (then do not run it); detach() before
    // the connection closes, saying whether the statement failed.
    bool attach(const QSqlDatabase &db);
    void detach(bool failed = false);

private:
    mutable std::mutex m_mutex;
    bool m_stopped = false;
    bool m_interrupted = false;
    void *m_running = nullptr; // the attached connection's sqlite3 handle
};

struct OpenResult
{
    std::unique_ptr<Database> database; // set when error == None
    OpenError error = OpenError::None;
    QString message; // says what is wrong, naming the file
    bool ok() const { return error == OpenError::None; }
};

class Database
{
public:
    static constexpr int kApplicationId = 0x4C4F5442; // "LOTB"
    static constexpr int kBusyTimeoutMs = 5000;

    static OpenResult open(const QString &path, OpenMode mode, Verify verify = Verify::Now);
    // SQLite's quick check of the Lotbook file at `path`, on a read-only
    // connection of its own (so from any thread): success, or a failure that
    // says the file is damaged (corrupt) and what SQLite found. `stop` lets
    // another thread end it early; a stopped check found nothing and returns
    // success (stop->stopped() says so).
    static Status quickCheck(const QString &path, SqlStop *stop = nullptr);
    // The schema version of the Lotbook file at `path` (read-only, a few
    // milliseconds), or -1 when it is missing or not a Lotbook file: below
    // Schema::currentVersion(), open() copies and upgrades it.
    static int fileSchemaVersion(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    ReadOnlyCause readOnlyCause() const { return m_readOnlyCause; }
    int schemaVersion() const;
    // The copy taken before this open upgraded the schema ("x.sqlite.v3-2026-11-28.bak"),
    // or empty when no upgrade was needed.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }

    // Opens another connection called `name` to the Lotbook file at `path`, for work
    // on another thread (a backup): read-only when the file or its folder cannot be
    // written, with the busy timeout. The caller closes and removes it.
    static Status addConnection(const QString &name, const QString &path);

    // The name written into audit events ("who").
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

private:
    Database(QString connectionName, QString path, bool readOnly);
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    ReadOnlyCause m_readOnlyCause = ReadOnlyCause::None;
    QString m_upgradeBackupPath;
    QString m_userName;
};

// The login name of the person running the program (USER / USERNAME).
QString loginName();

// Where Lotbook keeps its database unless told otherwise: lotbook.sqlite in the
// platform's application data folder (QStandardPaths::AppDataLocation).
QString defaultDatabasePath();

} // namespace lotbook
