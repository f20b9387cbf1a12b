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

} // namespace lotbook
