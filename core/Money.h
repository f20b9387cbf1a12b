// Money as an integer count of 1/10000 of the currency unit. Never a double:
// text is parsed digit by digit straight into units.
#pragma once

#include "Result.h"

#include <QLocale>
#include <QString>

namespace lotbook {

using MoneyUnits = qint64;
inline constexpr MoneyUnits kMoneyScale = 10000;
inline constexpr int kMoneyDecimals = 4;

// Parses "4.1", "0.0025", "1,234.50" (in the given locale; QLocale::c() for
// the command line, where amounts are written with a dot). Up to 4 decimals,
// no sign, no exponent. Errors name `field` and use `label` in the message.
Result<MoneyUnits> parseMoney(const QString &text, const QLocale &locale, const QString &field,
                              const QString &label);

// Formats with at least `minDecimals` decimals (2 for display) and as many more
// as the amount needs, up to 4: 3.9 -> "3.90", 0.0025 -> "0.0025".
QString formatMoney(MoneyUnits units, const QLocale &locale, int minDecimals = 2);

// Plain form for CSV/JSON and the command line: dot, no grouping ("1234.5").
QString formatMoneyPlain(MoneyUnits units);

} // namespace lotbook
