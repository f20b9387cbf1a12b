// A writable database file in a folder that cannot be written: SQLite cannot
// create the -wal and -shm files it needs beside a WAL database, so Lotbook
// opens it read-only, says why, writes nothing there, and refuses (saying why)
// only when the file's log holds changes that cannot be read without them.
// Tests run as root in CI, where permission bits do not stop writes: like a
// read-only file, a folder without any write permission is treated as one
// that must not be written, and the tests check that nothing was.
#include "Backup.h"
#include "CatalogDrafts.h"
#include "Database.h"
#include "Folders.h"
#include "PartStore.h"
#include "TempDb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

TEST_CASE("A database in a folder that cannot be written opens read-only and says why",
          "[core][open][readonly]")
{
    TempDb tmp;
    const qint64 id = PartStore(tmp.db()).create(makePart(QStringLiteral("P-1"))).value().id;
    REQUIRE(id > 0);
    tmp.close(); // the last connection: -wal and -shm are removed
    REQUIRE(folderEntries(tmp.dir()) == QStringList{QStringLiteral("lotbook.sqlite")});
    REQUIRE(QFileInfo(tmp.path()).isWritable());

    RestoreFolder restore{tmp.dir()};
    REQUIRE(QFile::setPermissions(tmp.dir(), kReadOnlyFolder));
    const QByteArray hashBefore = fileHash(tmp.path());
    {
        OpenResult r = Database::open(tmp.path(), OpenMode::OpenExisting);
        INFO(r.message.toStdString());
        REQUIRE(r.ok());
        Database &db = *r.database;
        CHECK(db.isReadOnly());
        CHECK(db.readOnlyCause() == ReadOnlyCause::FolderPermissions);

        PartStore parts(db);
        CHECK(parts.get(id).value().number == QLatin1String("P-1"));
        Result<Part> refused = parts.create(makePart(QStringLiteral("P-2")));
        INFO(refused.message().toStdString());
        CHECK_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("read-only")));
        CHECK(count(db, QStringLiteral("part")) == 1);

        // A backup elsewhere still works: reading is all it needs.
        QTemporaryDir out;
        REQUIRE(out.isValid());
        Result<BackupInfo> backup = Backup::write(db, out.filePath(QStringLiteral("b.sqlite")));
        INFO(backup.message().toStdString());
        CHECK(backup.ok());

        // Inspecting (as `check` does) works there too.
        OpenResult inspected = Database::open(tmp.path(), OpenMode::Inspect);
        INFO(inspected.message.toStdString());
        CHECK(inspected.ok());
    }
    // Nothing was created beside the file, and the file is as it was.
    CHECK(folderEntries(tmp.dir()) == QStringList{QStringLiteral("lotbook.sqlite")});
    CHECK(fileHash(tmp.path()) == hashBefore);
}

TEST_CASE("A read-only folder whose database is still open elsewhere opens read-only",
          "[core][open][readonly]")
{
    // The first connection keeps -wal and -shm beside the file: a second
    // connection reads through them.
    TempDb tmp;
    REQUIRE(PartStore(tmp.db()).create(makePart(QStringLiteral("P-1"))).ok());
    REQUIRE(QFileInfo::exists(tmp.path() + QStringLiteral("-wal")));
    REQUIRE(QFileInfo::exists(tmp.path() + QStringLiteral("-shm")));

    RestoreFolder restore{tmp.dir()};
    REQUIRE(QFile::setPermissions(tmp.dir(), kReadOnlyFolder));
    OpenResult r = Database::open(tmp.path(), OpenMode::OpenExisting);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    CHECK(r.database->readOnlyCause() == ReadOnlyCause::FolderPermissions);
    CHECK(PartStore(*r.database).findByNumber(QStringLiteral("P-1")).ok());
}

TEST_CASE("A read-only folder whose database log holds changes is refused, saying why",
          "[core][open][readonly]")
{
    TempDb tmp;
    REQUIRE(PartStore(tmp.db()).create(makePart(QStringLiteral("P-1"))).ok());
    // The file and its log as a crashed program leaves them: changes in the
    // log, not yet copied into the file, and no -shm index.
    const QString wal = tmp.path() + QStringLiteral("-wal");
    REQUIRE(QFileInfo(wal).size() > 0);
    REQUIRE(QFile::copy(wal, tmp.file(QStringLiteral("saved-wal"))));
    REQUIRE(QFile::copy(tmp.path(), tmp.file(QStringLiteral("saved-db"))));
    tmp.close();
    REQUIRE_FALSE(QFileInfo::exists(wal));
    REQUIRE(QFile::remove(tmp.path()));
    REQUIRE(QFile::rename(tmp.file(QStringLiteral("saved-db")), tmp.path()));
    REQUIRE(QFile::rename(tmp.file(QStringLiteral("saved-wal")), wal));
    REQUIRE_FALSE(QFileInfo::exists(tmp.path() + QStringLiteral("-shm")));

    RestoreFolder restore{tmp.dir()};
    REQUIRE(QFile::setPermissions(tmp.dir(), kReadOnlyFolder));
    const QStringList before = folderEntries(tmp.dir());
    const QByteArray hashBefore = fileHash(tmp.path());

    for (OpenMode mode : {OpenMode::OpenExisting, OpenMode::Inspect}) {
        OpenResult r = Database::open(tmp.path(), mode);
        INFO(r.message.toStdString());
        CHECK_FALSE(r.ok());
        CHECK(r.error == OpenError::Io);
        CHECK(r.message.contains(tmp.path()));
        CHECK(r.message.contains(tmp.dir()));
        CHECK(r.message.contains(QStringLiteral("cannot be written")));
        CHECK(r.message.contains(QStringLiteral("lotbook.sqlite-wal")));
    }
    CHECK(folderEntries(tmp.dir()) == before);
    CHECK(fileHash(tmp.path()) == hashBefore);

    // Writable again, the file opens with the change from its log.
    REQUIRE(QFile::setPermissions(tmp.dir(), kWritableFolder));
    OpenResult r = Database::open(tmp.path(), OpenMode::OpenExisting);
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    CHECK(PartStore(*r.database).findByNumber(QStringLiteral("P-1")).ok());
}
