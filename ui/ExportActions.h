// The File menu's Export List as CSV… (Ctrl+Shift+E), Print… (Ctrl+P) and
// Export PDF…, for the list the window shows: a part's lots (its Lots tab),
// the Trace results, the Expiring list, and the Audit log (CSV only). Each is
// enabled only when that list is on screen. CSV is written by a worker thread
// on its own connection (ListExport) behind a progress dialog with Cancel; the
// reports come from lotbook_reports. Lot lists also get a context menu with
// the lot record's Print and Export PDF.
#pragma once

#include "ListExport.h"
#include "Report.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;

namespace lotbook {

class AuditLogPage;
class ExpiringPage;
class LotsTab;
class MainWindow;
class TracePage;

class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

    QAction *exportCsvAction() const { return m_csv; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_pdf; }

    // After the window built its pages for a database: watch them.
    void pagesRebuilt();
    // Enables the actions for what the window shows now.
    void update();

    // What the actions do once the file is chosen (and what tests call):
    // true when the file was written.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    // The list on screen as CSV and as a report; nothing when there is none.
    std::optional<ListExport> currentListExport() const;
    std::optional<Report> currentReport() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    // The lists of the pages built last; null once the pages are gone.
    QPointer<LotsTab> m_lots;
    QPointer<TracePage> m_trace;
    QPointer<ExpiringPage> m_expiring;
    QPointer<AuditLogPage> m_auditLog;
    QAction *m_csv;
    QAction *m_print;
    QAction *m_pdf;

    QWidget *currentList() const;
    void chooseCsvFile();
    void chooseReportFile();
    void printReport();
};

} // namespace lotbook
