// The Suppliers page: every supplier with contact details; add, edit,
// deactivate (suppliers in use are kept), search as you type.
#pragma once

#include <QWidget>

namespace lotbook {

class Database;
class ListPanel;

class SuppliersPage : public QWidget
{
    Q_OBJECT
public:
    SuppliersPage(Database &db, QWidget *parent = nullptr);
    ListPanel *panel() const { return m_panel; }
    void refresh(qint64 selectId = 0);
    void newSupplier();
    void editSupplier(qint64 id);

signals:
    void dataChanged();

private:
    Database &m_db;
    ListPanel *m_panel;
};

} // namespace lotbook
