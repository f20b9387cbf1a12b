// Fuzz target for the money and quantity parsers: arbitrary bytes as text typed
// into a cost or quantity field, read in several locales. Checks that
// - an accepted amount is >= 0, and its display form (formatMoney, in that
//   locale, 2 and 4 decimals) and its plain form (formatMoneyPlain, as CSV and
//   the command line write it) both parse back to the same units;
// - the plain form is canonical: parse(plain) formats to the same text;
// - a refusal names the field and says something;
// - the first 8 bytes as an integer count of units format without undefined
//   behaviour into a well-formed plain number, and re-parse to the same value
//   when in range;
// - an accepted quantity is > 0 and re-parses from its own formatting.
#include "FuzzCheck.h"
#include "Lot.h"
#include "Money.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace lotbook;
using lotbook::fuzz::shown;

namespace {

const QList<QLocale> &locales()
{
    // C (command line, CSV), grouping with ',' and '.', '.'-decimal with a
    // non-ASCII group (de_CH), a narrow no-break space group (fr_FR), and
    // Indian grouping (1,00,000).
    static const QList<QLocale> list{
        QLocale::c(),
        QLocale(QLocale::English, QLocale::UnitedStates),
        QLocale(QLocale::German, QLocale::Germany),
        QLocale(QLocale::French, QLocale::France),
        QLocale(QLocale::German, QLocale::Switzerland),
        QLocale(QLocale::English, QLocale::India),
    };
    return list;
}

const QString kField = QStringLiteral("unit_cost");
const QString kLabel = QStringLiteral("Cost per unit");

Result<MoneyUnits> parse(const QString &text, const QLocale &locale)
{
    return parseMoney(text, locale, kField, kLabel);
}

QString where(const QLocale &locale, const QString &text)
{
    return locale.name() + QLatin1Char(' ') + shown(text);
}

// `units` was accepted, or is in the accepted range: every written form of it
// reads back as it.
void checkRoundTrip(MoneyUnits units, const QLocale &locale)
{
    const QString plain = formatMoneyPlain(units);
    const auto fromPlain = parse(plain, QLocale::c());
    FUZZ_CHECK(fromPlain.ok() && fromPlain.value() == units, shown(plain));
    FUZZ_CHECK(formatMoneyPlain(fromPlain.value()) == plain, shown(plain));
    // The plain form is also read in locales with another decimal point,
    // unless the dot groups thousands there ("1.234" is 1234 in German).
    if (locale.groupSeparator() != QLatin1String(".")) {
        const auto plainInLocale = parse(plain, locale);
        FUZZ_CHECK(plainInLocale.ok() && plainInLocale.value() == units, where(locale, plain));
    }
    for (int minDecimals : {2, 4}) {
        const QString shownText = formatMoney(units, locale, minDecimals);
        const auto back = parse(shownText, locale);
        FUZZ_CHECK(back.ok() && back.value() == units,
                   where(locale, shownText) + QStringLiteral(" from %1").arg(units));
    }
}

void checkQuantity(const QString &text, const QLocale &locale)
{
    const auto q = parseQuantity(text, locale);
    if (!q.ok()) {
        FUZZ_CHECK(!q.errors().isEmpty() && !q.errors().first().message.isEmpty(),
                   where(locale, text));
        return;
    }
    FUZZ_CHECK(q.value() > 0, where(locale, text));
    for (const QString &again : {QString::number(q.value()), locale.toString(q.value())}) {
        const auto back = parseQuantity(again, locale);
        FUZZ_CHECK(back.ok() && back.value() == q.value(), where(locale, again));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QLocale &locale : locales()) {
        const auto r = parse(text, locale);
        if (r.ok()) {
            FUZZ_CHECK(r.value() >= 0, where(locale, text));
            checkRoundTrip(r.value(), locale);
        } else {
            FUZZ_CHECK(!r.errors().isEmpty() && r.errors().first().field == kField &&
                           !r.errors().first().message.isEmpty(),
                       where(locale, text));
        }
        checkQuantity(text, locale);
    }

    // Any stored value formats without undefined behaviour (a database can
    // hold any integer); those a user could have typed read back the same.
    if (size >= sizeof(qint64)) {
        qint64 units = 0;
        std::memcpy(&units, data, sizeof units);
        constexpr MoneyUnits largest = 922337203 * kMoneyScale + (kMoneyScale - 1);
        // One optional sign, digits, up to 4 decimals without trailing zeros.
        static const QRegularExpression plainForm(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]{0,3}[1-9])?$"));
        const QString plain = formatMoneyPlain(units);
        FUZZ_CHECK(plainForm.match(plain).hasMatch(),
                   QString::number(units) + QLatin1Char(' ') + shown(plain));
        if (units < 0)
            FUZZ_CHECK(!parse(plain, QLocale::c()).ok(), shown(plain));
        for (const QLocale &locale : locales()) {
            const QString display = formatMoney(units, locale);
            FUZZ_CHECK(display.count(locale.negativeSign()) == (units < 0 ? 1 : 0),
                       where(locale, display));
            if (units >= 0 && units <= largest)
                checkRoundTrip(units, locale);
        }
    }
    return 0;
}
