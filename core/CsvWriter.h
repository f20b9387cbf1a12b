// Writes CSV that spreadsheets read safely: RFC 4180 quoting, a header row,
// CRLF after every record, UTF-8. Text cells that a spreadsheet would run as a
// formula (starting with =, +, -, @, tab or carriage return) get a leading
// apostrophe; cells the code wrote as numbers, dates or amounts are left as
// they are, so the writer is told which cells are text.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lotbook {

struct CsvCell
{
    QString value;
    bool isText = true; // false: a number, date or amount written by the code

    static CsvCell text(const QString &value) { return {value, true}; }
    static CsvCell number(const QString &value) { return {value, false}; }
    static CsvCell number(qint64 value) { return {QString::number(value), false}; }
};

class CsvWriter
{
public:
    // Writes to an open device. `bom`: start with a UTF-8 byte order mark,
    // which some spreadsheets need to read the file as UTF-8.
    explicit CsvWriter(QIODevice &device, char delimiter = ',', bool bom = false);

    bool writeHeader(const QStringList &names);
    bool writeRecord(const QList<CsvCell> &cells);
    // False once a write failed; errorString() says why.
    bool ok() const { return m_ok; }
    QString errorString() const;

    // One record with its CRLF.
    static QString formatRecord(const QList<CsvCell> &cells, char delimiter = ',');
    // One field: neutralised when it is text, quoted when it must be.
    static QString formatField(const CsvCell &cell, char delimiter = ',');
    // The formula neutralising on its own. A text that already starts with
    // apostrophes followed by a formula character gets one more, so that
    // restoreNeutralised() gives back exactly the original.
    static QString neutralised(const QString &text);
    // Undoes neutralised(): drops one leading apostrophe before a formula character.
    static QString restoreNeutralised(const QString &text);

private:
    bool write(const QString &text);

    QIODevice &m_device;
    char m_delimiter;
    bool m_bom;
    bool m_started = false;
    bool m_ok = true;
};

} // namespace lotbook
