// Fuzz target for CsvReader and LotImport::preview: arbitrary bytes as a CSV
// file. Besides "no crash, no sanitizer report" it checks that
// - the reader ends, never keeps more fields than the header has, never
//   returns more fields than the bytes it consumed allow, and numbers records
//   on increasing lines;
// - reading the same bytes in tiny pieces (a slow pipe) gives exactly what one
//   QBuffer read gives, so chunk boundaries cannot change a record;
// - a small field limit fails cleanly (TooLarge) instead of misreading;
// - LotImport::preview shows the same header, rows and errors as the reader;
// - records the reader accepted, written back by CsvWriter, read back the same.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "FuzzCheck.h"
#include "LotImport.h"

#include <QBuffer>
#include <QIODevice>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace lotbook;
using lotbook::fuzz::shown;

namespace {

// A sequential device that hands out its bytes a few at a time, in sizes
// drawn from a seed, like a pipe or a slow network file.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray &bytes, quint32 seed) : m_bytes(bytes), m_state(seed | 1u)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_state = m_state * 1664525u + 1013904223u;
        const qint64 piece =
            std::min({maxSize, qint64(1 + (m_state >> 28)), qint64(m_bytes.size() - m_pos)});
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(piece));
        m_pos += piece;
        return piece;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
    quint32 m_state;
};

struct Read
{
    CsvReader::Status status;
    CsvRecord record;
    CsvError error; // BadRecord: what is wrong with it
};

struct Outcome
{
    bool headerOk = false;
    QStringList header;
    char delimiter = ',';
    bool bom = false;
    QList<Read> reads;
    CsvError failure; // Failed: why reading stopped
};

QString describe(const CsvError &e)
{
    return QStringLiteral("kind %1 line %2: %3").arg(int(e.kind)).arg(e.line).arg(e.message);
}

bool sameError(const CsvError &a, const CsvError &b)
{
    return a.kind == b.kind && a.line == b.line && a.message == b.message;
}

void checkFailure(CsvReader &reader)
{
    const CsvError &e = reader.error();
    FUZZ_CHECK(e.kind != CsvError::Kind::None, describe(e));
    FUZZ_CHECK(!e.message.isEmpty(), describe(e));
    FUZZ_CHECK(e.line >= 1, describe(e));
    // Failed is final: the reader never goes on after it.
    CsvRecord more;
    FUZZ_CHECK(reader.next(more) == CsvReader::Status::Failed, describe(e));
}

// Reads every record and checks what must hold whatever the bytes are.
Outcome readAll(QIODevice &device, qint64 inputSize, qint64 maxFieldBytes)
{
    Outcome out;
    CsvReader reader(device, maxFieldBytes);
    if (reader.readHeader() != CsvReader::Status::Record) {
        checkFailure(reader);
        out.failure = reader.error();
        return out;
    }
    out.headerOk = true;
    out.header = reader.header();
    out.delimiter = reader.delimiter();
    out.bom = reader.hadBom();
    FUZZ_CHECK(!out.header.isEmpty() && out.header.size() <= CsvReader::kMaxFields,
               QString::number(out.header.size()));
    FUZZ_CHECK(out.delimiter == ',' || out.delimiter == ';' || out.delimiter == '\t',
               QString::number(int(out.delimiter)));
    FUZZ_CHECK(reader.bytesRead() <= inputSize, QString::number(reader.bytesRead()));
    FUZZ_CHECK(out.header.size() <= reader.bytesRead() + 1, QString::number(out.header.size()));

    qint64 lastLine = 0;
    for (qint64 n = 0;; ++n) {
        // Every record consumes at least one byte; anything more is a loop.
        FUZZ_CHECK(n <= inputSize + 1,
                   QStringLiteral("%1 records from %2 bytes").arg(n).arg(inputSize));
        const qint64 before = reader.bytesRead();
        Read read{CsvReader::Status::End, {}, {}};
        read.status = reader.next(read.record);
        const qint64 after = reader.bytesRead();
        FUZZ_CHECK(after >= before && after <= inputSize,
                   QStringLiteral("%1 -> %2 of %3").arg(before).arg(after).arg(inputSize));
        if (read.status == CsvReader::Status::End) {
            CsvRecord more;
            FUZZ_CHECK(reader.next(more) == CsvReader::Status::End, QString());
            break;
        }
        if (read.status == CsvReader::Status::Failed) {
            checkFailure(reader);
            out.failure = reader.error();
            break;
        }
        const CsvRecord &r = read.record;
        FUZZ_CHECK(after > before, QStringLiteral("a record from no bytes at %1").arg(before));
        FUZZ_CHECK(
            r.fields.size() <= out.header.size(),
            QStringLiteral("%1 fields, header %2").arg(r.fields.size()).arg(out.header.size()));
        FUZZ_CHECK(
            r.fields.size() <= after - before + 1,
            QStringLiteral("%1 fields from %2 bytes").arg(r.fields.size()).arg(after - before));
        FUZZ_CHECK(r.line > lastLine && r.line <= reader.currentLine(),
                   QStringLiteral("line %1 after %2, reader at %3")
                       .arg(r.line)
                       .arg(lastLine)
                       .arg(reader.currentLine()));
        lastLine = r.line;
        if (read.status == CsvReader::Status::Record) {
            FUZZ_CHECK(r.fields.size() == out.header.size(), QString::number(r.fields.size()));
        } else {
            read.error = reader.error();
            FUZZ_CHECK(read.error.kind == CsvError::Kind::FieldCount ||
                           read.error.kind == CsvError::Kind::StrayQuote,
                       describe(read.error));
            FUZZ_CHECK(read.error.line == r.line && !read.error.message.isEmpty(),
                       describe(read.error));
        }
        out.reads << read;
    }
    return out;
}

void checkSame(const Outcome &a, const Outcome &b)
{
    FUZZ_CHECK(a.headerOk == b.headerOk, QString());
    FUZZ_CHECK(a.header == b.header, a.header.join(QLatin1Char('|')) + QStringLiteral(" vs ") +
                                         b.header.join(QLatin1Char('|')));
    FUZZ_CHECK(a.delimiter == b.delimiter && a.bom == b.bom, QString());
    FUZZ_CHECK(a.reads.size() == b.reads.size(),
               QStringLiteral("%1 vs %2 records").arg(a.reads.size()).arg(b.reads.size()));
    for (qsizetype i = 0; i < a.reads.size(); ++i) {
        const Read &x = a.reads.at(i), &y = b.reads.at(i);
        FUZZ_CHECK(x.status == y.status && x.record.line == y.record.line &&
                       x.record.fields == y.record.fields && sameError(x.error, y.error),
                   QStringLiteral("record %1: %2 vs %3")
                       .arg(i)
                       .arg(x.record.fields.join(QLatin1Char('|')),
                            y.record.fields.join(QLatin1Char('|'))));
    }
    FUZZ_CHECK(sameError(a.failure, b.failure),
               describe(a.failure) + QStringLiteral(" vs ") + describe(b.failure));
}

// The import preview is the reader plus a column guess: it must agree with it.
void checkPreview(const QByteArray &bytes, const Outcome &outcome)
{
    constexpr int maxRows = 20;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const ImportPreview preview = LotImport::preview(buffer, maxRows);
    if (!outcome.headerOk) {
        FUZZ_CHECK(!preview.ok() && sameError(preview.error, outcome.failure),
                   describe(preview.error));
        return;
    }
    FUZZ_CHECK(preview.header == outcome.header && preview.delimiter == outcome.delimiter,
               preview.header.join(QLatin1Char('|')));
    FUZZ_CHECK(preview.mapping.fields.size() == preview.header.size(),
               QString::number(preview.mapping.fields.size()));
    QList<ImportField> seen;
    for (ImportField f : preview.mapping.fields) {
        FUZZ_CHECK(f == ImportField::Ignore || !seen.contains(f),
                   QStringLiteral("field %1 mapped twice").arg(int(f)));
        seen << f;
    }
    (void)preview.mapping.problems();
    const qsizetype expected = qMin<qsizetype>(maxRows, outcome.reads.size());
    FUZZ_CHECK(preview.rows.size() == expected,
               QStringLiteral("%1 rows, expected %2").arg(preview.rows.size()).arg(expected));
    qsizetype bad = 0;
    for (qsizetype i = 0; i < expected; ++i) {
        const Read &read = outcome.reads.at(i);
        FUZZ_CHECK(preview.rows.at(i).fields == read.record.fields &&
                       preview.rows.at(i).line == read.record.line,
                   QStringLiteral("row %1").arg(i));
        if (read.status == CsvReader::Status::BadRecord) {
            FUZZ_CHECK(bad < preview.rowErrors.size() &&
                           sameError(preview.rowErrors.at(bad), read.error),
                       describe(read.error));
            ++bad;
        }
    }
    FUZZ_CHECK(bad == preview.rowErrors.size(), QString::number(preview.rowErrors.size()));
    // Stopped early by a failure: the preview says so, as the reader did.
    if (outcome.reads.size() < maxRows)
        FUZZ_CHECK(sameError(preview.error, outcome.failure), describe(preview.error));
}

// Records the reader accepted, written by CsvWriter with the same delimiter,
// read back as they were. Skipped when the written header would be detected
// with another delimiter (a header such as "a,b,c;d" read as ';'), and for
// records CsvWriter writes as a blank line (one empty field), which readers skip.
// QString::fromUtf8 drops a U+FEFF (byte order mark) at the start of a field,
// so such a field reads back without it: the expected text allows for that.
void checkRoundTrip(const Outcome &outcome)
{
    if (!outcome.headerOk)
        return;
    if (outcome.header.size() == 1 && outcome.header.first().isEmpty())
        return;
    if (outcome.header.first().startsWith(QChar(0xFEFF)))
        return; // would be written as a byte order mark
    const auto cells = [](const QStringList &fields) {
        QList<CsvCell> out;
        for (const QString &f : fields) {
            // The formula guard must give back exactly what it was given.
            FUZZ_CHECK(CsvWriter::restoreNeutralised(CsvWriter::neutralised(f)) == f, shown(f));
            out << CsvCell::number(f);
        }
        return out;
    };
    const auto reread = [](QStringList fields) {
        for (QString &f : fields)
            if (f.startsWith(QChar(0xFEFF)))
                f.remove(0, 1);
        return fields;
    };
    QString text = CsvWriter::formatRecord(cells(outcome.header), outcome.delimiter);
    QList<QStringList> expected;
    for (const Read &read : outcome.reads) {
        if (read.status != CsvReader::Status::Record)
            continue;
        if (read.record.fields.size() == 1 && read.record.fields.first().isEmpty())
            continue;
        expected << reread(read.record.fields);
        text += CsvWriter::formatRecord(cells(read.record.fields), outcome.delimiter);
    }
    QBuffer buffer;
    buffer.setData(text.toUtf8());
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    const bool headerOk = reader.readHeader() == CsvReader::Status::Record;
    if (reader.delimiter() != outcome.delimiter)
        return;
    FUZZ_CHECK(headerOk, describe(reader.error()));
    FUZZ_CHECK(reader.header() == reread(outcome.header),
               shown(reader.header().join(QLatin1Char('|'))) + QStringLiteral(" vs ") +
                   shown(outcome.header.join(QLatin1Char('|'))));
    for (const QStringList &fields : std::as_const(expected)) {
        CsvRecord record;
        const CsvReader::Status status = reader.next(record);
        FUZZ_CHECK(status == CsvReader::Status::Record && record.fields == fields,
                   shown(record.fields.join(QLatin1Char('|'))) + QStringLiteral(" vs ") +
                       shown(fields.join(QLatin1Char('|'))) + QLatin1Char(' ') +
                       describe(reader.error()));
    }
    CsvRecord record;
    FUZZ_CHECK(reader.next(record) == CsvReader::Status::End, describe(reader.error()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Outcome whole = readAll(buffer, bytes.size(), CsvReader::kDefaultMaxFieldBytes);

    quint32 seed = 2166136261u; // FNV-1a of the input: each input its own piece sizes
    for (char c : bytes)
        seed = (seed ^ quint8(c)) * 16777619u;
    TrickleDevice pipe(bytes, seed);
    checkSame(whole, readAll(pipe, bytes.size(), CsvReader::kDefaultMaxFieldBytes));

    // A tiny field limit: a longer field or record makes the reader fail with
    // TooLarge; nothing else may change. (The delimiter is guessed from the
    // first 4 x limit bytes of the header, so a long header may be guessed
    // differently: that case is left out.)
    constexpr qint64 smallLimit = 16;
    QBuffer small;
    small.setData(bytes);
    small.open(QIODevice::ReadOnly);
    const Outcome limited = readAll(small, bytes.size(), smallLimit);
    if (limited.delimiter == whole.delimiter) {
        if (limited.failure.kind != CsvError::Kind::TooLarge) {
            checkSame(whole, limited);
        } else {
            // Everything before the failing record reads the same.
            Outcome prefix = whole;
            prefix.reads = whole.reads.first(qMin(whole.reads.size(), limited.reads.size()));
            prefix.failure = limited.failure;
            if (!limited.headerOk)
                prefix = limited; // failed in the header: nothing to compare
            checkSame(prefix, limited);
        }
    }

    checkPreview(bytes, whole);
    checkRoundTrip(whole);
    return 0;
}
