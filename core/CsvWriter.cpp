#include "CsvWriter.h"

#include <QIODevice>

namespace lotbook {

namespace {
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Length of the leading run of apostrophes when a formula character follows it, else -1.
qsizetype apostrophesBeforeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isFormulaStart(text.at(i)) ? i : -1;
}
} // namespace

CsvWriter::CsvWriter(QIODevice &device, char delimiter, bool bom)
    : m_device(device), m_delimiter(delimiter), m_bom(bom)
{}

QString CsvWriter::neutralised(const QString &text)
{
    return apostrophesBeforeFormula(text) >= 0 ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::restoreNeutralised(const QString &text)
{
    return apostrophesBeforeFormula(text) > 0 ? text.mid(1) : text;
}

QString CsvWriter::formatField(const CsvCell &cell, char delimiter)
{
    QString text = cell.isText ? neutralised(cell.value) : cell.value;
    bool quote = false;
    for (QChar c : std::as_const(text)) {
        if (c == QLatin1Char(delimiter) || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::formatRecord(const QList<CsvCell> &cells, char delimiter)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(delimiter);
        line += formatField(cells.at(i), delimiter);
    }
    return line + QLatin1String("\r\n");
}

bool CsvWriter::write(const QString &text)
{
    if (!m_ok)
        return false;
    QByteArray bytes;
    if (!m_started && m_bom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_started = true;
    bytes += text.toUtf8();
    m_ok = m_device.write(bytes) == bytes.size();
    return m_ok;
}

bool CsvWriter::writeHeader(const QStringList &names)
{
    QList<CsvCell> cells;
    cells.reserve(names.size());
    for (const QString &name : names)
        cells.append(CsvCell::text(name));
    return writeRecord(cells);
}

bool CsvWriter::writeRecord(const QList<CsvCell> &cells)
{
    return write(formatRecord(cells, m_delimiter));
}

QString CsvWriter::errorString() const
{
    return m_device.errorString();
}

} // namespace lotbook
