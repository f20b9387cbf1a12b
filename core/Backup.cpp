#include "Backup.h"

#include "Database.h"
#include "SqlError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lotbook {

namespace {

// This file's strings; lupdate files them under the "Backup" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

const QString kDestination = QStringLiteral("destination");

Result<BackupInfo> destinationError(const QString &message)
{
    return Result<BackupInfo>::failure(kDestination, message);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Permission bits as well as access(2): root may write anywhere, but a folder
// without any write bit was meant to stay unchanged (as Database treats files).
bool folderWritable(const QFileInfo &folder)
{
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return (folder.permissions() & anyWrite) && folder.isWritable();
}

// What went wrong while writing the copy, in words that say what to do.
QString writeFailure(const QString &driverText, const QString &destination)
{
    const QString t = driverText.toLower();
    if (t.contains(QLatin1String("disk is full")) || t.contains(QLatin1String("no space")) ||
        t.contains(QLatin1String("file too large")))
        return Text::tr(
                   "The disk holding %1 is full; the backup was not written. Free some space or "
                   "choose another place. (%2)")
            .arg(native(destination), driverText);
    if (t.contains(QLatin1String("disk i/o error")))
        return Text::tr("The disk holding %1 reported an error; the backup was not written. (%2)")
            .arg(native(destination), driverText);
    if (t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy")))
        return Text::tr("The database is busy in another program; the backup was not written. Try "
                        "again in a moment. (%1)")
            .arg(driverText);
    return Text::tr("The backup to %1 failed: %2").arg(native(destination), driverText);
}

// Removes the partial copy (and anything SQLite put beside it) unless released.
class PartialFile
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        if (m_path.isEmpty())
            return;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

// VACUUM INTO does not sync what it writes; a backup must survive a power cut.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(f.handle()) == 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// Moves the finished copy into place. Without `replace` an existing file is
// never clobbered, even one created a moment ago by someone else.
bool moveIntoPlace(const QString &from, const QString &to, bool replace, QString *why)
{
    if (!replace) {
        QFile f(from);
        if (f.rename(to))
            return true;
        *why = f.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *why = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#else
    QFile::remove(to);
    QFile f(from);
    if (f.rename(to))
        return true;
    *why = f.errorString();
    return false;
#endif
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("lotbook-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString cancelled()
{
    return Text::tr("The backup was cancelled; nothing was written.");
}

// VACUUM INTO `target` through a connection of its own. On failure, the
// message and whether the source (rather than the destination) was the problem.
struct CopyFailure
{
    QString message;
    bool source = false;
};

CopyFailure vacuumInto(const QString &sourcePath, const QString &target, const QString &destination,
                       SqlStop *stop)
{
    const QString name = newConnectionName();
    CopyFailure failure;
    {
        if (Status s = Database::addConnection(name, sourcePath); !s) {
            failure = {s.message(), true};
        } else {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QSqlQuery q(db);
            // The file name is bound, never pasted into the statement.
            bool failed = false;
            if (stop && !stop->attach(db))
                failure = {cancelled(), false};
            else if (Status s = exec(q, QStringLiteral("VACUUM INTO ?"), {target},
                                     QT_TRANSLATE_NOOP("SqlError", "writing a backup"));
                     !s) {
                failed = true;
                failure = {stop && stop->stopped()
                               ? cancelled()
                               : writeFailure(q.lastError().text(), destination),
                           false};
            }
            if (stop)
                stop->detach(failed);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace

namespace Backup {

Result<BackupInfo> write(const Database &database, const QString &destination, Existing existing)
{
    return write(database.path(), destination, existing);
}

Result<BackupInfo> write(const QString &sourcePath, const QString &destination, Existing existing,
                         SqlStop *stop)
{
    if (destination.trimmed().isEmpty())
        return destinationError(Text::tr("No file name was given for the backup."));
    const QFileInfo source(sourcePath);
    const QFileInfo target(QFileInfo(destination).absoluteFilePath());
    const QString targetPath = target.absoluteFilePath();
    const QFileInfo folder(target.absolutePath());

    if (!source.exists())
        return Result<BackupInfo>::failure(
            {}, Text::tr("There is no database file at %1 to back up.").arg(native(sourcePath)));
    if (!folder.exists())
        return destinationError(
            Text::tr("The folder %1 does not exist; the backup %2 was not written.")
                .arg(native(folder.absoluteFilePath()), native(targetPath)));
    if (!folder.isDir())
        return destinationError(
            Text::tr("%1 is not a folder; the backup %2 cannot be written there.")
                .arg(native(folder.absoluteFilePath()), native(targetPath)));
    if (target.isDir())
        return destinationError(
            Text::tr("%1 is a folder; give a file name for the backup.").arg(native(targetPath)));
    if (target.exists() && target.canonicalFilePath() == source.canonicalFilePath())
        return destinationError(
            Text::tr("%1 is the database itself; a backup must go to another file.")
                .arg(native(targetPath)));
    if (target.exists() && existing == Existing::Refuse)
        return destinationError(
            Text::tr("%1 already exists; the backup was not written. Choose another name, or allow "
                     "replacing the existing file.")
                .arg(native(targetPath)));
    if (!folderWritable(folder))
        return destinationError(
            Text::tr(
                "The folder %1 cannot be written (no permission); the backup %2 was not written. "
                "Choose another folder.")
                .arg(native(folder.absoluteFilePath()), native(targetPath)));

    // An empty file with a unique name: VACUUM INTO accepts an empty target.
    // Hidden and named after the backup, so a leftover says what it was.
    QString partialPath;
    {
        QTemporaryFile partial(folder.absoluteFilePath() + QLatin1String("/.") + target.fileName() +
                               QLatin1String(".partial-XXXXXX"));
        partial.setAutoRemove(false);
        if (!partial.open())
            return destinationError(
                Text::tr("Cannot write in the folder %1: %2; the backup was not "
                         "written.")
                    .arg(native(folder.absoluteFilePath()), partial.errorString()));
        partialPath = partial.fileName();
    }
    PartialFile cleanup(partialPath);

    if (const CopyFailure failed =
            vacuumInto(source.absoluteFilePath(), partialPath, targetPath, stop);
        !failed.message.isEmpty())
        return Result<BackupInfo>::failure(
            failed.source || (stop && stop->stopped()) ? QString() : kDestination, failed.message);

    int version = 0;
    {
        OpenResult check = Database::open(partialPath, OpenMode::Inspect, Verify::ByCaller);
        Status checked = check.ok() ? Database::quickCheck(partialPath, stop)
                                    : Status::failure({}, check.message);
        if (stop && stop->stopped())
            return Result<BackupInfo>::failure({}, cancelled());
        if (!checked)
            return destinationError(
                Text::tr("The copy written to %1 did not pass its check, so it was removed: %2")
                    .arg(native(targetPath), checked.message()));
        version = check.database->schemaVersion();
    }

    QFile::setPermissions(partialPath, source.permissions() | QFile::ReadOwner | QFile::WriteOwner);
    if (!syncFile(partialPath))
        return destinationError(
            Text::tr("The copy could not be flushed to the disk holding %1; the backup was not "
                     "written.")
                .arg(native(targetPath)));
    QString why;
    if (!moveIntoPlace(partialPath, targetPath, existing == Existing::Replace, &why)) {
        if (existing == Existing::Refuse && QFileInfo::exists(targetPath))
            return destinationError(
                Text::tr("%1 already exists; the backup was not written. Choose another name, or "
                         "allow replacing the existing file.")
                    .arg(native(targetPath)));
        return destinationError(Text::tr("The finished copy could not be renamed to %1: %2")
                                    .arg(native(targetPath), why));
    }
    cleanup.release();
    syncFolder(folder.absoluteFilePath());

    BackupInfo info;
    info.path = targetPath;
    info.bytes = QFileInfo(targetPath).size();
    info.schemaVersion = version;
    return info;
}

QString suggestedFileName(const QString &databasePath, QDate date)
{
    QString base = QFileInfo(databasePath).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("lotbook");
    return base + QLatin1Char('-') + date.toString(Qt::ISODate) + QStringLiteral(".sqlite");
}

QString upgradeBackupPath(const QString &databasePath, int version, QDate date)
{
    const QString stem = QFileInfo(databasePath).absoluteFilePath() +
                         QStringLiteral(".v%1-%2").arg(version).arg(date.toString(Qt::ISODate));
    QString path = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1.bak").arg(n);
    return path;
}

} // namespace Backup

} // namespace lotbook
