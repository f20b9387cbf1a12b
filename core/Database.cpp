#include "Database.h"

#include "Backup.h"
#include "Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace lotbook {

namespace {

// This file's strings; lupdate files them under the "Database" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("lotbook-%1").arg(counter.fetchAndAddRelaxed(1));
}

OpenResult failure(OpenError error, const QString &message)
{
    OpenResult r;
    r.error = error;
    r.message = message;
    return r;
}

// Closes and removes a connection that never became a Database.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The first problem `PRAGMA quick_check` reports on `db`, or an empty string
// when it says "ok".
QString quickCheckProblem(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return q.lastError().text();
    const QString verdict = q.value(0).toString();
    return verdict == QLatin1String("ok") ? QString() : verdict;
}

QString damagedMessage(const QString &path, const QString &problem)
{
    return Text::tr("%1 is damaged (corrupt): %2").arg(path, problem);
}

bool looksCorrupt(const QSqlError &error)
{
    const QString t = error.text().toLower();
    return t.contains(QLatin1String("malformed")) || t.contains(QLatin1String("not a database")) ||
           t.contains(QLatin1String("corrupt"));
}

constexpr auto kAnyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;

// Whether a file or folder may be written. Permission bits as well as
// access(2): root could write anyway, but a file or folder without any write
// bit was meant to stay unchanged. (Not WriteUser: Qt derives it from
// access(2), which always says yes to root.)
bool writable(const QFileInfo &info)
{
    return (info.permissions() & kAnyWrite) && info.isWritable();
}

// How an existing file can be opened. A WAL database is read through its -shm
// index, which SQLite must create beside the file: in a folder that cannot be
// written, a file with no index and nothing in its log is read as immutable
// (no locks, no index); one whose log holds changes cannot be read at all.
struct FileAccess
{
    ReadOnlyCause cause = ReadOnlyCause::None;
    bool immutable = false;
    QString refusal; // set when the file cannot be read where it is
};

FileAccess fileAccess(const QFileInfo &info)
{
    FileAccess access;
    const QFileInfo folder(info.absolutePath());
    const bool folderWritable = writable(folder);
    if (!writable(info))
        access.cause = ReadOnlyCause::FilePermissions;
    else if (!folderWritable)
        access.cause = ReadOnlyCause::FolderPermissions;
    if (folderWritable)
        return access;

    const QFileInfo wal(info.absoluteFilePath() + QStringLiteral("-wal"));
    const QFileInfo shm(info.absoluteFilePath() + QStringLiteral("-shm"));
    if (wal.exists() && shm.exists())
        return access; // SQLite reads the log through the existing index
    if (wal.exists() && wal.size() > 0) {
        access.refusal =
            Text::tr(
                "%1 cannot be opened: its folder %2 cannot be written, and its write-ahead log "
                "(%3) holds changes that SQLite can only read after creating %4 beside it. Make "
                "the folder writable, or copy the folder somewhere writable and open the copy.")
                .arg(info.absoluteFilePath(), folder.absoluteFilePath(), wal.fileName(),
                     shm.fileName());
        return access;
    }
    access.immutable = true;
    return access;
}

// The name and connect options for a QSQLITE connection to `path`.
void configure(QSqlDatabase &db, const QString &path, bool readOnly, bool immutable)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Database::kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A URI, so that immutable=1 applies; the path is percent-encoded.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:") +
                           QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) +
                           QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
}

struct Inspection
{
    OpenError error = OpenError::None;
    QString message;
    bool empty = false; // a valid SQLite file with no schema at all
    int version = 0;
};

// Looks at an existing SQLite file through a read-only connection, so that a
// file we refuse is never modified. The quick check runs when `verify` says
// so, and always before an upgrade.
Inspection inspect(const QString &path, const FileAccess &access, Verify verify)
{
    Inspection result;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configure(db, path, true, access.immutable);
        if (!db.open()) {
            result.error = OpenError::Io;
            result.message = Text::tr("Cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            auto pragma = [&](const QString &sql, QVariant &out) {
                if (!q.exec(sql) || !q.next())
                    return false;
                out = q.value(0);
                return true;
            };
            QVariant appId, version, objects;
            if (!pragma(QStringLiteral("PRAGMA application_id"), appId) ||
                !pragma(QStringLiteral("PRAGMA user_version"), version) ||
                !pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"), objects)) {
                const bool corrupt = looksCorrupt(q.lastError());
                result.error = corrupt ? OpenError::Corrupt : OpenError::Io;
                result.message =
                    corrupt ? Text::tr("%1 is damaged (corrupt) and cannot be opened: %2")
                                  .arg(path, q.lastError().text())
                            : Text::tr("Cannot read %1: %2").arg(path, q.lastError().text());
            } else if (appId.toInt() == 0 && version.toInt() == 0 && objects.toInt() == 0) {
                result.empty = true;
            } else if (appId.toInt() != Database::kApplicationId) {
                result.error = OpenError::NotLotbook;
                result.message =
                    Text::tr("%1 is an SQLite database, but not a Lotbook database.").arg(path);
            } else if (version.toInt() > Schema::currentVersion()) {
                result.error = OpenError::Newer;
                result.message = Text::tr("%1 was written by a newer version of Lotbook (schema "
                                          "version %2; this version understands up to %3). Please "
                                          "update Lotbook to open it.")
                                     .arg(path)
                                     .arg(version.toInt())
                                     .arg(Schema::currentVersion());
            } else {
                result.version = version.toInt();
                q.finish();
                const bool check =
                    verify == Verify::Now || result.version < Schema::currentVersion();
                if (const QString problem = check ? quickCheckProblem(db) : QString();
                    !problem.isEmpty()) {
                    result.error = OpenError::Corrupt;
                    result.message = damagedMessage(path, problem);
                }
            }
        }
    }
    dropConnection(name);
    return result;
}

bool sqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QDir::home().dirName(); // services and containers often set no USER
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/lotbook.sqlite");
}

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_readOnly(readOnly),
      m_userName(loginName())
{}

Database::~Database()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Schema::userVersion(connection());
}

namespace {
// Adds the connection `name` to the existing file at `rawPath` and opens it:
// read-only when asked, or when the file or its folder cannot be written.
Status openNamed(const QString &name, const QString &rawPath, bool readOnly)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return Status::failure({}, Text::tr("There is no database file at %1.").arg(path));
    const FileAccess access = fileAccess(info);
    if (!access.refusal.isEmpty())
        return Status::failure({}, access.refusal);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    configure(db, path, readOnly || access.cause != ReadOnlyCause::None, access.immutable);
    if (!db.open())
        return Status::failure({}, Text::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    return success();
}
} // namespace

Status Database::addConnection(const QString &name, const QString &rawPath)
{
    return openNamed(name, rawPath, false);
}

void SqlStop::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    // The one place Lotbook uses SQLite's own API: Qt cannot stop a running
    // statement. sqlite3_interrupt() may be called from any thread while the
    // connection is open, which m_mutex guarantees.
    if (m_running)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_running));
}

bool SqlStop::running() const
{
    const std::lock_guard lock(m_mutex);
    return m_running != nullptr;
}

bool SqlStop::interrupted() const
{
    const std::lock_guard lock(m_mutex);
    return m_interrupted;
}

bool SqlStop::stopped() const
{
    const std::lock_guard lock(m_mutex);
    return m_stopped;
}

bool SqlStop::attach(const QSqlDatabase &db)
{
    sqlite3 *handle = nullptr;
    if (const QVariant h = db.driver()->handle();
        h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(h.constData());
    const std::lock_guard lock(m_mutex);
    m_running = handle;
    return !m_stopped;
}

void SqlStop::detach(bool failed)
{
    const std::lock_guard lock(m_mutex);
    m_running = nullptr;
    m_interrupted = m_interrupted || (failed && m_stopped);
}

Status Database::quickCheck(const QString &rawPath, SqlStop *stop)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QString name = newConnectionName();
    QString refusal;
    {
        if (Status opened = openNamed(name, path, true); !opened) {
            refusal = opened.message();
        } else {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            const bool run = !stop || stop->attach(db);
            const QString problem = run ? quickCheckProblem(db) : QString();
            if (stop)
                stop->detach(!problem.isEmpty());
            if (!(stop && stop->stopped()) && !problem.isEmpty())
                refusal = damagedMessage(path, problem);
        }
    }
    dropConnection(name);
    return refusal.isEmpty() ? success() : Status::failure({}, refusal);
}

int Database::fileSchemaVersion(const QString &rawPath)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 || !sqliteHeader(path))
        return -1;
    const QString name = newConnectionName();
    int version = -1;
    if (openNamed(name, path, true)) {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next() &&
            q.value(0).toInt() == kApplicationId && q.exec(QStringLiteral("PRAGMA user_version")) &&
            q.next())
            version = q.value(0).toInt();
    }
    dropConnection(name);
    return version;
}

OpenResult Database::open(const QString &rawPath, OpenMode mode, Verify verify)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    QFileInfo info(path);
    bool creating = false;

    if (!info.exists()) {
        // A folder that cannot be searched hides the file: say so, not "missing".
        const QFileInfo folder(info.absolutePath());
        if (folder.isDir() && !folder.isExecutable())
            return failure(
                OpenError::Io,
                Text::tr("The folder %1 cannot be opened (no permission), so %2 cannot be "
                         "read.")
                    .arg(folder.absoluteFilePath(), path));
        if (mode != OpenMode::CreateIfMissing)
            return failure(OpenError::Missing,
                           Text::tr("There is no database file at %1.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return failure(OpenError::Io,
                           Text::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        creating = true;
    } else if (info.isDir()) {
        return failure(OpenError::NotSqlite,
                       Text::tr("%1 is a folder, not a database file.").arg(path));
    } else if (!info.isReadable()) {
        return failure(OpenError::Io, Text::tr("%1 cannot be read (no permission).").arg(path));
    } else if (info.size() == 0) {
        if (mode != OpenMode::CreateIfMissing)
            return failure(OpenError::NotLotbook,
                           Text::tr("%1 is an empty file, not a Lotbook database.").arg(path));
        if (fileAccess(info).cause != ReadOnlyCause::None)
            return failure(OpenError::Io,
                           Text::tr("%1 is an empty, read-only file; a new database cannot be "
                                    "written into it.")
                               .arg(path));
        creating = true;
    } else if (!sqliteHeader(path)) {
        return failure(
            OpenError::NotSqlite,
            Text::tr("%1 is not a database file (it is not in SQLite format).").arg(path));
    }

    bool readOnly = false;
    FileAccess access;
    QString upgradeBackup;
    if (!creating) {
        access = fileAccess(info);
        if (!access.refusal.isEmpty())
            return failure(OpenError::Io, access.refusal);
        const Inspection seen = inspect(path, access, verify);
        if (seen.error != OpenError::None)
            return failure(seen.error, seen.message);
        if (seen.empty && mode != OpenMode::CreateIfMissing)
            return failure(
                OpenError::NotLotbook,
                Text::tr("%1 is an empty SQLite database, not a Lotbook database.").arg(path));
        if (mode == OpenMode::Inspect)
            access.cause = ReadOnlyCause::Inspection;
        readOnly = access.cause != ReadOnlyCause::None;
        if (readOnly && mode != OpenMode::Inspect && seen.version < Schema::currentVersion())
            return failure(
                OpenError::ReadOnlyOutdated,
                Text::tr("%1 is read-only and was written by an older version of Lotbook; "
                         "it needs an upgrade that cannot be written. Make a writable copy "
                         "to open it.")
                    .arg(path));
        // Before an upgrade, a copy of the file as it is, next to it: a step
        // that goes wrong, or a need to go back to the older Lotbook, costs nothing.
        if (!readOnly && !seen.empty && seen.version < Schema::currentVersion()) {
            Result<BackupInfo> saved = Backup::write(
                path, Backup::upgradeBackupPath(path, seen.version, QDate::currentDate()));
            if (!saved)
                return failure(
                    OpenError::Io,
                    Text::tr("%1 needs an upgrade from schema version %2 to %3. Lotbook "
                             "copies the file before every upgrade, and the copy could not "
                             "be written, so the file was left as it was: %4")
                        .arg(path, QString::number(seen.version),
                             QString::number(Schema::currentVersion()), saved.message()));
            upgradeBackup = saved.value().path;
        }
    }

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configure(db, path, readOnly, access.immutable);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            dropConnection(name);
            return failure(OpenError::Io, Text::tr("Cannot open %1: %2").arg(path, why));
        }
    }
    std::unique_ptr<Database> database(new Database(name, path, readOnly));
    database->m_readOnlyCause = access.cause;
    database->m_upgradeBackupPath = upgradeBackup;
    QSqlDatabase db = database->connection();
    QSqlQuery q(db);

    // Per connection, and a no-op inside a transaction: set it first.
    // A 16 MB page cache (SQLite's default is 2 MB) and in-memory temp
    // tables: imports and sorts of large lists touch many index pages.
    q.exec(QStringLiteral("PRAGMA cache_size = -16000"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return failure(OpenError::Io,
                       Text::tr("Cannot configure %1: %2").arg(path, q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout")) || !q.next() ||
        q.value(0).toInt() != kBusyTimeoutMs)
        return failure(OpenError::Io, Text::tr("Cannot set the busy timeout on %1.").arg(path));

    if (!readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return failure(OpenError::Io, Text::tr("Cannot switch %1 to write-ahead logging: %2")
                                              .arg(path, q.lastError().text()));
        q.finish();
        if (Status s = Schema::migrate(db); !s)
            return failure(OpenError::Io,
                           Text::tr("Cannot prepare the database %1: %2").arg(path, s.message()));
    }
    q.finish();

    OpenResult result;
    result.database = std::move(database);
    return result;
}

} // namespace lotbook
