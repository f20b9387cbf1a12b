// Importing received lots from a CSV file (a packing list or a spreadsheet).
// Columns are matched to lot fields by their header; every row is checked by
// the same rules as the Lot dialog (LotStore) and all errors are collected with
// their line, column and reason. The whole file goes in one transaction or
// nothing does; a dry run does everything and then rolls back. The file is
// streamed: memory does not grow with it.
#pragma once

#include "CsvReader.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QIODevice;

namespace lotbook {

class Database;

enum class ImportField
{
    Ignore, // the column is not imported
    PartNumber,
    LotNumber,
    Received,
    Expires,
    Quantity,
    UnitCost,
    Supplier,
    Location, // the warehouse
    Bin,
    Notes,
};

// Every field a column can fill, in form order (without Ignore).
QList<ImportField> importFields();
// Stable key: "part_number", "lot_number", "received", "expires", "quantity",
// "unit_cost", "supplier", "location", "bin", "notes", "ignore".
QString importFieldKey(ImportField field);
// Translated name: "Part number", ..., "(not imported)".
QString importFieldLabel(ImportField field);
bool importFieldRequired(ImportField field);
// The field a column header names, compared ignoring case, spaces and
// punctuation, with common variants ("Part #", "PN", "Batch code", "Best
// before", "Qty", "Unit cost", "Warehouse"); Ignore when none. `rank` (when
// given) is 0 for the field's own name and grows for looser variants.
ImportField fieldForHeader(const QString &header, int *rank = nullptr);
// A field named by its key, label or any header variant ("qty", "ignore").
std::optional<ImportField> parseImportField(const QString &text);

enum class DateOrder
{
    Iso,        // 2024-03-05
    DayFirst,   // 05/03/2024, 5.3.2024
    MonthFirst, // 03/05/2024
};
// "iso", "day-first" or "month-first" (any case).
std::optional<DateOrder> parseDateOrder(const QString &text);
QString dateOrderKey(DateOrder order);
// A date as written in a file. Year-first dates (2024-03-05, 2024/3/5) are read
// in every order; two-digit years are 20xx; a time after the date is ignored.
// Errors name `field` and use `label`.
Result<QDate> parseImportDate(const QString &text, DateOrder order, const QString &field,
                              const QString &label);

// Which field each column of a file fills.
struct ColumnMapping
{
    QList<ImportField> fields; // one per header column

    // Matches every header; when several name the same field, the closest
    // name wins (first column on a tie) and the others are ignored.
    static ColumnMapping guess(const QStringList &header);
    int columnOf(ImportField field) const; // -1 when no column fills it
    // What keeps the mapping from being used: a required field without a
    // column, or two columns filling the same field. Field ids are field keys.
    FieldErrors problems() const;
    bool operator==(const ColumnMapping &) const = default;
};

// What the import preview shows before anything is written: the header, the
// guessed mapping and the first rows. `error` is set when the file cannot be
// read at all (empty, binary, not UTF-8, ...); bad rows among the first ones
// are listed in rowErrors.
struct ImportPreview
{
    QStringList header;
    char delimiter = ',';
    ColumnMapping mapping;
    QList<CsvRecord> rows;
    QList<CsvError> rowErrors;
    CsvError error;
    bool ok() const { return error.kind == CsvError::Kind::None; }
};

struct ImportError
{
    qint64 line = 0;
    QString column; // header of the column, as in the file; empty for the whole row or file
    QString message;
    bool operator==(const ImportError &) const = default;
};

struct ImportOptions
{
    QString sourceName; // the file name recorded in each audit event
    DateOrder dateOrder = DateOrder::Iso;
    QLocale locale = QLocale::c();        // quantities and amounts; C: a dot, optional "," grouping
    bool createMissing = false;           // unknown suppliers, warehouses and bins are created
    bool dryRun = false;                  // check everything, write nothing
    std::optional<ColumnMapping> mapping; // none: guessed from the header
    QList<QPair<QString, ImportField>> overrides; // header -> field, on top of the mapping
    int maxErrors = 1000;                         // errors kept; the rest are counted
    // Called every `progressEvery` rows and at the end with the rows read and
    // the bytes consumed; returning false cancels the import (nothing is written).
    std::function<bool(qint64 rows, qint64 bytes)> progress;
    int progressEvery = 500;
};

struct ImportReport
{
    enum class Outcome
    {
        Imported,  // every row went in
        Validated, // dry run without errors: every row would go in
        Refused,   // errors: nothing was written
        Cancelled, // the progress callback said stop: nothing was written
    };
    Outcome outcome = Outcome::Refused;
    qint64 rows = 0; // data rows read
    qint64 lots = 0; // lots imported (on a dry run: that would be)
    QStringList createdSuppliers, createdWarehouses, createdBins; // bins as "Warehouse / Bin"
    QList<ImportError> errors; // the first ImportOptions::maxErrors
    qint64 moreErrors = 0;     // errors beyond those
    QStringList header;
    ColumnMapping mapping;
    char delimiter = ',';

    bool ok() const { return outcome == Outcome::Imported || outcome == Outcome::Validated; }
    qint64 errorCount() const { return errors.size() + moreErrors; }
};

class LotImport
{
public:
    explicit LotImport(Database &db);

    static ImportPreview preview(QIODevice &device, int maxRows = 20);
    static ImportPreview previewFile(const QString &path, int maxRows = 20);

    ImportReport run(QIODevice &device, const ImportOptions &options);
    // Opens `path`; sourceName defaults to the file's name.
    ImportReport runFile(const QString &path, ImportOptions options);

private:
    Database &m_db;
};

} // namespace lotbook
