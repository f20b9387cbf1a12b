// Expiry status is derived, never stored: from the expiration date, today and
// the "expiring soon" window. A lot is usable on its expiration date.
#pragma once

#include <QDate>
#include <QString>

namespace lotbook {

enum class ExpiryState
{
    NoExpiry,
    Expired,
    ExpiringSoon,
    Ok
};

struct Expiry
{
    ExpiryState state = ExpiryState::NoExpiry;
    qint64 daysLeft = 0; // negative when expired; 0 on the expiration date
};

Expiry expiryOf(const QDate &expires, const QDate &today, int windowDays);
// "expires in 12 days", "expires today", "expired 3 days ago", "no expiry".
QString expiryDescription(const Expiry &expiry);
// "Expired", "Expiring soon", "OK", "No expiry".
QString expiryStateName(ExpiryState state);

} // namespace lotbook
