#include "Database.h"

#include "Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace lotbook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

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

bool looksCorrupt(const QSqlError &error)
{
    const QString t = error.text().toLower();
    return t.contains(QLatin1String("malformed")) || t.contains(QLatin1String("not a database")) ||
           t.contains(QLatin1String("corrupt"));
}

// A file whose permission bits allow no writing is treated as read-only even
// for root, who could write it anyway: the owner meant it to stay unchanged.
bool fileIsReadOnly(const QFileInfo &info)
{
    // Not WriteUser: Qt derives it from access(2), which always says yes to root.
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!(info.permissions() & anyWrite) || !info.isWritable())
        return true;
    // WAL needs to create -wal and -shm files next to the database.
    const QFileInfo folder(info.absolutePath());
    return !folder.isWritable();
}

struct Inspection
{
    OpenError error = OpenError::None;
    QString message;
    bool empty = false; // a valid SQLite file with no schema at all
    int version = 0;
};

// Looks at an existing SQLite file through a read-only connection, so that a
// file we refuse is never modified.
Inspection inspect(const QString &path)
{
    Inspection result;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result.error = OpenError::Io;
            result.message = tr("Cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            auto pragma = [&](const QString &sql, QVariant &out) {
                if (!q.exec(sql) || !q.next())
                    return false;
                out = q.value(0);
                return true;
            };
            QVariant appId, version, objects, check;
            if (!pragma(QStringLiteral("PRAGMA application_id"), appId) ||
                !pragma(QStringLiteral("PRAGMA user_version"), version) ||
                !pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"), objects)) {
                const bool corrupt = looksCorrupt(q.lastError());
                result.error = corrupt ? OpenError::Corrupt : OpenError::Io;
                result.message = corrupt ? tr("%1 is damaged (corrupt) and cannot be opened: %2")
                                               .arg(path, q.lastError().text())
                                         : tr("Cannot read %1: %2").arg(path, q.lastError().text());
            } else if (appId.toInt() == 0 && version.toInt() == 0 && objects.toInt() == 0) {
                result.empty = true;
            } else if (appId.toInt() != Database::kApplicationId) {
                result.error = OpenError::NotLotbook;
                result.message =
                    tr("%1 is an SQLite database, but not a Lotbook database.").arg(path);
            } else if (version.toInt() > Schema::currentVersion()) {
                result.error = OpenError::Newer;
                result.message = tr("%1 was written by a newer version of Lotbook (schema "
                                    "version %2; this version understands up to %3). Please "
                                    "update Lotbook to open it.")
                                     .arg(path)
                                     .arg(version.toInt())
                                     .arg(Schema::currentVersion());
            } else if (!pragma(QStringLiteral("PRAGMA quick_check"), check) ||
                       check.toString() != QLatin1String("ok")) {
                result.error = OpenError::Corrupt;
                result.message =
                    tr("%1 is damaged (corrupt): %2")
                        .arg(path, check.isValid() ? check.toString() : q.lastError().text());
            } else {
                result.version = version.toInt();
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

OpenResult Database::open(const QString &rawPath, OpenMode mode)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    QFileInfo info(path);
    bool creating = false;

    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return failure(OpenError::Missing, tr("There is no database file at %1.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return failure(OpenError::Io,
                           tr("Cannot create the folder %1.").arg(info.absolutePath()));
        creating = true;
    } else if (info.isDir()) {
        return failure(OpenError::NotSqlite, tr("%1 is a folder, not a database file.").arg(path));
    } else if (info.size() == 0) {
        if (mode != OpenMode::CreateIfMissing)
            return failure(OpenError::NotLotbook,
                           tr("%1 is an empty file, not a Lotbook database.").arg(path));
        if (fileIsReadOnly(info))
            return failure(OpenError::Io,
                           tr("%1 is an empty, read-only file; a new database cannot be "
                              "written into it.")
                               .arg(path));
        creating = true;
    } else if (!sqliteHeader(path)) {
        return failure(OpenError::NotSqlite,
                       tr("%1 is not a database file (it is not in SQLite format).").arg(path));
    }

    bool readOnly = false;
    if (!creating) {
        const Inspection seen = inspect(path);
        if (seen.error != OpenError::None)
            return failure(seen.error, seen.message);
        if (seen.empty && mode != OpenMode::CreateIfMissing)
            return failure(OpenError::NotLotbook,
                           tr("%1 is an empty SQLite database, not a Lotbook database.").arg(path));
        readOnly = mode == OpenMode::Inspect || fileIsReadOnly(info);
        if (readOnly && mode != OpenMode::Inspect && seen.version < Schema::currentVersion())
            return failure(OpenError::ReadOnlyOutdated,
                           tr("%1 is read-only and was written by an older version of Lotbook; "
                              "it needs an upgrade that cannot be written. Make a writable copy "
                              "to open it.")
                               .arg(path));
    }

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            dropConnection(name);
            return failure(OpenError::Io, tr("Cannot open %1: %2").arg(path, why));
        }
    }
    std::unique_ptr<Database> database(new Database(name, path, readOnly));
    QSqlDatabase db = database->connection();
    QSqlQuery q(db);

    // Per connection, and a no-op inside a transaction: set it first.
    // A 16 MB page cache (SQLite's default is 2 MB) and in-memory temp
    // tables: imports and sorts of large lists touch many index pages.
    q.exec(QStringLiteral("PRAGMA cache_size = -16000"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return failure(OpenError::Io,
                       tr("Cannot configure %1: %2").arg(path, q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout")) || !q.next() ||
        q.value(0).toInt() != kBusyTimeoutMs)
        return failure(OpenError::Io, tr("Cannot set the busy timeout on %1.").arg(path));

    if (!readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return failure(
                OpenError::Io,
                tr("Cannot switch %1 to write-ahead logging: %2").arg(path, q.lastError().text()));
        q.finish();
        if (Status s = Schema::migrate(db); !s)
            return failure(OpenError::Io,
                           tr("Cannot prepare the database %1: %2").arg(path, s.message()));
    }
    q.finish();

    OpenResult result;
    result.database = std::move(database);
    return result;
}

} // namespace lotbook
