#include "ReportRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <limits>
#include <optional>

namespace lotbook::ReportRenderer {

namespace {
// This file's strings; lupdate files them under the "ReportRenderer" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
};

QFont reportFont(qreal points)
{
    // DejaVu Sans (fonts-dejavu-core, in every setup) has every Latin, Greek
    // and Cyrillic letter; other families fill in what it lacks.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    // Any letter spacing turns ligatures off: "fi" stays two letters, so the
    // PDF's text searches and copies as written ("first", not "ﬁrst").
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

// A band of the laid-out document, in its coordinates.
struct Band
{
    qreal top = 0;
    qreal bottom = 0;
    qreal height() const { return bottom - top; }
};

// What one page shows: a table's header row again, when the page goes on
// with that table, then its share of the document.
struct PageSlice
{
    std::optional<Band> header;
    Band body;
};

// Where a page may start: before a paragraph or a table, or before a table
// row; `header` is the header row of the table it continues.
struct Break
{
    qreal y = 0;
    std::optional<Band> header;
    bool allowed = true; // not right after a heading, nor between a header row and the first row
};

// Top of row `row`'s cells (cell padding and rule included).
qreal rowTop(const QTextTable &table, int row, const QAbstractTextDocumentLayout &layout,
             qreal above)
{
    qreal top = std::numeric_limits<qreal>::max();
    for (int column = 0; column < table.columns(); ++column) {
        const QTextBlock block = table.cellAt(row, column).firstCursorPosition().block();
        top = qMin(top, layout.blockBoundingRect(block).top());
    }
    return top - above;
}

QList<Break> breaksOf(const QTextDocument &document)
{
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    // Lengths in the document are CSS pixels; the layout scales them to the device.
    const qreal scale = layout.paintDevice() ? layout.paintDevice()->logicalDpiY() / 96.0 : 1.0;
    QList<Break> breaks;
    bool afterHeading = false;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            breaks.append({layout.frameBoundingRect(frame).top(), std::nullopt, !afterHeading});
            afterHeading = false;
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || table->rows() < 2)
                continue;
            const QTextTableFormat format = table->format();
            const qreal above = (format.cellPadding() + format.border()) * scale;
            QList<qreal> tops;
            for (int row = 0; row < table->rows(); ++row)
                tops << rowTop(*table, row, layout, above);
            const int headerRows = qMin(format.headerRowCount(), table->rows() - 1);
            std::optional<Band> header;
            if (headerRows > 0)
                header = Band{tops.at(0), tops.at(headerRows)};
            for (int row = qMax(1, headerRows); row < table->rows(); ++row)
                breaks.append({tops.at(row), header, row > headerRows});
            continue;
        }
        const QTextBlock block = it.currentBlock();
        breaks.append({layout.blockBoundingRect(block).top(), std::nullopt, !afterHeading});
        afterHeading = block.blockFormat().headingLevel() > 0;
    }
    return breaks;
}

// Cuts the document, laid out as one long page, into pages of `height`: at the
// last place a page may end before it is full, so that no table row and no
// line is split; a table that goes on repeats its header row. Only what is
// taller than a page on its own is cut where the page ends.
QList<PageSlice> paginate(const QTextDocument &document, qreal height)
{
    const QList<Break> breaks = breaksOf(document);
    const qreal end = document.documentLayout()->documentSize().height();
    const qreal slack = 0.5; // rounding in the layout
    QList<PageSlice> pages;
    qreal y = 0;
    std::optional<Band> header;
    while (y < end - slack || pages.isEmpty()) {
        const qreal room = height - (header ? header->height() : 0);
        const qreal limit = y + room;
        qreal cut = -1;
        std::optional<Band> next;
        if (end <= limit + slack) {
            cut = end;
        } else {
            for (const Break &b : breaks) {
                if (b.y > limit + slack)
                    break;
                if (b.allowed && b.y > y + slack) {
                    cut = b.y;
                    next = b.header;
                }
            }
        }
        if (cut < 0) {
            // Taller than a page: cut it where the page is full, in the same table.
            cut = limit;
            next = header;
            for (const Break &b : breaks)
                if (b.y <= y + slack)
                    next = b.header;
        }
        pages.append({header, {y, cut}});
        y = cut;
        header = next;
    }
    return pages;
}

void drawSlice(QPainter &painter, const QTextDocument &document, const Band &band, qreal at)
{
    painter.save();
    painter.translate(0, at - band.top);
    const QRectF view(0, band.top, document.textWidth(), band.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}
} // namespace

Result<int> render(const Report &report, QPagedPaintDevice &device, int first, int last)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<int>::failure({},
                                    Text::tr("Reports need the graphical part of Qt (fonts), which "
                                             "was not started."));
    QTextDocument document;
    // Laid out at the device's resolution, so what is measured is what is drawn.
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(reportFont(8.5));
    document.setDocumentMargin(0);
    document.setHtml(report.html());

    const QFont footerFont = reportFont(7.5);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal footerHeight = footerMetrics.height() * 2.2;
    const QRectF paper = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QSizeF page(paper.width(), paper.height() - footerHeight);
    if (page.width() <= 0 || page.height() <= 0)
        return Result<int>::failure({}, Text::tr("The page is too small for the report."));
    // One long page: the pages are cut from it at row and paragraph boundaries.
    document.setTextWidth(page.width());
    const QList<PageSlice> slices = paginate(document, page.height());
    const int pages = int(slices.size());

    const int from = qBound(1, first > 0 ? first : 1, pages) - 1;
    const int to = qBound(from + 1, last > 0 ? last : pages, pages);

    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure({}, Text::tr("Cannot start drawing the report's pages."));
    const qreal rule = qMax<qreal>(1.0, device.logicalDpiY() / 200.0);
    for (int i = from; i < to; ++i) {
        if (i > from && !device.newPage()) {
            painter.end();
            return Result<int>::failure({},
                                        Text::tr("Cannot start page %1 of the report.").arg(i + 1));
        }
        const PageSlice &slice = slices.at(i);
        qreal at = 0;
        if (slice.header) {
            drawSlice(painter, document, *slice.header, at);
            at += slice.header->height();
        }
        drawSlice(painter, document, slice.body, at);

        // Footer: a rule, the title on the left, the page number on the right.
        const QRectF footer(0, page.height() + footerHeight - footerMetrics.height() * 1.4,
                            page.width(), footerMetrics.height() * 1.4);
        painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), rule));
        painter.drawLine(QPointF(0, footer.top()), QPointF(page.width(), footer.top()));
        painter.setPen(Qt::black);
        painter.setFont(footerFont);
        const QString number = Text::tr("Page %1 of %2").arg(i + 1).arg(pages);
        const qreal numberWidth = footerMetrics.horizontalAdvance(number);
        const QString title = footerMetrics.elidedText(report.title, Qt::ElideRight,
                                                       page.width() - numberWidth * 1.5);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, number);
    }
    if (!painter.end())
        return Result<int>::failure({}, Text::tr("Cannot finish the report's pages."));
    return pages;
}

Result<int> writePdf(const Report &report, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(QStringLiteral("pdf"),
                                    Text::tr("Cannot write %1: %2").arg(shown, file.errorString()));
    Result<int> pages;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(report.title);
        pdf.setCreator(QStringLiteral("Lotbook"));
        pdf.setResolution(600);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4),
                        report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                        QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        pages = render(report, pdf);
    }
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return Result<int>::failure(QStringLiteral("pdf"),
                                    Text::tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return pages;
}

} // namespace lotbook::ReportRenderer
