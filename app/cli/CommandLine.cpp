#include "CommandLine.h"

#include "Command.h"
#include "Console.h"
#include "Preferences.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "CommandLine" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QList<Command> allCommands()
{
    return databaseCommands() + partCommands() + supplierCommands() + warehouseCommands() +
           lotCommands() + auditCommands() + importCommands() + demoCommands() + backupCommands() +
           reportCommands();
}

// The desktop application's default file.
QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/lotbook.sqlite");
}

int usageError(Console &console, const QString &message)
{
    console.error(message);
    console.hint(Text::tr("Run \"lotbook-cli --help\" for the commands and options."));
    return ExitUsage;
}

QString commandList(const QList<Command> &commands)
{
    qsizetype width = 0;
    for (const Command &c : commands)
        width = qMax(width, c.words.join(QLatin1Char(' ')).size());
    QString text;
    for (const Command &c : commands)
        text += QStringLiteral("  ") + c.words.join(QLatin1Char(' ')).leftJustified(width + 2) +
                QCoreApplication::translate("Commands", c.summary) + QLatin1Char('\n');
    return text;
}

QString overview(const QCommandLineParser &parser, const QList<Command> &commands)
{
    // Qt's text starts with "Usage: <program path> [options]"; replace that line.
    QString options = parser.helpText();
    options.remove(0, options.indexOf(QLatin1Char('\n')) + 1);
    return Text::tr(
               "Usage: lotbook-cli [global options] COMMAND [options] [arguments]\n"
               "Works on a Lotbook database (parts, suppliers, warehouses, bins and lots) from "
               "scripts and terminals.\n") +
           options + QLatin1Char('\n') + Text::tr("Commands:\n") + commandList(commands) +
           QLatin1Char('\n') +
           Text::tr("Run \"lotbook-cli COMMAND --help\" for a command's options.\n"
                    "Amounts are written with a dot: 0.25. Dates are written YYYY-MM-DD.\n"
                    "Exit codes: 0 success; 1 invalid input (nothing was written); 2 database file "
                    "refused, read-only or damaged; 64 usage error.\n");
}

// The command whose words start `words`, the longest match; nullptr if none.
const Command *findCommand(const QList<Command> &commands, const QStringList &words)
{
    const Command *best = nullptr;
    for (const Command &c : commands) {
        if (c.words.size() <= words.size() && words.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}

// The commands of a group such as "part" (part add, part edit, ...).
QList<Command> groupCommands(const QList<Command> &commands, const QString &group)
{
    QList<Command> members;
    for (const Command &c : commands)
        if (c.words.size() > 1 && c.words.first() == group)
            members << c;
    return members;
}

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h") ||
           word == QLatin1String("-help");
}
} // namespace

int run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    // Everything from the command on belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(
        QStringLiteral("db"),
        Text::tr("The database file (default: %1).").arg(defaultDatabasePath()), Text::tr("PATH"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Text::tr("The name recorded as \"who\" in the audit trail (default: "
                 "the name set in the preferences, or the login name)."),
        Text::tr("NAME"));
    const QCommandLineOption version(QStringLiteral("version"), Text::tr("Shows the version."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Shows this help."));
    parser.addOptions({db, user, version, help});

    if (!parser.parse(arguments))
        return usageError(console, parser.errorText());
    if (parser.isSet(version)) {
        console.print(QStringLiteral("lotbook-cli %1").arg(QStringLiteral(LOTBOOK_VERSION)));
        return ExitOk;
    }

    const QList<Command> commands = allCommands();
    QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        if (parser.isSet(help)) {
            console.print(overview(parser, commands));
            return ExitOk;
        }
        return usageError(console, Text::tr("No command given."));
    }
    // "lotbook-cli --help part add" asks for the help of "part add".
    if (parser.isSet(help))
        words << QStringLiteral("--help");

    const Command *command = findCommand(commands, words);
    if (!command) {
        const QList<Command> group = groupCommands(commands, words.first());
        if (group.isEmpty())
            return usageError(console, Text::tr("Unknown command \"%1\".").arg(words.first()));
        const QString groupHelp =
            Text::tr("Usage: lotbook-cli [global options] %1 ACTION [options]\nActions:\n")
                .arg(words.first()) +
            commandList(group) +
            Text::tr("Run \"lotbook-cli %1 ACTION --help\" for an action's options.\n")
                .arg(words.first());
        if (words.size() > 1 && isHelp(words.at(1))) {
            console.print(groupHelp);
            return ExitOk;
        }
        if (words.size() == 1)
            console.error(Text::tr("\"%1\" needs an action.").arg(words.first()));
        else
            console.error(Text::tr("Unknown action \"%1 %2\".").arg(words.first(), words.at(1)));
        console.hint(groupHelp);
        return ExitUsage;
    }

    const QString path = parser.isSet(db) ? parser.value(db) : defaultDatabasePath();
    if (path.trimmed().isEmpty())
        return usageError(console, Text::tr("--db needs a file path."));
    const QString userName =
        parser.isSet(user) ? parser.value(user).trimmed() : Preferences().userName();
    if (userName.isEmpty())
        return usageError(console, Text::tr("--user needs a name."));
    if (const Status name = Preferences::checkUserName(userName); !name)
        return usageError(console, Text::tr("--user: %1").arg(name.errors().first().message));

    const Invocation invocation{command->words, words.mid(command->words.size()), path, userName,
                                console};
    return command->run(invocation);
}

} // namespace lotbook::cli
