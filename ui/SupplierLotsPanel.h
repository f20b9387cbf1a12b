// The lots one supplier delivered, across all parts, for the Suppliers page:
// received within a date range (by default the last 12 months; "All time"
// lifts it) and of a status, with how many there are and their received value
// (quantity x cost per unit, summed in SQL). Enter or a double-click opens a lot.
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;

namespace lotbook {

class Database;
class LotTableModel;

class SupplierLotsPanel : public QWidget
{
    Q_OBJECT
public:
    SupplierLotsPanel(Database &db, QWidget *parent = nullptr);
    // 0: no supplier selected.
    void showSupplier(qint64 supplierId);
    qint64 supplierId() const { return m_supplierId; }
    void refresh(qint64 selectLotId = 0);
    void openLot(qint64 lotId);
    // Sets the range to the 12 months up to `today`, inclusive.
    void setLastTwelveMonths(const QDate &today = QDate::currentDate());

    LotTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    qint64 currentLotId() const;

signals:
    void lotsChanged();

private:
    Database &m_db;
    qint64 m_supplierId = 0;
    QLabel *m_title;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_allTime;
    QComboBox *m_status;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    LotTableModel *m_model;
    bool m_fitColumns = false;
};

} // namespace lotbook
