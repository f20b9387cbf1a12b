#include "Listing.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lotbook::cli {

namespace {
// This file's strings; lupdate files them under the "Listing" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Listing)
};

bool isBool(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool;
}

QString tableText(const QVariant &value)
{
    if (isBool(value))
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    // One line per row: line breaks in notes would break the columns.
    return value.toString().simplified();
}

// Strings are text, neutralised against formulas, unless their column holds
// numbers or amounts (money comes as its plain text, "4.1").
CsvCell csvCell(const QVariant &value, const Column &column)
{
    if (isBool(value))
        return CsvCell::number(QString::fromLatin1(value.toBool() ? "true" : "false"));
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return CsvCell::number(value.toString());
    return column.alignRight ? CsvCell::number(value.toString()) : CsvCell::text(value.toString());
}

QJsonValue jsonValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    default:
        return value.toString();
    }
}
} // namespace

std::optional<Format> parseFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("table"))
        return Format::Table;
    if (t == QLatin1String("csv"))
        return Format::Csv;
    if (t == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString Listing::render(Format format) const
{
    switch (format) {
    case Format::Csv:
        return toCsv();
    case Format::Json:
        return toJson();
    case Format::Table:
        break;
    }
    return toTable();
}

QString Listing::toTable() const
{
    QList<qsizetype> shown;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        if (!m_columns.at(c).heading.isEmpty())
            shown << c;

    QList<QStringList> lines;
    QStringList headings;
    for (qsizetype c : shown)
        headings << m_columns.at(c).heading;
    lines << headings;
    for (const QVariantList &row : m_rows) {
        QStringList cells;
        for (qsizetype c : shown)
            cells << tableText(row.value(c));
        lines << cells;
    }

    QList<qsizetype> widths(shown.size(), 0);
    for (const QStringList &cells : lines)
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = qMax(widths[i], cells.at(i).size());

    QString text;
    for (const QStringList &cells : lines) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QLatin1String("  ");
            line += m_columns.at(shown.at(i)).alignRight ? cells.at(i).rightJustified(widths[i])
                                                         : cells.at(i).leftJustified(widths[i]);
        }
        // Trailing spaces of the last column would only get in the way of diff and grep.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString Listing::toCsv() const
{
    // RFC 4180: CRLF after every record, including the header.
    QList<CsvCell> header;
    for (const Column &column : m_columns)
        header << CsvCell::text(column.key);
    QString text = CsvWriter::formatRecord(header);
    for (const QVariantList &row : m_rows) {
        QList<CsvCell> cells;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            cells << csvCell(row.value(c), m_columns.at(c));
        text += CsvWriter::formatRecord(cells);
    }
    return text;
}

QString Listing::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : m_rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            object.insert(m_columns.at(c).key, jsonValue(row.value(c)));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString alignedPairs(const QList<std::pair<QString, QString>> &pairs)
{
    qsizetype width = 0;
    for (const auto &[label, value] : pairs)
        width = qMax(width, label.size());
    const QString indent = QString(width + 2, QLatin1Char(' '));
    QString text;
    for (const auto &[label, value] : pairs) {
        QString shown = value;
        shown.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent);
        text += (label.leftJustified(width + 2) + shown).trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace lotbook::cli
