#include "CostsTab.h"

#include "Database.h"
#include "Money.h"
#include "PartStore.h"
#include "Text.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace lotbook {

namespace {
// A chart of more lots than this is a smear and slow to draw; the table still covers all.
constexpr int kChartLots = 5000;
// Above this many lots in a series, markers hide each other: the line alone reads better.
constexpr qsizetype kMarkedLots = 60;

// The chart's own coordinates are doubles: fine for drawing, never for sums.
double chartCost(MoneyUnits units)
{
    return double(units) / double(kMoneyScale);
}

qint64 chartTime(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

// The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `raw`.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10.0 * magnitude;
}

QColor blend(const QColor &a, const QColor &b, double aShare)
{
    const double bShare = 1.0 - aShare;
    return QColor::fromRgbF(float(a.redF() * aShare + b.redF() * bShare),
                            float(a.greenF() * aShare + b.greenF() * bShare),
                            float(a.blueF() * aShare + b.blueF() * bShare));
}
} // namespace

CostsTab::CostsTab(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("costsTab"));
    auto *outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_archived = new QCheckBox(tr("&Include archived lots"), page);
    m_archived->setObjectName(QStringLiteral("costsIncludeArchived"));
    m_archived->setChecked(true);
    m_archived->setToolTip(tr("Archived lots were received and paid for, so they count when "
                              "comparing suppliers. Untick to see only active lots."));
    bar->addWidget(m_archived);
    auto *archivedHint = new QLabel(tr("(archived lots were received and paid for)"), page);
    archivedHint->setObjectName(QStringLiteral("costsArchivedHint"));
    archivedHint->setEnabled(false);
    bar->addWidget(archivedHint);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chartStack = new QStackedWidget(page);
    m_chartView = new QChartView(m_chart, m_chartStack);
    m_chartView->setObjectName(QStringLiteral("costChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::NoFocus); // nothing to do there with keys
    m_chartStack->addWidget(m_chartView);
    m_noLots = new QLabel(m_chartStack);
    m_noLots->setObjectName(QStringLiteral("costsNoLots"));
    m_noLots->setAlignment(Qt::AlignCenter);
    m_noLots->setWordWrap(true);
    m_chartStack->addWidget(m_noLots);
    layout->addWidget(m_chartStack, 1);
    m_chartNote = new QLabel(page);
    m_chartNote->setObjectName(QStringLiteral("costChartNote"));
    m_chartNote->setWordWrap(true);
    m_chartNote->hide();
    layout->addWidget(m_chartNote);

    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(QStringLiteral("costStatsTable"));
    m_table->setHorizontalHeaderLabels({tr("Supplier"), tr("Lots"), tr("Qty received"),
                                        tr("Lowest cost/unit"), tr("Highest cost/unit"),
                                        tr("Average cost/unit (qty-weighted)")});
    const QString averageHelp =
        tr("Total received value ÷ total quantity received, rounded to 0.0001: what one unit "
           "cost on average. A large lot weighs more than a small one.");
    m_table->horizontalHeaderItem(AverageColumn)->setToolTip(averageHelp);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Tab and Ctrl+Tab leave the table (to the next widget, the next tab).
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SupplierColumn, QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_table);
    auto *note = new QLabel(tr("Average: weighted by quantity (total received value ÷ total "
                               "quantity), rounded to 0.0001. Free replacements count at 0."),
                            page);
    note->setObjectName(QStringLiteral("costsAverageNote"));
    note->setWordWrap(true);
    note->setToolTip(averageHelp);
    layout->addWidget(note);
    m_stack->addWidget(page);

    auto *untrackedPage = new QWidget(m_stack);
    auto *untrackedLayout = new QVBoxLayout(untrackedPage);
    m_untracked = new QLabel(untrackedPage);
    m_untracked->setObjectName(QStringLiteral("costsUntrackedLabel"));
    m_untracked->setAlignment(Qt::AlignCenter);
    m_untracked->setWordWrap(true);
    m_untracked->setTextFormat(Qt::PlainText);
    untrackedLayout->addStretch(1);
    untrackedLayout->addWidget(m_untracked);
    untrackedLayout->addStretch(2);
    m_stack->addWidget(untrackedPage);

    connect(m_archived, &QCheckBox::toggled, this, &CostsTab::refresh);
    applyPalette();
}

void CostsTab::showPart(qint64 partId)
{
    m_partId = partId;
    invalidate();
}

void CostsTab::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void CostsTab::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void CostsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void CostsTab::refresh()
{
    m_stale = false;
    const Result<Part> part = PartStore(m_db).get(m_partId);
    if (!part || !part.value().trackLots) {
        m_untracked->setText(
            part ? tr("%1 does not track lots, so there are no shipments to compare costs "
                      "across.\n\nTurn on lot tracking on the Lots tab to record each received "
                      "shipment with its supplier and cost per unit.")
                       .arg(part.value().number)
                 : part.message());
        m_stack->setCurrentIndex(1);
        return;
    }
    LotFilter filter;
    filter.partId = m_partId;
    filter.status = m_archived->isChecked() ? LotFilter::Status::All : LotFilter::Status::Active;
    const Result<PartCosts> costs = CostStats::summarize(m_db, filter);
    const Result<QList<CostPoint>> points = costs ? CostStats::points(m_db, filter, kChartLots)
                                                  : Result<QList<CostPoint>>(costs.errors());
    if (!points) {
        m_untracked->setText(points.message());
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    fillTable(costs.value());
    fillChart(points.value(), costs.value().overall.highest);
    const qint64 total = costs.value().overall.lots;
    const bool partial = total > points.value().size();
    m_chartNote->setVisible(partial);
    if (partial) {
        const QLocale locale;
        m_chartNote->setText(
            tr("The chart shows the %1 most recently received of %2 lots; the "
               "table below covers them all.")
                .arg(locale.toString(points.value().size()), locale.toString(total)));
    }
    if (points.value().isEmpty()) {
        m_noLots->setText(m_archived->isChecked()
                              ? tr("No lots of %1 received yet.").arg(part.value().number)
                              : tr("No active lots of %1. Tick Include archived lots to see "
                                   "the archived ones.")
                                    .arg(part.value().number));
        m_chartStack->setCurrentWidget(m_noLots);
    } else {
        m_chartStack->setCurrentWidget(m_chartView);
    }
}

void CostsTab::fillTable(const PartCosts &costs)
{
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(int(costs.suppliers.size()) + 1);
    auto fill = [&](int row, const CostSummary &c, const QString &name, bool bold) {
        const bool none = c.lots == 0;
        const QString dash = tr("—");
        const QStringList texts{name,
                                locale.toString(c.lots),
                                none ? dash : locale.toString(c.quantity),
                                none ? dash : formatMoney(c.lowest, locale),
                                none ? dash : formatMoney(c.highest, locale),
                                none ? dash : formatMoney(c.average, locale)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (column != SupplierColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, SupplierColumn)->setData(Qt::UserRole, c.supplierId);
    };
    fill(0, costs.overall, tr("All suppliers"), true);
    for (int i = 0; i < costs.suppliers.size(); ++i)
        fill(i + 1, costs.suppliers.at(i), costs.suppliers.at(i).supplierName, false);

    // Tall enough for every row up to a handful; the chart takes the rest.
    const int shownRows = qMin(m_table->rowCount(), 6);
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < shownRows; ++row)
        height += m_table->verticalHeader()->sectionSize(row);
    m_table->setFixedHeight(height);
}

void CostsTab::fillChart(const QList<CostPoint> &points, MoneyUnits highest)
{
    m_chart->removeAllSeries();
    m_points.clear();
    const QList<QAbstractAxis *> oldAxes = m_chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto *x = new QDateTimeAxis;
    x->setObjectName(QStringLiteral("costChartDateAxis"));
    x->setTitleText(tr("Received"));
    x->setFormat(shortDateFormat());
    x->setTickCount(6);
    auto *y = new QValueAxis;
    y->setObjectName(QStringLiteral("costChartCostAxis"));
    y->setTitleText(tr("Cost per unit"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    QDate first, last;
    for (qsizetype i = 0; i < points.size();) {
        // Points arrive grouped by supplier: one series each.
        const qint64 supplier = points.at(i).supplierId;
        auto *series = new QLineSeries;
        series->setName(points.at(i).supplierName);
        QList<QPointF> xy;
        QList<CostPoint> &lots = m_points[series];
        for (; i < points.size() && points.at(i).supplierId == supplier; ++i) {
            const CostPoint &p = points.at(i);
            xy << QPointF(double(chartTime(p.received)), chartCost(p.unitCost));
            lots << p;
            if (!first.isValid() || p.received < first)
                first = p.received;
            if (!last.isValid() || p.received > last)
                last = p.received;
        }
        series->append(xy);
        series->setPointsVisible(xy.size() <= kMarkedLots);
        series->setMarkerSize(8.0);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this,
                [this, series](const QPointF &point, bool state) {
                    showPointTip(series, point, state);
                });
    }
    if (first.isValid()) {
        // Room either side so the first and last points are not cut in half.
        const qint64 pad = qMax<qint64>(15, first.daysTo(last) / 20);
        x->setRange(first.addDays(-pad).startOfDay(), last.addDays(pad).startOfDay());
    }
    if (first.isValid() && first.daysTo(last) > 120)
        x->setFormat(QStringLiteral("MMM yyyy"));
    // Ticks at round costs from 0; the range starts a little below 0 so a free
    // lot's marker is drawn whole above the axis, not cut in half by it.
    const double top = highest > 0 ? chartCost(highest) * 1.08 : 1.0;
    const double step = niceStep(top / 5.0);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setTickInterval(step);
    y->setRange(-step * 0.15, std::ceil(top / step) * step);
    // Costs below a cent need all four decimals to tell lots apart.
    y->setLabelFormat(step < 0.01 ? QStringLiteral("%.4f") : QStringLiteral("%.2f"));
    // The theme has five series colours; past that, spread hues so suppliers stay apart.
    const QList<QAbstractSeries *> all = m_chart->series();
    if (all.size() > 5)
        for (qsizetype i = 0; i < all.size(); ++i)
            static_cast<QLineSeries *>(all.at(i))->setColor(
                QColor::fromHsvF(float(i) / float(all.size()), 0.75f, 0.85f));
    m_chart->legend()->setVisible(!points.isEmpty());
    // Many suppliers: a column of names at the side stays readable, a row under the chart not.
    m_chart->legend()->setAlignment(m_chart->series().size() > 4 ? Qt::AlignRight
                                                                 : Qt::AlignBottom);
    applyPalette();
}

void CostsTab::applyPalette()
{
    // The chart draws itself: give it the palette's colours so a dark theme reads.
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = blend(text, base, 0.18);
    const QColor line = blend(text, base, 0.5);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    m_chartView->setBackgroundBrush(base);
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

void CostsTab::showPointTip(QLineSeries *series, const QPointF &point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const QList<CostPoint> lots = m_points.value(series);
    const CostPoint *nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const CostPoint &p : lots) {
        const double distance = std::abs(double(chartTime(p.received)) - point.x());
        if (distance < best) {
            best = distance;
            nearest = &p;
        }
    }
    if (!nearest)
        return;
    const QLocale locale;
    QToolTip::showText(
        QCursor::pos(),
        tr("%1\nLot %2, received %3\n%4 per unit × %5")
            .arg(nearest->supplierName, nearest->lotNumber, formatDate(nearest->received, locale),
                 formatMoney(nearest->unitCost, locale), locale.toString(nearest->quantity)),
        m_chartView);
}

} // namespace lotbook
