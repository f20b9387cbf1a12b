// A database file without write permission opens read-only, reads normally and
// refuses every store write with a clear message, writing nothing.
#include "AuditLog.h"
#include "CatalogDrafts.h"
#include "Database.h"
#include "PartStore.h"
#include "Schema.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "WarehouseStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace lotbook;
using lotbook::test::fileHash;
using lotbook::test::TempDb;
using namespace lotbook::test;
using lotbook::test::writeFile;

namespace {

QMap<QString, qint64> allCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const char *table : {"part", "supplier", "warehouse", "bin", "audit_event"})
        counts.insert(QLatin1String(table), count(db, QLatin1String(table)));
    return counts;
}

constexpr QFile::Permissions kReadOnly =
    QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions kReadWrite = kReadOnly | QFile::WriteOwner | QFile::WriteUser;

// Restores write permission so the temporary folder can be cleaned up.
struct RestoreWritable
{
    QString path;
    ~RestoreWritable() { QFile::setPermissions(path, kReadWrite); }
};

template <typename R> void requireReadOnlyRefusal(const R &result)
{
    INFO("message: " << result.message().toStdString());
    CHECK_FALSE(result.ok());
    CHECK(result.message().contains(QStringLiteral("read-only")));
}

} // namespace

TEST_CASE("A file without write permission opens read-only and refuses every write",
          "[core][open][readonly]")
{
    TempDb tmp;
    Part part;
    Supplier supplier;
    Warehouse warehouse;
    Bin bin;
    {
        PartStore parts(tmp.db());
        SupplierStore suppliers(tmp.db());
        WarehouseStore warehouses(tmp.db());
        part = parts.create(makePart(QStringLiteral("P-1"), QStringLiteral("Widget"))).value();
        supplier = suppliers.create(makeSupplier(QStringLiteral("Acme"))).value();
        warehouse = warehouses.create(makeWarehouse(QStringLiteral("Main"))).value();
        bin = warehouses.createBin(makeBin(warehouse.id, QStringLiteral("A-1"))).value();
        REQUIRE(part.id > 0);
        REQUIRE(supplier.id > 0);
        REQUIRE(warehouse.id > 0);
        REQUIRE(bin.id > 0);
    }
    tmp.close();

    RestoreWritable restore{tmp.path()};
    REQUIRE(QFile::setPermissions(tmp.path(), kReadOnly));
    const QByteArray hashBefore = fileHash(tmp.path());

    {
        OpenResult r = Database::open(tmp.path(), OpenMode::OpenExisting);
        INFO(r.message.toStdString());
        REQUIRE(r.ok());
        Database &db = *r.database;
        CHECK(db.isReadOnly());
        CHECK(db.schemaVersion() == Schema::currentVersion());

        PartStore parts(db);
        SupplierStore suppliers(db);
        WarehouseStore warehouses(db);
        const QMap<QString, qint64> countsBefore = allCounts(db);

        // Reading works as usual.
        CHECK(parts.get(part.id).value().number == QLatin1String("P-1"));
        CHECK(suppliers.findByName(QStringLiteral("acme")).ok());
        CHECK(warehouses.bins(warehouse.id).value().size() == 1);
        CHECK(AuditLog::events(db).value().size() ==
              countsBefore.value(QStringLiteral("audit_event")));

        Part changedPart = part;
        changedPart.name = QStringLiteral("Changed");
        Supplier changedSupplier = supplier;
        changedSupplier.contact = QStringLiteral("Someone");
        Warehouse changedWarehouse = warehouse;
        changedWarehouse.notes = QStringLiteral("New notes");
        Bin changedBin = bin;
        changedBin.description = QStringLiteral("Top shelf");

        requireReadOnlyRefusal(
            parts.create(makePart(QStringLiteral("P-2"), QStringLiteral("Other"))));
        requireReadOnlyRefusal(parts.update(changedPart));
        requireReadOnlyRefusal(parts.setActive(part.id, false));
        requireReadOnlyRefusal(suppliers.create(makeSupplier(QStringLiteral("Coolco"))));
        requireReadOnlyRefusal(suppliers.update(changedSupplier));
        requireReadOnlyRefusal(suppliers.setActive(supplier.id, false));
        requireReadOnlyRefusal(warehouses.create(makeWarehouse(QStringLiteral("Second"))));
        requireReadOnlyRefusal(warehouses.update(changedWarehouse));
        requireReadOnlyRefusal(warehouses.setActive(warehouse.id, false));
        requireReadOnlyRefusal(warehouses.createBin(makeBin(warehouse.id, QStringLiteral("A-2"))));
        requireReadOnlyRefusal(warehouses.updateBin(changedBin));
        requireReadOnlyRefusal(warehouses.setBinActive(bin.id, false));

        // A write that slips past the stores is stopped by SQLite itself.
        QSqlQuery q(db.connection());
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM part")));
        q.finish();

        CHECK(allCounts(db) == countsBefore);
        CHECK(parts.get(part.id).value().name == QLatin1String("Widget"));
        CHECK(parts.get(part.id).value().active);
        CHECK(suppliers.get(supplier.id).value().contact.isEmpty());
        CHECK(warehouses.get(warehouse.id).value().active);
        CHECK(warehouses.bin(bin.id).value().description.isEmpty());
    }
    CHECK(fileHash(tmp.path()) == hashBefore);
}

TEST_CASE("A writable file is not read-only", "[core][open][readonly]")
{
    TempDb tmp;
    CHECK_FALSE(tmp.db().isReadOnly());
}

TEST_CASE("A read-only file that would need a schema upgrade is refused untouched",
          "[core][open][readonly]")
{
    // An SQLite file with no schema yet (version 0): creating would have to write it.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        const QString name = QStringLiteral("raw-readonly-outdated");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            REQUIRE(q.exec(QStringLiteral("DROP TABLE t")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    RestoreWritable restore{path};
    REQUIRE(QFile::setPermissions(path, kReadOnly));
    const QByteArray hashBefore = fileHash(path);

    OpenResult r = Database::open(path, OpenMode::CreateIfMissing);
    INFO(r.message.toStdString());
    CHECK(r.error == OpenError::ReadOnlyOutdated);
    CHECK(r.message.contains(path));
    CHECK(fileHash(path) == hashBefore);
}

TEST_CASE("An empty file without write permission is not initialised", "[core][open][readonly]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    RestoreWritable restore{path};
    REQUIRE(QFile::setPermissions(path, kReadOnly));

    OpenResult r = Database::open(path, OpenMode::CreateIfMissing);
    INFO(r.message.toStdString());
    CHECK(r.error == OpenError::Io);
    CHECK(r.message.contains(path));
    CHECK(r.message.contains(QStringLiteral("read-only")));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("A file open in another window can be opened again and sees its changes", "[core][open]")
{
    TempDb first;
    PartStore parts(first.db());
    REQUIRE(parts.create(makePart(QStringLiteral("P-1"))).ok());

    // The first connection stays open, its WAL not yet checkpointed.
    OpenResult second = Database::open(first.path(), OpenMode::OpenExisting);
    INFO(second.message.toStdString());
    REQUIRE(second.ok());
    CHECK_FALSE(second.database->isReadOnly());
    PartStore secondParts(*second.database);
    CHECK(secondParts.findByNumber(QStringLiteral("P-1")).ok());

    REQUIRE(secondParts.create(makePart(QStringLiteral("P-2"))).ok());
    CHECK(parts.findByNumber(QStringLiteral("P-2")).ok());
    CHECK(AuditLog::events(first.db()).value().size() == 2);
}
