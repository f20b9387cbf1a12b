#include "Expiry.h"

#include <QCoreApplication>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "Expiry" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Expiry)
};
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
        return Text::tr("no expiry");
    case ExpiryState::Expired:
        return d == -1 ? Text::tr("expired yesterday") : Text::tr("expired %1 days ago").arg(-d);
    case ExpiryState::ExpiringSoon:
    case ExpiryState::Ok:
        if (d == 0)
            return Text::tr("expires today");
        return d == 1 ? Text::tr("expires tomorrow") : Text::tr("expires in %1 days").arg(d);
    }
    return {};
}

QString expiryStateName(ExpiryState state)
{
    switch (state) {
    case ExpiryState::NoExpiry:
        return Text::tr("No expiry");
    case ExpiryState::Expired:
        return Text::tr("Expired");
    case ExpiryState::ExpiringSoon:
        return Text::tr("Expiring soon");
    case ExpiryState::Ok:
        return Text::tr("OK");
    }
    return {};
}

} // namespace lotbook
