// The user name written into every audit event: what is refused and why.
#include "Database.h"
#include "Preferences.h"

#include <QSettings>
#include <catch2/catch.hpp>

using namespace lotbook;

TEST_CASE("A user name with control characters is refused", "[core][preferences]")
{
    CHECK(Preferences::checkUserName(QStringLiteral("Dana Clerk")).ok());
    CHECK(Preferences::checkUserName(QString::fromUtf8("Zoë Ōno")).ok());

    // U+001F separates the hashed fields of an audit event; tabs and line
    // breaks would make listings and CSV lie about who did what.
    for (const QString &bad : {QStringLiteral("a\x1f"
                                              "b"),
                               QStringLiteral("a\tb"), QStringLiteral("a\nb"),
                               QStringLiteral("a\x7f"
                                              "b")}) {
        const Status s = Preferences::checkUserName(bad);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errors().first().field == QLatin1String("user_name"));
        CHECK(s.errors().first().message.contains(QStringLiteral("control characters")));
    }
    CHECK_FALSE(Preferences::checkUserName(QStringLiteral("   ")).ok());
    CHECK_FALSE(
        Preferences::checkUserName(QString(Preferences::kMaxUserNameLength + 1, QLatin1Char('x')))
            .ok());
}

TEST_CASE("A bad stored user name reads as the login name", "[core][preferences]")
{
    Preferences prefs;
    const QString before = QSettings().value(QStringLiteral("preferences/userName")).toString();
    QSettings().setValue(QStringLiteral("preferences/userName"), QStringLiteral("x\x1fy"));
    CHECK(prefs.userName() == loginName());
    prefs.setUserName(QStringLiteral("Dana"));
    CHECK(prefs.userName() == QLatin1String("Dana"));
    QSettings().setValue(QStringLiteral("preferences/userName"), before);
}
