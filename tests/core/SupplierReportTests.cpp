// Supplier accountability figures against a hand-built database with known
// answers: a supplier's lot count and received value over a date range (ends
// inclusive, archived lots by status), and a part's lowest, highest and
// quantity-weighted average cost per unit, per supplier and overall, with a
// free (zero-cost) lot, a single lot and no lots at all.
#include "CostStats.h"
#include "LotFixture.h"
#include "SupplierReport.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace lotbook;
using namespace lotbook::test;

namespace {

// PN-1: Acme A-1 (2024-01-10, 10 x 1.25), A-2 (2024-03-01, 30 x 1.00),
//       A-FREE (2024-06-01, 3 x 0, archived); Bolt B-1 (2024-02-01, 7 x 3.3333).
// PN-2: Acme O-1 (2024-05-01, 100 x 0.0001). Supplier "Empty Co" has no lots.
struct Ledger
{
    explicit Ledger(Database &db) : w(db)
    {
        add(w.part, "A-1", QDate(2024, 1, 10), 10, 12500, w.acme.id);
        add(w.part, "A-2", QDate(2024, 3, 1), 30, 10000, w.acme.id);
        const Lot free = add(w.part, "A-FREE", QDate(2024, 6, 1), 3, 0, w.acme.id);
        REQUIRE(w.lots.archive(free.id, free.version, QStringLiteral("Used up")).ok());
        add(w.part, "B-1", QDate(2024, 2, 1), 7, 33333, w.bolt.id);
        add(w.otherPart, "O-1", QDate(2024, 5, 1), 100, 1, w.acme.id);
        Result<Supplier> empty =
            w.suppliers.create({0, QStringLiteral("Empty Co"), {}, {}, {}, {}, true});
        REQUIRE(empty.ok());
        emptyId = empty.value().id;
    }

    Lot add(const Part &part, const char *number, const QDate &received, qint64 quantity,
            MoneyUnits cost, qint64 supplierId)
    {
        Lot lot = w.draft(QString::fromLatin1(number));
        lot.partId = part.id;
        lot.received = received;
        lot.expires = QDate();
        lot.quantity = quantity;
        lot.unitCost = cost;
        lot.supplierId = supplierId;
        return w.create(lot);
    }

    LotTotals totals(qint64 supplierId, LotFilter::Status status, const QDate &from = {},
                     const QDate &to = {})
    {
        LotFilter f;
        f.supplierId = supplierId;
        f.status = status;
        f.receivedFrom = from;
        f.receivedTo = to;
        Result<LotTotals> r = SupplierReport::totals(w.db, f);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }

    PartCosts costs(qint64 partId, LotFilter::Status status)
    {
        LotFilter f;
        f.partId = partId;
        f.status = status;
        Result<PartCosts> r = CostStats::summarize(w.db, f);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }

    LotWorld w;
    qint64 emptyId = 0;
};

void checkSummary(const CostSummary &c, qint64 lots, qint64 quantity, MoneyUnits lowest,
                  MoneyUnits highest, MoneyUnits value, MoneyUnits average)
{
    INFO("supplier " << c.supplierName.toStdString());
    CHECK(c.lots == lots);
    CHECK(c.quantity == quantity);
    CHECK(c.lowest == lowest);
    CHECK(c.highest == highest);
    CHECK(c.receivedValue == value);
    CHECK(c.average == average);
}

} // namespace

TEST_CASE("Supplier totals count lots of every part and add up quantity times cost",
          "[core][suppliers]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    // 10*12500 + 30*10000 + 3*0 + 100*1
    CHECK(l.totals(l.w.acme.id, LotFilter::Status::All) == LotTotals{4, 425100});
    CHECK(l.totals(l.w.acme.id, LotFilter::Status::Active) == LotTotals{3, 425100});
    CHECK(l.totals(l.w.acme.id, LotFilter::Status::Archived) == LotTotals{1, 0});
    CHECK(l.totals(l.w.bolt.id, LotFilter::Status::All) == LotTotals{1, 233331});
}

TEST_CASE("Supplier totals over a received date range include both ends", "[core][suppliers]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    const auto all = LotFilter::Status::All;
    CHECK(l.totals(l.w.acme.id, all, QDate(2024, 3, 1), QDate(2024, 5, 1)) == LotTotals{2, 300100});
    CHECK(l.totals(l.w.acme.id, all, QDate(2024, 3, 2), QDate(2024, 4, 30)) == LotTotals{0, 0});
    CHECK(l.totals(l.w.acme.id, all, QDate(2024, 3, 1), QDate(2024, 3, 1)) == LotTotals{1, 300000});
    // Open ends: from only, to only.
    CHECK(l.totals(l.w.acme.id, all, QDate(2024, 5, 1), QDate()) == LotTotals{2, 100});
    CHECK(l.totals(l.w.acme.id, all, QDate(), QDate(2024, 1, 10)) == LotTotals{1, 125000});
    // A range that ends before it starts selects nothing.
    CHECK(l.totals(l.w.acme.id, all, QDate(2024, 6, 1), QDate(2024, 1, 1)) == LotTotals{0, 0});
}

TEST_CASE("Supplier totals of a supplier without lots are zero", "[core][suppliers]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    CHECK(l.totals(l.emptyId, LotFilter::Status::All) == LotTotals{0, 0});
}

TEST_CASE("Weighted average cost rounds half up to the nearest money unit", "[core][costs]")
{
    using CostStats::weightedAverage;
    CHECK(weightedAverage(0, 0) == 0);
    CHECK(weightedAverage(100, 0) == 0);
    CHECK(weightedAverage(0, 5) == 0);
    CHECK(weightedAverage(10, 5) == 2);
    CHECK(weightedAverage(5, 2) == 3); // 2.5
    CHECK(weightedAverage(7, 3) == 2); // 2.33
    CHECK(weightedAverage(8, 3) == 3); // 2.67
    CHECK(weightedAverage(1, 3) == 0);
    constexpr qint64 big = std::numeric_limits<qint64>::max();
    CHECK(weightedAverage(big, big) == 1);
    CHECK(weightedAverage(big, 2) == big / 2 + 1); // ...3.5 rounds up without overflow
}

TEST_CASE("Cost stats of a part give lowest highest and weighted average per supplier",
          "[core][costs]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    const PartCosts all = l.costs(l.w.part.id, LotFilter::Status::All);
    REQUIRE(all.suppliers.size() == 2);
    CHECK(all.suppliers[0].supplierId == l.w.acme.id);
    CHECK(all.suppliers[0].supplierName == QStringLiteral("Acme"));
    // 425000 / 43 = 9883.72 -> 9884; the free lot counts as received at 0.
    checkSummary(all.suppliers[0], 3, 43, 0, 12500, 425000, 9884);
    CHECK(all.suppliers[1].supplierId == l.w.bolt.id);
    checkSummary(all.suppliers[1], 1, 7, 33333, 33333, 233331, 33333);
    // 658331 / 50 = 13166.62 -> 13167
    CHECK(all.overall.supplierId == 0);
    checkSummary(all.overall, 4, 50, 0, 33333, 658331, 13167);

    // Without the archived free lot: 425000 / 40 = 10625; 658331 / 47 = 14007.04 -> 14007.
    const PartCosts active = l.costs(l.w.part.id, LotFilter::Status::Active);
    REQUIRE(active.suppliers.size() == 2);
    checkSummary(active.suppliers[0], 2, 40, 10000, 12500, 425000, 10625);
    checkSummary(active.suppliers[1], 1, 7, 33333, 33333, 233331, 33333);
    checkSummary(active.overall, 3, 47, 10000, 33333, 658331, 14007);
}

TEST_CASE("Cost stats of zero-cost lots are zero", "[core][costs]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    const PartCosts archived = l.costs(l.w.part.id, LotFilter::Status::Archived);
    REQUIRE(archived.suppliers.size() == 1);
    checkSummary(archived.suppliers[0], 1, 3, 0, 0, 0, 0);
    checkSummary(archived.overall, 1, 3, 0, 0, 0, 0);
}

TEST_CASE("Cost stats of a single lot are the cost of that lot", "[core][costs]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    const PartCosts one = l.costs(l.w.otherPart.id, LotFilter::Status::All);
    REQUIRE(one.suppliers.size() == 1);
    checkSummary(one.suppliers[0], 1, 100, 1, 1, 100, 1);
    checkSummary(one.overall, 1, 100, 1, 1, 100, 1);
}

TEST_CASE("Cost stats of a part without lots are empty", "[core][costs]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    const PartCosts none = l.costs(l.w.untracked.id, LotFilter::Status::All);
    CHECK(none.suppliers.isEmpty());
    checkSummary(none.overall, 0, 0, 0, 0, 0, 0);
    LotFilter f;
    f.partId = l.w.untracked.id;
    f.status = LotFilter::Status::All;
    Result<QList<CostPoint>> points = CostStats::points(tmp.db(), f);
    REQUIRE(points.ok());
    CHECK(points.value().isEmpty());
}

TEST_CASE("Cost points list each lot by supplier then received date", "[core][costs]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    LotFilter f;
    f.partId = l.w.part.id;
    f.status = LotFilter::Status::All;
    Result<QList<CostPoint>> r = CostStats::points(tmp.db(), f);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    const QList<CostPoint> &p = r.value();
    REQUIRE(p.size() == 4);
    CHECK(p[0].lotNumber == QStringLiteral("A-1"));
    CHECK(p[0].supplierId == l.w.acme.id);
    CHECK(p[0].supplierName == QStringLiteral("Acme"));
    CHECK(p[0].received == QDate(2024, 1, 10));
    CHECK(p[0].unitCost == 12500);
    CHECK(p[0].quantity == 10);
    CHECK(p[1].lotNumber == QStringLiteral("A-2"));
    CHECK(p[2].lotNumber == QStringLiteral("A-FREE"));
    CHECK(p[2].unitCost == 0);
    CHECK(p[3].lotNumber == QStringLiteral("B-1"));
    CHECK(p[3].supplierId == l.w.bolt.id);

    f.status = LotFilter::Status::Active;
    Result<QList<CostPoint>> active = CostStats::points(tmp.db(), f);
    REQUIRE(active.ok());
    CHECK(active.value().size() == 3);
}

TEST_CASE("Cost points can be limited to the most recently received lots", "[core][costs]")
{
    TempDb tmp;
    Ledger l(tmp.db());
    LotFilter f;
    f.partId = l.w.part.id;
    f.status = LotFilter::Status::All;
    Result<QList<CostPoint>> r = CostStats::points(tmp.db(), f, 2);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    // The two newest are A-FREE (2024-06-01) and A-2 (2024-03-01), still by supplier then date.
    REQUIRE(r.value().size() == 2);
    CHECK(r.value()[0].lotNumber == QStringLiteral("A-2"));
    CHECK(r.value()[1].lotNumber == QStringLiteral("A-FREE"));
}
