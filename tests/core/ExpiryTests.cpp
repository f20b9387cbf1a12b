// Expiry status is derived from the expiration date, a fixed "today" and the
// expiring-soon window: a lot is usable on its expiration date, expired the
// day after; the window's last day is still "soon".
#include "Expiry.h"

#include <catch2/catch.hpp>

using namespace lotbook;

namespace {
const QDate kToday(2026, 3, 15);

void requireExpiry(const QDate &expires, int window, ExpiryState state, qint64 daysLeft)
{
    const Expiry e = expiryOf(expires, kToday, window);
    INFO("expires " << expires.toString(Qt::ISODate).toStdString() << ", window " << window);
    CHECK(e.state == state);
    CHECK(e.daysLeft == daysLeft);
}
} // namespace

TEST_CASE("expiryOf at the boundaries of expired today and the window", "[core][lots]")
{
    requireExpiry(kToday.addDays(-1), 30, ExpiryState::Expired, -1);
    requireExpiry(kToday.addDays(-400), 30, ExpiryState::Expired, -400);
    requireExpiry(kToday, 30, ExpiryState::ExpiringSoon, 0);
    requireExpiry(kToday.addDays(1), 30, ExpiryState::ExpiringSoon, 1);
    requireExpiry(kToday.addDays(30), 30, ExpiryState::ExpiringSoon, 30);
    requireExpiry(kToday.addDays(31), 30, ExpiryState::Ok, 31);
    requireExpiry(kToday.addYears(5), 30, ExpiryState::Ok, kToday.daysTo(kToday.addYears(5)));

    // Other windows move only the soon/OK edge.
    requireExpiry(kToday.addDays(7), 7, ExpiryState::ExpiringSoon, 7);
    requireExpiry(kToday.addDays(8), 7, ExpiryState::Ok, 8);
    requireExpiry(kToday.addDays(90), 90, ExpiryState::ExpiringSoon, 90);
    requireExpiry(kToday.addDays(91), 90, ExpiryState::Ok, 91);
    // A window of 0: only the expiration day itself is "soon".
    requireExpiry(kToday, 0, ExpiryState::ExpiringSoon, 0);
    requireExpiry(kToday.addDays(1), 0, ExpiryState::Ok, 1);
    requireExpiry(kToday.addDays(-1), 0, ExpiryState::Expired, -1);

    // Across a month end and a leap day.
    CHECK(expiryOf(QDate(2024, 3, 1), QDate(2024, 2, 28), 30).daysLeft == 2);
    CHECK(expiryOf(QDate(2024, 2, 29), QDate(2024, 3, 1), 30).state == ExpiryState::Expired);

    const Expiry none = expiryOf(QDate(), kToday, 30);
    CHECK(none.state == ExpiryState::NoExpiry);
    CHECK(none.daysLeft == 0);
}

TEST_CASE("expiryDescription says how many days are left or past", "[core][lots]")
{
    auto describe = [](int daysFromToday) {
        return expiryDescription(expiryOf(kToday.addDays(daysFromToday), kToday, 30));
    };
    CHECK(describe(12) == QLatin1String("expires in 12 days"));
    CHECK(describe(45) == QLatin1String("expires in 45 days")); // OK, beyond the window
    CHECK(describe(2) == QLatin1String("expires in 2 days"));
    CHECK(describe(1) == QLatin1String("expires tomorrow"));
    CHECK(describe(0) == QLatin1String("expires today"));
    CHECK(describe(-1) == QLatin1String("expired yesterday"));
    CHECK(describe(-3) == QLatin1String("expired 3 days ago"));
    CHECK(describe(-365) == QLatin1String("expired 365 days ago"));
    CHECK(expiryDescription(expiryOf(QDate(), kToday, 30)) == QLatin1String("no expiry"));
    CHECK(expiryDescription(Expiry{}) == QLatin1String("no expiry"));
}

TEST_CASE("expiryStateName names each state", "[core][lots]")
{
    CHECK(expiryStateName(ExpiryState::Expired) == QLatin1String("Expired"));
    CHECK(expiryStateName(ExpiryState::ExpiringSoon) == QLatin1String("Expiring soon"));
    CHECK(expiryStateName(ExpiryState::Ok) == QLatin1String("OK"));
    CHECK(expiryStateName(ExpiryState::NoExpiry) == QLatin1String("No expiry"));
}
