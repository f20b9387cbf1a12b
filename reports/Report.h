// A printable report: a title, the filter it was made with, when (local time)
// and by whom it was produced, and a body of headings, field lists and tables
// written as HTML for QTextDocument. Every text goes through ReportBody, which
// escapes it; ReportRenderer lays the document out on pages, repeating each
// table's header row and numbering the pages ("Page 2 of 5").
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace lotbook {

using ReportPairs = QList<std::pair<QString, QString>>; // label, value

struct ReportColumn
{
    QString header;
    int widthPercent = 0;    // share of the page width; 0: what is left
    bool alignRight = false; // numbers and amounts
    bool noWrap = false;     // dates and numbers stay on one line
};

class ReportBody
{
public:
    enum class RowStyle
    {
        Normal,
        Alert, // drawn on a light red: an expired lot
        Muted  // grey text: an archived lot
    };

    void heading(const QString &text);
    void paragraph(const QString &text);
    // "Label: value" lines in two aligned columns; a value's line breaks are kept.
    void fields(const ReportPairs &pairs);
    // A table whose header row repeats on every page it spans.
    void beginTable(const QList<ReportColumn> &columns);
    // One cell per column; a cell's line breaks are kept.
    void row(const QStringList &cells, RowStyle style = RowStyle::Normal);
    void endTable();
    // Text of a body with nothing in the table: "No lots match this filter."
    void emptyNote(const QString &text);

    QString html() const { return m_html; }

private:
    QString m_html;
    QList<ReportColumn> m_columns;
    int m_rows = 0;
};

struct Report
{
    QString title;
    ReportPairs criteria; // the filter used, in words
    QDateTime producedAt; // local time
    QString producedBy;   // the user name (Preferences)
    QString body;         // ReportBody::html()
    bool landscape = false;
    QString fileStem; // a file name without extension: "lots-CAP-100"

    // "Produced Tuesday, 3 March 2026 14:05:09 CET by alice" (in the locale).
    QString producedText() const;
    // The whole document: title, criteria, producer, body.
    QString html() const;
};

// `text` as a file name part: letters, digits, '.', '-' and '_' kept, runs of
// anything else one '-'; never empty ("report").
QString reportFileStem(const QString &text);

} // namespace lotbook
