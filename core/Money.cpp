#include "Money.h"

#include <QCoreApplication>
#include <limits>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "Money" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

// True when group separators in `whole` sit where the locale puts them
// ("1.234.567" in German). "4.1" in German or "1,23" in English is a typo or
// another locale's decimal separator: it must not silently become 41 or 123.
// Text that is not plain digits is left to the caller's checks.
bool groupedLikeLocale(const QString &whole, const QLocale &locale, const QString &group)
{
    QString digits = whole;
    digits.remove(group);
    if (digits.isEmpty() || digits.size() > 18)
        return true;
    for (QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return true;
    QLocale grouping = locale;
    grouping.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouping.toString(digits.toLongLong()) == whole;
}
} // namespace

Result<MoneyUnits> parseMoney(const QString &text, const QLocale &locale, const QString &field,
                              const QString &label)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Result<MoneyUnits>::failure(field, Text::tr("%1 is required.").arg(label));

    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // Grouping is allowed only in the whole part; strip it there.
    qsizetype pointAt = t.indexOf(point);
    QString whole = pointAt < 0 ? t : t.left(pointAt);
    QString fraction = pointAt < 0 ? QString() : t.mid(pointAt + point.size());
    // The command line and CSV write a dot; accept it in any locale when the
    // text has no locale decimal point and the dot is not the group separator.
    if (pointAt < 0 && point != QLatin1String(".") && group != QLatin1String(".")) {
        const qsizetype dot = whole.indexOf(QLatin1Char('.'));
        if (dot >= 0) {
            fraction = whole.mid(dot + 1);
            whole = whole.left(dot);
            pointAt = dot;
        }
    }
    if (!group.isEmpty() && group != point) {
        // Narrow no-break spaces and plain spaces are common group separators too.
        if (group.at(0).isSpace())
            whole.replace(QLatin1Char(' '), group);
        if (whole.contains(group) && !groupedLikeLocale(whole, locale, group))
            return Result<MoneyUnits>::failure(field,
                                               Text::tr("%1 must be a number, such as %2.")
                                                   .arg(label, locale.toString(4.1, 'f', 2)));
        whole.remove(group);
    }

    if (t.startsWith(QLatin1Char('-')) || t.startsWith(locale.negativeSign()))
        return Result<MoneyUnits>::failure(field, Text::tr("%1 cannot be negative.").arg(label));
    if (whole.isEmpty() && fraction.isEmpty())
        return Result<MoneyUnits>::failure(
            field,
            Text::tr("%1 must be a number, such as %2.").arg(label, locale.toString(4.1, 'f', 2)));

    auto allDigits = [](const QString &s) {
        for (QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if (!allDigits(whole) || !allDigits(fraction))
        return Result<MoneyUnits>::failure(
            field,
            Text::tr("%1 must be a number, such as %2.").arg(label, locale.toString(4.1, 'f', 2)));
    if (fraction.size() > kMoneyDecimals)
        return Result<MoneyUnits>::failure(
            field,
            Text::tr("%1 can have at most %2 decimal places.").arg(label).arg(kMoneyDecimals));

    constexpr MoneyUnits maxWhole = std::numeric_limits<MoneyUnits>::max() / kMoneyScale / 1000;
    MoneyUnits units = 0;
    for (QChar c : whole) {
        units = units * 10 + (c.unicode() - '0');
        if (units > maxWhole)
            return Result<MoneyUnits>::failure(field, Text::tr("%1 is too large.").arg(label));
    }
    units *= kMoneyScale;
    MoneyUnits scale = kMoneyScale / 10;
    for (QChar c : fraction) {
        units += (c.unicode() - '0') * scale;
        scale /= 10;
    }
    return units;
}

namespace {
// Digits of the fraction, trimmed of trailing zeros down to minDecimals.
QString fractionDigits(MoneyUnits fractionUnits, int minDecimals)
{
    QString digits =
        QString::number(fractionUnits).rightJustified(kMoneyDecimals, QLatin1Char('0'));
    while (digits.size() > minDecimals && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return digits;
}

// |units| without overflow: -units is undefined for the most negative value,
// which a hand-edited database can hold.
quint64 magnitudeOf(MoneyUnits units)
{
    return units < 0 ? 0 - quint64(units) : quint64(units);
}
} // namespace

QString formatMoney(MoneyUnits units, const QLocale &locale, int minDecimals)
{
    const bool negative = units < 0;
    const quint64 magnitude = magnitudeOf(units);
    QString text = locale.toString(magnitude / kMoneyScale);
    const QString digits = fractionDigits(MoneyUnits(magnitude % kMoneyScale), minDecimals);
    if (!digits.isEmpty())
        text += locale.decimalPoint() + digits;
    return negative ? locale.negativeSign() + text : text;
}

QString formatMoneyPlain(MoneyUnits units)
{
    const bool negative = units < 0;
    const quint64 magnitude = magnitudeOf(units);
    QString text = QString::number(magnitude / kMoneyScale);
    const QString digits = fractionDigits(MoneyUnits(magnitude % kMoneyScale), 0);
    if (!digits.isEmpty())
        text += QLatin1Char('.') + digits;
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace lotbook
