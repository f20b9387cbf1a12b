#include "WarehousesPage.h"

#include "BinDialog.h"
#include "Database.h"
#include "ListPanel.h"
#include "ViewState.h"
#include "WarehouseDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace lotbook {

WarehousesPage::WarehousesPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("warehousesPage"));
    auto *layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("warehousesSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_warehouses = new ListPanel(
        QStringLiteral("warehouses"), tr("Warehouses"),
        new CatalogModel(CatalogModel::Kind::Warehouses, db.connection(), this), m_splitter);
    m_warehouses->searchEdit()->setPlaceholderText(tr("Search warehouse…"));
    m_warehouses->setCountText(
        [](qint64 n) { return n == 1 ? tr("1 warehouse") : tr("%L1 warehouses").arg(n); });
    m_warehouses->setEmptyText(
        tr("No warehouses yet.\n\nAdd the places you store stock with New Warehouse: a building, "
           "a cold room, a service van. Then add its bins on the right."),
        tr("No warehouse name contains \"%1\"."));
    m_warehouses->addStandardActions(tr("New Warehouse…"), [&db](qint64 id, bool active) {
        return WarehouseStore(db).setActive(id, active);
    });

    auto *binModel = new CatalogModel(CatalogModel::Kind::Bins, db.connection(), this);
    m_bins = new ListPanel(QStringLiteral("bins"), tr("Bins"), binModel, m_splitter);
    m_bins->searchEdit()->setPlaceholderText(tr("Search bin code…"));
    m_bins->setCountText([](qint64 n) { return n == 1 ? tr("1 bin") : tr("%L1 bins").arg(n); });
    m_bins->addStandardActions(tr("New Bin…"), [&db](qint64 id, bool active) {
        return WarehouseStore(db).setBinActive(id, active);
    });

    m_splitter->addWidget(m_warehouses);
    m_splitter->addWidget(m_bins);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    ViewState::track(m_splitter, QStringLiteral("warehouses/splitter"));
    layout->addWidget(m_splitter);

    auto warn = [this](const QString &message) {
        QMessageBox::warning(this, tr("Warehouses"), message);
    };
    connect(m_warehouses, &ListPanel::errorOccurred, this, warn);
    connect(m_bins, &ListPanel::errorOccurred, this, warn);
    connect(m_warehouses, &ListPanel::newRequested, this, &WarehousesPage::newWarehouse);
    connect(m_warehouses, &ListPanel::editRequested, this, &WarehousesPage::editWarehouse);
    connect(m_warehouses, &ListPanel::activated, this, &WarehousesPage::editWarehouse);
    connect(m_warehouses, &ListPanel::currentChanged, this, &WarehousesPage::showBinsOf);
    connect(m_bins, &ListPanel::newRequested, this, &WarehousesPage::newBin);
    connect(m_bins, &ListPanel::editRequested, this, &WarehousesPage::editBin);
    connect(m_bins, &ListPanel::activated, this, &WarehousesPage::editBin);
    m_warehouses->setEditable(!db.isReadOnly());
    showBinsOf(m_warehouses->currentId());
}

void WarehousesPage::showBinsOf(qint64 warehouseId)
{
    m_bins->model()->setWarehouseId(warehouseId);
    const Result<Warehouse> w =
        warehouseId ? WarehouseStore(m_db).get(warehouseId) : Result<Warehouse>::failure({}, {});
    m_bins->setEmptyText(w ? tr("%1 has no bins yet.\n\nAdd shelves, racks or areas with New "
                                "Bin; a lot can then say exactly where it is stored.")
                                 .arg(w.value().name)
                           : tr("Select a warehouse to see its bins."),
                         tr("No bin code contains \"%1\"."));
    m_bins->setEditable(!m_db.isReadOnly() && warehouseId != 0);
    m_bins->refresh();
}

void WarehousesPage::refresh()
{
    m_warehouses->refresh();
    showBinsOf(m_warehouses->currentId());
}

void WarehousesPage::newWarehouse()
{
    if (m_db.isReadOnly())
        return;
    WarehouseDialog dialog(m_db, Warehouse{}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_warehouses->refresh(dialog.warehouse().id);
        emit dataChanged();
    }
}

void WarehousesPage::editWarehouse(qint64 id)
{
    if (m_db.isReadOnly())
        return;
    Result<Warehouse> warehouse = WarehouseStore(m_db).get(id);
    if (!warehouse)
        return;
    WarehouseDialog dialog(m_db, warehouse.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_warehouses->refresh(id);
        emit dataChanged();
    }
}

void WarehousesPage::newBin()
{
    const qint64 warehouseId = m_warehouses->currentId();
    if (m_db.isReadOnly() || !warehouseId)
        return;
    Bin draft;
    draft.warehouseId = warehouseId;
    BinDialog dialog(m_db, draft, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_bins->refresh(dialog.bin().id);
        emit dataChanged();
    }
}

void WarehousesPage::editBin(qint64 id)
{
    if (m_db.isReadOnly())
        return;
    Result<Bin> bin = WarehouseStore(m_db).bin(id);
    if (!bin)
        return;
    BinDialog dialog(m_db, bin.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_bins->refresh(id);
        emit dataChanged();
    }
}

} // namespace lotbook
