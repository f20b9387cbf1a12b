// Putting a report (lotbook_reports) on paper or into a PDF from the window:
// the file or print dialog, the pages laid out on a worker thread behind a
// progress dialog, and the outcome in a message. Also the lot record's
// "Print…" and "Export PDF…", offered on lot lists' context menus and in the
// lot dialog.
#pragma once

#include "LotReports.h"

#include <functional>

class QMenu;
class QTableView;
class QWidget;

namespace lotbook {

class Database;

namespace ReportOutput {
// Who and when, from the preferences and the clock.
ReportContext context();
// Asks where to save (suggesting the report's file name) and writes the PDF.
// Returns the file written, or an empty string (cancelled or failed, said).
QString exportPdf(QWidget *parent, const Report &report);
// Writes the PDF to `path` without asking; failures are shown. True when written.
bool writePdf(QWidget *parent, const Report &report, const QString &path);
// Shows the print dialog (landscape reports preset to landscape) and prints.
bool print(QWidget *parent, const Report &report);

// The lot record of `lotId`; an error is shown when it cannot be read.
std::optional<Report> lotRecord(QWidget *parent, Database &db, qint64 lotId);
// "Print Lot Record…" and "Export Lot Record as PDF…" for the lot `lotId()`
// gives (0: none, the entries are disabled).
void addLotRecordActions(QMenu *menu, QWidget *parent, Database &db,
                         const std::function<qint64()> &lotId);
// A context menu on a lot list with those two entries for the lot under the mouse.
void addLotRecordContextMenu(QTableView *view, Database &db,
                             const std::function<qint64(int row)> &lotIdAt);
} // namespace ReportOutput

} // namespace lotbook
