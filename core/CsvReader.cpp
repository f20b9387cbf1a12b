#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "CsvReader" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr qsizetype kChunk = 64 * 1024;

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QString sizeText(qint64 bytes)
{
    return bytes % (1024 * 1024) == 0 ? Text::tr("%1 MB").arg(bytes / (1024 * 1024))
                                      : Text::tr("%1 KB").arg((bytes + 1023) / 1024);
}
} // namespace

bool isValidUtf8(const char *bytes, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false; // a continuation byte where a character starts, or 0xF8..0xFF
        }
        if (size - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char d = s[i + k];
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(QIODevice &device, qint64 maxFieldBytes)
    : m_device(device), m_maxFieldBytes(maxFieldBytes)
{}

bool CsvReader::fill()
{
    if (m_eof || m_failed)
        return false;
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + kChunk);
    const qint64 got = m_device.read(m_buf.data() + old, kChunk);
    m_buf.resize(old + qMax<qint64>(got, 0));
    if (got < 0) {
        m_eof = true;
        fail(CsvError::Kind::Read, m_line,
             Text::tr("The file could not be read: %1").arg(m_device.errorString()));
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

CsvReader::Status CsvReader::fail(CsvError::Kind kind, qint64 line, const QString &message)
{
    m_failed = true;
    m_error = {kind, line, message};
    return Status::Failed;
}

void CsvReader::detectDelimiter()
{
    // Count the candidates outside quotes on the header line. The header may
    // span several chunks (and, quoted, several lines).
    const qint64 limit = 4 * m_maxFieldBytes;
    qsizetype i = 0; // offset from m_pos
    bool quoted = false;
    bool text = false; // leading blank lines do not end the header line
    int comma = 0, semicolon = 0, tab = 0;
    for (;;) {
        const qsizetype end = m_buf.size() - m_pos;
        const char *data = m_buf.constData() + m_pos;
        bool done = false;
        for (; i < end; ++i) {
            const char c = data[i];
            if (!isLineEnd(c))
                text = true;
            if (c == '"')
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == ',')
                ++comma;
            else if (c == ';')
                ++semicolon;
            else if (c == '\t')
                ++tab;
            else if (isLineEnd(c) && text) {
                done = true;
                break;
            }
        }
        if (done || i > limit || !fill())
            break;
    }
    m_delimiter = ',';
    if (semicolon > comma && semicolon >= tab)
        m_delimiter = ';';
    else if (tab > comma && tab > semicolon)
        m_delimiter = '\t';
}

CsvReader::Status CsvReader::readHeader()
{
    if (m_headerRead)
        return Status::Record;
    if (m_failed)
        return Status::Failed;
    m_started = true;
    while (m_buf.size() < 3 && fill()) {
    }
    if (m_failed)
        return Status::Failed;
    const auto *b = reinterpret_cast<const unsigned char *>(m_buf.constData());
    if (m_buf.size() >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        m_bom = true;
        m_pos = 3;
    } else if (m_buf.size() >= 2 &&
               ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        return fail(CsvError::Kind::Binary, 1,
                    Text::tr("The file is UTF-16 text; save it as CSV in UTF-8 and try again."));
    }
    detectDelimiter();
    if (m_failed)
        return Status::Failed;
    CsvRecord header;
    const Status s = readRecord(header, true);
    if (s == Status::End)
        return fail(CsvError::Kind::Empty, 1,
                    Text::tr("The file is empty: it has no header line naming the columns."));
    if (s == Status::BadRecord) {
        // Text after a closing quote: the columns are not known, so nothing
        // can be read; next() must not take the following line as the header.
        const CsvError error = m_error;
        return fail(error.kind, error.line, error.message);
    }
    if (s != Status::Record)
        return s;
    m_header = header.fields;
    m_headerRead = true;
    return Status::Record;
}

CsvReader::Status CsvReader::next(CsvRecord &record)
{
    if (!m_headerRead) {
        if (Status s = readHeader(); s != Status::Record)
            return s;
    }
    if (m_failed)
        return Status::Failed;
    return readRecord(record, false);
}

bool CsvReader::endField(CsvRecord &record, bool &badEncoding, qint64 recordLine)
{
    const qsizetype keep = m_headerRead ? m_header.size() : kMaxFields;
    if (m_fieldCount < keep) {
        if (!isValidUtf8(m_field.constData(), m_field.size()))
            badEncoding = true;
        else
            record.fields.append(QString::fromUtf8(m_field));
    }
    ++m_fieldCount;
    m_field.clear();
    m_fieldQuoted = false;
    if (m_fieldCount > kMaxFields) {
        fail(CsvError::Kind::TooLarge, recordLine,
             Text::tr("The record has more than %1 fields; this does not look like a list of lots.")
                 .arg(kMaxFields));
        return false;
    }
    return true;
}

CsvReader::Status CsvReader::readRecord(CsvRecord &record, bool header)
{
    record.fields.clear();
    m_field.clear();
    m_fieldQuoted = false;
    m_fieldCount = 0;
    State state = State::FieldStart;
    qint64 recordLine = m_line;
    qint64 fieldLine = m_line;
    qint64 recordBytes = 0;
    const qint64 maxRecordBytes = 4 * m_maxFieldBytes;
    bool badEncoding = false;
    int strayField = 0; // 1-based field with text after its closing quote
    const char delim = m_delimiter;

    auto tooLarge = [&]() {
        if (m_field.size() > m_maxFieldBytes)
            return fail(
                CsvError::Kind::TooLarge, fieldLine,
                m_fieldQuoted
                    ? Text::tr("A quoted field is larger than %1; if a closing quote is "
                               "missing, the rest of the file was read as one field.")
                          .arg(sizeText(m_maxFieldBytes))
                    : Text::tr("A field is larger than %1.").arg(sizeText(m_maxFieldBytes)));
        return fail(CsvError::Kind::TooLarge, recordLine,
                    Text::tr("The record is larger than %1.").arg(sizeText(maxRecordBytes)));
    };

    // Ends the record at a line break or the end of the file.
    auto finish = [&]() -> Status {
        if (!endField(record, badEncoding, recordLine))
            return Status::Failed;
        record.line = recordLine;
        if (badEncoding)
            return fail(
                CsvError::Kind::Encoding, recordLine,
                Text::tr("The text is not valid UTF-8: the file uses another encoding. Save "
                         "it as CSV in UTF-8 and try again."));
        if (strayField) {
            m_error = {
                CsvError::Kind::StrayQuote, recordLine,
                Text::tr("Field %1 has text after its closing quote; a quote inside a quoted "
                         "field must be doubled (\"\").")
                    .arg(strayField)};
            return Status::BadRecord;
        }
        if (!header && m_fieldCount != m_header.size()) {
            m_error = {CsvError::Kind::FieldCount, recordLine,
                       Text::tr("This record has %1 fields, but the header has %2.")
                           .arg(m_fieldCount)
                           .arg(m_header.size())};
            return Status::BadRecord;
        }
        return Status::Record;
    };

    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            if (m_failed)
                return Status::Failed;
            if (state == State::Quoted)
                return fail(
                    CsvError::Kind::UnterminatedQuote, fieldLine,
                    Text::tr("The quoted field starting here is never closed: a closing quote "
                             "is missing."));
            if (state == State::FieldStart && m_fieldCount == 0)
                return Status::End; // nothing since the last line break
            return finish();
        }
        const char *data = m_buf.constData();
        const qsizetype size = m_buf.size();
        const char c = data[m_pos++];
        if (m_afterCr) {
            m_afterCr = false;
            if (c == '\n') {
                if (state == State::Quoted)
                    m_field.append('\n');
                continue; // the LF of a CRLF: the line was counted at the CR
            }
        }
        if (c == '\0')
            return fail(
                CsvError::Kind::Binary, m_line,
                Text::tr("The file contains NUL bytes: it is a binary file, not CSV text."));
        if (isLineEnd(c) && state != State::Quoted && state != State::QuoteInQuoted) {
            ++m_line;
            m_afterCr = c == '\r';
            // A blank line between records is skipped.
            if (m_fieldCount == 0 && state == State::FieldStart && !m_fieldQuoted) {
                recordLine = fieldLine = m_line;
                continue;
            }
            return finish();
        }
        switch (state) {
        case State::FieldStart:
            fieldLine = m_line;
            if (c == '"') {
                state = State::Quoted;
                m_fieldQuoted = true;
                break;
            }
            if (c == delim) {
                if (!endField(record, badEncoding, recordLine))
                    return Status::Failed;
                break;
            }
            state = State::Unquoted;
            --m_pos;
            break;
        case State::Unquoted: {
            if (c == delim) {
                if (!endField(record, badEncoding, recordLine))
                    return Status::Failed;
                state = State::FieldStart;
                break;
            }
            if (c == '"') {
                // Spaces before an opening quote are dropped; a quote inside
                // unquoted text (12" pipe) is kept as text.
                bool spaces = true;
                for (char s : std::as_const(m_field))
                    spaces = spaces && s == ' ';
                if (spaces) {
                    m_field.clear();
                    m_fieldQuoted = true;
                    state = State::Quoted;
                    break;
                }
            }
            // Copy the run up to the next special byte in one go.
            const qsizetype start = m_pos - 1;
            qsizetype i = m_pos;
            while (i < size) {
                const char d = data[i];
                if (d == delim || d == '"' || isLineEnd(d) || d == '\0')
                    break;
                ++i;
            }
            m_field.append(data + start, i - start);
            recordBytes += i - start;
            m_pos = i;
            break;
        }
        case State::Quoted: {
            if (c == '"') {
                state = State::QuoteInQuoted;
                break;
            }
            if (isLineEnd(c)) {
                ++m_line;
                m_afterCr = c == '\r';
                m_field.append(c);
                ++recordBytes;
                break;
            }
            const qsizetype start = m_pos - 1;
            qsizetype i = m_pos;
            while (i < size) {
                const char d = data[i];
                if (d == '"' || isLineEnd(d) || d == '\0')
                    break;
                ++i;
            }
            m_field.append(data + start, i - start);
            recordBytes += i - start;
            m_pos = i;
            break;
        }
        case State::QuoteInQuoted:
            if (c == '"') {
                m_field.append('"');
                ++recordBytes;
                state = State::Quoted;
            } else if (c == delim) {
                if (!endField(record, badEncoding, recordLine))
                    return Status::Failed;
                state = State::FieldStart;
            } else if (isLineEnd(c)) {
                ++m_line;
                m_afterCr = c == '\r';
                return finish();
            } else if (isBlank(c)) {
                state = State::AfterQuote;
            } else {
                if (!strayField)
                    strayField = m_fieldCount + 1;
                m_field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::AfterQuote:
            if (c == delim) {
                if (!endField(record, badEncoding, recordLine))
                    return Status::Failed;
                state = State::FieldStart;
            } else if (!isBlank(c)) {
                if (!strayField)
                    strayField = m_fieldCount + 1;
                m_field.append(c);
                state = State::Unquoted;
            }
            break;
        }
        if (m_field.size() > m_maxFieldBytes || recordBytes > maxRecordBytes)
            return tooLarge();
    }
}

} // namespace lotbook
