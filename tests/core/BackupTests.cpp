// Backups on real files: a copy taken while other connections read and write
// holds exactly the committed state and opens as a Lotbook database; a bad
// destination is refused with a message naming it and leaves nothing behind;
// opening an older file copies it, as it was, before upgrading it.
#include "AuditLog.h"
#include "Backup.h"
#include "CatalogDrafts.h"
#include "Database.h"
#include "Folders.h"
#include "PartStore.h"
#include "RawConnection.h"
#include "Schema.h"
#include "TempDb.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef Q_OS_LINUX
#include <atomic>
#include <chrono>
#include <csignal>
#include <sys/resource.h>
#include <thread>
#endif

using namespace lotbook;
using namespace lotbook::test;

namespace {

QStringList partNumbers(Database &db)
{
    QStringList numbers;
    const Result<QList<Part>> parts = PartStore(db).list(); // kept: the loop reads into it
    REQUIRE(parts.ok());
    for (const Part &p : parts.value())
        numbers << p.number;
    numbers.sort();
    return numbers;
}

std::vector<MigrationStep> firstSteps(std::size_t count)
{
    const std::vector<MigrationStep> &all = Schema::steps();
    return {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(count, all.size()))};
}

// A database file at schema version `version`, holding part OLD-1 (and
// `padding` more parts with long descriptions, to make the file larger).
void writeOldDatabase(const QString &path, int version, int padding = 0)
{
    RawConnection raw(path);
    REQUIRE(Schema::migrate(raw.db(), firstSteps(std::size_t(version))).ok());
    REQUIRE(Schema::userVersion(raw.db()) == version);
    // The version 1 columns, which every later step keeps.
    const QString insert = QStringLiteral(
        "INSERT INTO part (part_number, part_key, name, name_key, description, created_at, "
        "created_by, updated_at, updated_by) VALUES ('%1', '%2', 'Old part', 'old part', '%3', "
        "'2024-01-01T00:00:00.000Z', 'a', '2024-01-01T00:00:00.000Z', 'a')");
    raw.exec(insert.arg(QStringLiteral("OLD-1"), QStringLiteral("old-1"), QString()));
    for (int i = 0; i < padding; ++i) {
        const QString number = QStringLiteral("PAD-%1").arg(i);
        raw.exec(insert.arg(number, number.toLower(), QString(2000, QLatin1Char('x'))));
    }
}

#ifdef Q_OS_LINUX
// Files this process writes cannot grow past `bytes` while it lives: a full
// disk without a small file system. SIGXFSZ is ignored so write() fails instead.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        REQUIRE(getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};
#endif

} // namespace

TEST_CASE("A backup taken while others read and write holds exactly the committed state",
          "[core][backup]")
{
    TempDb tmp;
    for (const char *number : {"P-1", "P-2", "P-3"})
        REQUIRE(PartStore(tmp.db()).create(makePart(QLatin1String(number))).ok());
    const qint64 committedEvents = count(tmp.db(), QStringLiteral("audit_event"));

    // A reader in the middle of a read transaction, in another connection.
    RawConnection reader(tmp.path());
    reader.exec(QStringLiteral("BEGIN"));
    CHECK(reader.scalar(QStringLiteral("SELECT count(*) FROM part")).toInt() == 3);

    // A writer with a change it has not committed, in a third connection.
    OpenResult other = Database::open(tmp.path(), OpenMode::OpenExisting);
    INFO(other.message.toStdString());
    REQUIRE(other.ok());
    const QString backupPath = tmp.file(QStringLiteral("copy.sqlite"));
    Result<BackupInfo> backup;
    {
        Transaction tx(other.database->connection());
        REQUIRE(tx.isActive());
        REQUIRE(PartStore(*other.database).create(makePart(QStringLiteral("UNCOMMITTED"))).ok());

        backup = Backup::write(tmp.db(), backupPath);
        INFO(backup.message().toStdString());
        REQUIRE(backup.ok());
    } // rolled back
    reader.exec(QStringLiteral("COMMIT"));
    // Committed after the backup: not in it.
    REQUIRE(PartStore(tmp.db()).create(makePart(QStringLiteral("LATER"))).ok());

    CHECK(backup.value().path == backupPath);
    CHECK(backup.value().bytes == QFileInfo(backupPath).size());
    CHECK(backup.value().schemaVersion == Schema::currentVersion());

    OpenResult copy = Database::open(backupPath, OpenMode::Inspect);
    INFO(copy.message.toStdString());
    REQUIRE(copy.ok());
    CHECK(partNumbers(*copy.database) ==
          QStringList{QStringLiteral("P-1"), QStringLiteral("P-2"), QStringLiteral("P-3")});
    CHECK(count(*copy.database, QStringLiteral("audit_event")) == committedEvents);
    CHECK(AuditLog::verify(*copy.database).value().intact);
    {
        RawConnection raw(backupPath, true);
        CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() ==
              Database::kApplicationId);
        CHECK(raw.scalar(QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok"));
        // One self-contained file: no write-ahead log to carry along.
        CHECK(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString() ==
              QLatin1String("delete"));
    }
    // The database itself went on as if nothing happened.
    CHECK(partNumbers(tmp.db()) == QStringList{QStringLiteral("LATER"), QStringLiteral("P-1"),
                                               QStringLiteral("P-2"), QStringLiteral("P-3")});
    // No partial file is left beside the copy.
    for (const QString &entry : folderEntries(tmp.dir()))
        CHECK_FALSE(entry.contains(QStringLiteral("partial")));
}

TEST_CASE("A backup refuses an existing file unless asked to replace it", "[core][backup]")
{
    TempDb tmp;
    REQUIRE(PartStore(tmp.db()).create(makePart(QStringLiteral("P-1"))).ok());
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString existing = out.filePath(QStringLiteral("backup.sqlite"));
    writeFile(existing, "yesterday's backup");
    const QByteArray hashBefore = fileHash(existing);

    Result<BackupInfo> refused = Backup::write(tmp.db(), existing);
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.errorFor(QStringLiteral("destination"));
    INFO(message.toStdString());
    CHECK(message.contains(existing));
    CHECK(message.contains(QStringLiteral("already exists")));
    CHECK(fileHash(existing) == hashBefore);
    CHECK(folderEntries(out.path()) == QStringList{QStringLiteral("backup.sqlite")});

    Result<BackupInfo> replaced = Backup::write(tmp.db(), existing, Backup::Existing::Replace);
    INFO(replaced.message().toStdString());
    REQUIRE(replaced.ok());
    CHECK(folderEntries(out.path()) == QStringList{QStringLiteral("backup.sqlite")});
    OpenResult copy = Database::open(existing, OpenMode::Inspect);
    REQUIRE(copy.ok());
    CHECK(partNumbers(*copy.database) == QStringList{QStringLiteral("P-1")});
}

TEST_CASE("A backup to a bad place is refused with a message naming the problem", "[core][backup]")
{
    TempDb tmp;
    REQUIRE(PartStore(tmp.db()).create(makePart(QStringLiteral("P-1"))).ok());
    QTemporaryDir out;
    REQUIRE(out.isValid());

    SECTION("a folder that does not exist")
    {
        const QString folder = out.filePath(QStringLiteral("no/such"));
        Result<BackupInfo> r = Backup::write(tmp.db(), folder + QStringLiteral("/b.sqlite"));
        const QString message = r.errorFor(QStringLiteral("destination"));
        INFO(message.toStdString());
        CHECK_FALSE(r.ok());
        CHECK(message.contains(folder));
        CHECK(message.contains(QStringLiteral("does not exist")));
        CHECK(folderEntries(out.path()).isEmpty());
    }
    SECTION("a folder that cannot be written")
    {
        // Root may write anyway; like a read-only file, a folder without any
        // write permission is not written to.
        const QString folder = out.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkpath(folder));
        RestoreFolder restore{folder};
        REQUIRE(QFile::setPermissions(folder, kReadOnlyFolder));
        Result<BackupInfo> r = Backup::write(tmp.db(), folder + QStringLiteral("/b.sqlite"));
        const QString message = r.errorFor(QStringLiteral("destination"));
        INFO(message.toStdString());
        CHECK_FALSE(r.ok());
        CHECK(message.contains(folder));
        CHECK(message.contains(QStringLiteral("cannot be written")));
        CHECK(folderEntries(folder).isEmpty());
    }
    SECTION("a folder given as the file")
    {
        Result<BackupInfo> r = Backup::write(tmp.db(), out.path());
        INFO(r.message().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(r.errorFor(QStringLiteral("destination")).contains(QStringLiteral("is a folder")));
    }
    SECTION("the database itself, even when replacing is allowed")
    {
        Result<BackupInfo> r = Backup::write(tmp.db(), tmp.path(), Backup::Existing::Replace);
        INFO(r.message().toStdString());
        CHECK_FALSE(r.ok());
        CHECK(r.errorFor(QStringLiteral("destination"))
                  .contains(QStringLiteral("is the database itself")));
        CHECK(partNumbers(tmp.db()) == QStringList{QStringLiteral("P-1")});
    }
    SECTION("no file name")
    {
        Result<BackupInfo> r = Backup::write(tmp.db(), QString());
        CHECK_FALSE(r.errorFor(QStringLiteral("destination")).isEmpty());
    }
}

#ifdef Q_OS_LINUX
TEST_CASE("A backup stopped from another thread writes nothing and says it was cancelled",
          "[core][backup]")
{
    TempDb tmp;
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString destination = out.filePath(QStringLiteral("b.sqlite"));
    SqlStop stop;
    Result<BackupInfo> r;
    SECTION("before it starts")
    {
        stop.stop();
        r = Backup::write(tmp.path(), destination, Backup::Existing::Refuse, &stop);
    }
    SECTION("while it copies: SQLite's statement is interrupted")
    {
        addFiller(tmp, 100000); // about 20 MB
        std::atomic<bool> sawCopy{false};
        std::thread canceller([&] {
            // Once the copy under its temporary name has begun.
            for (int i = 0; i < 20000 && !sawCopy; ++i) {
                for (const QFileInfo &f :
                     QDir(out.path()).entryInfoList(QDir::Files | QDir::Hidden))
                    sawCopy = sawCopy || f.size() > 0;
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
            stop.stop();
        });
        r = Backup::write(tmp.path(), destination, Backup::Existing::Refuse, &stop);
        canceller.join();
        CHECK(sawCopy);
        CHECK(stop.interrupted()); // not merely noticed afterwards
    }
    INFO(r.message().toStdString());
    CHECK_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("cancelled")));
    CHECK(folderEntries(out.path()).isEmpty()); // no copy, no partial file
    // The database itself is as it was, and may be backed up again.
    CHECK(Backup::write(tmp.path(), destination).ok());
}

TEST_CASE("A disk that fills up during a backup gives a clear message and leaves nothing",
          "[core][backup]")
{
    TempDb tmp;
    {
        PartStore parts(tmp.db());
        for (int i = 0; i < 150; ++i) {
            Part p = makePart(QStringLiteral("P-%1").arg(i));
            p.description = QString(1000, QLatin1Char('d'));
            REQUIRE(parts.create(p).ok());
        }
    }
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString destination = out.filePath(QStringLiteral("b.sqlite"));
    Result<BackupInfo> r;
    {
        FileSizeLimit limit(64 * 1024); // the copy needs about 200 KB
        r = Backup::write(tmp.db(), destination);
    }
    const QString message = r.errorFor(QStringLiteral("destination"));
    INFO(message.toStdString());
    CHECK_FALSE(r.ok());
    CHECK(message.contains(QStringLiteral("disk")));
    CHECK(message.contains(QStringLiteral("was not written")));
    CHECK(folderEntries(out.path()).isEmpty());

    // With room again, the same backup works.
    Result<BackupInfo> again = Backup::write(tmp.db(), destination);
    INFO(again.message().toStdString());
    CHECK(again.ok());
}
#endif

TEST_CASE("Backup names: today's date for a backup, the version and date before an upgrade",
          "[core][backup]")
{
    const QDate day(2026, 11, 28);
    CHECK(Backup::suggestedFileName(QStringLiteral("/data/stock.sqlite"), day) ==
          QLatin1String("stock-2026-11-28.sqlite"));
    CHECK(Backup::suggestedFileName(QStringLiteral("/data/lotbook.v2.db"), day) ==
          QLatin1String("lotbook.v2-2026-11-28.sqlite"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("lotbook.sqlite"));
    CHECK(Backup::upgradeBackupPath(db, 3, day) == db + QLatin1String(".v3-2026-11-28.bak"));
    writeFile(db + QLatin1String(".v3-2026-11-28.bak"), "taken");
    CHECK(Backup::upgradeBackupPath(db, 3, day) == db + QLatin1String(".v3-2026-11-28-2.bak"));
    writeFile(db + QLatin1String(".v3-2026-11-28-2.bak"), "taken");
    CHECK(Backup::upgradeBackupPath(db, 3, day) == db + QLatin1String(".v3-2026-11-28-3.bak"));
}

TEST_CASE("Opening an older database copies it, as it was, before upgrading it",
          "[core][backup][migration]")
{
    const int old = Schema::currentVersion() - 1;
    REQUIRE(old >= 1);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
    writeOldDatabase(path, old);
    const QByteArray oldHash = fileHash(path);

    const QDate before = QDate::currentDate();
    OpenResult r = Database::open(path, OpenMode::OpenExisting);
    const QDate after = QDate::currentDate();
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    CHECK(r.database->schemaVersion() == Schema::currentVersion());
    CHECK(PartStore(*r.database).findByNumber(QStringLiteral("OLD-1")).ok());

    // Named after the file, its old version and the day.
    const QString copy = r.database->upgradeBackupPath();
    const auto nameOn = [&](QDate day) {
        return path + QStringLiteral(".v%1-%2.bak").arg(old).arg(day.toString(Qt::ISODate));
    };
    CHECK((copy == nameOn(before) || copy == nameOn(after)));
    REQUIRE(QFileInfo::exists(copy));
    {
        RawConnection raw(copy, true);
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == old);
        CHECK(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt() ==
              Database::kApplicationId);
        CHECK(raw.scalar(QStringLiteral("SELECT name FROM part WHERE part_number = 'OLD-1'"))
                  .toString() == QLatin1String("Old part"));
    }
    // The copy opens (inspected, never upgraded) and still holds the old version.
    {
        OpenResult inspected = Database::open(copy, OpenMode::Inspect);
        INFO(inspected.message.toStdString());
        REQUIRE(inspected.ok());
        CHECK(inspected.database->schemaVersion() == old);
    }
    r.database.reset();
    CHECK(fileHash(path) != oldHash);

    // Opening it again needs no upgrade, and takes no copy.
    OpenResult again = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(again.ok());
    CHECK(again.database->upgradeBackupPath().isEmpty());
    QStringList baks = QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
    CHECK(baks.size() == 1);
}

TEST_CASE("A copy before an upgrade never replaces an earlier one", "[core][backup][migration]")
{
    const int old = Schema::currentVersion() - 1;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
    writeOldDatabase(path, old);
    const QString taken = Backup::upgradeBackupPath(path, old, QDate::currentDate());
    writeFile(taken, "an earlier copy");
    const QByteArray takenHash = fileHash(taken);

    OpenResult r = Database::open(path, OpenMode::OpenExisting);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    const QString copy = r.database->upgradeBackupPath();
    CHECK(copy != taken);
    CHECK(copy.endsWith(QStringLiteral("-2.bak")));
    CHECK(QFileInfo::exists(copy));
    CHECK(fileHash(taken) == takenHash);
}

TEST_CASE("Inspecting an older database takes no copy", "[core][backup][migration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
    writeOldDatabase(path, Schema::currentVersion() - 1);
    OpenResult r = Database::open(path, OpenMode::Inspect);
    REQUIRE(r.ok());
    CHECK(r.database->upgradeBackupPath().isEmpty());
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

#ifdef Q_OS_LINUX
TEST_CASE("When the copy before an upgrade cannot be written, the file is not upgraded",
          "[core][backup][migration]")
{
    const int old = Schema::currentVersion() - 1;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stock.sqlite"));
    writeOldDatabase(path, old, 100); // about 300 KB
    REQUIRE(QFileInfo(path).size() > 200 * 1024);
    const QByteArray hashBefore = fileHash(path);

    OpenResult r;
    {
        FileSizeLimit limit(128 * 1024); // room for the -shm index, not for the copy
        r = Database::open(path, OpenMode::OpenExisting);
    }
    INFO(r.message.toStdString());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error == OpenError::Io);
    CHECK(r.message.contains(path));
    CHECK(r.message.contains(QStringLiteral("upgrade")));
    CHECK(r.message.contains(QStringLiteral("could not be written")));
    CHECK(r.message.contains(QStringLiteral("disk")));
    CHECK(fileHash(path) == hashBefore);
    for (const QString &entry : folderEntries(dir.path())) {
        INFO(entry.toStdString());
        CHECK_FALSE(entry.endsWith(QStringLiteral(".bak")));
        CHECK_FALSE(entry.contains(QStringLiteral("partial")));
    }
    {
        RawConnection raw(path, true);
        CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == old);
    }

    // With room on the disk, the next open copies and upgrades it.
    OpenResult retry = Database::open(path, OpenMode::OpenExisting);
    INFO(retry.message.toStdString());
    REQUIRE(retry.ok());
    CHECK(retry.database->schemaVersion() == Schema::currentVersion());
    CHECK(QFileInfo::exists(retry.database->upgradeBackupPath()));
}
#endif
