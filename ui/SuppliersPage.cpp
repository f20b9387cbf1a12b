#include "SuppliersPage.h"

#include "Database.h"
#include "ListPanel.h"
#include "SupplierDialog.h"
#include "SupplierLotsPanel.h"
#include "ViewState.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lotbook {

SuppliersPage::SuppliersPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("suppliersPage"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("suppliersSplitter"));
    splitter->setChildrenCollapsible(false);
    m_panel = new ListPanel(QStringLiteral("suppliers"), tr("Suppliers"),
                            new CatalogModel(CatalogModel::Kind::Suppliers, db.connection(), this),
                            splitter);
    m_panel->searchEdit()->setPlaceholderText(tr("Search supplier name…"));
    m_panel->setCountText(
        [](qint64 n) { return n == 1 ? tr("1 supplier") : tr("%L1 suppliers").arg(n); });
    m_panel->setEmptyText(tr("No suppliers yet.\n\nAdd the companies you buy from with New "
                             "Supplier (Ctrl+N); every lot records who supplied it."),
                          tr("No supplier name contains \"%1\"."));
    m_panel->addStandardActions(tr("New Supplier…"), [&db](qint64 id, bool active) {
        return SupplierStore(db).setActive(id, active);
    });
    m_panel->setEditable(!db.isReadOnly());
    m_lots = new SupplierLotsPanel(db, splitter);
    splitter->addWidget(m_panel);
    splitter->addWidget(m_lots);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    ViewState::track(splitter, QStringLiteral("suppliers/splitter"));
    layout->addWidget(splitter);

    connect(m_panel, &ListPanel::newRequested, this, &SuppliersPage::newSupplier);
    connect(m_panel, &ListPanel::editRequested, this, &SuppliersPage::editSupplier);
    connect(m_panel, &ListPanel::activated, this, &SuppliersPage::editSupplier);
    connect(m_panel, &ListPanel::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Supplier"), message);
    });
    connect(m_panel, &ListPanel::currentChanged, m_lots, &SupplierLotsPanel::showSupplier);
    // A mouse click moves the current row before it selects it, so currentChanged
    // alone would see no selection; follow the selection too.
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, m_lots,
            [this] { m_lots->showSupplier(m_panel->currentId()); });
    connect(m_lots, &SupplierLotsPanel::lotsChanged, this, &SuppliersPage::dataChanged);
    m_lots->showSupplier(m_panel->currentId());
}

void SuppliersPage::showEvent(QShowEvent *event)
{
    // Lots change on other pages; the list here is one short query.
    m_lots->refresh(m_lots->currentLotId());
    QWidget::showEvent(event);
}

void SuppliersPage::refresh(qint64 selectId)
{
    m_panel->refresh(selectId);
}

void SuppliersPage::newSupplier()
{
    if (m_db.isReadOnly())
        return;
    SupplierDialog dialog(m_db, Supplier{}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_panel->refresh(dialog.supplier().id);
        emit dataChanged();
    }
}

void SuppliersPage::editSupplier(qint64 id)
{
    if (m_db.isReadOnly())
        return;
    Result<Supplier> supplier = SupplierStore(m_db).get(id);
    if (!supplier) {
        QMessageBox::warning(this, tr("Supplier"), supplier.message());
        return;
    }
    SupplierDialog dialog(m_db, supplier.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_panel->refresh(id);
        emit dataChanged();
    }
}

} // namespace lotbook
