// CsvReader and CsvWriter: RFC 4180 quoting, delimiter detection, BOM, line
// ends, physical line numbers, streaming across chunk boundaries, and every
// kind of bad file refused with its line; the writer's quoting and formula
// neutralising, and a write-read round trip.
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <QIODevice>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace lotbook;

namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Parsed
{
    std::vector<std::string> header;
    Rows rows;
    std::vector<qint64> lines;
    char delimiter = 0;
    CsvReader::Status last = CsvReader::Status::End;
    CsvError error;
    std::vector<qint64> badLines; // BadRecord lines
    qint64 bytesRead = 0;
};

std::vector<std::string> strings(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

// Reads everything from `bytes`, going on after bad records.
Parsed parse(const QByteArray &bytes, qint64 maxField = CsvReader::kDefaultMaxFieldBytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, maxField);
    Parsed p;
    p.last = reader.readHeader();
    if (p.last != CsvReader::Status::Record) {
        p.error = reader.error();
        p.bytesRead = reader.bytesRead();
        return p;
    }
    p.header = strings(reader.header());
    p.delimiter = reader.delimiter();
    CsvRecord record;
    for (;;) {
        p.last = reader.next(record);
        if (p.last == CsvReader::Status::End || p.last == CsvReader::Status::Failed)
            break;
        if (p.last == CsvReader::Status::BadRecord) {
            p.badLines.push_back(record.line);
            p.error = reader.error();
            continue;
        }
        p.rows.push_back(strings(record.fields));
        p.lines.push_back(record.line);
    }
    if (p.last == CsvReader::Status::Failed)
        p.error = reader.error();
    p.bytesRead = reader.bytesRead();
    return p;
}

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

} // namespace

TEST_CASE("CSV reader: quoted fields keep doubled quotes and embedded delimiters and newlines",
          "[core][csv]")
{
    const Parsed p = parse(utf8("a,b,c\n"
                                "\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
                                "plain,\"\",last\n"));
    REQUIRE(p.last == CsvReader::Status::End);
    CHECK(p.header == std::vector<std::string>{"a", "b", "c"});
    CHECK(p.rows == Rows{{"x, y", "say \"hi\"", "two\nlines"}, {"plain", "", "last"}});
    CHECK(p.lines == std::vector<qint64>{2, 4});
}

TEST_CASE("CSV reader: detects comma semicolon and tab from the header line", "[core][csv]")
{
    SECTION("comma")
    {
        const Parsed p = parse(utf8("Part,Lot;x,Qty\nP1,L1;y,3\n"));
        CHECK(p.delimiter == ',');
        CHECK(p.rows == Rows{{"P1", "L1;y", "3"}});
    }
    SECTION("semicolon, as spreadsheets write it where the comma is the decimal mark")
    {
        const Parsed p = parse(utf8("Part;Lot;Cost\nP1;L1;1,25\n"));
        CHECK(p.delimiter == ';');
        CHECK(p.rows == Rows{{"P1", "L1", "1,25"}});
    }
    SECTION("tab")
    {
        const Parsed p = parse(utf8("Part\tLot\tNotes\nP1\tL1\ta, b; c\n"));
        CHECK(p.delimiter == '\t');
        CHECK(p.rows == Rows{{"P1", "L1", "a, b; c"}});
    }
    SECTION("delimiters inside quoted header names do not count")
    {
        const Parsed p = parse(utf8("\"Part, number\";\"Lot, batch\";Qty\nP1;L1;3\n"));
        CHECK(p.delimiter == ';');
        CHECK(p.header == std::vector<std::string>{"Part, number", "Lot, batch", "Qty"});
    }
    SECTION("a single column is read as comma-separated")
    {
        const Parsed p = parse(utf8("Part\nP1\nP2\n"));
        CHECK(p.delimiter == ',');
        CHECK(p.rows == Rows{{"P1"}, {"P2"}});
    }
    SECTION("blank lines before the header are skipped")
    {
        const Parsed p = parse(utf8("\n\nPart;Lot\nP1;L1\n"));
        CHECK(p.delimiter == ';');
        CHECK(p.header == std::vector<std::string>{"Part", "Lot"});
        CHECK(p.lines == std::vector<qint64>{4});
    }
}

TEST_CASE("CSV reader: UTF-8 with and without BOM", "[core][csv]")
{
    const QByteArray body = utf8("Name,City\nJos\xC3\xA9,K\xC3\xB8"
                                 "benhavn\n");
    for (const bool bom : {false, true}) {
        INFO("BOM: " << bom);
        const Parsed p = parse(bom ? QByteArray("\xEF\xBB\xBF") + body : body);
        REQUIRE(p.last == CsvReader::Status::End);
        // The BOM does not end up in the first header name.
        CHECK(p.header == std::vector<std::string>{"Name", "City"});
        CHECK(p.rows == Rows{{"Jos\xC3\xA9", "K\xC3\xB8"
                                             "benhavn"}});
    }
}

TEST_CASE("CSV reader: CRLF LF and CR line ends give the same records and lines", "[core][csv]")
{
    const char *lf = "a,b\n1,\"x\ny\"\n\n3,4\n";
    for (const char *end : {"\n", "\r\n", "\r"}) {
        QByteArray bytes(lf);
        bytes.replace("\n", end);
        INFO("line end: " << (std::string(end) == "\n"   ? "LF"
                              : std::string(end) == "\r" ? "CR"
                                                         : "CRLF"));
        const Parsed p = parse(bytes);
        REQUIRE(p.last == CsvReader::Status::End);
        REQUIRE(p.rows.size() == 2);
        CHECK(p.rows[0][0] == "1");
        // The line break inside the quotes is kept as the file wrote it.
        CHECK(p.rows[0][1] == "x" + std::string(end) + "y");
        CHECK(p.rows[1] == std::vector<std::string>{"3", "4"});
        // Line 3 is the inside of the quoted field, line 4 is blank.
        CHECK(p.lines == std::vector<qint64>{2, 5});
    }
}

TEST_CASE("CSV reader: a missing final line end and trailing empty fields", "[core][csv]")
{
    const Parsed p = parse(utf8("a,b,c\n1,,\n2,x,\"\""));
    REQUIRE(p.last == CsvReader::Status::End);
    CHECK(p.rows == Rows{{"1", "", ""}, {"2", "x", ""}});
}

TEST_CASE("CSV reader: lenient with quotes inside unquoted text and spaces around quotes",
          "[core][csv]")
{
    const Parsed p = parse(utf8("Item,Size\npipe 12\" long, \"quoted\" \n"));
    REQUIRE(p.last == CsvReader::Status::End);
    CHECK(p.rows == Rows{{"pipe 12\" long", "quoted"}});
}

TEST_CASE("CSV reader: streams records across read chunks", "[core][csv]")
{
    // Well over the 64 KB chunk, with quoted fields, CRLFs and multi-byte
    // characters falling on every kind of boundary.
    QByteArray bytes("n,text,more\r\n");
    const int rows = 5000;
    for (int i = 0; i < rows; ++i)
        bytes += QByteArray::number(i) + ",\"line\r\n\xC3\xA9 \"\"" + QByteArray::number(i) +
                 "\"\"\",plain " + QByteArray(i % 17, 'x') + "\r\n";
    REQUIRE(bytes.size() > 3 * 64 * 1024);
    const Parsed p = parse(bytes);
    REQUIRE(p.last == CsvReader::Status::End);
    REQUIRE(p.rows.size() == size_t(rows));
    for (int i : {0, 1, 777, 2500, rows - 1}) {
        INFO("row " << i);
        CHECK(p.rows[size_t(i)][0] == std::to_string(i));
        CHECK(p.rows[size_t(i)][1] == "line\r\n\xC3\xA9 \"" + std::to_string(i) + "\"");
        CHECK(p.rows[size_t(i)][2] == "plain " + std::string(size_t(i % 17), 'x'));
        CHECK(p.lines[size_t(i)] == 2 + 2 * i);
    }
    CHECK(p.bytesRead == bytes.size());
}

TEST_CASE("CSV reader: an empty file is refused", "[core][csv][bad]")
{
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\r\n\n")}) {
        const Parsed p = parse(bytes);
        CHECK(p.last == CsvReader::Status::Failed);
        CHECK(p.error.kind == CsvError::Kind::Empty);
        CHECK(p.error.line == 1);
        CHECK(p.error.message.contains(QStringLiteral("empty")));
    }
}

TEST_CASE("CSV reader: a header without rows reads no records", "[core][csv][bad]")
{
    const Parsed p = parse(utf8("Part,Lot,Qty\r\n"));
    CHECK(p.last == CsvReader::Status::End);
    CHECK(p.header.size() == 3);
    CHECK(p.rows.empty());
}

TEST_CASE("CSV reader: binary garbage is refused", "[core][csv][bad]")
{
    SECTION("NUL bytes")
    {
        QByteArray bytes("Part,Lot\nP1,L1\nP2,");
        bytes += QByteArray("\x00\x01\x02\xFF\x00", 5) + QByteArray("rest\n");
        const Parsed p = parse(bytes);
        CHECK(p.last == CsvReader::Status::Failed);
        CHECK(p.error.kind == CsvError::Kind::Binary);
        CHECK(p.error.line == 3);
        CHECK(p.rows.size() == 1);
    }
    SECTION("a PNG image")
    {
        const Parsed p = parse(QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16));
        CHECK(p.last == CsvReader::Status::Failed);
        CHECK((p.error.kind == CsvError::Kind::Binary || p.error.kind == CsvError::Kind::Encoding));
    }
    SECTION("UTF-16 text")
    {
        const Parsed p = parse(QByteArray("\xFF\xFEP\x00,\x00", 6));
        CHECK(p.last == CsvReader::Status::Failed);
        CHECK(p.error.kind == CsvError::Kind::Binary);
        CHECK(p.error.message.contains(QStringLiteral("UTF-16")));
    }
}

TEST_CASE("CSV reader: invalid UTF-8 is refused with its line", "[core][csv][bad]")
{
    // Windows-1252 "é" (0xE9) where UTF-8 was expected.
    const Parsed p = parse(QByteArray("Part,Notes\nP1,ok\nP2,caf\xE9\nP3,ok\n"));
    CHECK(p.last == CsvReader::Status::Failed);
    CHECK(p.error.kind == CsvError::Kind::Encoding);
    CHECK(p.error.line == 3);
    CHECK(p.error.message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("CSV reader: the UTF-8 check refuses malformed sequences", "[core][csv]")
{
    CHECK(isValidUtf8("plain", 5));
    CHECK(isValidUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x93\xA6", 9)); // é € 📦
    CHECK_FALSE(isValidUtf8("\xC0\xAF", 2));                       // overlong "/"
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80", 3));                   // a surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80", 4));               // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xE2\x82", 2));                       // cut short
    CHECK_FALSE(isValidUtf8("\x80", 1));                           // lone continuation
}

TEST_CASE("CSV reader: an unterminated quote is refused at the line where it opens",
          "[core][csv][bad]")
{
    const Parsed p = parse(utf8("Part,Notes\nP1,fine\nP2,\"never closed\nP3,more\nP4,x\n"));
    CHECK(p.last == CsvReader::Status::Failed);
    CHECK(p.error.kind == CsvError::Kind::UnterminatedQuote);
    CHECK(p.error.line == 3);
}

TEST_CASE("CSV reader: a record with the wrong number of fields is reported and reading goes on",
          "[core][csv][bad]")
{
    const Parsed p = parse(utf8("a,b,c\n1,2,3\n1,2\n1,2,3,4\n\"x\ny\",2,3\n"));
    CHECK(p.last == CsvReader::Status::End);
    CHECK(p.badLines == std::vector<qint64>{3, 4});
    CHECK(p.error.kind == CsvError::Kind::FieldCount);
    CHECK(p.error.message.contains(QStringLiteral("4 fields")));
    CHECK(p.error.message.contains(QStringLiteral("header has 3")));
    CHECK(p.lines == std::vector<qint64>{2, 5});
}

TEST_CASE("CSV reader: text after a closing quote is a bad record", "[core][csv][bad]")
{
    const Parsed p = parse(utf8("a,b\n\"12\" pipe\",x\nok,y\n"));
    CHECK(p.badLines == std::vector<qint64>{2});
    CHECK(p.error.kind == CsvError::Kind::StrayQuote);
    CHECK(p.rows == Rows{{"ok", "y"}});
}

TEST_CASE("CSV reader: a 10 MB single field is refused without reading the whole file",
          "[core][csv][bad]")
{
    const qint64 tenMb = 10 * 1024 * 1024;
    SECTION("unquoted")
    {
        QByteArray bytes("Part,Notes\nP1,");
        bytes += QByteArray(tenMb, 'x') + "\n";
        const Parsed p = parse(bytes);
        CHECK(p.last == CsvReader::Status::Failed);
        CHECK(p.error.kind == CsvError::Kind::TooLarge);
        CHECK(p.error.line == 2);
        CHECK(p.error.message.contains(QStringLiteral("1 MB")));
        // Refused at the limit, not after reading 10 MB.
        CHECK(p.bytesRead < 2 * 1024 * 1024);
    }
    SECTION("quoted, as a missing closing quote reads")
    {
        QByteArray bytes("Part,Notes\nP1,\"");
        bytes += QByteArray(tenMb, 'y') + "\"\n";
        const Parsed p = parse(bytes);
        CHECK(p.last == CsvReader::Status::Failed);
        CHECK(p.error.kind == CsvError::Kind::TooLarge);
        CHECK(p.error.message.contains(QStringLiteral("closing quote")));
        CHECK(p.bytesRead < 2 * 1024 * 1024);
    }
    SECTION("a line of nothing but delimiters")
    {
        QByteArray bytes("a,b\n");
        bytes += QByteArray(100000, ',') + "\n";
        const Parsed p = parse(bytes);
        CHECK(p.last == CsvReader::Status::Failed);
        CHECK(p.error.kind == CsvError::Kind::TooLarge);
    }
}

TEST_CASE("CSV writer: RFC 4180 quoting and CRLF after every record", "[core][csv][writer]")
{
    QByteArray out;
    QBuffer buffer(&out);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    REQUIRE(writer.writeHeader({QStringLiteral("lot"), QStringLiteral("notes")}));
    REQUIRE(writer.writeRecord(
        {CsvCell::text(QStringLiteral("a,b")), CsvCell::text(QStringLiteral("say \"hi\"\nbye"))}));
    REQUIRE(writer.writeRecord({CsvCell::text(QStringLiteral("plain")), CsvCell::number(42)}));
    CHECK(out == QByteArray("lot,notes\r\n\"a,b\",\"say \"\"hi\"\"\nbye\"\r\nplain,42\r\n"));
}

TEST_CASE("CSV writer: text that a spreadsheet would run as a formula is neutralised",
          "[core][csv][writer]")
{
    auto text = [](const char *s) {
        return CsvWriter::formatField(CsvCell::text(QString::fromUtf8(s))).toStdString();
    };
    CHECK(text("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(text("+1") == "'+1");
    CHECK(text("-5") == "'-5");
    CHECK(text("@SUM(A1)") == "'@SUM(A1)");
    CHECK(text("\tx") == "'\tx");
    CHECK(text("\rx") == "\"'\rx\"");
    CHECK(text("a=b") == "a=b");
    CHECK(text("") == "");
    // An apostrophe already before a formula character gets one more, so the
    // import can give back exactly what was written.
    CHECK(text("'=x") == "''=x");
    CHECK(text("'plain") == "'plain");
    // Numbers, dates and amounts written by the code are left as they are.
    CHECK(CsvWriter::formatField(CsvCell::number(QStringLiteral("-5"))) == QStringLiteral("-5"));
    CHECK(CsvWriter::formatField(CsvCell::number(-12)) == QStringLiteral("-12"));
    CHECK(CsvWriter::formatField(CsvCell::number(QStringLiteral("2024-01-10"))) ==
          QStringLiteral("2024-01-10"));
    for (const char *s : {"=x", "'=x", "''-1", "-", "plain", "'plain", "@", "\t"}) {
        const QString original = QString::fromUtf8(s);
        CHECK(CsvWriter::restoreNeutralised(CsvWriter::neutralised(original)) == original);
    }
}

TEST_CASE("CSV writer and reader round trip awkward text", "[core][csv][writer]")
{
    const QStringList values{
        QStringLiteral("comma, inside"), QStringLiteral("quote \" inside"),
        QStringLiteral("line\r\nbreak"), QStringLiteral("=1+1"),
        QStringLiteral("-minus"),        QString::fromUtf8("\xC3\xA9t\xC3\xA9 \xF0\x9F\x93\xA6"),
        QStringLiteral(" spaced "),      QString()};
    for (const char delimiter : {',', ';', '\t'}) {
        INFO("delimiter " << int(delimiter));
        QByteArray out;
        QBuffer buffer(&out);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(buffer, delimiter, true);
        QStringList header;
        QList<CsvCell> cells;
        for (qsizetype i = 0; i < values.size(); ++i) {
            header << QStringLiteral("c%1").arg(i);
            cells << CsvCell::text(values.at(i));
        }
        REQUIRE(writer.writeHeader(header));
        REQUIRE(writer.writeRecord(cells));
        buffer.close();

        QBuffer in(&out);
        REQUIRE(in.open(QIODevice::ReadOnly));
        CsvReader reader(in);
        REQUIRE(reader.readHeader() == CsvReader::Status::Record);
        CHECK(reader.hadBom());
        CHECK(reader.delimiter() == delimiter);
        CsvRecord record;
        REQUIRE(reader.next(record) == CsvReader::Status::Record);
        REQUIRE(record.fields.size() == values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            CHECK(CsvWriter::restoreNeutralised(record.fields.at(i)).toStdString() ==
                  values.at(i).toStdString());
        CHECK(reader.next(record) == CsvReader::Status::End);
    }
}
