// The one Catch2 main: creates the Qt application object (widgets, offscreen
// unless a platform was chosen) and keeps tests away from the user's settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary at build time, often with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Settings of this process only: ctest -j runs test processes side by
    // side, and one test's QSettings().clear() must not reach another's.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("LotbookTests"));
    QApplication::setApplicationName(QStringLiteral("LotbookTests"));
    return Catch::Session().run(argc, argv);
}
