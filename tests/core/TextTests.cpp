// Text helpers: the normalised key uniqueness is checked on (trimmed, NFC,
// case-folded), UTC timestamps and ISO dates as stored.
#include "Text.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace lotbook;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

TEST_CASE("normalizedKey trims and case-folds and NFC-normalises", "[core][text]")
{
    CHECK(normalizedKey(QStringLiteral("  ABC-1 ")) == QLatin1String("abc-1"));
    CHECK(normalizedKey(u("ÄBC")) == normalizedKey(u(" äbc ")));
    CHECK(normalizedKey(u("ÄBC")) == u("äbc"));
    CHECK(normalizedKey(u("Ωmega")) == normalizedKey(u("ωMEGA")));
    // Decomposed "A" + combining diaeresis equals the precomposed letter.
    CHECK(normalizedKey(u("A\u0308BC")) == normalizedKey(u("\u00c4BC")));
    CHECK(normalizedKey(u("A\u0308BC")) == u("\u00e4bc"));
    // Tabs and newlines are surrounding spaces too.
    CHECK(normalizedKey(u("\t Part\n")) == QLatin1String("part"));
    // Inner spaces and punctuation are kept: these are different keys.
    CHECK(normalizedKey(u("A B")) != normalizedKey(u("AB")));
    CHECK(normalizedKey(u("Ä")) != normalizedKey(u("A")));
    CHECK(normalizedKey(QString()).isEmpty());
    CHECK(normalizedKey(QStringLiteral("   ")).isEmpty());
    // Idempotent.
    const QString once = normalizedKey(u(" ΣΊΣΥΦΟΣ Straße "));
    CHECK(normalizedKey(once) == once);
}

TEST_CASE("utcNowIso gives UTC ISO 8601 with milliseconds and a Z", "[core][text]")
{
    const QString now = utcNowIso();
    CHECK(now.size() == 24); // 2026-03-03T10:20:30.123Z
    CHECK(now.endsWith(QLatin1Char('Z')));
    CHECK(now.at(10) == QLatin1Char('T'));
    const QDateTime parsed = QDateTime::fromString(now, Qt::ISODateWithMs);
    REQUIRE(parsed.isValid());
    CHECK(parsed.timeSpec() == Qt::UTC);
}

TEST_CASE("Dates convert to and from strict ISO text", "[core][text]")
{
    CHECK(dateFromIso(QStringLiteral("2026-03-03")) == QDate(2026, 3, 3));
    CHECK(dateFromIso(QStringLiteral(" 2024-02-29 ")) == QDate(2024, 2, 29));
    CHECK(dateToIso(QDate(2026, 3, 3)) == QLatin1String("2026-03-03"));
    CHECK(dateToIso(QDate(999, 1, 2)) == QLatin1String("0999-01-02"));
    CHECK(dateToIso(QDate()).isEmpty());

    for (const char *bad : {"", "2026-3-3", "2026-02-30", "2023-02-29", "03/03/2026",
                            "2026-03-03T10:00", "20260303", "2026-13-01", "yesterday"}) {
        INFO(bad);
        CHECK_FALSE(dateFromIso(u(bad)).isValid());
    }
    const QDate d(2031, 12, 31);
    CHECK(dateFromIso(dateToIso(d)) == d);
}

TEST_CASE("Dates are shown in the locale's short format with a four-digit year", "[core][text]")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QDate d(2030, 3, 1);
    CHECK(formatDate(d, us) == QLatin1String("3/1/2030"));
    CHECK(formatDate(d, de) == QLatin1String("01.03.2030"));
    CHECK(shortDateFormat(de) == QLatin1String("dd.MM.yyyy"));
    CHECK(formatDate(QDate(), us).isEmpty());

    // A stored UTC stamp in local time, the year in full; anything else as it is.
    const QString stamp = QStringLiteral("2030-03-01T12:00:00.000Z");
    const QDateTime local = QDateTime::fromString(stamp, Qt::ISODateWithMs).toLocalTime();
    CHECK(formatTimestamp(stamp, de) ==
          de.toString(local.date(), QStringLiteral("dd.MM.yyyy")) + QLatin1Char(' ') +
              de.toString(local.time(), de.timeFormat(QLocale::ShortFormat)));
    CHECK(formatTimestamp(stamp, de).contains(QLatin1String("2030")));
    CHECK(formatTimestamp(QStringLiteral("not a time"), de) == QLatin1String("not a time"));
}
