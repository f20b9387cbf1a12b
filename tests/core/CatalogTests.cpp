// Catalog stores (parts, suppliers, warehouses, bins): create, update,
// deactivate, look up; required fields; uniqueness on the trimmed, NFC,
// case-folded key; nothing written when a change is refused.
#include "CatalogDrafts.h"
#include "Database.h"
#include "PartStore.h"
#include "SampleData.h"
#include "SupplierStore.h"
#include "TempDb.h"
#include "WarehouseStore.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lotbook;
using lotbook::test::TempDb;
using namespace lotbook::test;

namespace {

// Row and audit counts together: a refused change must leave both as they were.
struct Counts
{
    qint64 rows = 0;
    qint64 events = 0;
    bool operator==(const Counts &) const = default;
};

Counts counts(Database &db, const QString &table)
{
    return {count(db, table), count(db, QStringLiteral("audit_event"))};
}

QStringList partNumbers(const QList<Part> &parts)
{
    QStringList numbers;
    for (const Part &p : parts)
        numbers << p.number;
    return numbers;
}

template <typename T> QStringList names(const QList<T> &items)
{
    QStringList list;
    for (const T &item : items)
        list << item.name;
    return list;
}

QStringList codes(const QList<Bin> &bins)
{
    QStringList list;
    for (const Bin &b : bins)
        list << b.code;
    return list;
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

// ---------------------------------------------------------------- parts

TEST_CASE("Parts are created with trimmed fields and read back", "[core][catalog][part]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    Part draft;
    draft.id = 999; // ignored on create
    draft.number = QStringLiteral("  CAP-100 ");
    draft.name = QStringLiteral(" Run capacitor ");
    draft.unit = QStringLiteral(" box ");
    draft.price = 125000;
    draft.description = QStringLiteral(" 45/5 uF ");
    draft.trackLots = true;

    Result<Part> created = parts.create(draft);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    const Part &p = created.value();
    CHECK(p.id > 0);
    CHECK(p.id != 999);
    CHECK(p.number == QLatin1String("CAP-100"));
    CHECK(p.name == QLatin1String("Run capacitor"));
    CHECK(p.unit == QLatin1String("box"));
    CHECK(p.price == 125000);
    CHECK(p.description == QLatin1String("45/5 uF"));
    CHECK(p.trackLots);
    CHECK(p.active);

    Result<Part> got = parts.get(p.id);
    REQUIRE(got.ok());
    CHECK(got.value().number == p.number);
    CHECK(got.value().price == 125000);
    CHECK(got.value().trackLots);

    Result<Part> found = parts.findByNumber(QStringLiteral(" cap-100  "));
    REQUIRE(found.ok());
    CHECK(found.value().id == p.id);

    SECTION("a part number of exactly 64 characters is fine")
    {
        CHECK(parts.create(makePart(QString(64, QLatin1Char('X')))).ok());
    }
    SECTION("an empty unit becomes 'ea'")
    {
        Part noUnit = makePart(QStringLiteral("P-2"));
        noUnit.unit = QStringLiteral("   ");
        Result<Part> r = parts.create(noUnit);
        REQUIRE(r.ok());
        CHECK(r.value().unit == QLatin1String("ea"));
    }
}

TEST_CASE("Parts need a part number and a name; bad values are refused with nothing written",
          "[core][catalog][part]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    const Counts before = counts(tmp.db(), QStringLiteral("part"));

    SECTION("no part number")
    {
        Result<Part> r = parts.create(makePart(QStringLiteral("   ")));
        CHECK_FALSE(r.ok());
        CHECK(r.errors().size() == 1);
        CHECK(r.errorFor(QStringLiteral("part_number")).contains(QStringLiteral("required")));
    }
    SECTION("no name")
    {
        Result<Part> r = parts.create(makePart(QStringLiteral("P-1"), QStringLiteral(" ")));
        CHECK_FALSE(r.ok());
        CHECK(r.errors().size() == 1);
        CHECK(r.errorFor(QStringLiteral("name")).contains(QStringLiteral("required")));
    }
    SECTION("neither: both fields reported")
    {
        Result<Part> r = parts.create(Part{});
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.errorFor(QStringLiteral("part_number")).isEmpty());
        CHECK_FALSE(r.errorFor(QStringLiteral("name")).isEmpty());
        CHECK(r.message().contains(QLatin1Char('\n')));
    }
    SECTION("part number too long")
    {
        Result<Part> r = parts.create(makePart(QString(65, QLatin1Char('X'))));
        CHECK(r.errorFor(QStringLiteral("part_number")).contains(QStringLiteral("64")));
    }
    SECTION("unit too long")
    {
        Part p = makePart(QStringLiteral("P-1"));
        p.unit = QString(17, QLatin1Char('u'));
        CHECK_FALSE(parts.create(p).errorFor(QStringLiteral("unit")).isEmpty());
    }
    SECTION("negative price")
    {
        Part p = makePart(QStringLiteral("P-1"));
        p.price = -1;
        Result<Part> r = parts.create(p);
        CHECK(r.errorFor(QStringLiteral("price")).contains(QStringLiteral("negative")));
    }
    CHECK(counts(tmp.db(), QStringLiteral("part")) == before);
}

TEST_CASE("Part numbers are unique ignoring case and surrounding spaces and Unicode form",
          "[core][catalog][part]")
{
    TempDb tmp;
    PartStore parts(tmp.db());

    struct Clash
    {
        QString first;
        QString second;
    };
    const Clash clash = GENERATE(values<Clash>({
        {QStringLiteral("ABC-1"), QStringLiteral("abc-1")},
        {str("ÄBC"), str(" äbc ")},
        {str("Ωmega"), str("ωMEGA")},
        // Precomposed "é" and "e" + combining acute are the same text after NFC.
        {str("caf\u00e9"), str("CAFE\u0301")},
    }));
    INFO(clash.first.toStdString() << " vs " << clash.second.toStdString());

    REQUIRE(parts.create(makePart(clash.first)).ok());
    const Counts before = counts(tmp.db(), QStringLiteral("part"));

    Result<Part> dup = parts.create(makePart(clash.second, QStringLiteral("Other")));
    REQUIRE_FALSE(dup.ok());
    REQUIRE(dup.errors().size() == 1);
    CHECK(dup.errors().first().field == QLatin1String("part_number"));
    CHECK(dup.errorFor(QStringLiteral("part_number")).contains(clash.second.trimmed()));
    CHECK(counts(tmp.db(), QStringLiteral("part")) == before);

    // Looking up by either spelling finds the one part.
    CHECK(parts.findByNumber(clash.second).value().number == clash.first.trimmed());
}

TEST_CASE("Different part numbers that only look alike are not duplicates", "[core][catalog][part]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    REQUIRE(parts.create(makePart(QStringLiteral("ABC"))).ok());
    CHECK(parts.create(makePart(QStringLiteral("A BC"))).ok());
    CHECK(parts.create(makePart(QStringLiteral("ABC-"))).ok());
    CHECK(parts.create(makePart(str("ÄBC"))).ok()); // umlaut is not folded away
    CHECK(parts.list().value().size() == 4);
}

TEST_CASE("Parts are updated but an update to a taken part number is refused",
          "[core][catalog][part]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    Part a = parts.create(makePart(QStringLiteral("A-1"), QStringLiteral("Alpha"))).value();
    Part b = parts.create(makePart(QStringLiteral("B-1"), QStringLiteral("Beta"))).value();

    SECTION("changing fields")
    {
        a.name = QStringLiteral(" Alpha Prime ");
        a.price = 39000;
        a.trackLots = true;
        Result<Part> r = parts.update(a);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(r.value().name == QLatin1String("Alpha Prime"));
        CHECK(parts.get(a.id).value().price == 39000);
        CHECK(parts.get(a.id).value().trackLots);
    }
    SECTION("changing only the case of its own number is allowed")
    {
        a.number = QStringLiteral("a-1");
        Result<Part> r = parts.update(a);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(parts.get(a.id).value().number == QLatin1String("a-1"));
    }
    SECTION("taking another part's number")
    {
        const Counts before = counts(tmp.db(), QStringLiteral("part"));
        a.number = QStringLiteral(" b-1 ");
        a.name = QStringLiteral("Renamed");
        Result<Part> r = parts.update(a);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().first().field == QLatin1String("part_number"));
        CHECK(r.errorFor(QStringLiteral("part_number")).contains(QStringLiteral("b-1")));
        CHECK(counts(tmp.db(), QStringLiteral("part")) == before);
        CHECK(parts.get(a.id).value().number == QLatin1String("A-1"));
        CHECK(parts.get(a.id).value().name == QLatin1String("Alpha"));
    }
    SECTION("a part that does not exist")
    {
        Part ghost = makePart(QStringLiteral("GHOST"));
        ghost.id = 4242;
        CHECK_FALSE(parts.update(ghost).ok());
        CHECK_FALSE(parts.get(4242).ok());
        CHECK_FALSE(parts.setActive(4242, false).ok());
        CHECK(parts.list().value().size() == 2);
    }
    CHECK(parts.get(b.id).value().number == QLatin1String("B-1"));
}

TEST_CASE("Deactivated parts stay readable but leave the active list", "[core][catalog][part]")
{
    TempDb tmp;
    PartStore parts(tmp.db());
    const Part b = parts.create(makePart(QStringLiteral("B"))).value();
    const Part a = parts.create(makePart(QStringLiteral("a"))).value();
    const Part c = parts.create(makePart(QStringLiteral("C"))).value();

    // Listed by the case-folded key.
    CHECK(partNumbers(parts.list().value()) ==
          (QStringList{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("C")}));

    REQUIRE(parts.setActive(b.id, false).ok());
    CHECK_FALSE(parts.get(b.id).value().active);
    CHECK(parts.findByNumber(QStringLiteral("b")).ok());
    CHECK(partNumbers(parts.list(false).value()) ==
          (QStringList{QStringLiteral("a"), QStringLiteral("C")}));
    CHECK(parts.list(true).value().size() == 3);

    // The number of a deactivated part is still taken.
    CHECK_FALSE(parts.create(makePart(QStringLiteral("b"))).ok());

    REQUIRE(parts.setActive(b.id, true).ok());
    CHECK(parts.get(b.id).value().active);
    CHECK(parts.list(false).value().size() == 3);
    CHECK(a.id != c.id);

    Result<Part> missing = parts.findByNumber(QStringLiteral("nope"));
    CHECK_FALSE(missing.ok());
    CHECK(missing.errorFor(QStringLiteral("part_number")).contains(QStringLiteral("nope")));
}

// ---------------------------------------------------------------- suppliers

TEST_CASE("Suppliers are created and updated and found and deactivated",
          "[core][catalog][supplier]")
{
    TempDb tmp;
    SupplierStore suppliers(tmp.db());
    Supplier draft{0,
                   QStringLiteral(" Acme Parts Co. "),
                   QStringLiteral(" Dana "),
                   QStringLiteral("+1 555 0101"),
                   QStringLiteral(" orders@acme.example "),
                   QStringLiteral("Net 30"),
                   true};
    Result<Supplier> created = suppliers.create(draft);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    Supplier s = created.value();
    CHECK(s.id > 0);
    CHECK(s.name == QLatin1String("Acme Parts Co."));
    CHECK(s.contact == QLatin1String("Dana"));
    CHECK(s.email == QLatin1String("orders@acme.example"));
    CHECK(s.notes == QLatin1String("Net 30"));

    CHECK(suppliers.findByName(QStringLiteral("ACME parts co.")).value().id == s.id);
    Result<Supplier> missing = suppliers.findByName(QStringLiteral("Nobody"));
    CHECK_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("Nobody")));

    s.phone = QStringLiteral("+1 555 0199");
    REQUIRE(suppliers.update(s).ok());
    CHECK(suppliers.get(s.id).value().phone == QLatin1String("+1 555 0199"));

    const Supplier other = suppliers.create(makeSupplier(QStringLiteral("Coolco"))).value();
    REQUIRE(suppliers.setActive(s.id, false).ok());
    CHECK_FALSE(suppliers.get(s.id).value().active);
    CHECK(names(suppliers.list(false).value()) == QStringList{QStringLiteral("Coolco")});
    CHECK(names(suppliers.list().value()) ==
          (QStringList{QStringLiteral("Acme Parts Co."), QStringLiteral("Coolco")}));
    CHECK(other.active);
}

TEST_CASE("Supplier names are required and unique; emails must look like emails",
          "[core][catalog][supplier]")
{
    TempDb tmp;
    SupplierStore suppliers(tmp.db());
    REQUIRE(suppliers.create(makeSupplier(str("Ωmega Supply"))).ok());
    const Supplier acme = suppliers.create(makeSupplier(QStringLiteral("Acme"))).value();
    const Counts before = counts(tmp.db(), QStringLiteral("supplier"));

    SECTION("no name")
    {
        Result<Supplier> r = suppliers.create(makeSupplier(QStringLiteral("  ")));
        CHECK(r.errorFor(QStringLiteral("name")).contains(QStringLiteral("required")));
    }
    SECTION("duplicate name, other case")
    {
        Result<Supplier> r = suppliers.create(makeSupplier(str("  ωMEGA supply ")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().first().field == QLatin1String("name"));
        CHECK(r.errorFor(QStringLiteral("name")).contains(str("ωMEGA supply")));
    }
    SECTION("renaming onto a taken name")
    {
        Supplier renamed = acme;
        renamed.name = str("ΩMEGA SUPPLY");
        Result<Supplier> r = suppliers.update(renamed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().first().field == QLatin1String("name"));
        CHECK(suppliers.get(acme.id).value().name == QLatin1String("Acme"));
    }
    SECTION("implausible emails")
    {
        for (const char *email : {"no-at-sign", "@example.com", "name@", "a@b@c", "na me@x.org"}) {
            INFO(email);
            Supplier mailer = makeSupplier(QStringLiteral("Mailer"));
            mailer.email = QString::fromUtf8(email);
            Result<Supplier> r = suppliers.create(mailer);
            CHECK(r.errorFor(QStringLiteral("email")).contains(QString::fromUtf8(email)));
        }
    }
    CHECK(counts(tmp.db(), QStringLiteral("supplier")) == before);
}

// ---------------------------------------------------------------- warehouses and bins

TEST_CASE("Warehouses are created and updated and found and deactivated",
          "[core][catalog][warehouse]")
{
    TempDb tmp;
    WarehouseStore warehouses(tmp.db());
    Result<Warehouse> created = warehouses.create(
        makeWarehouse(QStringLiteral(" Main "), QStringLiteral(" 12 Depot Road ")));
    REQUIRE(created.ok());
    Warehouse w = created.value();
    CHECK(w.name == QLatin1String("Main"));
    CHECK(w.notes == QLatin1String("12 Depot Road"));
    CHECK(warehouses.findByName(QStringLiteral("MAIN")).value().id == w.id);
    CHECK_FALSE(warehouses.findByName(QStringLiteral("Annex")).ok());

    w.notes = QStringLiteral("Dock 4");
    REQUIRE(warehouses.update(w).ok());
    CHECK(warehouses.get(w.id).value().notes == QLatin1String("Dock 4"));

    REQUIRE(warehouses.create(makeWarehouse(QStringLiteral("Annex"))).ok());
    REQUIRE(warehouses.setActive(w.id, false).ok());
    CHECK_FALSE(warehouses.get(w.id).value().active);
    CHECK(names(warehouses.list(false).value()) == QStringList{QStringLiteral("Annex")});
    CHECK(warehouses.list().value().size() == 2);
}

TEST_CASE("Warehouse names are required and unique", "[core][catalog][warehouse]")
{
    TempDb tmp;
    WarehouseStore warehouses(tmp.db());
    REQUIRE(warehouses.create(makeWarehouse(str("Lager Süd"))).ok());
    const Counts before = counts(tmp.db(), QStringLiteral("warehouse"));

    Result<Warehouse> empty = warehouses.create(makeWarehouse(QString()));
    CHECK(empty.errorFor(QStringLiteral("name")).contains(QStringLiteral("required")));

    Result<Warehouse> dup = warehouses.create(makeWarehouse(str(" LAGER SÜD ")));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.errors().first().field == QLatin1String("name"));
    CHECK(dup.errorFor(QStringLiteral("name")).contains(str("LAGER SÜD")));
    CHECK(counts(tmp.db(), QStringLiteral("warehouse")) == before);
}

TEST_CASE("Bin codes are unique within their warehouse only", "[core][catalog][bin]")
{
    TempDb tmp;
    WarehouseStore warehouses(tmp.db());
    const Warehouse main = warehouses.create(makeWarehouse(QStringLiteral("Main"))).value();
    const Warehouse annex = warehouses.create(makeWarehouse(QStringLiteral("Annex"))).value();

    Result<Bin> a1 =
        warehouses.createBin(makeBin(main.id, QStringLiteral(" A-1 "), QStringLiteral(" top ")));
    INFO(a1.message().toStdString());
    REQUIRE(a1.ok());
    CHECK(a1.value().code == QLatin1String("A-1"));
    CHECK(a1.value().description == QLatin1String("top"));
    CHECK(a1.value().warehouseId == main.id);
    const Counts before = counts(tmp.db(), QStringLiteral("bin"));

    SECTION("same code, same warehouse, other case")
    {
        Result<Bin> dup = warehouses.createBin(makeBin(main.id, QStringLiteral("a-1")));
        REQUIRE_FALSE(dup.ok());
        CHECK(dup.errors().first().field == QLatin1String("code"));
        CHECK(dup.errorFor(QStringLiteral("code")).contains(QStringLiteral("a-1")));
        CHECK(dup.errorFor(QStringLiteral("code")).contains(QStringLiteral("Main")));
        CHECK(counts(tmp.db(), QStringLiteral("bin")) == before);
    }
    SECTION("same code in another warehouse is fine")
    {
        Result<Bin> other = warehouses.createBin(makeBin(annex.id, QStringLiteral("A-1")));
        INFO(other.message().toStdString());
        REQUIRE(other.ok());
        CHECK(other.value().warehouseId == annex.id);
        CHECK(warehouses.findBin(annex.id, QStringLiteral("a-1")).value().id == other.value().id);
        CHECK(warehouses.findBin(main.id, QStringLiteral("a-1")).value().id == a1.value().id);
    }
    SECTION("a code is required")
    {
        Result<Bin> r = warehouses.createBin(makeBin(main.id, QStringLiteral("  ")));
        CHECK(r.errorFor(QStringLiteral("code")).contains(QStringLiteral("required")));
        CHECK(counts(tmp.db(), QStringLiteral("bin")) == before);
    }
    SECTION("a warehouse that does not exist")
    {
        for (qint64 id : {qint64(0), qint64(-1), qint64(9999)}) {
            Result<Bin> r = warehouses.createBin(makeBin(id, QStringLiteral("X-1")));
            REQUIRE_FALSE(r.ok());
            CHECK_FALSE(r.errorFor(QStringLiteral("warehouse")).isEmpty());
        }
        CHECK(counts(tmp.db(), QStringLiteral("bin")) == before);
    }
    SECTION("renaming onto a taken code is refused")
    {
        const Bin a2 = warehouses.createBin(makeBin(main.id, QStringLiteral("A-2"))).value();
        Bin renamed = a2;
        renamed.code = QStringLiteral("a-1");
        Result<Bin> r = warehouses.updateBin(renamed);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().first().field == QLatin1String("code"));
        CHECK(warehouses.bin(a2.id).value().code == QLatin1String("A-2"));
    }
    SECTION("a bin cannot move to another warehouse")
    {
        Bin moved = a1.value();
        moved.warehouseId = annex.id;
        Result<Bin> r = warehouses.updateBin(moved);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.errorFor(QStringLiteral("warehouse")).isEmpty());
        CHECK(warehouses.bin(moved.id).value().warehouseId == main.id);
        CHECK(counts(tmp.db(), QStringLiteral("bin")) == before);
    }
    SECTION("updating a bin's description")
    {
        Bin b = a1.value();
        b.description = QStringLiteral("bottom");
        REQUIRE(warehouses.updateBin(b).ok());
        CHECK(warehouses.bin(b.id).value().description == QLatin1String("bottom"));
    }
    SECTION("the database itself refuses a bin for a missing warehouse")
    {
        // Foreign keys are on: even SQL that skips the store cannot orphan a bin.
        QSqlQuery q(tmp.db().connection());
        CHECK_FALSE(q.exec(QStringLiteral(
            "INSERT INTO bin (warehouse_id, code, code_key, created_at, created_by, updated_at, "
            "updated_by) VALUES (9999, 'Z', 'z', 't', 'u', 't', 'u')")));
        q.finish();
        CHECK(counts(tmp.db(), QStringLiteral("bin")) == before);
    }
}

TEST_CASE("Deactivated bins stay readable but leave the active list", "[core][catalog][bin]")
{
    TempDb tmp;
    WarehouseStore warehouses(tmp.db());
    const Warehouse main = warehouses.create(makeWarehouse(QStringLiteral("Main"))).value();
    const Warehouse annex = warehouses.create(makeWarehouse(QStringLiteral("Annex"))).value();
    const Bin b2 = warehouses.createBin(makeBin(main.id, QStringLiteral("b-2"))).value();
    const Bin a1 = warehouses.createBin(makeBin(main.id, QStringLiteral("A-1"))).value();
    REQUIRE(warehouses.createBin(makeBin(annex.id, QStringLiteral("X-9"))).ok());

    CHECK(codes(warehouses.bins(main.id).value()) ==
          (QStringList{QStringLiteral("A-1"), QStringLiteral("b-2")}));
    CHECK(codes(warehouses.bins(annex.id).value()) == QStringList{QStringLiteral("X-9")});

    REQUIRE(warehouses.setBinActive(a1.id, false).ok());
    CHECK_FALSE(warehouses.bin(a1.id).value().active);
    CHECK(codes(warehouses.bins(main.id, false).value()) == QStringList{QStringLiteral("b-2")});
    CHECK(warehouses.bins(main.id, true).value().size() == 2);
    CHECK(warehouses.findBin(main.id, QStringLiteral("A-1")).ok());
    // Still taken while inactive.
    CHECK_FALSE(warehouses.createBin(makeBin(main.id, QStringLiteral("a-1"))).ok());

    REQUIRE(warehouses.setBinActive(a1.id, true).ok());
    CHECK(warehouses.bins(main.id, false).value().size() == 2);
    CHECK(b2.active);

    Result<Bin> missing = warehouses.findBin(main.id, QStringLiteral("Q-7"));
    CHECK_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("Q-7")));
    CHECK_FALSE(warehouses.bin(4242).ok());
    CHECK_FALSE(warehouses.setBinActive(4242, false).ok());
}

// ---------------------------------------------------------------- sample data

TEST_CASE("Sample data fills an empty database in one audited transaction", "[core][catalog]")
{
    TempDb tmp;
    Status s = SampleData::populate(tmp.db());
    INFO(s.message().toStdString());
    REQUIRE(s.ok());
    const qint64 rows =
        count(tmp.db(), QStringLiteral("part")) + count(tmp.db(), QStringLiteral("supplier")) +
        count(tmp.db(), QStringLiteral("warehouse")) + count(tmp.db(), QStringLiteral("bin"));
    CHECK(count(tmp.db(), QStringLiteral("part")) == 4);
    CHECK(count(tmp.db(), QStringLiteral("supplier")) == 3);
    {
        QSqlQuery q(tmp.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'create' "
                                      "AND entity IN ('part', 'supplier', 'warehouse', 'bin')")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == rows);
    }
    CHECK(PartStore(tmp.db()).findByNumber(QStringLiteral("cap-100")).ok());

    // A second fill collides with the first and rolls back completely.
    const Counts before = counts(tmp.db(), QStringLiteral("part"));
    CHECK_FALSE(SampleData::populate(tmp.db()).ok());
    CHECK(counts(tmp.db(), QStringLiteral("part")) == before);
    CHECK(count(tmp.db(), QStringLiteral("supplier")) == 3);
}
