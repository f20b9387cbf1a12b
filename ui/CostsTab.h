// The Costs tab of a part: the cost per unit of each lot over its received
// date, one series per supplier, and the lowest, highest and quantity-weighted
// average cost per unit per supplier and overall. Archived lots count unless
// unticked: they were received and paid for. Loads when shown, not before.
#pragma once

#include "CostStats.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
QT_END_NAMESPACE

namespace lotbook {

class Database;

class CostsTab : public QWidget
{
    Q_OBJECT
public:
    // Columns of the stats table.
    enum Column
    {
        SupplierColumn,
        LotsColumn,
        QuantityColumn,
        LowestColumn,
        HighestColumn,
        AverageColumn,
        ColumnCount
    };

    CostsTab(Database &db, QWidget *parent = nullptr);
    // Shows `partId`; the figures load now when the tab is visible, else when it is shown.
    void showPart(qint64 partId);
    // The lots changed: reload when next shown.
    void invalidate();
    void refresh();

    QTableWidget *statsTable() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QCheckBox *includeArchivedCheck() const { return m_archived; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Database &m_db;
    qint64 m_partId = 0;
    bool m_stale = true;
    QStackedWidget *m_stack;
    QCheckBox *m_archived;
    QStackedWidget *m_chartStack;
    QChartView *m_chartView;
    QChart *m_chart;
    QLabel *m_noLots;
    QLabel *m_chartNote;
    QTableWidget *m_table;
    QLabel *m_untracked;
    QHash<QLineSeries *, QList<CostPoint>> m_points; // the lots behind each series
    void fillTable(const PartCosts &costs);
    void fillChart(const QList<CostPoint> &points, MoneyUnits highest);
    void applyPalette();
    void showPointTip(QLineSeries *series, const QPointF &point, bool entered);
};

} // namespace lotbook
