#include "ReportOutput.h"

#include "BackgroundTask.h"
#include "Preferences.h"
#include "ReportRenderer.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace lotbook::ReportOutput {

namespace {
// This file's strings; lupdate files them under the "ReportOutput" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)
};

const QString kFolderKey = QStringLiteral("export/folder");

QString pagesText(int pages)
{
    return pages == 1 ? Text::tr("1 page") : Text::tr("%1 pages").arg(pages);
}

// Not modal: the window goes on, and a test driving it is never stuck.
void showError(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("reportErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void showStatus(QWidget *parent, const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(parent ? parent->window() : nullptr))
        window->statusBar()->showMessage(message, 10000);
}

Result<int> renderInBackground(QWidget *parent, const Report &report,
                               const std::function<Result<int>()> &render)
{
    Result<int> pages;
    runBackgroundTask(
        parent, Text::tr("Report"), Text::tr("Laying out the pages of “%1”…").arg(report.title), 0,
        [&pages, &render](TaskProgress &) { pages = render(); },
        false); // one layout pass: nothing to stop it at
    return pages;
}
} // namespace

ReportContext context()
{
    const Preferences preferences;
    ReportContext c;
    c.producedBy = preferences.userName();
    c.expiryWindowDays = preferences.expiryWindowDays();
    return c;
}

bool writePdf(QWidget *parent, const Report &report, const QString &path)
{
    const Result<int> pages = renderInBackground(
        parent, report, [&report, &path] { return ReportRenderer::writePdf(report, path); });
    if (!pages) {
        showError(parent, Text::tr("Export PDF"), pages.message());
        return false;
    }
    showStatus(parent,
               Text::tr("Saved “%1” to %2 (%3).")
                   .arg(report.title, QDir::toNativeSeparators(path), pagesText(pages.value())));
    return true;
}

QString exportPdf(QWidget *parent, const Report &report)
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(parent, Text::tr("Export PDF"),
                                                folder + QLatin1Char('/') + report.fileStem +
                                                    QStringLiteral(".pdf"),
                                                Text::tr("PDF files (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return writePdf(parent, report, path) ? path : QString();
}

bool print(QWidget *parent, const Report &report)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report.title);
    printer.setPageOrientation(report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    dialog.setWindowTitle(Text::tr("Print “%1”").arg(report.title));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const int first = printer.printRange() == QPrinter::PageRange ? printer.fromPage() : 0;
    const int last = printer.printRange() == QPrinter::PageRange ? printer.toPage() : 0;
    const Result<int> pages = renderInBackground(parent, report, [&report, &printer, first, last] {
        return ReportRenderer::render(report, printer, first, last);
    });
    if (!pages) {
        showError(parent, Text::tr("Print"), pages.message());
        return false;
    }
    showStatus(
        parent,
        Text::tr("Sent “%1” to the printer (%2).").arg(report.title, pagesText(pages.value())));
    return true;
}

std::optional<Report> lotRecord(QWidget *parent, Database &db, qint64 lotId)
{
    Result<Report> report = LotReports::lotRecord(db, lotId, context());
    if (!report) {
        showError(parent, Text::tr("Lot record"), report.message());
        return std::nullopt;
    }
    return report.take();
}

void addLotRecordActions(QMenu *menu, QWidget *parent, Database &db,
                         const std::function<qint64()> &lotId)
{
    const bool any = lotId() != 0;
    QAction *printRecord = menu->addAction(QIcon::fromTheme(QStringLiteral("document-print")),
                                           Text::tr("&Print Lot Record…"));
    printRecord->setObjectName(QStringLiteral("actionPrintLotRecord"));
    printRecord->setEnabled(any);
    QAction *pdf = menu->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                   Text::tr("Export Lot Record as P&DF…"));
    pdf->setObjectName(QStringLiteral("actionExportLotRecordPdf"));
    pdf->setEnabled(any);
    QObject::connect(printRecord, &QAction::triggered, menu, [parent, &db, lotId] {
        if (const std::optional<Report> report = lotRecord(parent, db, lotId()))
            print(parent, *report);
    });
    QObject::connect(pdf, &QAction::triggered, menu, [parent, &db, lotId] {
        if (const std::optional<Report> report = lotRecord(parent, db, lotId()))
            exportPdf(parent, *report);
    });
}

void addLotRecordContextMenu(QTableView *view, Database &db,
                             const std::function<qint64(int row)> &lotIdAt)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [view, &db, lotIdAt](const QPoint &pos) {
                         const QModelIndex index = view->indexAt(pos);
                         if (!index.isValid())
                             return;
                         view->selectRow(index.row());
                         const qint64 id = lotIdAt(index.row());
                         QMenu menu(view);
                         menu.setObjectName(QStringLiteral("lotRecordMenu"));
                         addLotRecordActions(&menu, view, db, [id] { return id; });
                         menu.exec(view->viewport()->mapToGlobal(pos));
                     });
}

} // namespace lotbook::ReportOutput
