// The display format of date fields: the locale's short date with a four-digit
// year ("28.11.2026", "11/28/2026"), so an edited year is never ambiguous.
#pragma once

#include <QLocale>
#include <QString>

namespace lotbook {

inline QString dateEditFormat(const QLocale &locale = QLocale())
{
    QString f = locale.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

} // namespace lotbook
