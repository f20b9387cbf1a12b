// The expiry overview: which active lots of all parts have expired or expire
// within the window, counted at the boundaries (yesterday, today, the window's
// last day and the day after), never counting archived lots or lots without
// expiry, and counted on the lot_expiry index rather than by reading every lot.
#include "Expiry.h"
#include "ExpiryOverview.h"
#include "LotFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lotbook;
using namespace lotbook::test;

namespace {

const QDate kToday(2025, 6, 15);
constexpr int kWindow = 30; // the window's last day: 2025-07-15

// Lots around kToday with a known answer: 2 expired, 3 expiring soon.
struct Boundaries
{
    explicit Boundaries(Database &db) : w(db)
    {
        add("EXPIRED-LONG-AGO", QDate(2024, 6, 1));
        add("EXPIRED-YESTERDAY", kToday.addDays(-1));
        add("EXPIRES-TODAY", kToday);
        add("WINDOW-EDGE", kToday.addDays(kWindow));
        add("WINDOW-PLUS-ONE", kToday.addDays(kWindow + 1));
        add("NO-EXPIRY", QDate());
        Lot other = w.draft(QStringLiteral("OTHER-PART-SOON"));
        other.partId = w.otherPart.id;
        other.expires = kToday.addDays(5);
        w.create(other);
        archive(add("ARCHIVED-EXPIRED", kToday.addDays(-3)));
        archive(add("ARCHIVED-SOON", kToday.addDays(2)));
    }
    Lot add(const char *number, const QDate &expires)
    {
        Lot lot = w.draft(QString::fromLatin1(number));
        lot.expires = expires;
        return w.create(lot);
    }
    void archive(const Lot &lot)
    {
        REQUIRE(w.lots.archive(lot.id, lot.version, QStringLiteral("used up")).ok());
    }
    ExpiryCounts counts(const QDate &today, int window) const
    {
        Result<ExpiryCounts> c = ExpiryOverview::counts(w.db, today, window);
        INFO(c.message().toStdString());
        REQUIRE(c.ok());
        return c.value();
    }
    Names listed(const QDate &today, int window) const
    {
        Result<QList<LotRow>> rows = w.lots.list(ExpiryOverview::filter(today, window));
        INFO(rows.message().toStdString());
        REQUIRE(rows.ok());
        Names numbers;
        for (const LotRow &r : rows.value())
            numbers.push_back(r.lot.lotNumber.toStdString());
        return numbers;
    }
    LotWorld w;
};

} // namespace

TEST_CASE("Expiry counts split expired from expiring soon at the day boundaries", "[core][expiry]")
{
    TempDb tmp;
    Boundaries b(tmp.db());
    const ExpiryCounts c = b.counts(kToday, kWindow);
    // Expired: long ago and yesterday. Soon: today (still usable), in five
    // days (another part) and the window's last day. Not: the day after the
    // window, no expiry, archived lots.
    CHECK(c.expired == 2);
    CHECK(c.expiringSoon == 3);
    CHECK(c.total() == 5);
}

TEST_CASE("The expiring list holds exactly the counted lots oldest expiry first", "[core][expiry]")
{
    TempDb tmp;
    Boundaries b(tmp.db());
    const Names expected{"EXPIRED-LONG-AGO", "EXPIRED-YESTERDAY", "EXPIRES-TODAY",
                         "OTHER-PART-SOON", "WINDOW-EDGE"};
    CHECK(b.listed(kToday, kWindow) == expected);
    Result<qint64> n = b.w.lots.count(ExpiryOverview::filter(kToday, kWindow));
    REQUIRE(n.ok());
    CHECK(n.value() == b.counts(kToday, kWindow).total());

    // Each listed lot is Expired or Expiring soon by the same rule the Lots tab colours by.
    Result<QList<LotRow>> rows = b.w.lots.list(ExpiryOverview::filter(kToday, kWindow));
    REQUIRE(rows.ok());
    for (const LotRow &r : rows.value()) {
        INFO(r.lot.lotNumber.toStdString());
        const ExpiryState state = expiryOf(r.lot.expires, kToday, kWindow).state;
        CHECK((state == ExpiryState::Expired || state == ExpiryState::ExpiringSoon));
    }
}

TEST_CASE("The window moves the edge and a window of zero keeps only today", "[core][expiry]")
{
    TempDb tmp;
    Boundaries b(tmp.db());
    CHECK(b.counts(kToday, kWindow + 1) == ExpiryCounts{2, 4});
    CHECK(b.counts(kToday, kWindow - 1) == ExpiryCounts{2, 2});
    CHECK(b.counts(kToday, 0) == ExpiryCounts{2, 1});
    CHECK(b.listed(kToday, 0) == Names{"EXPIRED-LONG-AGO", "EXPIRED-YESTERDAY", "EXPIRES-TODAY"});
    // A negative window is treated as zero, never as "before today".
    CHECK(b.counts(kToday, -5) == ExpiryCounts{2, 1});
    // Tomorrow, today's lot has expired too.
    CHECK(b.counts(kToday.addDays(1), 0) == ExpiryCounts{3, 0});
}

TEST_CASE("Archiving and restoring a lot moves it out of and back into the counts",
          "[core][expiry]")
{
    TempDb tmp;
    Boundaries b(tmp.db());
    Result<Lot> lot = b.w.lots.find(b.w.part.id, QStringLiteral("EXPIRED-YESTERDAY"));
    REQUIRE(lot.ok());
    Result<Lot> archived = b.w.lots.archive(lot.value().id, lot.value().version);
    REQUIRE(archived.ok());
    CHECK(b.counts(kToday, kWindow) == ExpiryCounts{1, 3});
    REQUIRE(b.w.lots.restore(archived.value().id, archived.value().version).ok());
    CHECK(b.counts(kToday, kWindow) == ExpiryCounts{2, 3});
}

TEST_CASE("An empty database counts no expiring lots", "[core][expiry]")
{
    TempDb tmp;
    Result<ExpiryCounts> c = ExpiryOverview::counts(tmp.db(), kToday, kWindow);
    REQUIRE(c.ok());
    CHECK(c.value() == ExpiryCounts{});
}

TEST_CASE("The expiry count seeks the lot_expiry index and reads no table rows", "[core][expiry]")
{
    TempDb tmp;
    Boundaries b(tmp.db());
    QSqlQuery q(tmp.db().connection());
    REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + ExpiryOverview::countStatement()));
    for (const QVariant &v : ExpiryOverview::countValues(kToday, kWindow))
        q.addBindValue(v);
    const bool ok = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
    QStringList details;
    while (q.next())
        details << q.value(3).toString();
    INFO(details.join(QLatin1Char('\n')).toStdString());
    REQUIRE(details.size() == 1);
    const QString plan = details.constFirst();
    CHECK(plan.startsWith(QStringLiteral("SEARCH lot USING COVERING INDEX lot_expiry ")));
    // Seeks the status and a range of dates, not every active lot.
    CHECK(plan.contains(QStringLiteral("status=?")));
    CHECK(plan.contains(QStringLiteral("expires_on<?")));
}
