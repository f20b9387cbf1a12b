// report lots|trace|expiring|lot: the printable reports as PDF files, headless:
// the same documents as the desktop application's File > Export PDF, built by
// lotbook_reports. Lots are chosen with the options of `lots` (LotFilterOptions).
#include "Command.h"
#include "CommandParser.h"
#include "Console.h"
#include "LotFilterOptions.h"
#include "LotReports.h"
#include "LotStore.h"
#include "PartStore.h"
#include "Preferences.h"
#include "ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "ReportCommands" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

QCommandLineOption pdfOption()
{
    return {QStringLiteral("pdf"), Text::tr("The PDF file to write (replaced if it exists)."),
            Text::tr("FILE")};
}

ReportContext reportContext(const Invocation &inv)
{
    ReportContext context;
    context.producedBy = inv.userName;
    context.expiryWindowDays = Preferences().expiryWindowDays();
    return context;
}

// Writes the report to the --pdf file and says so; a report that could not be
// built is a database problem, a file that could not be written bad input.
int writeReport(const Invocation &inv, const CommandParser &parser, const QCommandLineOption &pdf,
                const Result<Report> &report)
{
    if (!report)
        return inv.console.fail(report.errors(), ExitDatabase);
    const QString path = parser.value(pdf);
    const Result<int> pages = ReportRenderer::writePdf(report.value(), path);
    if (!pages)
        return inv.console.fail(pages.errors(), ExitBadInput);
    inv.console.print(Text::tr("Wrote \"%1\" to %2 (%3).")
                          .arg(report.value().title, QDir::toNativeSeparators(path),
                               pages.value() == 1 ? Text::tr("1 page")
                                                  : Text::tr("%1 pages").arg(pages.value())));
    return ExitOk;
}

// `report lots` and `report trace`: the lots the filters of `lots` select.
int lotListReport(const Invocation &inv, bool onePart)
{
    CommandParser parser(
        inv, onePart ? Text::tr("Writes the lots of one part as a PDF report, as its Lots tab "
                                "lists them: by default the active lots, soonest expiry first. "
                                "The filters of \"lots\" narrow the list; the report says which "
                                "were used, when and by whom it was produced.")
                     : Text::tr("Writes the lots of every part that match the filters as a PDF "
                                "report, as the Trace page lists them: by default every lot, "
                                "active and archived. The filters are those of \"lots\"; the "
                                "report says which were used, when and by whom it was produced."));
    LotFilterOptions filters(!onePart);
    const QCommandLineOption pdf = pdfOption();
    parser.addOptions(filters.options());
    parser.addOption(pdf);
    QList<QCommandLineOption> required{pdf};
    if (onePart)
        required << filters.partOption();
    if (auto stop = parser.parse(required))
        return *stop;
    if (parser.value(pdf).trimmed().isEmpty())
        return parser.usageError(Text::tr("--pdf needs a file name."));
    if (auto stop = filters.read(parser))
        return *stop;

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    if (const FieldErrors errors = filters.resolve(parser, *db); !errors.isEmpty())
        return inv.console.fail(errors, ExitBadInput);
    const ReportContext context = reportContext(inv);
    return writeReport(inv, parser, pdf,
                       onePart
                           ? LotReports::partLots(*db, filters.filter(), filters.sort(), context)
                           : LotReports::trace(*db, filters.filter(), filters.sort(), context));
}

int partLots(const Invocation &inv)
{
    return lotListReport(inv, true);
}

int trace(const Invocation &inv)
{
    return lotListReport(inv, false);
}

int expiring(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Writes the Expiring list as a PDF report: the active lots "
                                       "of every part that have expired or expire within the "
                                       "window, oldest expiry first."));
    const QCommandLineOption days(
        QStringLiteral("days"),
        Text::tr("The window in days, 0 to 3650 (default: the preferences' \"expiring soon\" "
                 "window, %1).")
            .arg(Preferences().expiryWindowDays()),
        Text::tr("N"));
    const QCommandLineOption pdf = pdfOption();
    parser.addOptions({days, pdf});
    if (auto stop = parser.parse({pdf}))
        return *stop;
    if (parser.value(pdf).trimmed().isEmpty())
        return parser.usageError(Text::tr("--pdf needs a file name."));
    ReportContext context = reportContext(inv);
    if (parser.isSet(days)) {
        bool ok = false;
        const int n = parser.value(days).trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 3650)
            return parser.usageError(
                Text::tr("--days needs a whole number from 0 to 3650 (got \"%1\").")
                    .arg(parser.value(days)));
        context.expiryWindowDays = n;
    }
    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    return writeReport(inv, parser, pdf, LotReports::expiring(*db, LotSort{}, context));
}

int lotRecord(const Invocation &inv)
{
    CommandParser parser(inv, Text::tr("Writes one lot's record as a PDF report: every field and "
                                       "its whole history from the audit trail, for filing."));
    parser.addPositional(Text::tr("LOT"), Text::tr("Lot number."));
    const QCommandLineOption part(
        QStringLiteral("part"),
        Text::tr("Part number of the lot's part; needed when parts share the lot number."),
        Text::tr("PN"));
    const QCommandLineOption pdf = pdfOption();
    parser.addOptions({part, pdf});
    if (auto stop = parser.parse({pdf}))
        return *stop;
    if (parser.value(pdf).trimmed().isEmpty())
        return parser.usageError(Text::tr("--pdf needs a file name."));

    std::unique_ptr<Database> db = openDatabase(inv, Access::Read);
    if (!db)
        return ExitDatabase;
    const QString number = parser.positional(0);
    qint64 lotId = 0;
    if (parser.isSet(part)) {
        const Result<Part> found = PartStore(*db).findByNumber(parser.value(part));
        if (!found)
            return inv.console.fail(found.errors(), ExitBadInput);
        const Result<Lot> lot = LotStore(*db).find(found.value().id, number);
        if (!lot && lot.errorFor(QStringLiteral("lot_number")).isEmpty())
            return inv.console.fail(lot.errors(), ExitDatabase);
        if (!lot)
            return inv.console.fail(
                {{QStringLiteral("lot_number"), Text::tr("Part %1 has no lot \"%2\".")
                                                    .arg(found.value().number, number.trimmed())}},
                ExitBadInput);
        lotId = lot.value().id;
    } else {
        const Result<QList<LotRow>> lots = LotReports::lotsNumbered(*db, number);
        if (!lots)
            return inv.console.fail(lots.errors(), ExitBadInput);
        if (lots.value().isEmpty())
            return inv.console.fail(
                {{QStringLiteral("lot_number"),
                  Text::tr("There is no lot \"%1\" in any part.").arg(number.trimmed())}},
                ExitBadInput);
        if (lots.value().size() > 1) {
            QStringList parts;
            for (const LotRow &r : lots.value())
                parts << r.partNumber;
            return inv.console.fail(
                {{QStringLiteral("part"),
                  Text::tr("Lot \"%1\" exists in parts %2; choose one "
                           "with --part.")
                      .arg(number.trimmed(), parts.join(QStringLiteral(", ")))}},
                ExitBadInput);
        }
        lotId = lots.value().constFirst().lot.id;
    }
    return writeReport(inv, parser, pdf, LotReports::lotRecord(*db, lotId, reportContext(inv)));
}
} // namespace

bool isReportCommand(const QStringList &arguments)
{
    // The global options that take a value in the next argument.
    const QStringList withValue{QStringLiteral("--db"), QStringLiteral("-db"),
                                QStringLiteral("--user"), QStringLiteral("-user")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a == QLatin1String("report");
    }
    return false;
}

QList<Command> reportCommands()
{
    const QString report = QStringLiteral("report");
    return {
        {{report, QStringLiteral("lots")},
         QT_TRANSLATE_NOOP("Commands", "Write a part's lots as a PDF report"),
         partLots},
        {{report, QStringLiteral("trace")},
         QT_TRANSLATE_NOOP("Commands", "Write the lots matching the filters as a PDF report"),
         trace},
        {{report, QStringLiteral("expiring")},
         QT_TRANSLATE_NOOP("Commands", "Write the expired and expiring lots as a PDF report"),
         expiring},
        {{report, QStringLiteral("lot")},
         QT_TRANSLATE_NOOP("Commands", "Write one lot's record and history as a PDF report"),
         lotRecord},
    };
}

} // namespace lotbook::cli
