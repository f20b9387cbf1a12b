// lotbook-cli's commands. Each is one row of a table: its words ("part add"),
// a one-line summary and the function that runs it, so a new command is a new
// row. A command parses its own options (CommandParser), opens the database
// through openDatabase() and returns an exit code from ExitCode.
#pragma once

#include "Database.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

namespace lotbook::cli {

class Console;

// Exit codes scripts can rely on.
enum ExitCode : int
{
    ExitOk = 0,
    ExitBadInput = 1, // invalid input or a record that does not exist; nothing was written
    ExitDatabase = 2, // the database file was refused, is read-only, or failed its check
    ExitUsage = 64,   // unknown command or option, missing required option (sysexits EX_USAGE)
};

// What a command gets: the global options and the arguments after its words.
struct Invocation
{
    QStringList words;     // the command's words, e.g. {"part", "add"}
    QStringList arguments; // everything after them
    QString databasePath;  // --db, or the default file
    QString userName;      // --user, or the preferences' name: written into audit events
    Console &console;

    QString commandName() const { return words.join(QLatin1Char(' ')); }
};

struct Command
{
    QStringList words;
    const char *summary; // untranslated, marked with QT_TRANSLATE_NOOP("Commands", ...)
    std::function<int(const Invocation &)> run;
};

enum class Access
{
    Read,
    Write,
    Inspect // read-only and never migrated: what `check` sees is the file as it is
};

// Opens the existing database named by --db, with --user as the audit name.
// On refusal (missing, not Lotbook, newer, corrupt; read-only for Access::Write)
// prints why to stderr and returns nullptr: the command exits with ExitDatabase.
std::unique_ptr<Database> openDatabase(const Invocation &invocation, Access access);

// The command table, group by group.
QList<Command> databaseCommands(); // init, check
QList<Command> partCommands();
QList<Command> supplierCommands();
QList<Command> warehouseCommands(); // warehouse and bin
QList<Command> lotCommands();       // lot add|edit|archive|restore|show, and lots
QList<Command> auditCommands();     // audit (list) and audit verify
QList<Command> importCommands();    // import (CSV), and export (lots as CSV)
QList<Command> demoCommands();      // demo (a new database filled with demo data)
QList<Command> backupCommands();    // backup (a checked copy of the database)
QList<Command> reportCommands();    // report lots|trace|expiring|lot (PDF)

// Whether the command line (program name first) runs `report`: only it needs
// a QGuiApplication (fonts, PDF); every other command runs on QCoreApplication.
bool isReportCommand(const QStringList &arguments);

} // namespace lotbook::cli
