#include "Command.h"

#include "Console.h"

#include <QCoreApplication>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "Command" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

std::unique_ptr<Database> openDatabase(const Invocation &invocation, Access access)
{
    OpenResult opened =
        Database::open(invocation.databasePath,
                       access == Access::Inspect ? OpenMode::Inspect : OpenMode::OpenExisting);
    if (!opened.ok()) {
        invocation.console.error(opened.message);
        if (opened.error == OpenError::Missing)
            invocation.console.hint(
                Text::tr("To create a new database there, run: lotbook-cli --db "
                         "\"%1\" init")
                    .arg(invocation.databasePath));
        return nullptr;
    }
    if (access == Access::Write && opened.database->isReadOnly()) {
        const QString path = opened.database->path();
        invocation.console.error(
            opened.database->readOnlyCause() == ReadOnlyCause::FolderPermissions
                ? Text::tr("%1 is read-only: its folder cannot be written, and SQLite needs to "
                           "create files beside it to save changes. Nothing can be changed in it.")
                      .arg(path)
                : Text::tr("%1 is read-only; nothing can be changed in it.").arg(path));
        return nullptr;
    }
    // Before upgrading an older file, Database::open kept a copy of it.
    if (!opened.database->upgradeBackupPath().isEmpty())
        invocation.console.hint(
            Text::tr("Upgraded %1 to schema version %2; the file as it was is kept in %3.")
                .arg(opened.database->path(), QString::number(opened.database->schemaVersion()),
                     opened.database->upgradeBackupPath()));
    opened.database->setUserName(invocation.userName);
    return std::move(opened.database);
}

} // namespace lotbook::cli
