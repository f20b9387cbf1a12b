// import and export: received lots from a CSV file (packing list or
// spreadsheet) through LotImport, all or nothing; and the lots list as CSV
// (`export` is `lots --format csv` with the same filters).
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "LotImport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "ImportCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

QString fieldKeys()
{
    QStringList keys;
    for (ImportField field : importFields())
        keys << importFieldKey(field);
    return keys.join(QStringLiteral(", "));
}

// "line 7, column Qty: Quantity received must be greater than 0."
QString errorLine(const ImportError &e)
{
    if (e.line <= 0)
        return e.message;
    if (e.column.isEmpty())
        return Text::tr("line %1: %2").arg(e.line).arg(e.message);
    return Text::tr("line %1, column %2: %3").arg(e.line).arg(e.column, e.message);
}

// Every value of a repeatable option (CommandParser::value() gives the last):
// "--map A=x --map=B=y" -> {"A=x", "B=y"}. The parser has already accepted the
// arguments, so each --map has its value.
QStringList repeatedValues(const QStringList &arguments, const QString &name)
{
    QStringList values;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        for (const QString &dash : {QStringLiteral("--"), QStringLiteral("-")}) {
            const QString option = dash + name;
            if (a == option && i + 1 < arguments.size()) {
                values << arguments.at(++i);
                break;
            }
            if (a.startsWith(option + QLatin1Char('='))) {
                values << a.mid(option.size() + 1);
                break;
            }
        }
    }
    return values;
}

// Counts in words; written out because the English plural is the one that
// ships ("%n lot(s)" needs a loaded translation to read "lots").
QString lotsText(qint64 n)
{
    return n == 1 ? Text::tr("1 lot") : Text::tr("%1 lots").arg(n);
}

QString errorsText(qint64 n)
{
    return n == 1 ? Text::tr("1 error") : Text::tr("%1 errors").arg(n);
}

int import(const Invocation &inv)
{
    CommandParser parser(
        inv,
        Text::tr(
            "Imports received lots from a CSV file (comma, semicolon or tab separated, UTF-8). "
            "Columns are matched by their header: Part number (Part, PN), Lot number (Lot, "
            "Batch), Received date, Expiration date (Expiry, Best before), Quantity received "
            "(Qty), Cost per unit (Unit cost), Supplier, Location (Warehouse), Bin, Notes. "
            "Every row is checked as the Lot dialog checks it; all errors are listed on stderr "
            "as \"line N, column C: reason\". The whole file is imported, or nothing is."));
    parser.addPositional(Text::tr("FILE"), Text::tr("The CSV file to import."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Text::tr("Checks every row and reports, but writes nothing."));
    const QCommandLineOption createMissing(
        QStringLiteral("create-missing"),
        Text::tr("Creates suppliers, warehouses and bins the file names but the database does not "
                 "have (each creation is audited). Unknown parts are always an error."));
    const QCommandLineOption dateFormat(
        QStringLiteral("date-format"),
        Text::tr("How dates are written: iso (2024-03-05, the default), day-first (05/03/2024) or "
                 "month-first (03/05/2024)."),
        Text::tr("ORDER"), QStringLiteral("iso"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        Text::tr(
            "Reads the column named COLUMN as FIELD (one of %1; ignore leaves the column out). "
            "Repeat for more columns.")
            .arg(fieldKeys()),
        Text::tr("COLUMN=FIELD"));
    const QCommandLineOption locale(
        QStringLiteral("locale"),
        Text::tr(
            "Reads quantities and amounts as written in this locale, such as de_DE for 1.234,50 "
            "(default: with a dot, 1234.50)."),
        Text::tr("NAME"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        Text::tr("Reports progress on stderr (\"progress: N rows\") while the file is read."));
    parser.addOptions({dryRun, createMissing, dateFormat, map, locale, progress});
    if (auto stop = parser.parse())
        return *stop;

    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.createMissing = parser.isSet(createMissing);
    const std::optional<DateOrder> order = parseDateOrder(parser.value(dateFormat));
    if (!order)
        return parser.usageError(
            Text::tr("Unknown date format \"%1\": use iso, day-first or month-first.")
                .arg(parser.value(dateFormat)));
    options.dateOrder = *order;
    if (parser.isSet(locale)) {
        const QString name = parser.value(locale).trimmed();
        const QLocale chosen(name);
        if (chosen == QLocale::c() && name.compare(QLatin1String("C"), Qt::CaseInsensitive) != 0)
            return parser.usageError(
                Text::tr("Unknown locale \"%1\": use a name such as en_US or de_DE.").arg(name));
        options.locale = chosen;
    }
    for (const QString &entry : repeatedValues(inv.arguments, QStringLiteral("map"))) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        const std::optional<ImportField> field =
            eq > 0 ? parseImportField(entry.mid(eq + 1)) : std::nullopt;
        if (eq <= 0 || !field)
            return parser.usageError(
                Text::tr("--map needs COLUMN=FIELD, FIELD being one of %1 or ignore (got \"%2\").")
                    .arg(fieldKeys(), entry));
        options.overrides.append({entry.left(eq), *field});
    }

    const QString path = parser.positional(0);
    if (!QFileInfo(path).isFile()) {
        inv.console.error(Text::tr("There is no file %1 to import.").arg(path));
        return ExitBadInput;
    }
    std::unique_ptr<Database> db = openDatabase(inv, Access::Write);
    if (!db)
        return ExitDatabase;

    if (parser.isSet(progress)) {
        options.progressEvery = 1000;
        options.progress = [&inv](qint64 rows, qint64 bytes) {
            inv.console.hint(Text::tr("progress: %1 rows, %2 bytes").arg(rows).arg(bytes));
            return true;
        };
    }
    const QString name = QFileInfo(path).fileName();
    const ImportReport report = LotImport(*db).runFile(path, options);
    if (!report.ok()) {
        for (const ImportError &e : report.errors)
            inv.console.hint(errorLine(e));
        if (report.moreErrors > 0)
            inv.console.hint(Text::tr("... and %1 more.").arg(errorsText(report.moreErrors)));
        inv.console.error(
            Text::tr("%1 in %2; nothing was imported.").arg(errorsText(report.errorCount()), name));
        return ExitBadInput;
    }

    QStringList lines;
    const bool dry = report.outcome == ImportReport::Outcome::Validated;
    lines << (dry ? Text::tr("would import %1 from %2 (dry run: nothing was written)")
                  : Text::tr("imported %1 from %2"))
                 .arg(lotsText(report.lots), name);
    const QString created = dry ? Text::tr("would create %1 %2") : Text::tr("created %1 %2");
    for (const QString &s : report.createdSuppliers)
        lines << created.arg(Text::tr("supplier"), s);
    for (const QString &w : report.createdWarehouses)
        lines << created.arg(Text::tr("warehouse"), w);
    for (const QString &b : report.createdBins)
        lines << created.arg(Text::tr("bin"), b);
    inv.console.print(lines.join(QLatin1Char('\n')));
    return ExitOk;
}

// `export` runs `lots` with CSV as the default format: the same filters, sort
// and columns, with CsvWriter's quoting and formula neutralising.
int exportLots(const Invocation &inv)
{
    QStringList arguments = inv.arguments;
    bool formatGiven = false;
    for (const QString &a : arguments)
        formatGiven = formatGiven || a == QLatin1String("--format") ||
                      a.startsWith(QLatin1String("--format="));
    if (!formatGiven)
        arguments << QStringLiteral("--format") << QStringLiteral("csv");
    for (const Command &c : lotCommands()) {
        if (c.words == QStringList{QStringLiteral("lots")})
            return c.run(
                Invocation{inv.words, arguments, inv.databasePath, inv.userName, inv.console});
    }
    inv.console.error(Text::tr("The lots list is not available."));
    return ExitUsage;
}
} // namespace

QList<Command> importCommands()
{
    return {
        {{QStringLiteral("import")},
         QT_TRANSLATE_NOOP("Commands", "Import received lots from a CSV file, all or nothing"),
         import},
        {{QStringLiteral("export")},
         QT_TRANSLATE_NOOP("Commands",
                           "Export lots as CSV (the lots list's filters; --format csv)"),
         exportLots},
    };
}

} // namespace lotbook::cli
