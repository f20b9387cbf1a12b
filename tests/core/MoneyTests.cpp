// Money as integer 1/10000 units: parsing typed text in a locale (never through
// a double), refusing anything ambiguous, and formatting for display and files.
#include "Money.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace lotbook;

namespace {

const QString kField = QStringLiteral("cost_per_unit");
const QString kLabel = QStringLiteral("Cost per unit");

QLocale german()
{
    return QLocale(QLocale::German, QLocale::Germany);
}

struct Accepted
{
    const char *text;
    MoneyUnits units;
};

struct Refused
{
    const char *text;
    const char *why; // a word the message must contain
};

void requireParsed(const QLocale &locale, const Accepted &c)
{
    const QString text = QString::fromUtf8(c.text);
    Result<MoneyUnits> r = parseMoney(text, locale, kField, kLabel);
    INFO("locale " << locale.name().toStdString() << ", text \"" << c.text
                   << "\": " << r.message().toStdString());
    REQUIRE(r.ok());
    CHECK(r.value() == c.units);
}

void requireRefused(const QLocale &locale, const Refused &c)
{
    const QString text = QString::fromUtf8(c.text);
    Result<MoneyUnits> r = parseMoney(text, locale, kField, kLabel);
    INFO("locale " << locale.name().toStdString() << ", text \"" << c.text << "\" gave "
                   << (r.ok() ? r.value() : -1) << ": " << r.message().toStdString());
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors().size() == 1);
    CHECK(r.errors().first().field == kField);
    CHECK(r.message().contains(kLabel));
    CHECK(r.message().contains(QString::fromUtf8(c.why)));
}

} // namespace

TEST_CASE("parseMoney reads amounts written with a dot (C locale)", "[core][money]")
{
    const Accepted c = GENERATE(values<Accepted>({
        {"4.1", 41000},
        {"0.0025", 25},
        {"1,234.50", 12345000},
        {"12", 120000},
        {" 12 ", 120000},
        {"0", 0},
        {"0.0001", 1},
        {"3.90", 39000},
        {"19.99", 199900}, // the classic double trap: 19.99*100 is 1998.999...
        {".5", 5000},
        {"1,234,567.8912", 12345678912},
        {"1234567.8912", 12345678912},
        {"007", 70000},
    }));
    requireParsed(QLocale::c(), c);
}

TEST_CASE("parseMoney reads amounts in German notation", "[core][money]")
{
    const Accepted c = GENERATE(values<Accepted>({
        {"4,1", 41000},
        {"0,0025", 25},
        {"1.234,50", 12345000},
        {"12", 120000},
        {"3,90", 39000},
        {"19,99", 199900},
        {"1.234.567,8912", 12345678912},
        {"1234567,8912", 12345678912},
        {"1.234", 12340000},
    }));
    requireParsed(german(), c);
}

TEST_CASE("parseMoney refuses bad text and names the field and its label", "[core][money]")
{
    const Refused c = GENERATE(values<Refused>({
        {"", "required"},
        {"   ", "required"},
        {"abc", "number"},
        {"-1", "negative"},
        {"-0.5", "negative"},
        {"1.23456", "decimal places"},
        {"1e3", "number"},
        {"+5", "number"},
        {"12abc", "number"},
        {"4.1.2", "number"},
        {"$4", "number"},
        {".", "number"},
        {"99999999999999999999", "too large"},
        // A group separator out of place is a typo or another locale's decimal
        // comma, never silently a bigger amount.
        {"1,23", "number"},
        {"4,1", "number"},
        {"12,34.5", "number"},
    }));
    requireRefused(QLocale::c(), c);
}

TEST_CASE("parseMoney refuses bad German text and names the field and its label", "[core][money]")
{
    const Refused c = GENERATE(values<Refused>({
        {"", "required"},
        {"abc", "number"},
        {"-1", "negative"},
        {"1,23456", "decimal places"},
        {"1e3", "number"},
        {"4,1,2", "number"},
        // The dot groups thousands in German: "4.1" or "0.0025" are not 41 or 25.
        {"4.1", "number"},
        {"0.0025", "number"},
        {"1.23456", "number"},
        {"12.34,5", "number"},
    }));
    requireRefused(german(), c);
}

TEST_CASE("A refusal suggests the locale's own notation", "[core][money]")
{
    Result<MoneyUnits> c = parseMoney(QStringLiteral("abc"), QLocale::c(), kField, kLabel);
    CHECK(c.message().contains(QStringLiteral("4.10")));
    Result<MoneyUnits> de = parseMoney(QStringLiteral("abc"), german(), kField, kLabel);
    CHECK(de.message().contains(QStringLiteral("4,10")));
}

TEST_CASE("formatMoney shows at least two decimals and up to four", "[core][money]")
{
    const QLocale c = QLocale::c();
    CHECK(formatMoney(39000, c) == QLatin1String("3.90"));
    CHECK(formatMoney(25, c) == QLatin1String("0.0025"));
    CHECK(formatMoney(0, c) == QLatin1String("0.00"));
    CHECK(formatMoney(120000, c) == QLatin1String("12.00"));
    CHECK(formatMoney(41000, c) == QLatin1String("4.10"));
    CHECK(formatMoney(12345, c) == QLatin1String("1.2345"));
    CHECK(formatMoney(12340, c) == QLatin1String("1.234"));
    CHECK(formatMoney(-39000, c) == QLatin1String("-3.90"));
    CHECK(formatMoney(41000, c, 0) == QLatin1String("4.1"));
    CHECK(formatMoney(120000, c, 0) == QLatin1String("12"));
    CHECK(formatMoney(41000, c, 4) == QLatin1String("4.1000"));

    const QLocale de = german();
    CHECK(formatMoney(39000, de) == QLatin1String("3,90"));
    CHECK(formatMoney(25, de) == QLatin1String("0,0025"));
    CHECK(formatMoney(12345000, de) == QLatin1String("1.234,50"));
    CHECK(formatMoney(12345678912, de) == QLatin1String("1.234.567,8912"));
}

TEST_CASE("formatMoneyPlain writes a dot without grouping or trailing zeros", "[core][money]")
{
    CHECK(formatMoneyPlain(39000) == QLatin1String("3.9"));
    CHECK(formatMoneyPlain(25) == QLatin1String("0.0025"));
    CHECK(formatMoneyPlain(120000) == QLatin1String("12"));
    CHECK(formatMoneyPlain(0) == QLatin1String("0"));
    CHECK(formatMoneyPlain(12345000) == QLatin1String("1234.5"));
    CHECK(formatMoneyPlain(12345678912) == QLatin1String("1234567.8912"));
    CHECK(formatMoneyPlain(-39000) == QLatin1String("-3.9"));
}

TEST_CASE("Formatted money parses back to the same units", "[core][money]")
{
    const MoneyUnits units = GENERATE(values<MoneyUnits>(
        {0, 1, 25, 9999, 10000, 39000, 41000, 199900, 12345000, 12345678912, 9876543210000}));
    const QLocale locale =
        GENERATE(values<QLocale>({QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::French, QLocale::France),
                                  QLocale(QLocale::German, QLocale::Switzerland)}));
    for (int minDecimals : {0, 2, 4}) {
        const QString text = formatMoney(units, locale, minDecimals);
        Result<MoneyUnits> back = parseMoney(text, locale, kField, kLabel);
        INFO(locale.name().toStdString() << ": " << units << " -> \"" << text.toStdString()
                                         << "\": " << back.message().toStdString());
        REQUIRE(back.ok());
        CHECK(back.value() == units);
    }
    Result<MoneyUnits> plain = parseMoney(formatMoneyPlain(units), QLocale::c(), kField, kLabel);
    INFO(formatMoneyPlain(units).toStdString());
    REQUIRE(plain.ok());
    CHECK(plain.value() == units);
}
