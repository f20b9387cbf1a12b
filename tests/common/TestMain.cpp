// The one Catch2 main: creates the Qt application object (widgets, offscreen
// unless a platform was chosen) and keeps tests away from the user's settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary at build time, often with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LotbookTests"));
    QApplication::setApplicationName(QStringLiteral("LotbookTests"));
    return Catch::Session().run(argc, argv);
}
