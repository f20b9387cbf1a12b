// lotbook: the desktop application. Opens the default database (or --db PATH,
// or a fresh sample with --sample) in the main window.
#include "Database.h"
#include "Icons.h"
#include "InventoryPage.h"
#include "ListPanel.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>
#include <QTimer>

namespace {
// --quit-when-ready: quits once the watched widget has painted (the first page
// shown with its rows), so a benchmark can time a start from spawn to exit.
class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit); // after this paint
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lotbook"));
    QApplication::setApplicationName(QStringLiteral("Lotbook"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lotbook"));
    QApplication::setApplicationVersion(QStringLiteral(LOTBOOK_VERSION));
    QApplication::setWindowIcon(lotbook::applicationIcon());
    lotbook::installIconFallback(); // before the first QIcon::fromTheme()
    // Before any widget or --help text exists: they translate when built.
    lotbook::installTranslations(app);

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
    // Hidden from --help (its text is never shown, so not translated).
    QCommandLineOption readyOption(
        QStringLiteral("quit-when-ready"),
        QStringLiteral("Quit once the window has painted its first page (startup benchmark)."));
    readyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, sampleOption, quitOption, readyOption});
    parser.process(app);

    lotbook::MainWindow window;
    if (parser.isSet(sampleOption))
        window.openSampleDatabase();
    else
        window.openDatabase(parser.isSet(dbOption) ? parser.value(dbOption)
                                                   : lotbook::defaultDatabasePath(),
                            lotbook::OpenMode::CreateIfMissing);
    QuitAfterPaint quitWhenReady;
    if (parser.isSet(readyOption)) {
        QWidget *first = window.inventoryPage()
                             ? window.inventoryPage()->panel()->view()->viewport()
                             : static_cast<QWidget *>(&window);
        first->installEventFilter(&quitWhenReady);
    }
    window.show();
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
