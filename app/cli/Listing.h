// The records a `list` command prints, rendered as an aligned plain-text table
// (for people), CSV (RFC 4180 through CsvWriter, header row of keys, text cells
// neutralised against spreadsheet formulas) or JSON (an array of objects with
// the same lower_snake keys). Cells are QString, bool or qint64; money is
// passed as its plain text ("4.1") so it never becomes a floating-point number.
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>
#include <utility>

namespace lotbook::cli {

enum class Format
{
    Table,
    Csv,
    Json
};

// "table", "csv" or "json" (any case); nothing for anything else.
std::optional<Format> parseFormat(const QString &text);

struct Column
{
    QString key;             // stable lower_snake name: CSV header and JSON key
    QString heading;         // translated table heading; empty: left out of the table
    bool alignRight = false; // numbers and amounts: right-aligned, and never neutralised in CSV
};

class Listing
{
public:
    explicit Listing(QList<Column> columns) : m_columns(std::move(columns)) {}

    void addRow(const QVariantList &cells) { m_rows.append(cells); }
    QString render(Format format) const;

    QString toTable() const;
    QString toCsv() const;
    QString toJson() const;

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

// "Label:  value" lines with the values aligned, whatever the translation; a
// value's further lines are indented to its column (`lot show`, `check`, `demo`).
QString alignedPairs(const QList<std::pair<QString, QString>> &pairs);

} // namespace lotbook::cli
