// The Trace page: finds any lot of any part by lot number (part of it), part
// number or name, supplier, received and expiry date ranges, warehouse and
// bin, and status. Filters apply as you type (after a short pause), the count
// is the true number of matching lots, any header sorts in SQL, and Enter or
// a double-click opens the lot. The page starts with every status shown: an
// auditor tracing a unit needs the lot even when it was used up and archived.
#pragma once

#include "LotQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lotbook {

class Database;
class LotTableModel;

class TracePage : public QWidget
{
    Q_OBJECT
public:
    TracePage(Database &db, QWidget *parent = nullptr);

    // Reloads the supplier and warehouse pickers and runs the search again
    // (when shown; a hidden page does so when it is shown next).
    void refresh();
    // Runs the search now with the filters as they stand (skips the pause).
    void search();
    // Back to no filters: every lot of every part, any status.
    void clearFilters();
    void openLot(qint64 lotId);

    LotFilter filter() const; // what the filter widgets say
    LotTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentLotId() const;

signals:
    void dataChanged(); // a lot was changed from this page

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct DateBound
    {
        QCheckBox *check;
        QDateEdit *edit;
    };

    Database &m_db;
    LotTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_lot;
    QLineEdit *m_part;
    QComboBox *m_supplier;
    DateBound m_receivedFrom, m_receivedTo, m_expiresFrom, m_expiresTo;
    QComboBox *m_warehouse;
    QComboBox *m_bin;
    QComboBox *m_status;
    QPushButton *m_clear;
    QLabel *m_count;
    QLabel *m_empty;
    QTimer *m_pause;
    bool m_started = false; // first search run, saved column layout applied

    DateBound addDateBound(const QString &checkText, const QString &accessibleName,
                           const char *name, const QDate &initial);
    void fillSuppliers();
    void fillWarehouses();
    void fillBins();
    void scheduleSearch();
    void start();
    void run(qint64 selectId);
    void updateCount();
    void focusResults();
};

} // namespace lotbook
