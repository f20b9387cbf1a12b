// A list exported as CSV: the columns the view shows, in their on-screen
// order, and every row matching the list's filter and sort, read again with
// the list's own bound SQL (not the model's fetched rows: a list of 100,000
// lots has fetched 256). Dates are ISO, quantities and amounts plain numbers
// ("1234.5"), text cells neutralised against spreadsheet formulas (CsvWriter).
// Lot lists add the part number and the notes when the view does not show
// them, so that the file imports back to the same lots.
#pragma once

#include "CsvWriter.h"
#include "LotQuery.h"

#include <QHeaderView>
#include <QSqlQuery>
#include <QStringList>
#include <functional>

namespace lotbook {

class AuditEventModel;
class BoundTableModel;

struct ListExport
{
    QString fileStem; // suggested file name without extension: "lots-CAP-100"
    QStringList header;
    SqlClause query; // code-written SELECT with every value bound
    // One row of the query as the CSV cells, one per header entry. Runs on the
    // export's thread: it may only use what it holds by value.
    std::function<QList<CsvCell>(const QSqlQuery &row)> cells;
    qint64 expectedRows = -1; // for the progress bar; -1: unknown
};

// Any list over a BoundTableModel (lots of a part, Trace, Expiring, the
// catalog lists), as `header` shows its columns.
ListExport tableListExport(const BoundTableModel &model, const QHeaderView &header,
                           const QString &fileStem);
// The Audit log: the time as stored (UTC, ISO 8601), actions and records in
// words, the changes as plain text ("Expiration date: 2026-03-01 -> 2026-04-01").
ListExport auditListExport(const AuditEventModel &model, const QHeaderView &header);

struct ExportOutcome
{
    enum class Kind
    {
        Written,
        Cancelled, // nothing was written
        Failed     // nothing was written; `error` says why
    };
    Kind kind = Kind::Failed;
    qint64 rows = 0;
    QString error;
};

// Runs the export's query on a connection of its own to the database file at
// `databasePath` (so it can run on a worker thread while the window goes on
// with its own) and writes the CSV to `filePath`, which appears complete or
// not at all. `progress` is called every 500 rows with the rows written so
// far; returning false cancels.
ExportOutcome writeListCsv(const QString &databasePath, const ListExport &list,
                           const QString &filePath,
                           const std::function<bool(qint64 rows)> &progress = {});

} // namespace lotbook
