// init and check: create a database file, and tell whether one is sound.
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "IntegrityCheck.h"
#include "Listing.h"
#include "Schema.h"

#include <QCoreApplication>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "DatabaseCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};

int init(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Creates a new, empty Lotbook database at the --db path. An "
                                       "existing Lotbook database is left as it is."));
    if (auto stop = parser.parse())
        return *stop;

    // Opening first tells an existing Lotbook file apart from one to create.
    OpenResult opened = Database::open(inv.databasePath, OpenMode::OpenExisting);
    if (opened.ok()) {
        inv.console.print(
            Text::tr("%1 is already initialised (Lotbook database, schema version %2); "
                     "nothing to do.")
                .arg(opened.database->path())
                .arg(opened.database->schemaVersion()));
        return ExitOk;
    }
    // Missing, or an empty file: create. Anything else is refused by both opens
    // alike, without being written to.
    if (opened.error == OpenError::Missing || opened.error == OpenError::NotLotbook)
        opened = Database::open(inv.databasePath, OpenMode::CreateIfMissing);
    if (!opened.ok()) {
        inv.console.error(opened.message);
        return ExitDatabase;
    }
    inv.console.print(Text::tr("Created the Lotbook database %1 (schema version %2).")
                          .arg(opened.database->path())
                          .arg(opened.database->schemaVersion()));
    return ExitOk;
}

int check(const Invocation &inv)
{
    CommandParser parser(
        inv,
        Text::tr("Checks the --db file: that it is a Lotbook database this version can open, "
                 "that SQLite finds no damage (integrity check) and that every reference points "
                 "at an existing record (foreign key check). Exits with 0 when all is well, "
                 "2 otherwise."));
    if (auto stop = parser.parse())
        return *stop;

    // Refuses missing, foreign, newer and damaged files without touching them,
    // and opens the rest read-only: a check never upgrades the file it checks.
    std::unique_ptr<Database> db = openDatabase(inv, Access::Inspect);
    if (!db)
        return ExitDatabase;

    const IntegrityReport report = checkIntegrity(*db);
    const QString ok = Text::tr("ok");
    const QString appId = QStringLiteral("0x%1").arg(
        QString::number(report.applicationId, 16).toUpper(), 8, QLatin1Char('0'));
    inv.console.print(alignedPairs({
        {Text::tr("Database:"), db->path()},
        {Text::tr("Schema version:"), Text::tr("%1 (this version of lotbook-cli writes %2)")
                                          .arg(db->schemaVersion())
                                          .arg(Schema::currentVersion())},
        {Text::tr("Application id:"), report.applicationId == Database::kApplicationId
                                          ? Text::tr("%1 (Lotbook)").arg(appId)
                                          : appId},
        {Text::tr("Integrity:"),
         report.integrityProblems.isEmpty()
             ? ok
             : Text::tr("%n problem(s)", nullptr, int(report.integrityProblems.size()))},
        {Text::tr("Foreign keys:"),
         report.foreignKeyProblems.isEmpty()
             ? ok
             : Text::tr("%n broken reference(s)", nullptr, int(report.foreignKeyProblems.size()))},
    }));

    if (report.ok())
        return ExitOk;
    if (!report.queryError.isEmpty())
        inv.console.error(Text::tr("The check could not run: %1").arg(report.queryError));
    for (const QString &problem : report.integrityProblems)
        inv.console.error(Text::tr("Damaged: %1").arg(problem));
    for (const QString &problem : report.foreignKeyProblems)
        inv.console.error(Text::tr("Broken reference: %1").arg(problem));
    return ExitDatabase;
}
} // namespace

QList<Command> databaseCommands()
{
    return {
        {{QStringLiteral("init")},
         QT_TRANSLATE_NOOP("Commands", "Create a new database file"),
         init},
        {{QStringLiteral("check")},
         QT_TRANSLATE_NOOP("Commands", "Check that a database is sound (exit 0) or not (exit 2)"),
         check},
    };
}

} // namespace lotbook::cli
