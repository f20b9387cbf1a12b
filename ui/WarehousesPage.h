// The Warehouses page: warehouses on the left and, beside them, the bins of
// the selected warehouse; add, edit and deactivate both.
#pragma once

#include <QWidget>

class QSplitter;

namespace lotbook {

class Database;
class ListPanel;

class WarehousesPage : public QWidget
{
    Q_OBJECT
public:
    WarehousesPage(Database &db, QWidget *parent = nullptr);
    ListPanel *warehousePanel() const { return m_warehouses; }
    ListPanel *binPanel() const { return m_bins; }
    void refresh();
    void newWarehouse();
    void editWarehouse(qint64 id);
    void newBin();
    void editBin(qint64 id);

signals:
    void dataChanged();

private:
    Database &m_db;
    ListPanel *m_warehouses;
    ListPanel *m_bins;
    QSplitter *m_splitter;
    void showBinsOf(qint64 warehouseId);
};

} // namespace lotbook
