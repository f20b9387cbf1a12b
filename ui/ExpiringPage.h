// The Expiring page: every active lot of every part that has expired or
// expires within the "expiring soon" window (Preferences), oldest expiry
// first, with days left and the Lots tab's expiry colours. A lot opens with
// Enter, a double-click or Open Lot; Archive asks first, like the lot dialog.
// counts() says how many, for the sidebar and the status bar.
#pragma once

#include "ExpiryOverview.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lotbook {

class Database;
class LotTableModel;

class ExpiringPage : public QWidget
{
    Q_OBJECT
public:
    ExpiringPage(Database &db, QWidget *parent = nullptr);
    // Re-reads the window, today's date and the lots; keeps the selected lot
    // (or else the same row, when that lot left the list).
    void refresh();
    void openLot(qint64 lotId);
    void archiveLot(qint64 lotId);

    ExpiryCounts counts() const { return m_counts; }
    int windowDays() const { return m_windowDays; }
    QDate day() const { return m_day; } // the "today" of the last refresh
    LotTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentLotId() const;

signals:
    // A lot was saved or archived from this page.
    void dataChanged();

private:
    Database &m_db;
    LotTableModel *m_model;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_heading;
    QLabel *m_count;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_archive;
    ExpiryCounts m_counts;
    int m_windowDays = 0;
    QDate m_day;
    void refreshSelecting(qint64 lotId, int fallbackRow);
    void updateButtons();
};

} // namespace lotbook
