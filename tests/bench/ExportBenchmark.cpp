// Benchmark, not a test: the Trace page's export of every lot as CSV (the
// worker's own connection, streamed) and its report as a PDF, on a database
// made by `lotbook-cli demo` (or given with --db). Prints rows per second, the
// pages and the peak memory (VmHWM) after each step.
//   export_benchmark --db PATH [--report-lots N] [--out DIR]
#include "Database.h"
#include "ListExport.h"
#include "LotReports.h"
#include "LotTableModel.h"
#include "ReportRenderer.h"
#include "TracePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

using namespace lotbook;

namespace {

// Peak resident memory of this process so far, in MiB (Linux).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption reportOption(QStringLiteral("report-lots"),
                                          QStringLiteral("Lots in the PDF report (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder for the files (default: temporary)."),
                                       QStringLiteral("DIR"));
    parser.addOptions({dbOption, reportOption, outOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "export_benchmark: --db PATH is required (make one with "
                             "lotbook-cli --db PATH demo --lots 100000)\n");
        return 64;
    }
    OpenResult opened = Database::open(parser.value(dbOption), OpenMode::OpenExisting);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 2;
    }
    Database &db = *opened.database;
    QTemporaryDir tmp;
    const QString out = parser.isSet(outOption) ? parser.value(outOption) : tmp.path();

    // The Trace page as the user has it: every lot, any status, expiry order.
    TracePage page(db);
    page.resize(1200, 700);
    page.show();
    page.search();
    const qint64 total = page.model()->totalCount();
    std::printf("database: %s, %lld lots, Trace shows %d rows fetched\n",
                qPrintable(QFileInfo(db.path()).fileName()), total, page.model()->rowCount());

    const ListExport list =
        tableListExport(*page.model(), *page.view()->horizontalHeader(), QStringLiteral("trace"));
    const QString csvPath = out + QStringLiteral("/trace.csv");
    QElapsedTimer timer;
    timer.start();
    const ExportOutcome outcome = writeListCsv(db.path(), list, csvPath);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (outcome.kind != ExportOutcome::Kind::Written) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(outcome.error));
        return 1;
    }
    std::printf("CSV export: %lld rows, %.1f MB in %.2f s (%.0f rows/s); peak RSS %.0f MiB; "
                "the view still has %d rows fetched\n",
                outcome.rows, QFileInfo(csvPath).size() / 1e6, seconds, outcome.rows / seconds,
                peakMiB(), page.model()->rowCount());

    // The report of the first N lots (by lot number), as Trace would print it.
    LotFilter filter;
    filter.status = LotFilter::Status::All;
    const int reportLots = parser.value(reportOption).toInt();
    LotSort sort{LotSortField::LotNumber, false};
    ReportContext context;
    context.producedBy = QStringLiteral("bench");
    timer.restart();
    Result<Report> report = LotReports::trace(db, filter, sort, context);
    if (!report) {
        std::fprintf(stderr, "report failed: %s\n", qPrintable(report.message()));
        return 1;
    }
    // Cut to N rows: the builder lists them all; keep the first N of the body.
    if (reportLots > 0 && reportLots < total) {
        QString &body = report.value().body;
        qsizetype at = 0;
        for (int i = 0; i <= reportLots && at >= 0; ++i)
            at = body.indexOf(QStringLiteral("<tr"), at + 1);
        if (at > 0)
            body = body.left(at) + QStringLiteral("</tbody></table>");
    }
    const double built = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const Result<int> pages =
        ReportRenderer::writePdf(report.value(), out + QStringLiteral("/trace.pdf"));
    const double rendered = timer.nsecsElapsed() / 1e9;
    if (!pages) {
        std::fprintf(stderr, "PDF failed: %s\n", qPrintable(pages.message()));
        return 1;
    }
    std::printf("PDF report: %d lots on %d pages; built in %.2f s (all %lld lots read), laid out "
                "and written in %.2f s (%.0f pages/s); peak RSS %.0f MiB\n",
                reportLots, pages.value(), built, total, rendered, pages.value() / rendered,
                peakMiB());
    return 0;
}
