// User preferences kept with QSettings: the name written into audit events and
// the "expiring soon" window. Shared by the GUI and lotbook-cli.
#pragma once

#include <QString>

namespace lotbook {

class Preferences
{
public:
    static constexpr int kDefaultExpiryWindowDays = 30;

    QString userName() const; // defaults to the login name
    void setUserName(const QString &name);
    int expiryWindowDays() const; // 0..3650, default 30
    void setExpiryWindowDays(int days);
};

} // namespace lotbook
