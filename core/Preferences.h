// User preferences kept with QSettings: the name written into audit events and
// the "expiring soon" window. Shared by the GUI and lotbook-cli.
#pragma once

#include "Result.h"

#include <QString>

namespace lotbook {

class Preferences
{
public:
    static constexpr int kDefaultExpiryWindowDays = 30;

    static constexpr int kMaxUserNameLength = 100;

    // The name must be non-empty, at most kMaxUserNameLength characters and
    // free of control characters (audit events are hashed over it). Errors
    // name the field "user_name".
    static Status checkUserName(const QString &name);
    QString userName() const; // defaults to the login name; a stored bad name reads as it
    void setUserName(const QString &name);
    int expiryWindowDays() const; // 0..3650, default 30
    void setExpiryWindowDays(int days);
};

} // namespace lotbook
