// lotbook: the desktop application. Opens the default database (or --db PATH,
// or a fresh sample with --sample) in the main window.
#include "Database.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lotbook"));
    QApplication::setApplicationName(QStringLiteral("Lotbook"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lotbook"));
    QApplication::setApplicationVersion(QStringLiteral(LOTBOOK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lotbook.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Lot and batch tracking for parts warehouses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open (or create) the database at <path>."),
        QStringLiteral("path"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QApplication::translate("main", "Open a fresh sample database in a temporary folder."));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-ms"),
        QApplication::translate("main", "Quit after <ms> milliseconds (for smoke tests)."),
        QStringLiteral("ms"));
    parser.addOptions({dbOption, sampleOption, quitOption});
    parser.process(app);

    lotbook::MainWindow window;
    if (parser.isSet(sampleOption))
        window.openSampleDatabase();
    else
        window.openDatabase(parser.isSet(dbOption) ? parser.value(dbOption)
                                                   : lotbook::defaultDatabasePath(),
                            lotbook::OpenMode::CreateIfMissing);
    window.show();
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
