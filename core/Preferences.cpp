#include "Preferences.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSettings>

namespace lotbook {

namespace {
const QString kUserName = QStringLiteral("preferences/userName");
const QString kExpiryWindow = QStringLiteral("preferences/expiryWindowDays");
} // namespace

Status Preferences::checkUserName(const QString &name)
{
    const QString field = QStringLiteral("user_name");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(
            field, QCoreApplication::translate("Preferences", "The user name is required: it is "
                                                              "recorded with every change."));
    if (trimmed.size() > kMaxUserNameLength)
        return Status::failure(
            field, QCoreApplication::translate("Preferences",
                                               "The user name is too long (at most %1 characters).")
                       .arg(kMaxUserNameLength));
    for (const QChar c : trimmed)
        if (c.category() == QChar::Other_Control)
            return Status::failure(field, QCoreApplication::translate(
                                              "Preferences",
                                              "The user name cannot contain control characters "
                                              "(such as tabs or line breaks)."));
    return success();
}

QString Preferences::userName() const
{
    const QString name = QSettings().value(kUserName).toString().trimmed();
    return name.isEmpty() || !checkUserName(name) ? loginName() : name;
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
