#include "CommandParser.h"

#include "Console.h"

#include <QCoreApplication>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "CommandParser" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)
};

QString optionName(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}
} // namespace

CommandParser::CommandParser(const Invocation &invocation, const QString &description)
    : m_invocation(invocation), m_description(description),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Shows this help.")),
      m_formatOption(QStringLiteral("format"),
                     Text::tr("Output format: table (the default), csv or json."),
                     Text::tr("FORMAT"), QStringLiteral("table")),
      m_all(QStringLiteral("all"),
            Text::tr("Lists inactive entries too (only active ones otherwise)."))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
}

void CommandParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandParser::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

void CommandParser::addPositional(const QString &syntax, const QString &description)
{
    m_parser.addPositionalArgument(syntax, description, syntax);
    m_positionalSyntax << syntax;
}

void CommandParser::addListOptions()
{
    addFormatOption();
    m_parser.addOption(m_all);
}

void CommandParser::addFormatOption(bool withCsv)
{
    m_csvAllowed = withCsv;
    if (!withCsv)
        m_formatOption.setDescription(Text::tr("Output format: table (the default) or json."));
    m_parser.addOption(m_formatOption);
    m_formatAdded = true;
}

std::optional<int> CommandParser::parse(const QList<QCommandLineOption> &required)
{
    // QCommandLineParser skips the first word as the program name.
    if (!m_parser.parse(QStringList{QStringLiteral("lotbook-cli")} + m_invocation.arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        m_invocation.console.print(helpText());
        return ExitOk;
    }
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.size() > m_positionalSyntax.size())
        return usageError(
            Text::tr("Unexpected argument \"%1\".").arg(positionals.at(m_positionalSyntax.size())));
    if (positionals.size() < m_positionalSyntax.size())
        return usageError(Text::tr("Missing %1.").arg(m_positionalSyntax.at(positionals.size())));
    for (const QCommandLineOption &option : required) {
        if (!m_parser.isSet(option))
            return usageError(Text::tr("The option %1 is required.").arg(optionName(option)));
    }
    if (m_formatAdded) {
        const std::optional<Format> format = parseFormat(m_parser.value(m_formatOption));
        if (!format || (*format == Format::Csv && !m_csvAllowed))
            return usageError((m_csvAllowed
                                   ? Text::tr("Unknown format \"%1\": use table, csv or json.")
                                   : Text::tr("Unknown format \"%1\": use table or json."))
                                  .arg(m_parser.value(m_formatOption)));
        m_format = *format;
    }
    return std::nullopt;
}

int CommandParser::usageError(const QString &message) const
{
    m_invocation.console.error(message);
    m_invocation.console.hint(
        Text::tr("Run \"lotbook-cli %1 --help\" for its options.").arg(m_invocation.commandName()));
    return ExitUsage;
}

QString CommandParser::helpText() const
{
    // Qt's text starts with "Usage: <program path> [options] ..."; the first
    // line is replaced by one that names the command.
    QString text = m_parser.helpText();
    text.remove(0, text.indexOf(QLatin1Char('\n')) + 1);
    QString usage = Text::tr("Usage: lotbook-cli [global options] %1 [options]")
                        .arg(m_invocation.commandName());
    for (const QString &syntax : m_positionalSyntax)
        usage += QLatin1Char(' ') + syntax;
    return usage + QLatin1Char('\n') + m_description + QLatin1Char('\n') + text;
}

} // namespace lotbook::cli
