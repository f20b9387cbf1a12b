// Lot lists: the default first-expiry-first-out order with no-expiry lots
// last, every other sort, the status, supplier and part filters, a literal
// case-insensitive search that no SQL or LIKE wildcard can subvert, and counts
// that always agree with the list.
#include "LotFixture.h"
#include "LotQuery.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

struct Spec
{
    const char *number;
    QDate received;
    QDate expires; // invalid: none
    qint64 quantity;
    MoneyUnits cost;
    bool bolt; // supplier Bolt Supply, else Acme
};

// Six active lots of PN-1 with distinct received dates, quantities and costs,
// two sharing an expiry date and two without expiry; one archived lot of
// PN-1; one lot of PN-2.
struct Listing
{
    explicit Listing(Database &db) : w(db)
    {
        const QList<Spec> specs{
            {"E-2025-03", QDate(2024, 1, 5), QDate(2025, 3, 1), 5, 300, false},
            {"E-2025-01", QDate(2024, 1, 8), QDate(2025, 1, 1), 50, 100, true},
            {"NOEXP-OLD", QDate(2024, 1, 2), QDate(), 7, 0, false},
            {"NOEXP-NEW", QDate(2024, 1, 9), QDate(), 1, 200, true},
            {"E-SAME-A", QDate(2024, 1, 3), QDate(2025, 2, 1), 20, 150, false},
            {"E-SAME-B", QDate(2024, 1, 1), QDate(2025, 2, 1), 30, 250, true},
        };
        for (const Spec &s : specs) {
            Lot lot = w.draft(QString::fromLatin1(s.number));
            lot.received = s.received;
            lot.expires = s.expires;
            lot.quantity = s.quantity;
            lot.unitCost = s.cost;
            lot.supplierId = s.bolt ? w.bolt.id : w.acme.id;
            ids.insert(lot.lotNumber, w.create(lot).id);
        }
        Lot old = w.draft(QStringLiteral("OLD-ARCH"));
        old.received = QDate(2023, 6, 1);
        old.expires = QDate(2023, 12, 1);
        old = w.create(old);
        REQUIRE(w.lots.archive(old.id, old.version, QStringLiteral("used up")).ok());
        Lot other = w.draft(QStringLiteral("X-1"));
        other.partId = w.otherPart.id;
        w.create(other);
    }

    Names numbers(const LotFilter &filter, const LotSort &sort = {}, int limit = -1) const
    {
        Result<QList<LotRow>> rows = w.lots.list(filter, sort, limit);
        INFO(rows.message().toStdString());
        REQUIRE(rows.ok());
        Names list;
        for (const LotRow &r : rows.value())
            list.push_back(r.lot.lotNumber.toStdString());
        return list;
    }
    qint64 count(const LotFilter &filter) const
    {
        Result<qint64> n = w.lots.count(filter);
        INFO(n.message().toStdString());
        REQUIRE(n.ok());
        return n.value();
    }
    LotFilter partFilter() const
    {
        LotFilter f;
        f.partId = w.part.id;
        return f;
    }
    Names sorted(const char *sortText) const
    {
        Result<LotSort> sort = parseLotSort(QString::fromLatin1(sortText));
        INFO(sortText << ": " << sort.message().toStdString());
        REQUIRE(sort.ok());
        return numbers(partFilter(), sort.value());
    }

    LotWorld w;
    QHash<QString, qint64> ids;
};

Names reversed(Names list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

TEST_CASE("The default lot order is expiry ascending with no-expiry lots last", "[core][lots]")
{
    TempDb tmp;
    Listing l(tmp.db());
    const Names expected =
        Names{"E-2025-01", "E-SAME-B", "E-SAME-A", "E-2025-03", "NOEXP-OLD", "NOEXP-NEW"};
    CHECK(l.numbers(l.partFilter()) == expected);
    LotSort byExpiry;
    byExpiry.field = LotSortField::Expires;
    CHECK(l.numbers(l.partFilter(), byExpiry) == expected);
    CHECK(l.sorted("expires") == expected);
    CHECK(l.sorted("expires:asc") == expected);
    // Descending is the exact reverse: no expiry first, then the latest expiry.
    CHECK(l.sorted("expires:desc") == reversed(expected));
    // A limit takes the first rows of the same order.
    CHECK(l.numbers(l.partFilter(), {}, 3) == Names(expected.begin(), expected.begin() + 3));
    CHECK(l.numbers(l.partFilter(), {}, 0).empty());
}

TEST_CASE("Lots sort by received date and lot number and quantity and cost and supplier",
          "[core][lots]")
{
    TempDb tmp;
    Listing l(tmp.db());

    const Names byReceived =
        Names{"E-SAME-B", "NOEXP-OLD", "E-SAME-A", "E-2025-03", "E-2025-01", "NOEXP-NEW"};
    CHECK(l.sorted("received") == byReceived);
    CHECK(l.sorted("received:desc") == reversed(byReceived));

    const Names byLot =
        Names{"E-2025-01", "E-2025-03", "E-SAME-A", "E-SAME-B", "NOEXP-NEW", "NOEXP-OLD"};
    CHECK(l.sorted("lot") == byLot);
    CHECK(l.sorted("lot:desc") == reversed(byLot));

    const Names byQty =
        Names{"NOEXP-NEW", "E-2025-03", "NOEXP-OLD", "E-SAME-A", "E-SAME-B", "E-2025-01"};
    CHECK(l.sorted("qty") == byQty);
    CHECK(l.sorted("qty:desc") == reversed(byQty));

    const Names byCost =
        Names{"NOEXP-OLD", "E-2025-01", "E-SAME-A", "NOEXP-NEW", "E-SAME-B", "E-2025-03"};
    CHECK(l.sorted("cost") == byCost);
    CHECK(l.sorted("cost:desc") == reversed(byCost));

    // Supplier, then the default order within each supplier.
    CHECK(l.sorted("supplier") ==
          Names{"E-SAME-A", "E-2025-03", "NOEXP-OLD", "E-2025-01", "E-SAME-B", "NOEXP-NEW"});
    CHECK(l.sorted("supplier:desc") ==
          Names{"E-2025-01", "E-SAME-B", "NOEXP-NEW", "E-SAME-A", "E-2025-03", "NOEXP-OLD"});
}

TEST_CASE("Lot number and supplier and location sorts ignore case", "[core][lots]")
{
    TempDb tmp;
    LotWorld w(tmp.db());
    const Supplier lower =
        w.suppliers.create({0, QStringLiteral("bolt lower"), {}, {}, {}, {}, true}).value();
    const Supplier zed =
        w.suppliers.create({0, QStringLiteral("Zed Parts"), {}, {}, {}, {}, true}).value();
    const Warehouse annex = w.warehouses.create({0, QStringLiteral("annex"), {}, true}).value();

    Lot a = w.draft(QStringLiteral("b-2"));
    a.supplierId = zed.id;
    a.warehouseId = w.main.id;
    a.binId = 0;
    w.create(a);
    Lot b = w.draft(QStringLiteral("A-1"));
    b.supplierId = lower.id;
    b.warehouseId = annex.id;
    b.binId = 0;
    w.create(b);
    Lot c = w.draft(QStringLiteral("C-3"));
    c.supplierId = w.acme.id;
    c.warehouseId = w.cold.id;
    c.binId = w.coldB1.id;
    w.create(c);

    LotFilter f;
    f.partId = w.part.id;
    auto numbers = [&](LotSortField field) {
        LotSort sort;
        sort.field = field;
        const Result<QList<LotRow>> rows = w.lots.list(f, sort);
        REQUIRE(rows.ok());
        Names list;
        for (const LotRow &r : rows.value())
            list.push_back(r.lot.lotNumber.toStdString());
        return list;
    };
    CHECK(numbers(LotSortField::LotNumber) == Names{"A-1", "b-2", "C-3"});
    // Acme, bolt lower, Zed Parts.
    CHECK(numbers(LotSortField::Supplier) == Names{"C-3", "A-1", "b-2"});
    // annex, Cold room — B-1, Main.
    CHECK(numbers(LotSortField::Location) == Names{"A-1", "C-3", "b-2"});
}

TEST_CASE("Lots filter by status and part and supplier and count what they list", "[core][lots]")
{
    TempDb tmp;
    Listing l(tmp.db());

    LotFilter f = l.partFilter();
    CHECK(l.numbers(f).size() == 6);
    CHECK_FALSE(contains(l.numbers(f), "OLD-ARCH"));
    CHECK(l.count(f) == 6);

    f.status = LotFilter::Status::Archived;
    CHECK(l.numbers(f) == Names{"OLD-ARCH"});
    CHECK(l.count(f) == 1);
    const LotRow archived = l.w.lots.list(f).value().first();
    CHECK(archived.lot.status == LotStatus::Archived);
    CHECK(archived.lot.archiveReason == QLatin1String("used up"));

    f.status = LotFilter::Status::All;
    CHECK(l.numbers(f).size() == 7);
    CHECK(l.count(f) == 7);
    // Status sort: active lots first, then archived.
    LotSort byStatus;
    byStatus.field = LotSortField::Status;
    CHECK(l.numbers(f, byStatus).back() == "OLD-ARCH");
    byStatus.descending = true;
    CHECK(l.numbers(f, byStatus).front() == "OLD-ARCH");

    f = l.partFilter();
    f.supplierId = l.w.acme.id;
    CHECK(l.numbers(f) == Names{"E-SAME-A", "E-2025-03", "NOEXP-OLD"});
    CHECK(l.count(f) == 3);
    f.status = LotFilter::Status::All;
    CHECK(l.numbers(f) == Names{"OLD-ARCH", "E-SAME-A", "E-2025-03", "NOEXP-OLD"});
    CHECK(l.count(f) == 4);
    f.supplierId = 4242;
    CHECK(l.numbers(f).empty());
    CHECK(l.count(f) == 0);

    // Every part: PN-2's lot joins in.
    LotFilter every;
    CHECK(l.numbers(every).size() == 7);
    CHECK(contains(l.numbers(every), "X-1"));
    CHECK(l.count(every) == 7);
    every.supplierId = l.w.acme.id;
    CHECK(l.count(every) == 4);
    CHECK(l.numbers(every).size() == 4);
    every.status = LotFilter::Status::All;
    CHECK(l.count(every) == 5);

    LotFilter other;
    other.partId = l.w.otherPart.id;
    CHECK(l.numbers(other) == Names{"X-1"});
    LotFilter untracked;
    untracked.partId = l.w.untracked.id;
    CHECK(l.numbers(untracked).empty());
    CHECK(l.count(untracked) == 0);

    // The listed rows carry the names.
    f = l.partFilter();
    f.search = QStringLiteral("E-2025-01");
    const LotRow row = l.w.lots.list(f).value().first();
    CHECK(row.partNumber == QLatin1String("PN-1"));
    CHECK(row.partName == QLatin1String("Part PN-1"));
    CHECK(row.supplierName == QLatin1String("Bolt Supply"));
    CHECK(row.warehouseName == QLatin1String("Main"));
    CHECK(row.binCode == QLatin1String("A-1"));
    CHECK(row.lot.id == l.ids.value(QStringLiteral("E-2025-01")));
}

TEST_CASE("Lot search is a literal case-insensitive substring of the lot number", "[core][lots]")
{
    TempDb tmp;
    Listing l(tmp.db());
    LotFilter f = l.partFilter();
    auto found = [&](const QString &search) {
        f.search = search;
        const Names list = l.numbers(f);
        CHECK(l.count(f) == qint64(list.size()));
        return list;
    };

    CHECK(found(QStringLiteral("e-same")) == Names{"E-SAME-B", "E-SAME-A"});
    CHECK(found(QStringLiteral("  SAME ")) == Names{"E-SAME-B", "E-SAME-A"});
    CHECK(found(QStringLiteral("noexp")) == Names{"NOEXP-OLD", "NOEXP-NEW"});
    CHECK(found(QStringLiteral("2025-0")) == Names{"E-2025-01", "E-2025-03"});
    CHECK(found(QStringLiteral("e-2025-03")) == Names{"E-2025-03"});
    CHECK(found(QStringLiteral("zzz")).empty());
    CHECK(found(QStringLiteral("   ")).size() == 6); // blank: no search

    // SQL and LIKE syntax is just text that no lot number contains.
    for (const char *hostile : {"' OR 1=1 --", "%_", "_", "%", "'", "\"", "*", "?", "\\", "E-SAME%",
                                "E_SAME", "%'; DROP TABLE lot; --"}) {
        INFO("search \"" << hostile << "\"");
        CHECK(found(QString::fromLatin1(hostile)).empty());
    }
    CHECK(countRows(tmp.db(), QStringLiteral("lot")) == 8);

    // ...until a lot number does contain it.
    l.w.createNumbered(QStringLiteral("A%_B"));
    l.w.createNumbered(QStringLiteral("O'Brien-1"));
    CHECK(found(QStringLiteral("%_")) == Names{"A%_B"});
    CHECK(found(QStringLiteral("_")) == Names{"A%_B"});
    CHECK(found(QStringLiteral("a%")) == Names{"A%_B"});
    CHECK(found(QStringLiteral("%")) == Names{"A%_B"});
    CHECK(found(QStringLiteral("o'b")) == Names{"O'Brien-1"});
    CHECK(found(QStringLiteral("' OR 1=1 --")).empty());

    SECTION("search is Unicode case-insensitive")
    {
        l.w.createNumbered(str("ÄB-1"));
        CHECK(found(str("äb")) == Names{"ÄB-1"});
        CHECK(found(str("A\xcc\x88"
                        "B")) == Names{"ÄB-1"}); // decomposed
    }
    SECTION("search combines with the other filters")
    {
        f.supplierId = l.w.bolt.id;
        CHECK(found(QStringLiteral("same")) == Names{"E-SAME-B"});
        f.supplierId = 0;
        f.status = LotFilter::Status::Archived;
        CHECK(found(QStringLiteral("arch")) == Names{"OLD-ARCH"});
        f.status = LotFilter::Status::Active;
        CHECK(found(QStringLiteral("arch")).empty());
    }
}

TEST_CASE("lotWhere binds every user value and never pastes it", "[core][lots]")
{
    LotFilter f;
    f.partId = 7;
    f.supplierId = 9;
    f.status = LotFilter::Status::Archived;
    f.search = QStringLiteral("' OR 1=1 --");
    const SqlClause c = lotWhere(f);
    CHECK_FALSE(c.sql.contains(QStringLiteral("1=1")));
    CHECK_FALSE(c.sql.contains(QStringLiteral("archived")));
    CHECK_FALSE(c.sql.contains(QLatin1Char('7')));
    CHECK(c.sql.count(QLatin1Char('?')) == c.values.size());
    // Part, status, supplier, and the search twice: as one quoted FTS5 phrase
    // for the trigram index and as the literal substring instr() confirms.
    CHECK(c.values.size() == 5);
    CHECK(c.values.contains(QVariant(QStringLiteral("' or 1=1 --"))));
    CHECK(c.values.contains(QVariant(QStringLiteral("\"' or 1=1 --\""))));

    const SqlClause none = lotWhere([] {
        LotFilter all;
        all.status = LotFilter::Status::All;
        return all;
    }());
    CHECK(none.sql.isEmpty());
    CHECK(none.values.isEmpty());
    CHECK(lotWhere(LotFilter{}).values == QVariantList{QStringLiteral("active")});
}

TEST_CASE("parseLotSort reads sort names with an optional direction", "[core][lots]")
{
    struct Good
    {
        const char *text;
        LotSortField field;
        bool descending;
    };
    for (const Good &g :
         {Good{"expires", LotSortField::Expires, false},
          Good{"expires:desc", LotSortField::Expires, true},
          Good{"expires:asc", LotSortField::Expires, false},
          Good{"received", LotSortField::Received, false},
          Good{"received:desc", LotSortField::Received, true},
          Good{"lot", LotSortField::LotNumber, false}, Good{"qty", LotSortField::Quantity, false},
          Good{"cost:desc", LotSortField::UnitCost, true},
          Good{"supplier", LotSortField::Supplier, false},
          Good{"location", LotSortField::Location, false},
          Good{"status", LotSortField::Status, false},
          Good{" Received:DESC ", LotSortField::Received, true}}) {
        INFO(g.text);
        Result<LotSort> r = parseLotSort(QString::fromLatin1(g.text));
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        CHECK(r.value().field == g.field);
        CHECK(r.value().descending == g.descending);
    }
    for (const char *bad : {"", "price", "quantity", "expiry", "desc", ":desc", "expires:down",
                            "expires:desc:desc", "expires desc", "lot;DROP TABLE lot"}) {
        INFO("\"" << bad << "\"");
        Result<LotSort> r = parseLotSort(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(fieldsOf(r.errors()) == Names{"sort"});
        CHECK(r.message().contains(QStringLiteral("expires")));
        CHECK(r.message().contains(QStringLiteral("qty")));
    }
    CHECK(parseLotSort(QStringLiteral("price")).message().contains(QStringLiteral("\"price\"")));
}

TEST_CASE("parseLotStatusFilter reads active archived and all", "[core][lots]")
{
    CHECK(parseLotStatusFilter(QStringLiteral("active")).value() == LotFilter::Status::Active);
    CHECK(parseLotStatusFilter(QStringLiteral("archived")).value() == LotFilter::Status::Archived);
    CHECK(parseLotStatusFilter(QStringLiteral("all")).value() == LotFilter::Status::All);
    CHECK(parseLotStatusFilter(QStringLiteral(" ALL ")).value() == LotFilter::Status::All);
    CHECK(parseLotStatusFilter(QStringLiteral("Archived")).value() == LotFilter::Status::Archived);
    for (const char *bad : {"", "archive", "deleted", "inactive", "active,archived", "*"}) {
        INFO("\"" << bad << "\"");
        Result<LotFilter::Status> r = parseLotStatusFilter(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(fieldsOf(r.errors()) == Names{"status"});
        CHECK(r.message().contains(QStringLiteral("active, archived or all")));
    }
}
