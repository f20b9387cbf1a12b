// lotbook-cli: the Lotbook database from scripts and terminals, through the same
// core library as the desktop application. Qt Core and Sql only.
#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop application: the same settings (user name)
    // and the same default database file.
    QCoreApplication::setOrganizationName(QStringLiteral("Lotbook"));
    QCoreApplication::setApplicationName(QStringLiteral("Lotbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOTBOOK_VERSION));

    lotbook::cli::Console console;
    return lotbook::cli::run(QCoreApplication::arguments(), console);
}
