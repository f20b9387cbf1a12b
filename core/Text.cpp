#include "Text.h"

namespace lotbook {

QString normalizedKey(const QString &text)
{
    return text.trimmed()
        .normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

QString utcNowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDate dateFromIso(const QString &text)
{
    const QString t = text.trimmed();
    // Qt's ISODate also takes any punctuation ("2026/03/15"); only '-' is ISO.
    if (t.size() != 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-'))
        return {};
    return QDate::fromString(t, Qt::ISODate);
}

QString dateToIso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString shortDateFormat(const QLocale &locale)
{
    QString f = locale.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : QString();
}

QString formatTimestamp(const QString &utcIso, const QLocale &locale)
{
    const QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!t.isValid())
        return utcIso;
    return locale.toString(t.toLocalTime(), shortDateFormat(locale) + QLatin1Char(' ') +
                                                locale.timeFormat(QLocale::ShortFormat));
}

} // namespace lotbook
