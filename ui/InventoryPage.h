// The Inventory page: every part with its unit, catalog price, whether it
// tracks lots and how many active lots it has; add, edit, deactivate, and
// open a part (double-click or Enter).
#pragma once

#include <QWidget>

namespace lotbook {

class Database;
class ListPanel;

class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    InventoryPage(Database &db, QWidget *parent = nullptr);
    ListPanel *panel() const { return m_panel; }
    void refresh(qint64 selectId = 0);
    void newPart();
    void editPart(qint64 id);

signals:
    void openPart(qint64 id);
    void dataChanged();

private:
    Database &m_db;
    ListPanel *m_panel;
};

} // namespace lotbook
