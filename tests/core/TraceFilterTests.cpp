// The Trace filters over all lots of all parts (LotStore::list and count with a
// LotFilter) against a small hand-built database whose answer is known: each
// filter alone, its boundaries (inclusive date ranges, lots without expiry
// never inside an expiry range, bins of one warehouse, part number or name,
// trigram and short lot number searches), and combinations. Every list is
// checked against its count.
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
    const Part *part;
    QDate received;
    QDate expires; // invalid: none
    const Supplier *supplier;
    const Warehouse *warehouse;
    const Bin *bin; // nullptr: none
    bool archived;
};

// Nine lots over five parts, two suppliers, two warehouses and their bins:
//   C-1001    CAP-470 2024-01-10 exp 2025-01-10 Acme Main/A-1
//   C-1002    CAP-470 2024-02-01 exp 2025-02-01 Acme Main/A-2
//   C-2001    CAP-470 2024-03-15 no expiry      Bolt Cold room/B-1
//   c-1003-x  CAP-470 2024-02-29 exp 2024-12-31 Acme Main/A-1     archived
//   F-77      F-5A    2024-01-31 exp 2026-06-30 Acme Main (no bin)
//   F-78      F-5A    2024-02-15 no expiry      Bolt Main/A-1
//   S-1       SPD-1   2023-12-31 exp 2024-06-01 Bolt Cold room    archived
//   PN1-AB    PN-1    2024-02-01 exp 2024-02-01 Acme Cold room/B-1
//   XY        PN-2    2024-01-10 exp 2025-01-10 Bolt Main/A-2
// Part names: CAP-470 "Electrolytic capacitor", F-5A "Fuse for Capacitor
// bank", SPD-1 "Überspannungsschutz", PN-1 "Part PN-1", PN-2 "Part PN-2".
struct TraceWorld
{
    explicit TraceWorld(Database &db) : w(db)
    {
        cap = makePart("CAP-470", "Electrolytic capacitor");
        fuse = makePart("F-5A", "Fuse for Capacitor bank");
        surge = makePart("SPD-1", "Überspannungsschutz");
        const QList<Spec> specs{
            {"C-1001", &cap, day(2024, 1, 10), day(2025, 1, 10), &w.acme, &w.main, &w.mainA1,
             false},
            {"C-1002", &cap, day(2024, 2, 1), day(2025, 2, 1), &w.acme, &w.main, &w.mainA2, false},
            {"C-2001", &cap, day(2024, 3, 15), QDate(), &w.bolt, &w.cold, &w.coldB1, false},
            {"c-1003-x", &cap, day(2024, 2, 29), day(2024, 12, 31), &w.acme, &w.main, &w.mainA1,
             true},
            {"F-77", &fuse, day(2024, 1, 31), day(2026, 6, 30), &w.acme, &w.main, nullptr, false},
            {"F-78", &fuse, day(2024, 2, 15), QDate(), &w.bolt, &w.main, &w.mainA1, false},
            {"S-1", &surge, day(2023, 12, 31), day(2024, 6, 1), &w.bolt, &w.cold, nullptr, true},
            {"PN1-AB", &w.part, day(2024, 2, 1), day(2024, 2, 1), &w.acme, &w.cold, &w.coldB1,
             false},
            {"XY", &w.otherPart, day(2024, 1, 10), day(2025, 1, 10), &w.bolt, &w.main, &w.mainA2,
             false},
        };
        for (const Spec &s : specs) {
            Lot lot = w.draft(QString::fromUtf8(s.number));
            lot.partId = s.part->id;
            lot.received = s.received;
            lot.expires = s.expires;
            lot.supplierId = s.supplier->id;
            lot.warehouseId = s.warehouse->id;
            lot.binId = s.bin ? s.bin->id : 0;
            lot = w.create(lot);
            if (s.archived)
                REQUIRE(w.lots.archive(lot.id, lot.version).ok());
        }
    }

    static QDate day(int y, int m, int d) { return QDate(y, m, d); }

    Part makePart(const char *number, const char *name)
    {
        Part p;
        p.number = QString::fromUtf8(number);
        p.name = QString::fromUtf8(name);
        p.trackLots = true;
        Result<Part> created = w.parts.create(p);
        INFO(created.message().toStdString());
        REQUIRE(created.ok());
        return created.value();
    }

    // Every status: most checks are about the other filters.
    static LotFilter all()
    {
        LotFilter f;
        f.status = LotFilter::Status::All;
        return f;
    }

    // The lot numbers `filter` lists, in lot number order; the count must agree.
    Names numbers(const LotFilter &filter) const
    {
        const Result<QList<LotRow>> rows = w.lots.list(filter, {LotSortField::LotNumber, false});
        INFO(rows.message().toStdString());
        REQUIRE(rows.ok());
        Names list;
        for (const LotRow &r : rows.value())
            list.push_back(r.lot.lotNumber.toStdString());
        const Result<qint64> n = w.lots.count(filter);
        INFO(n.message().toStdString());
        REQUIRE(n.ok());
        CHECK(n.value() == qint64(list.size()));
        return list;
    }

    LotWorld w;
    Part cap, fuse, surge;
};

} // namespace

TEST_CASE("Trace lists the lots of every part by status", "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    CHECK(tw.numbers(TraceWorld::all()) ==
          Names{"C-1001", "C-1002", "c-1003-x", "C-2001", "F-77", "F-78", "PN1-AB", "S-1", "XY"});
    LotFilter active; // the default status
    CHECK(tw.numbers(active) ==
          Names{"C-1001", "C-1002", "C-2001", "F-77", "F-78", "PN1-AB", "XY"});
    LotFilter archived = TraceWorld::all();
    archived.status = LotFilter::Status::Archived;
    CHECK(tw.numbers(archived) == Names{"c-1003-x", "S-1"});
}

TEST_CASE("Trace lot number search finds substrings with the trigram index and without it",
          "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    auto search = [&tw](const char *text) {
        LotFilter f = TraceWorld::all();
        f.search = QString::fromUtf8(text);
        return tw.numbers(f);
    };
    // Three characters or more: the trigram index, confirmed by instr().
    CHECK(search("c-100") == Names{"C-1001", "C-1002", "c-1003-x"});
    CHECK(search("C-1003") == Names{"c-1003-x"});
    CHECK(search("001") == Names{"C-1001", "C-2001"});
    CHECK(search("f-7") == Names{"F-77", "F-78"});
    CHECK(search("  C-1002  ") == Names{"C-1002"});
    CHECK(search("1003-X") == Names{"c-1003-x"});
    CHECK(search("c-1001x").empty());
    CHECK(search("zz9").empty());
    // Trigrams of the text in another order are not a match.
    CHECK(search("100-c").empty());
    // Shorter than three characters: a plain substring scan.
    CHECK(search("1-") == Names{"PN1-AB"});
    CHECK(search("-1") == Names{"C-1001", "C-1002", "c-1003-x", "S-1"});
    CHECK(search("x") == Names{"c-1003-x", "XY"});
    CHECK(search("Xy") == Names{"XY"});
    CHECK(search("q").empty());
    // Empty or blank: no condition.
    CHECK(search("").size() == 9);
    CHECK(search("   ").size() == 9);
    // FTS5 syntax in the text is plain characters.
    CHECK(search("c* OR f").empty());
    CHECK(search("\"c-1").empty());
}

TEST_CASE("Trace part text matches part number or name ignoring case", "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    auto partText = [&tw](const char *text) {
        LotFilter f = TraceWorld::all();
        f.partText = QString::fromUtf8(text);
        return tw.numbers(f);
    };
    // By name: the capacitors, and the fuse whose name mentions capacitors.
    CHECK(partText("capacitor") == Names{"C-1001", "C-1002", "c-1003-x", "C-2001", "F-77", "F-78"});
    CHECK(partText("ELECTROLYTIC") == Names{"C-1001", "C-1002", "c-1003-x", "C-2001"});
    // By number only.
    CHECK(partText("cap-4") == Names{"C-1001", "C-1002", "c-1003-x", "C-2001"});
    CHECK(partText("f-5a") == Names{"F-77", "F-78"});
    CHECK(partText("spd") == Names{"S-1"});
    // Beyond ASCII, case is folded too.
    CHECK(partText("überSPANNUNG") == Names{"S-1"});
    CHECK(partText("ÜBERSPANNUNGSSCHUTZ") == Names{"S-1"});
    CHECK(partText("pn-") == Names{"PN1-AB", "XY"});
    CHECK(partText("pn-2") == Names{"XY"});
    CHECK(partText("zzz").empty());
    CHECK(partText("%").empty());
    CHECK(partText("").size() == 9);
}

TEST_CASE("Trace received date range includes both ends", "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    auto received = [&tw](QDate from, QDate to) {
        LotFilter f = TraceWorld::all();
        f.receivedFrom = from;
        f.receivedTo = to;
        return tw.numbers(f);
    };
    const QDate open;
    CHECK(received(QDate(2024, 1, 10), QDate(2024, 2, 1)) ==
          Names{"C-1001", "C-1002", "F-77", "PN1-AB", "XY"});
    // One day past either end loses the lots on the end day.
    CHECK(received(QDate(2024, 1, 11), QDate(2024, 2, 1)) == Names{"C-1002", "F-77", "PN1-AB"});
    CHECK(received(QDate(2024, 1, 10), QDate(2024, 1, 31)) == Names{"C-1001", "F-77", "XY"});
    CHECK(received(QDate(2024, 2, 1), QDate(2024, 2, 1)) == Names{"C-1002", "PN1-AB"});
    // Open on one side.
    CHECK(received(QDate(2024, 2, 29), open) == Names{"c-1003-x", "C-2001"});
    CHECK(received(open, QDate(2024, 1, 10)) == Names{"C-1001", "S-1", "XY"});
    CHECK(received(open, QDate(2023, 12, 31)) == Names{"S-1"});
    CHECK(received(open, QDate(2023, 12, 30)).empty());
    CHECK(received(open, open).size() == 9);
    // A range that ends before it starts holds nothing.
    CHECK(received(QDate(2024, 2, 2), QDate(2024, 2, 1)).empty());
}

TEST_CASE("Trace expiry date range includes both ends and never lots without expiry",
          "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    auto expires = [&tw](QDate from, QDate to) {
        LotFilter f = TraceWorld::all();
        f.expiresFrom = from;
        f.expiresTo = to;
        return tw.numbers(f);
    };
    const QDate open;
    CHECK(expires(QDate(2025, 1, 10), open) == Names{"C-1001", "C-1002", "F-77", "XY"});
    CHECK(expires(QDate(2025, 1, 11), open) == Names{"C-1002", "F-77"});
    CHECK(expires(open, QDate(2024, 12, 31)) == Names{"c-1003-x", "PN1-AB", "S-1"});
    CHECK(expires(open, QDate(2024, 12, 30)) == Names{"PN1-AB", "S-1"});
    CHECK(expires(QDate(2025, 1, 10), QDate(2025, 1, 10)) == Names{"C-1001", "XY"});
    CHECK(expires(QDate(2024, 2, 1), QDate(2024, 2, 1)) == Names{"PN1-AB"});
    // The widest range still leaves out the two lots that never expire.
    CHECK(expires(QDate(1900, 1, 1), QDate(9999, 12, 31)) ==
          Names{"C-1001", "C-1002", "c-1003-x", "F-77", "PN1-AB", "S-1", "XY"});
    CHECK(expires(QDate(1900, 1, 1), open).size() == 7);
    CHECK(expires(open, QDate(9999, 12, 31)).size() == 7);
    CHECK(expires(open, open).size() == 9);
}

TEST_CASE("Trace filters by supplier and warehouse and bin", "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    LotWorld &w = tw.w;
    LotFilter f = TraceWorld::all();
    f.supplierId = w.acme.id;
    CHECK(tw.numbers(f) == Names{"C-1001", "C-1002", "c-1003-x", "F-77", "PN1-AB"});
    f.supplierId = w.bolt.id;
    CHECK(tw.numbers(f) == Names{"C-2001", "F-78", "S-1", "XY"});

    f = TraceWorld::all();
    f.warehouseId = w.main.id;
    CHECK(tw.numbers(f) == Names{"C-1001", "C-1002", "c-1003-x", "F-77", "F-78", "XY"});
    f.warehouseId = w.cold.id;
    CHECK(tw.numbers(f) == Names{"C-2001", "PN1-AB", "S-1"});

    f = TraceWorld::all();
    f.warehouseId = w.main.id;
    f.binId = w.mainA1.id;
    CHECK(tw.numbers(f) == Names{"C-1001", "c-1003-x", "F-78"});
    f.binId = w.mainA2.id;
    CHECK(tw.numbers(f) == Names{"C-1002", "XY"});
    // A bin alone narrows the same way; a bin of another warehouse matches nothing.
    f.warehouseId = 0;
    f.binId = w.coldB1.id;
    CHECK(tw.numbers(f) == Names{"C-2001", "PN1-AB"});
    f.warehouseId = w.main.id;
    CHECK(tw.numbers(f).empty());

    f = TraceWorld::all();
    f.partId = tw.cap.id;
    CHECK(tw.numbers(f) == Names{"C-1001", "C-1002", "c-1003-x", "C-2001"});
}

TEST_CASE("Trace filters combine to the capacitor example and narrower", "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    LotWorld &w = tw.w;

    // A capacitor failed: capacitor lots from Acme received in January 2024 up to 1 February.
    LotFilter f = TraceWorld::all();
    f.partText = QStringLiteral("Capacitor");
    f.supplierId = w.acme.id;
    f.receivedFrom = QDate(2024, 1, 1);
    f.receivedTo = QDate(2024, 2, 1);
    CHECK(tw.numbers(f) == Names{"C-1001", "C-1002", "F-77"});
    f.warehouseId = w.main.id;
    CHECK(tw.numbers(f) == Names{"C-1001", "C-1002", "F-77"});
    f.binId = w.mainA1.id;
    CHECK(tw.numbers(f) == Names{"C-1001"});
    f.binId = 0;
    f.search = QStringLiteral("c-10");
    CHECK(tw.numbers(f) == Names{"C-1001", "C-1002"});
    f.expiresTo = QDate(2025, 1, 31);
    CHECK(tw.numbers(f) == Names{"C-1001"});
    f.supplierId = w.bolt.id;
    CHECK(tw.numbers(f).empty());

    // Lot number and part number with an expiry bound, then only active lots.
    f = TraceWorld::all();
    f.search = QStringLiteral("c-1");
    f.partText = QStringLiteral("CAP-4");
    f.expiresTo = QDate(2025, 1, 31);
    CHECK(tw.numbers(f) == Names{"C-1001", "c-1003-x"});
    f.status = LotFilter::Status::Active;
    CHECK(tw.numbers(f) == Names{"C-1001"});
    f.status = LotFilter::Status::Archived;
    CHECK(tw.numbers(f) == Names{"c-1003-x"});

    // Archived lots of a supplier (the auditor's path).
    f = TraceWorld::all();
    f.status = LotFilter::Status::Archived;
    f.supplierId = w.bolt.id;
    CHECK(tw.numbers(f) == Names{"S-1"});

    // A short search with a warehouse and an expiry range.
    f = TraceWorld::all();
    f.search = QStringLiteral("-1");
    f.warehouseId = w.cold.id;
    CHECK(tw.numbers(f) == Names{"S-1"});
    f.expiresFrom = QDate(2024, 6, 2);
    CHECK(tw.numbers(f).empty());

    // Part id and part text that disagree match nothing.
    f = TraceWorld::all();
    f.partId = w.part.id;
    f.partText = QStringLiteral("capacitor");
    CHECK(tw.numbers(f).empty());
    f.partText = QStringLiteral("pn-1");
    CHECK(tw.numbers(f) == Names{"PN1-AB"});
}

TEST_CASE("Trace sorts across parts by part number and name and limits a first screen",
          "[core][trace]")
{
    TempDb t;
    TraceWorld tw(t.db());
    auto order = [&tw](LotSort sort, int limit = -1) {
        LotFilter f = TraceWorld::all();
        f.receivedTo = QDate(2024, 2, 1);
        const Result<QList<LotRow>> rows = tw.w.lots.list(f, sort, limit);
        REQUIRE(rows.ok());
        Names list;
        for (const LotRow &r : rows.value())
            list.push_back((r.partNumber + QLatin1Char('/') + r.lot.lotNumber).toStdString());
        return list;
    };
    // Ties within a part go by expiry, no expiry last.
    CHECK(order({LotSortField::Part, false}) == Names{"CAP-470/C-1001", "CAP-470/C-1002",
                                                      "F-5A/F-77", "PN-1/PN1-AB", "PN-2/XY",
                                                      "SPD-1/S-1"});
    CHECK(order({LotSortField::Part, true}) == Names{"SPD-1/S-1", "PN-2/XY", "PN-1/PN1-AB",
                                                     "F-5A/F-77", "CAP-470/C-1001",
                                                     "CAP-470/C-1002"});
    // Names: "Electrolytic", "Fuse", "Part PN-1", "Part PN-2", "Überspannungsschutz".
    CHECK(order({LotSortField::PartName, false}) == Names{"CAP-470/C-1001", "CAP-470/C-1002",
                                                          "F-5A/F-77", "PN-1/PN1-AB", "PN-2/XY",
                                                          "SPD-1/S-1"});
    CHECK(order({LotSortField::Received, true}, 3) ==
          Names{"PN-1/PN1-AB", "CAP-470/C-1002", "F-5A/F-77"});
    const Result<qint64> n = tw.w.lots.count([] {
        LotFilter f = TraceWorld::all();
        f.receivedTo = QDate(2024, 2, 1);
        return f;
    }());
    REQUIRE(n.ok());
    CHECK(n.value() == 6);
}
