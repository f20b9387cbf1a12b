// Reads CSV as spreadsheets write it (RFC 4180): quoted fields with "" escapes,
// delimiters and line breaks inside quotes, the delimiter (comma, semicolon or
// tab) detected from the header line, UTF-8 with or without a BOM, CRLF, LF or
// CR line ends. Streams record by record: it holds one read chunk and the
// current record, never the file. Every record and every error carries the
// physical line the record starts on.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lotbook {

struct CsvRecord
{
    qint64 line = 0; // physical line (1-based) where the record starts
    QStringList fields;
};

struct CsvError
{
    enum class Kind
    {
        None,
        Empty,             // no header: the file is empty or holds only blank lines
        Binary,            // NUL bytes or a UTF-16 file
        Encoding,          // not valid UTF-8
        UnterminatedQuote, // a quoted field still open at the end of the file
        TooLarge,          // a field or record over the size limit, or too many fields
        FieldCount,        // a record with another number of fields than the header
        StrayQuote,        // text after the closing quote of a field
        Read,              // the device failed
    };
    Kind kind = Kind::None;
    qint64 line = 0;
    QString message; // what is wrong, already translated; the line is in `line`
};

class CsvReader
{
public:
    enum class Status
    {
        Record,    // `record` holds the next record
        BadRecord, // this record was malformed (error()); reading can go on
        End,       // no more records
        Failed,    // the file cannot be read on (error()); stop
    };

    static constexpr qint64 kDefaultMaxFieldBytes = 1024 * 1024;
    static constexpr int kMaxFields = 1000;

    explicit CsvReader(QIODevice &device, qint64 maxFieldBytes = kDefaultMaxFieldBytes);

    // Reads the header record and detects the delimiter from it. Called by the
    // first next() when not called before. Failed (error()) for an empty or bad file.
    Status readHeader();
    const QStringList &header() const { return m_header; }
    char delimiter() const { return m_delimiter; }
    bool hadBom() const { return m_bom; }

    // The next data record. Blank lines are skipped. A record with another
    // number of fields than the header is a BadRecord (its fields are kept).
    Status next(CsvRecord &record);

    const CsvError &error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed + m_pos; } // bytes of the device consumed
    qint64 currentLine() const { return m_line; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: an escape or its end
        AfterQuote,    // spaces after a closing quote
    };

    bool fill(); // reads the next chunk; false at the end of the device
    Status readRecord(CsvRecord &record, bool header);
    bool endField(CsvRecord &record, bool &badEncoding, qint64 recordLine);
    void detectDelimiter();
    Status fail(CsvError::Kind kind, qint64 line, const QString &message);

    QIODevice &m_device;
    qint64 m_maxFieldBytes;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes before m_buf
    bool m_eof = false;
    bool m_started = false;
    bool m_headerRead = false;
    bool m_failed = false;
    bool m_bom = false;
    bool m_afterCr = false; // the last byte was a CR: a following LF belongs to it
    qint64 m_line = 1;
    char m_delimiter = ',';
    QByteArray m_field;
    bool m_fieldQuoted = false;
    int m_fieldCount = 0; // fields of the current record, also those not kept
    QStringList m_header;
    CsvError m_error;
};

// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or
// code points above U+10FFFF).
bool isValidUtf8(const char *bytes, qsizetype size);

} // namespace lotbook
