#include "ExportActions.h"

#include "AuditLogPage.h"
#include "BackgroundTask.h"
#include "ExpiringPage.h"
#include "LotTableModel.h"
#include "LotsTab.h"
#include "MainWindow.h"
#include "PartStore.h"
#include "PartView.h"
#include "ReportOutput.h"
#include "Text.h"
#include "TracePage.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace lotbook {

namespace {
const QString kFolderKey = QStringLiteral("export/folder");

// Laying out more lots than this takes long enough to ask first.
constexpr qint64 kLargeReport = 5000;

void showError(QWidget *parent, const QString &title, const QString &message)
{
    // Not modal: the window goes on, and a test driving it is never stuck.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("exportErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString suggestedPath(const QString &stem, const QString &suffix)
{
    const QString folder = QSettings().value(kFolderKey, QDir::homePath()).toString();
    return folder + QLatin1Char('/') + stem + QLatin1Char('.') + suffix;
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}
} // namespace

ExportActions::ExportActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_csv = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                        tr("E&xport List as CSV…"), this);
    m_csv->setObjectName(QStringLiteral("actionExportCsv"));
    m_csv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_csv->setToolTip(tr("Save the list on screen as a CSV file: its columns, and every row its "
                         "filter finds, in its order"));
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the list on screen as a report with its filter, the date and "
                           "your name"));
    m_pdf =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("actionExportPdf"));
    m_pdf->setToolTip(tr("Save the list on screen as a PDF report"));
    connect(m_csv, &QAction::triggered, this, &ExportActions::chooseCsvFile);
    connect(m_print, &QAction::triggered, this, &ExportActions::printReport);
    connect(m_pdf, &QAction::triggered, this, &ExportActions::chooseReportFile);
    update();
}

void ExportActions::pagesRebuilt()
{
    Database *db = m_window->database();
    m_lots = db && m_window->partView() ? m_window->partView()->lotsTab() : nullptr;
    m_trace = db ? m_window->tracePage() : nullptr;
    m_expiring = db ? m_window->expiringPage() : nullptr;
    m_auditLog = db ? m_window->auditLogPage() : nullptr;
    if (m_lots && m_trace && m_expiring && m_auditLog) {
        // Showing and hiding tells which list is on screen.
        for (QWidget *w : QList<QWidget *>{m_lots, m_trace, m_expiring, m_auditLog})
            w->installEventFilter(this);
        connect(m_lots, &LotsTab::lotTrackingEnabled, this, &ExportActions::update);
        LotsTab *lots = m_lots;
        TracePage *trace = m_trace;
        ExpiringPage *expiring = m_expiring;
        ReportOutput::addLotRecordContextMenu(lots->view(), *db,
                                              [lots](int row) { return lots->model()->idAt(row); });
        ReportOutput::addLotRecordContextMenu(
            trace->view(), *db, [trace](int row) { return trace->model()->idAt(row); });
        ReportOutput::addLotRecordContextMenu(
            expiring->view(), *db, [expiring](int row) { return expiring->model()->idAt(row); });
    }
    update();
}

bool ExportActions::eventFilter(QObject *watched, QEvent *event)
{
    // A page being shown: look now. A page being hidden may be on its way
    // out (the window rebuilding its pages): look once that is over.
    if (event->type() == QEvent::Show)
        update();
    else if (event->type() == QEvent::Hide)
        QMetaObject::invokeMethod(this, &ExportActions::update, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

QWidget *ExportActions::currentList() const
{
    if (m_lots && m_lots->isVisible() && m_lots->showsLots())
        return m_lots;
    for (QWidget *page : QList<QWidget *>{m_trace, m_expiring, m_auditLog})
        if (page && page->isVisible())
            return page;
    return nullptr;
}

void ExportActions::update()
{
    QWidget *list = currentList();
    m_csv->setEnabled(list != nullptr);
    // The Audit log has no printed form: its evidence is the CSV and a lot's record.
    const bool report = list && !qobject_cast<AuditLogPage *>(list);
    m_print->setEnabled(report);
    m_pdf->setEnabled(report);
}

std::optional<ListExport> ExportActions::currentListExport() const
{
    QWidget *list = currentList();
    if (auto *lots = qobject_cast<LotsTab *>(list)) {
        const Result<Part> part = PartStore(*m_window->database()).get(lots->partId());
        return tableListExport(
            *lots->model(), *lots->view()->horizontalHeader(),
            reportFileStem(QStringLiteral("lots-") + (part ? part.value().number : QString())));
    }
    if (auto *trace = qobject_cast<TracePage *>(list))
        return tableListExport(*trace->model(), *trace->view()->horizontalHeader(),
                               QStringLiteral("trace"));
    if (auto *expiring = qobject_cast<ExpiringPage *>(list))
        return tableListExport(*expiring->model(), *expiring->view()->horizontalHeader(),
                               QStringLiteral("expiring-") + dateToIso(expiring->day()));
    if (auto *audit = qobject_cast<AuditLogPage *>(list))
        return auditListExport(*audit->model(), *audit->view()->horizontalHeader());
    return std::nullopt;
}

std::optional<Report> ExportActions::currentReport() const
{
    QWidget *list = currentList();
    Database *db = m_window->database();
    ReportContext context = ReportOutput::context();
    Result<Report> report;
    qint64 rows = 0;
    if (auto *lots = qobject_cast<LotsTab *>(list)) {
        rows = lots->model()->totalCount();
        report = LotReports::partLots(*db, lots->model()->filter(), lots->model()->currentSort(),
                                      context);
    } else if (auto *trace = qobject_cast<TracePage *>(list)) {
        rows = trace->model()->totalCount();
        if (rows > kLargeReport &&
            QMessageBox::question(
                m_window, tr("Large report"),
                tr("The report lists %1 lots, about %2 pages, and takes a while to lay out. "
                   "Narrow the filters first, or make it anyway?")
                    .arg(QLocale().toString(rows), QLocale().toString(rows / 25 + 1)),
                QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Ok)
            return std::nullopt;
        report = LotReports::trace(*db, trace->model()->filter(), trace->model()->currentSort(),
                                   context);
    } else if (auto *expiring = qobject_cast<ExpiringPage *>(list)) {
        // What the page shows: its day and window.
        context.today = expiring->day();
        context.expiryWindowDays = expiring->windowDays();
        report = LotReports::expiring(*db, expiring->model()->currentSort(), context);
    } else {
        return std::nullopt;
    }
    if (!report) {
        showError(m_window, tr("Report"), report.message());
        return std::nullopt;
    }
    return report.take();
}

bool ExportActions::exportCsv(const QString &path)
{
    update();
    const std::optional<ListExport> list = currentListExport();
    if (!list || !m_window->database())
        return false;
    const QString databasePath = m_window->database()->path();
    ExportOutcome outcome;
    const qint64 total = qMax<qint64>(0, list->expectedRows);
    runBackgroundTask(
        m_window, tr("Export List as CSV"),
        tr("Writing %1 rows to %2…").arg(QLocale().toString(total), QFileInfo(path).fileName()),
        total, [&](TaskProgress &progress) {
            outcome = writeListCsv(databasePath, *list, path, [&](qint64 rows) {
                progress.done = rows;
                return !progress.cancelled;
            });
        });
    switch (outcome.kind) {
    case ExportOutcome::Kind::Written:
        m_window->statusBar()->showMessage(
            outcome.rows == 1
                ? tr("Exported 1 row to %1.").arg(QDir::toNativeSeparators(path))
                : tr("Exported %1 rows to %2.")
                      .arg(QLocale().toString(outcome.rows), QDir::toNativeSeparators(path)),
            10000);
        return true;
    case ExportOutcome::Kind::Cancelled:
        m_window->statusBar()->showMessage(tr("Export cancelled; no file was written."), 10000);
        return false;
    case ExportOutcome::Kind::Failed:
        break;
    }
    showError(m_window, tr("Export List as CSV"), outcome.error);
    return false;
}

bool ExportActions::exportPdf(const QString &path)
{
    update();
    const std::optional<Report> report = currentReport();
    return report && ReportOutput::writePdf(m_window, *report, path);
}

void ExportActions::chooseCsvFile()
{
    update();
    const std::optional<ListExport> list = currentListExport();
    if (!list)
        return;
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(m_window, tr("Export List as CSV"),
                                     suggestedPath(list->fileStem, QStringLiteral("csv")),
                                     tr("CSV files (*.csv);;All files (*)")),
        QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    exportCsv(path);
}

void ExportActions::chooseReportFile()
{
    update();
    if (const std::optional<Report> report = currentReport())
        ReportOutput::exportPdf(m_window, *report);
}

void ExportActions::printReport()
{
    update();
    if (const std::optional<Report> report = currentReport())
        ReportOutput::print(m_window, *report);
}

} // namespace lotbook
