// backup: a consistent, checked copy of the database, taken while it may be in use.
#include "Backup.h"
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "BackupCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

int backup(const Invocation &inv)
{
    CommandParser parser(
        inv, Text::tr("Writes a copy of the --db database to DEST. The copy is consistent even "
                      "while other windows or programs are working on the database (it holds "
                      "every change committed when the backup started), is checked to open as "
                      "a Lotbook database, and only then takes the name DEST. When DEST is a "
                      "folder, the copy is named after the database and today's date "
                      "(stock-2026-11-28.sqlite). An existing file is replaced only with "
                      "--force. The database is copied as it is, never upgraded.\n"
                      "Exit code 0 when the copy was written; 1 when DEST cannot be written "
                      "(nothing is left behind); 2 when the database was refused."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Text::tr("Replace DEST if it already exists."));
    parser.addOption(force);
    parser.addPositional(QStringLiteral("DEST"),
                         Text::tr("The backup file to write, or a folder to write it in."));
    if (auto stop = parser.parse())
        return *stop;

    // Refuses missing, foreign, newer and damaged files, and never upgrades:
    // the backup is of the file as it is. Closed again before copying, so the
    // copy's own connection is the last one and tidies up after itself.
    QString source;
    {
        std::unique_ptr<Database> db = openDatabase(inv, Access::Inspect);
        if (!db)
            return ExitDatabase;
        source = db->path();
    }

    QString destination = parser.positional(0);
    if (QFileInfo(destination).isDir())
        destination =
            QDir(destination).filePath(Backup::suggestedFileName(source, QDate::currentDate()));
    const bool replace = parser.isSet(force);
    const Result<BackupInfo> written = Backup::write(
        source, destination, replace ? Backup::Existing::Replace : Backup::Existing::Refuse);
    if (!written) {
        const bool destinationProblem = written.errors().constFirst().field == u"destination";
        inv.console.fail(written.errors(), destinationProblem ? ExitBadInput : ExitDatabase);
        if (!replace && QFileInfo(destination).isFile())
            inv.console.hint(Text::tr("Add --force to replace it."));
        return destinationProblem ? ExitBadInput : ExitDatabase;
    }
    const BackupInfo &info = written.value();
    inv.console.print(
        Text::tr("Backed up %1 to %2 (%3, schema version %4); the copy passed its "
                 "check.")
            .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(info.path),
                 QLocale().formattedDataSize(info.bytes), QString::number(info.schemaVersion)));
    return ExitOk;
}
} // namespace

QList<Command> backupCommands()
{
    return {
        {{QStringLiteral("backup")},
         QT_TRANSLATE_NOOP("Commands", "Write a checked copy of the database, even while in use"),
         backup},
    };
}

} // namespace lotbook::cli
