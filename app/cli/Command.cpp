#include "Command.h"

#include "Console.h"

#include <QCoreApplication>

namespace lotbook::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Command", text);
}
} // namespace

std::unique_ptr<Database> openDatabase(const Invocation &invocation, Access access)
{
    OpenResult opened =
        Database::open(invocation.databasePath,
                       access == Access::Inspect ? OpenMode::Inspect : OpenMode::OpenExisting);
    if (!opened.ok()) {
        invocation.console.error(opened.message);
        if (opened.error == OpenError::Missing)
            invocation.console.hint(tr("To create a new database there, run: lotbook-cli --db "
                                       "\"%1\" init")
                                        .arg(invocation.databasePath));
        return nullptr;
    }
    if (access == Access::Write && opened.database->isReadOnly()) {
        invocation.console.error(
            tr("%1 is read-only; nothing can be changed in it.").arg(opened.database->path()));
        return nullptr;
    }
    opened.database->setUserName(invocation.userName);
    return std::move(opened.database);
}

} // namespace lotbook::cli
