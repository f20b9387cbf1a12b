// Lot rules, each with good and bad values: every refusal names its field,
// and nothing (no lot row, no audit event) is written when a lot is refused.
// Also the parsers for typed quantities and ISO dates.
#include "LotFixture.h"

#include <QLocale>
#include <catch2/catch.hpp>
#include <limits>

using namespace lotbook;
using namespace lotbook::test;

namespace {

// create() refuses `lot` with errors for `field` only, and writes nothing.
void requireCreateRefused(LotWorld &w, const Lot &lot, const char *field)
{
    const LotCounts before = w.counts();
    Result<Lot> r = w.lots.create(lot);
    INFO("expected a refusal on " << field << "; got: " << r.message().toStdString());
    REQUIRE_FALSE(r.ok());
    CHECK(fieldsOf(r.errors()) == Names{field});
    CHECK_FALSE(r.errorFor(QString::fromLatin1(field)).isEmpty());
    CHECK(w.counts() == before);
}

// update() refuses `lot` with an error for `field`, writes nothing and leaves
// the stored lot as it was.
void requireUpdateRefused(LotWorld &w, const Lot &lot, const char *field)
{
    const LotCounts before = w.counts();
    const Lot stored = w.lots.get(lot.id).value();
    Result<Lot> r = w.lots.update(lot);
    INFO("expected a refusal on " << field << "; got: " << r.message().toStdString());
    REQUIRE_FALSE(r.ok());
    CHECK(fieldsOf(r.errors()) == Names{field});
    CHECK(w.counts() == before);
    const Lot after = w.lots.get(lot.id).value();
    CHECK(after.version == stored.version);
    CHECK(after.lotNumber == stored.lotNumber);
    CHECK(after.quantity == stored.quantity);
    CHECK(after.supplierId == stored.supplierId);
    CHECK(after.warehouseId == stored.warehouseId);
    CHECK(after.binId == stored.binId);
}

Lot requireUpdated(LotWorld &w, const Lot &lot)
{
    Result<Lot> r = w.lots.update(lot);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("A valid lot is created with trimmed text and read back", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    Lot d = w.draft(QStringLiteral("  LOT-1  "));
    d.id = 777; // ignored on create
    d.status = LotStatus::Archived;
    d.archiveReason = QStringLiteral("ignored");
    d.notes = QStringLiteral("  keep dry ");
    const Lot lot = w.create(d);
    CHECK(lot.id != 777);
    CHECK(lot.partId == w.part.id);
    CHECK(lot.lotNumber == QLatin1String("LOT-1"));
    CHECK(lot.received == pastDay());
    CHECK(lot.expires == pastDay().addYears(1));
    CHECK(lot.quantity == 10);
    CHECK(lot.unitCost == 12500);
    CHECK(lot.supplierId == w.acme.id);
    CHECK(lot.warehouseId == w.main.id);
    CHECK(lot.binId == w.mainA1.id);
    CHECK(lot.notes == QLatin1String("keep dry"));
    CHECK(lot.status == LotStatus::Active);
    CHECK(lot.archiveReason.isEmpty());
    CHECK(lot.archivedAt.isEmpty());
    CHECK(lot.version == 1);
    CHECK(lot.createdBy == QLatin1String("tester"));
    CHECK(lot.updatedBy == QLatin1String("tester"));
    CHECK_FALSE(lot.createdAt.isEmpty());

    const LotRow row = w.lots.row(lot.id).value();
    CHECK(row.partNumber == QLatin1String("PN-1"));
    CHECK(row.supplierName == QLatin1String("Acme"));
    CHECK(row.warehouseName == QLatin1String("Main"));
    CHECK(row.binCode == QLatin1String("A-1"));

    Result<Lot> found = w.lots.find(w.part.id, QStringLiteral(" lot-1 "));
    REQUIRE(found.ok());
    CHECK(found.value().id == lot.id);
    Result<Lot> missing = w.lots.find(w.otherPart.id, QStringLiteral("LOT-1"));
    CHECK_FALSE(missing.ok());
    CHECK_FALSE(missing.errorFor(QStringLiteral("lot_number")).isEmpty());
    CHECK_FALSE(w.lots.get(lot.id + 1000).ok());
}

TEST_CASE("Lot number is required and at most 64 characters", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    for (const char *bad : {"", "   ", "\t"}) {
        INFO("lot number \"" << bad << "\"");
        requireCreateRefused(w, w.draft(QString::fromLatin1(bad)), "lot_number");
    }
    requireCreateRefused(w, w.draft(QString(65, QLatin1Char('L'))), "lot_number");
    CHECK(w.lots.create(w.draft(QString(64, QLatin1Char('L')))).ok());
}

TEST_CASE("Lot numbers are unique per part trimmed and case-insensitively", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Lot first = w.createNumbered(QStringLiteral("lot-1"));
    const Lot umlaut = w.createNumbered(str("ÄB-1"));

    requireCreateRefused(w, w.draft(QStringLiteral("lot-1")), "lot_number");
    requireCreateRefused(w, w.draft(QStringLiteral(" LOT-1 ")), "lot_number");
    requireCreateRefused(w, w.draft(str("äb-1")), "lot_number");
    requireCreateRefused(w, w.draft(str(" äB-1")), "lot_number");
    // The same letter written decomposed (A + combining diaeresis).
    requireCreateRefused(w,
                         w.draft(str("A\xcc\x88"
                                     "b-1")),
                         "lot_number");

    const Result<Lot> dup = w.lots.create(w.draft(QStringLiteral(" LOT-1 ")));
    CHECK(dup.errorFor(QStringLiteral("lot_number")).contains(QStringLiteral("PN-1")));
    CHECK(dup.errorFor(QStringLiteral("lot_number")).contains(QStringLiteral("LOT-1")));

    // Near misses are different numbers.
    CHECK(w.lots.create(w.draft(QStringLiteral("lot-10"))).ok());
    CHECK(w.lots.create(w.draft(QStringLiteral("lot 1"))).ok());
    CHECK(w.lots.create(w.draft(str("AB-1"))).ok());

    SECTION("the same number is allowed on another part")
    {
        Lot other = w.draft(QStringLiteral("LOT-1"));
        other.partId = w.otherPart.id;
        const Lot created = w.create(other);
        CHECK(created.lotNumber == QLatin1String("LOT-1"));
        Lot otherUmlaut = w.draft(str("äb-1"));
        otherUmlaut.partId = w.otherPart.id;
        CHECK(w.lots.create(otherUmlaut).ok());
    }
    SECTION("an update may not take another lot's number")
    {
        Lot edit = umlaut;
        edit.lotNumber = QStringLiteral("  Lot-1");
        requireUpdateRefused(w, edit, "lot_number");
    }
    SECTION("an update may change the case of its own number")
    {
        Lot edit = first;
        edit.lotNumber = QStringLiteral("LOT-1");
        const Lot saved = requireUpdated(w, edit);
        CHECK(saved.lotNumber == QLatin1String("LOT-1"));
        CHECK(saved.version == first.version + 1);
        CHECK(w.lots.find(w.part.id, QStringLiteral("lot-1")).value().id == first.id);
    }
}

TEST_CASE("Received date is required and not in the future", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const QDate today(2026, 3, 15);

    SECTION("validate with an explicit today")
    {
        Lot lot = w.draft();
        lot.expires = QDate();
        lot.received = today;
        CHECK(w.lots.validate(lot, today).isEmpty());
        lot.received = today.addDays(-1);
        CHECK(w.lots.validate(lot, today).isEmpty());
        lot.received = today.addDays(1);
        FieldErrors errors = w.lots.validate(lot, today);
        REQUIRE(fieldsOf(errors) == Names{"received_on"});
        CHECK(errors.first().message.contains(QStringLiteral("future")));
        lot.received = today.addYears(3);
        CHECK(fieldsOf(w.lots.validate(lot, today)) == Names{"received_on"});
        lot.received = QDate();
        errors = w.lots.validate(lot, today);
        REQUIRE(fieldsOf(errors) == Names{"received_on"});
        CHECK(errors.first().message.contains(QStringLiteral("required")));
    }
    SECTION("create refuses a missing received date")
    {
        Lot lot = w.draft();
        lot.received = QDate();
        requireCreateRefused(w, lot, "received_on");
    }
    SECTION("create refuses a received date after today")
    {
        // Two days ahead, so that passing midnight during the test cannot matter.
        Lot lot = w.draft();
        lot.received = QDate::currentDate().addDays(2);
        lot.expires = QDate();
        requireCreateRefused(w, lot, "received_on");
    }
    SECTION("create accepts a lot received today")
    {
        Lot lot = w.draft();
        lot.received = QDate::currentDate();
        lot.expires = QDate();
        CHECK(w.lots.create(lot).ok());
    }
    SECTION("an update may not move the received date into the future")
    {
        Lot lot = w.createNumbered(QStringLiteral("LOT-1"));
        lot.received = QDate::currentDate().addDays(2);
        lot.expires = QDate();
        requireUpdateRefused(w, lot, "received_on");
    }
}

TEST_CASE("Expiration date is optional and not before the received date", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const QDate today(2026, 3, 15);
    Lot lot = w.draft();

    lot.expires = QDate();
    CHECK(w.lots.validate(lot, today).isEmpty());
    lot.expires = lot.received;
    CHECK(w.lots.validate(lot, today).isEmpty());
    lot.expires = lot.received.addDays(1);
    CHECK(w.lots.validate(lot, today).isEmpty());
    // Already expired when entered is allowed: expired lots are still recorded.
    lot.expires = today.addDays(-1);
    CHECK(w.lots.validate(lot, today).isEmpty());
    lot.expires = lot.received.addDays(-1);
    FieldErrors errors = w.lots.validate(lot, today);
    REQUIRE(fieldsOf(errors) == Names{"expires_on"});
    CHECK(errors.first().message.contains(QStringLiteral("before the received date")));

    requireCreateRefused(w, lot, "expires_on");

    Lot noExpiry = w.draft(QStringLiteral("NOEXP"));
    noExpiry.expires = QDate();
    const Lot created = w.create(noExpiry);
    CHECK_FALSE(created.expires.isValid());
    Lot sameDay = w.draft(QStringLiteral("SAMEDAY"));
    sameDay.expires = sameDay.received;
    CHECK(w.create(sameDay).expires == sameDay.received);

    SECTION("an update may not put the expiry before the received date")
    {
        Lot edit = created;
        edit.expires = edit.received.addDays(-10);
        requireUpdateRefused(w, edit, "expires_on");
    }
    SECTION("an update may not move the received date past the expiry")
    {
        Lot edit = w.lots.get(w.lots.find(w.part.id, QStringLiteral("SAMEDAY")).value().id).value();
        edit.received = edit.expires.addDays(1);
        requireUpdateRefused(w, edit, "expires_on");
    }
}

TEST_CASE("Quantity must be greater than zero", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    for (qint64 bad : {qint64(0), qint64(-1), qint64(-3), std::numeric_limits<qint64>::min()}) {
        INFO("quantity " << bad);
        Lot lot = w.draft();
        lot.quantity = bad;
        requireCreateRefused(w, lot, "quantity");
    }
    Lot one = w.draft(QStringLiteral("ONE"));
    one.quantity = 1;
    CHECK(w.create(one).quantity == 1);
    Lot many = w.draft(QStringLiteral("MANY"));
    many.quantity = 999999999999;
    CHECK(w.create(many).quantity == 999999999999);

    Lot edit = w.lots.find(w.part.id, QStringLiteral("ONE")).value();
    edit.quantity = 0;
    requireUpdateRefused(w, edit, "quantity");
}

TEST_CASE("Cost per unit may be zero but not negative", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    for (MoneyUnits bad : {MoneyUnits(-1), MoneyUnits(-10000)}) {
        INFO("cost " << bad);
        Lot lot = w.draft();
        lot.unitCost = bad;
        requireCreateRefused(w, lot, "unit_cost");
    }
    Lot free = w.draft(QStringLiteral("FREE"));
    free.unitCost = 0; // a free replacement
    const Lot created = w.create(free);
    CHECK(created.unitCost == 0);
    Lot fraction = w.draft(QStringLiteral("SCREWS"));
    fraction.unitCost = 25; // 0.0025 per unit
    CHECK(w.create(fraction).unitCost == 25);

    Lot edit = created;
    edit.unitCost = -5;
    requireUpdateRefused(w, edit, "unit_cost");
}

TEST_CASE("Supplier is required and must be active when chosen", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());

    Lot lot = w.draft();
    lot.supplierId = 0;
    requireCreateRefused(w, lot, "supplier");
    lot.supplierId = 4242; // no such supplier
    requireCreateRefused(w, lot, "supplier");

    REQUIRE(w.suppliers.setActive(w.bolt.id, false).ok());
    lot.supplierId = w.bolt.id;
    requireCreateRefused(w, lot, "supplier");
    CHECK(w.lots.create(lot)
              .errorFor(QStringLiteral("supplier"))
              .contains(QStringLiteral("deactivated")));

    lot.supplierId = w.acme.id;
    const Lot created = w.create(lot);

    SECTION("a lot whose supplier was deactivated later can still be edited")
    {
        REQUIRE(w.suppliers.setActive(w.acme.id, false).ok());
        Lot edit = created;
        edit.quantity = 12;
        edit.notes = QStringLiteral("recounted");
        const Lot saved = requireUpdated(w, edit);
        CHECK(saved.quantity == 12);
        CHECK(saved.supplierId == w.acme.id);

        // Choosing another deactivated supplier is refused...
        Lot toBolt = saved;
        toBolt.supplierId = w.bolt.id;
        requireUpdateRefused(w, toBolt, "supplier");
        // ...and so is a supplier that does not exist.
        toBolt.supplierId = 4242;
        requireUpdateRefused(w, toBolt, "supplier");

        // Moving to an active supplier is fine; moving back to the deactivated
        // one is then a new choice, and refused.
        REQUIRE(w.suppliers.setActive(w.bolt.id, true).ok());
        toBolt.supplierId = w.bolt.id;
        const Lot moved = requireUpdated(w, toBolt);
        CHECK(moved.supplierId == w.bolt.id);
        Lot back = moved;
        back.supplierId = w.acme.id;
        requireUpdateRefused(w, back, "supplier");
    }
    SECTION("an update may not clear the supplier")
    {
        Lot edit = created;
        edit.supplierId = 0;
        requireUpdateRefused(w, edit, "supplier");
    }
}

TEST_CASE("Warehouse is required and must be active when chosen", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());

    Lot lot = w.draft();
    lot.binId = 0;
    lot.warehouseId = 0;
    requireCreateRefused(w, lot, "warehouse");
    lot.warehouseId = 4242;
    requireCreateRefused(w, lot, "warehouse");
    REQUIRE(w.warehouses.setActive(w.cold.id, false).ok());
    lot.warehouseId = w.cold.id;
    requireCreateRefused(w, lot, "warehouse");

    lot.warehouseId = w.main.id;
    const Lot created = w.create(lot);

    SECTION("a lot whose warehouse was deactivated later can still be edited")
    {
        REQUIRE(w.warehouses.setActive(w.main.id, false).ok());
        Lot edit = created;
        edit.unitCost = 13000;
        CHECK(requireUpdated(w, edit).unitCost == 13000);
        Lot toCold = w.lots.get(created.id).value();
        toCold.warehouseId = w.cold.id;
        requireUpdateRefused(w, toCold, "warehouse");
    }
}

TEST_CASE("Bin is optional and must belong to the lot's warehouse", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());

    Lot noBin = w.draft(QStringLiteral("NOBIN"));
    noBin.binId = 0;
    const Lot created = w.create(noBin);
    CHECK(created.binId == 0);
    CHECK(w.lots.row(created.id).value().binCode.isEmpty());

    Lot lot = w.draft();
    lot.binId = w.coldB1.id; // a bin of the cold room, lot in Main
    requireCreateRefused(w, lot, "bin");
    CHECK(w.lots.create(lot).errorFor(QStringLiteral("bin")).contains(QStringLiteral("B-1")));
    lot.binId = 4242;
    requireCreateRefused(w, lot, "bin");

    lot.warehouseId = w.cold.id;
    lot.binId = w.coldB1.id;
    CHECK(w.create(lot).binId == w.coldB1.id);

    SECTION("an inactive bin is refused when newly chosen")
    {
        REQUIRE(w.warehouses.setBinActive(w.mainA2.id, false).ok());
        Lot fresh = w.draft(QStringLiteral("FRESH"));
        fresh.binId = w.mainA2.id;
        requireCreateRefused(w, fresh, "bin");

        Lot edit = created;
        edit.binId = w.mainA2.id;
        requireUpdateRefused(w, edit, "bin");
    }
    SECTION("a lot whose bin was deactivated later can still be edited")
    {
        const Lot inA1 = w.createNumbered(QStringLiteral("INA1"));
        REQUIRE(w.warehouses.setBinActive(w.mainA1.id, false).ok());
        Lot edit = inA1;
        edit.notes = QStringLiteral("bin closing soon");
        const Lot saved = requireUpdated(w, edit);
        CHECK(saved.binId == w.mainA1.id);
        // Clearing the bin is always allowed.
        Lot cleared = saved;
        cleared.binId = 0;
        CHECK(requireUpdated(w, cleared).binId == 0);
        // Coming back to the inactive bin is a new choice.
        Lot back = w.lots.get(inA1.id).value();
        back.binId = w.mainA1.id;
        requireUpdateRefused(w, back, "bin");
    }
    SECTION("moving a lot to another warehouse needs a bin of that warehouse")
    {
        const Lot inA1 = w.createNumbered(QStringLiteral("MOVE"));
        Lot edit = inA1;
        edit.warehouseId = w.cold.id; // bin still A-1 of Main
        requireUpdateRefused(w, edit, "bin");
        edit.binId = w.coldB1.id;
        const Lot moved = requireUpdated(w, edit);
        CHECK(moved.warehouseId == w.cold.id);
        CHECK(moved.binId == w.coldB1.id);
    }
}

TEST_CASE("Lots are only for existing parts that track lots", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());

    Lot lot = w.draft();
    lot.partId = w.untracked.id;
    requireCreateRefused(w, lot, "part");
    CHECK(w.lots.create(lot).errorFor(QStringLiteral("part")).contains(QStringLiteral("PN-X")));
    lot.partId = 0;
    requireCreateRefused(w, lot, "part");
    lot.partId = 4242;
    requireCreateRefused(w, lot, "part");

    SECTION("turning lot tracking on allows lots")
    {
        Part p = w.untracked;
        p.trackLots = true;
        REQUIRE(w.parts.update(p).ok());
        lot.partId = w.untracked.id;
        CHECK(w.lots.create(lot).ok());
    }
    SECTION("a lot cannot move to another part")
    {
        const Lot created = w.createNumbered(QStringLiteral("LOT-1"));
        Lot edit = created;
        edit.partId = w.otherPart.id;
        requireUpdateRefused(w, edit, "part");
        CHECK(w.lots.get(created.id).value().partId == w.part.id);
    }
}

TEST_CASE("Every broken rule is reported at once each naming its field", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    REQUIRE(w.suppliers.setActive(w.bolt.id, false).ok());
    const QDate today(2026, 3, 15);

    Lot bad;
    bad.partId = w.part.id;
    bad.lotNumber = QStringLiteral("  ");
    bad.received = today.addDays(5);
    bad.expires = today;
    bad.quantity = 0;
    bad.unitCost = -1;
    bad.supplierId = w.bolt.id;
    bad.warehouseId = w.main.id;
    bad.binId = w.coldB1.id;
    const FieldErrors errors = w.lots.validate(bad, today);
    CHECK(fieldsOf(errors) == Names{"lot_number", "received_on", "expires_on", "quantity",
                                    "unit_cost", "supplier", "bin"});
    for (const FieldError &e : errors) {
        INFO(e.field.toStdString());
        CHECK_FALSE(e.message.isEmpty());
    }

    Lot missing;
    const FieldErrors none = w.lots.validate(missing, today);
    CHECK(fieldsOf(none) ==
          Names{"part", "lot_number", "received_on", "quantity", "supplier", "warehouse"});

    const LotCounts before = w.counts();
    CHECK_FALSE(w.lots.create(bad).ok());
    CHECK_FALSE(w.lots.create(missing).ok());
    CHECK(w.counts() == before);
    CHECK(w.counts() == LotCounts{0, before.events});
}

TEST_CASE("Lot field labels name every field a lot error or audit event uses", "[core][lots]")
{
    for (const char *field :
         {"lot_number", "received_on", "expires_on", "quantity", "unit_cost", "supplier",
          "warehouse", "bin", "notes", "status", "archive_reason", "part"}) {
        INFO(field);
        const QString label = lotFieldLabel(QString::fromLatin1(field));
        CHECK_FALSE(label.isEmpty());
        CHECK(label != QLatin1String(field));
    }
    CHECK(lotFieldLabel(QStringLiteral("expires_on")) == QLatin1String("Expiration date"));
    CHECK(lotFieldLabel(QStringLiteral("no_such_field")) == QLatin1String("no_such_field"));
    CHECK(lotStatusKey(LotStatus::Active) == QLatin1String("active"));
    CHECK(lotStatusKey(LotStatus::Archived) == QLatin1String("archived"));
    CHECK(lotStatusFromKey(QStringLiteral("archived")) == LotStatus::Archived);
    CHECK(lotStatusFromKey(QStringLiteral("active")) == LotStatus::Active);
}

TEST_CASE("parseQuantity accepts whole numbers greater than zero", "[core][lots]")
{
    const QLocale c = QLocale::c();
    struct Good
    {
        const char *text;
        qint64 value;
    };
    for (const Good &g : {Good{"12", 12}, Good{"1,200", 1200}, Good{" 7 ", 7}, Good{"1", 1},
                          Good{"1,234,567", 1234567}, Good{"000012", 12}}) {
        INFO("\"" << g.text << "\"");
        Result<qint64> r = parseQuantity(QString::fromLatin1(g.text), c);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(r.value() == g.value);
    }
    for (const char *bad : {"0", "-3", "2.5", "abc", "", "   ", "+5", "1e3", "12 units", "0x10",
                            "-0", "1234567890123"}) {
        INFO("\"" << bad << "\"");
        Result<qint64> r = parseQuantity(QString::fromLatin1(bad), c);
        REQUIRE_FALSE(r.ok());
        CHECK(fieldsOf(r.errors()) == Names{"quantity"});
        CHECK_FALSE(r.message().isEmpty());
    }
    CHECK(parseQuantity(QStringLiteral(""), c).message().contains(QStringLiteral("required")));
    CHECK(
        parseQuantity(QStringLiteral("0"), c).message().contains(QStringLiteral("greater than 0")));
    CHECK(parseQuantity(QStringLiteral("abc"), c).message().contains(QStringLiteral("\"abc\"")));
}

TEST_CASE("parseQuantity refuses misplaced grouping and another locale's decimal point",
          "[core][lots]")
{
    // "1,5" typed in an English or C locale is a decimal comma or a typo; it
    // must not silently become 15, just as parseMoney refuses it.
    const QLocale c = QLocale::c();
    for (const char *bad : {"1,5", "1,20", "12,00", ",5", "1,2,0,0", "1200,"}) {
        INFO("C locale \"" << bad << "\"");
        Result<qint64> r = parseQuantity(QString::fromLatin1(bad), c);
        CHECK_FALSE(r.ok());
        CHECK(fieldsOf(r.errors()) == Names{"quantity"});
    }
    const QLocale german(QLocale::German, QLocale::Germany);
    Result<qint64> grouped = parseQuantity(QStringLiteral("1.200"), german);
    REQUIRE(grouped.ok());
    CHECK(grouped.value() == 1200);
    for (const char *bad : {"2.5", "2,5", "1,200", "12.00"}) {
        INFO("German \"" << bad << "\"");
        CHECK_FALSE(parseQuantity(QString::fromLatin1(bad), german).ok());
    }
}

TEST_CASE("parseIsoDate accepts YYYY-MM-DD only and names the field", "[core][lots]")
{
    const QString field = QStringLiteral("expires_on");
    const QString label = QStringLiteral("Expiration date");
    Result<QDate> ok = parseIsoDate(QStringLiteral("2026-03-15"), field, label);
    REQUIRE(ok.ok());
    CHECK(ok.value() == QDate(2026, 3, 15));
    CHECK(parseIsoDate(QStringLiteral(" 2024-02-29 "), field, label).value() == QDate(2024, 2, 29));

    for (const char *bad :
         {"", "2026-02-30", "2023-02-29", "2026-13-01", "2026-3-5", "15.03.2026", "03/15/2026",
          "20260315", "2026-03-15T10:00", "tomorrow", "2026/03/15", "2026.03.15"}) {
        INFO("\"" << bad << "\"");
        Result<QDate> r = parseIsoDate(QString::fromLatin1(bad), field, label);
        REQUIRE_FALSE(r.ok());
        CHECK(fieldsOf(r.errors()) == Names{"expires_on"});
        CHECK(r.message().contains(label));
        CHECK(r.message().contains(QStringLiteral("YYYY-MM-DD")));
    }
    CHECK(parseIsoDate(QStringLiteral("2026-02-30"), QStringLiteral("received_on"),
                       QStringLiteral("Received date"))
              .errorFor(QStringLiteral("received_on"))
              .contains(QStringLiteral("\"2026-02-30\"")));
}
