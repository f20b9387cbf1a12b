// One command's own options and arguments (QCommandLineParser underneath), with
// --help, usage errors and required options handled the same way everywhere:
// help goes to stdout with exit 0, a usage error to stderr with exit 64 and a
// hint to run the command with --help.
#pragma once

#include "Command.h"
#include "Listing.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

namespace lotbook::cli {

class CommandParser
{
public:
    CommandParser(const Invocation &invocation, const QString &description);

    void addOption(const QCommandLineOption &option);
    void addOptions(const QList<QCommandLineOption> &options);
    // A positional argument; `syntax` is what the usage line shows ("PART-NUMBER").
    void addPositional(const QString &syntax, const QString &description);
    // --format table|csv|json and --all, for the `list` commands.
    void addListOptions();
    // --format alone: table (the default), json, and csv when `withCsv`.
    void addFormatOption(bool withCsv = true);

    // Parses the arguments. Returns an exit code when the command must stop here
    // (help shown, or a usage error), nothing when it can go on. Every option in
    // `required` must be given, and exactly as many positionals as were added.
    std::optional<int> parse(const QList<QCommandLineOption> &required = {});

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    // After addListOptions() or addFormatOption(): the chosen format; after
    // addListOptions(): whether --all was given.
    Format format() const { return m_format; }
    bool listAll() const { return m_parser.isSet(m_all); }

    // Prints a usage error with the --help hint; returns ExitUsage.
    int usageError(const QString &message) const;

private:
    QString helpText() const;

    const Invocation &m_invocation;
    QString m_description;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QStringList m_positionalSyntax;
    QCommandLineOption m_formatOption;
    QCommandLineOption m_all;
    bool m_formatAdded = false;
    bool m_csvAllowed = true;
    Format m_format = Format::Table;
};

} // namespace lotbook::cli
