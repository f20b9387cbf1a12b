#include "Report.h"

#include <QCoreApplication>
#include <QLocale>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "Report" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Escaped, with line breaks kept.
QString htmlText(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

const char *const kRuleColour = "#9a9a9a";
const char *const kHeaderBackground = "#e4e4e4";
const char *const kStripeBackground = "#f4f4f4";
const char *const kAlertBackground = "#f9d9d6";
const char *const kMutedText = "#6d6d6d";
} // namespace

void ReportBody::heading(const QString &text)
{
    m_html += QStringLiteral("<h2 style=\"font-size: 11pt; margin-top: 12px; margin-bottom: "
                             "4px;\">%1</h2>")
                  .arg(htmlText(text));
}

void ReportBody::paragraph(const QString &text)
{
    m_html += QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 0px;\">%1</p>")
                  .arg(htmlText(text));
}

void ReportBody::emptyNote(const QString &text)
{
    m_html += QStringLiteral("<p style=\"margin-top: 8px; font-style: italic;\">%1</p>")
                  .arg(htmlText(text));
}

void ReportBody::fields(const ReportPairs &pairs)
{
    m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : pairs)
        m_html += QStringLiteral("<tr><td style=\"padding-right: 12px; white-space: nowrap;\">"
                                 "<b>%1</b></td><td>%2</td></tr>")
                      .arg(htmlText(label), htmlText(value));
    m_html += QStringLiteral("</table>");
}

void ReportBody::beginTable(const QList<ReportColumn> &columns)
{
    m_columns = columns;
    m_rows = 0;
    // <thead>: QTextDocument repeats these rows at the top of every page the
    // table continues on.
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                             "border=\"0.5\" style=\"border-collapse: collapse; "
                             "border-color: %1; margin-top: 6px;\"><thead><tr>")
                  .arg(QLatin1String(kRuleColour));
    for (const ReportColumn &c : columns) {
        QString attributes =
            QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(kHeaderBackground));
        if (c.widthPercent > 0)
            attributes += QStringLiteral(" width=\"%1%\"").arg(c.widthPercent);
        // Numbers keep a gap from the text column after them.
        attributes += c.alignRight
                          ? QStringLiteral(" align=\"right\" style=\"padding-right: 10px;\"")
                          : QStringLiteral(" align=\"left\"");
        m_html += QStringLiteral("<th%1>%2</th>").arg(attributes, htmlText(c.header));
    }
    m_html += QStringLiteral("</tr></thead><tbody>");
}

void ReportBody::row(const QStringList &cells, RowStyle style)
{
    QString rowAttributes;
    if (style == RowStyle::Alert)
        rowAttributes = QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(kAlertBackground));
    else if (m_rows % 2 == 1)
        rowAttributes = QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(kStripeBackground));
    ++m_rows;
    m_html += QStringLiteral("<tr%1>").arg(rowAttributes);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const ReportColumn &c = m_columns.at(i);
        QString text = htmlText(cells.value(i));
        if (style == RowStyle::Muted)
            text = QStringLiteral("<span style=\"color: %1;\">%2</span>")
                       .arg(QLatin1String(kMutedText), text);
        QString attributes;
        QString css;
        if (c.alignRight) {
            attributes += QStringLiteral(" align=\"right\"");
            css += QStringLiteral(" padding-right: 10px;");
        }
        if (c.noWrap)
            css += QStringLiteral(" white-space: nowrap;");
        if (!css.isEmpty())
            attributes += QStringLiteral(" style=\"%1\"").arg(css.trimmed());
        m_html += QStringLiteral("<td%1>%2</td>").arg(attributes, text);
    }
    m_html += QStringLiteral("</tr>");
}

void ReportBody::endTable()
{
    m_html += QStringLiteral("</tbody></table>");
    m_columns.clear();
}

QString Report::producedText() const
{
    const QLocale locale;
    return Text::tr("Produced %1 by %2")
        .arg(locale.toString(producedAt, QLocale::LongFormat),
             producedBy.isEmpty() ? Text::tr("(unknown)") : producedBy);
}

QString Report::html() const
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"font-size: 15pt; margin-bottom: 4px;\">%1</h1>")
                .arg(htmlText(title));
    html += QStringLiteral("<p style=\"margin-top: 0px; margin-bottom: 6px; color: %1;\">%2</p>")
                .arg(QLatin1String(kMutedText), htmlText(producedText()));
    if (!criteria.isEmpty()) {
        ReportBody filter;
        filter.fields(criteria);
        html += filter.html();
    }
    html += body;
    html += QStringLiteral("</body></html>");
    return html;
}

QString reportFileStem(const QString &text)
{
    QString stem;
    bool gap = false;
    for (QChar c : text) {
        const bool keep = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                          c == QLatin1Char('-') || c == QLatin1Char('_');
        if (keep) {
            if (gap && !stem.isEmpty())
                stem += QLatin1Char('-');
            stem += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    while (stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    return stem.isEmpty() ? QStringLiteral("report") : stem;
}

} // namespace lotbook
