// The Suppliers page: every supplier with contact details; add, edit,
// deactivate (suppliers in use are kept), search as you type. Below the list,
// the selected supplier's lots across all parts with their count and value.
#pragma once

#include <QWidget>

namespace lotbook {

class Database;
class ListPanel;
class SupplierLotsPanel;

class SuppliersPage : public QWidget
{
    Q_OBJECT
public:
    SuppliersPage(Database &db, QWidget *parent = nullptr);
    ListPanel *panel() const { return m_panel; }
    SupplierLotsPanel *lotsPanel() const { return m_lots; }
    void refresh(qint64 selectId = 0);
    void newSupplier();
    void editSupplier(qint64 id);

signals:
    void dataChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    ListPanel *m_panel;
    SupplierLotsPanel *m_lots;
};

} // namespace lotbook
