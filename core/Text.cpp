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
    if (t.size() != 10)
        return {};
    return QDate::fromString(t, Qt::ISODate);
}

QString dateToIso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace lotbook
