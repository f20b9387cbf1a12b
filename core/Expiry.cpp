#include "Expiry.h"

#include <QCoreApplication>

namespace lotbook {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Expiry", text);
}
} // namespace

Expiry expiryOf(const QDate &expires, const QDate &today, int windowDays)
{
    if (!expires.isValid())
        return {};
    const qint64 days = today.daysTo(expires);
    if (days < 0)
        return {ExpiryState::Expired, days};
    if (days <= windowDays)
        return {ExpiryState::ExpiringSoon, days};
    return {ExpiryState::Ok, days};
}

QString expiryDescription(const Expiry &expiry)
{
    const qint64 d = expiry.daysLeft;
    switch (expiry.state) {
    case ExpiryState::NoExpiry:
        return tr("no expiry");
    case ExpiryState::Expired:
        return d == -1 ? tr("expired yesterday") : tr("expired %1 days ago").arg(-d);
    case ExpiryState::ExpiringSoon:
    case ExpiryState::Ok:
        if (d == 0)
            return tr("expires today");
        return d == 1 ? tr("expires tomorrow") : tr("expires in %1 days").arg(d);
    }
    return {};
}

QString expiryStateName(ExpiryState state)
{
    switch (state) {
    case ExpiryState::NoExpiry:
        return tr("No expiry");
    case ExpiryState::Expired:
        return tr("Expired");
    case ExpiryState::ExpiringSoon:
        return tr("Expiring soon");
    case ExpiryState::Ok:
        return tr("OK");
    }
    return {};
}

} // namespace lotbook
