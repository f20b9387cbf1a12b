// The Lots tab of a part: New Lot (Ctrl+N), filters for status, supplier and
// lot number, the true count, and the lots sorted expiry-first. Enter or a
// double-click opens a lot. For a part that does not track lots it offers to
// turn tracking on.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lotbook {

class Database;
class LotTableModel;

class LotsTab : public QWidget
{
    Q_OBJECT
public:
    LotsTab(Database &db, QWidget *parent = nullptr);
    void showPart(qint64 partId);
    void refresh(qint64 selectId = 0);
    void newLot();
    void openLot(qint64 lotId);

    qint64 partId() const { return m_partId; }
    // False while the part does not track lots (the tab offers to turn it on).
    bool showsLots() const;
    LotTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentLotId() const;

signals:
    void lotsChanged();
    void lotTrackingEnabled();

private:
    Database &m_db;
    qint64 m_partId = 0;
    LotTableModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QPushButton *m_new;
    QComboBox *m_status;
    QComboBox *m_supplier;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_untracked;
    QPushButton *m_enable;
    void fillSuppliers();
    void applyFilters();
};

} // namespace lotbook
