// One part: a header with a way back, its number and name, and tabs. Details
// shows the part record; Lots lists its lots, or offers to turn tracking on;
// Costs compares the cost per unit of its lots by supplier.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QFormLayout;

namespace lotbook {

class CostsTab;
class Database;
class LotsTab;

class PartView : public QWidget
{
    Q_OBJECT
public:
    PartView(Database &db, QWidget *parent = nullptr);
    void showPart(qint64 id);
    qint64 partId() const { return m_partId; }
    QTabWidget *tabs() const { return m_tabs; }
    LotsTab *lotsTab() const { return m_lots; }
    CostsTab *costsTab() const { return m_costs; }
    bool lotsTabShown() const;
    // Keyboard focus into the current tab (the lots table on the Lots tab).
    void focusContent();

signals:
    void backRequested();
    void editRequested(qint64 id);
    void lotsChanged();

private:
    Database &m_db;
    qint64 m_partId = 0;
    QPushButton *m_back;
    QLabel *m_title;
    QPushButton *m_edit;
    QTabWidget *m_tabs;
    QFormLayout *m_details;
    QWidget *m_detailsTab;
    LotsTab *m_lots;
    CostsTab *m_costs;
};

} // namespace lotbook
