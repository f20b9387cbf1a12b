// lotbook-cli: the Lotbook database from scripts and terminals, through the same
// core library as the desktop application. Qt Core and Sql, and Qt Gui for
// `report` alone (fonts and PDF).
#include "Command.h"
#include "CommandLine.h"
#include "Console.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only `report` draws; it gets a QGuiApplication, on the offscreen
    // platform when no display was chosen or is there (a server, a cron job).
    std::unique_ptr<QCoreApplication> application;
    if (lotbook::cli::isReportCommand(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    // The same names as the desktop application: the same settings (user name)
    // and the same default database file.
    QCoreApplication::setOrganizationName(QStringLiteral("Lotbook"));
    QCoreApplication::setApplicationName(QStringLiteral("Lotbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOTBOOK_VERSION));
    // Messages and help in the user's language; data (CSV, JSON, dates,
    // amounts) stays in the plain machine format whatever the locale.
    lotbook::installTranslations(app);

    lotbook::cli::Console console;
    return lotbook::cli::run(QCoreApplication::arguments(), console);
}
