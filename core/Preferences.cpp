#include "Preferences.h"

#include "Database.h"

#include <QSettings>

namespace lotbook {

namespace {
const QString kUserName = QStringLiteral("preferences/userName");
const QString kExpiryWindow = QStringLiteral("preferences/expiryWindowDays");
} // namespace

QString Preferences::userName() const
{
    const QString name = QSettings().value(kUserName).toString().trimmed();
    return name.isEmpty() ? loginName() : name;
}

void Preferences::setUserName(const QString &name)
{
    QSettings().setValue(kUserName, name.trimmed());
}

int Preferences::expiryWindowDays() const
{
    bool ok = false;
    const int days = QSettings().value(kExpiryWindow, kDefaultExpiryWindowDays).toInt(&ok);
    return ok && days >= 0 && days <= 3650 ? days : kDefaultExpiryWindowDays;
}

void Preferences::setExpiryWindowDays(int days)
{
    QSettings().setValue(kExpiryWindow, qBound(0, days, 3650));
}

} // namespace lotbook
