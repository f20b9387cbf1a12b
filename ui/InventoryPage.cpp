#include "InventoryPage.h"

#include "Database.h"
#include "ListPanel.h"
#include "PartDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace lotbook {

InventoryPage::InventoryPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("inventoryPage"));
    auto *layout = new QVBoxLayout(this);
    m_panel =
        new ListPanel(QStringLiteral("parts"), tr("Inventory"),
                      new CatalogModel(CatalogModel::Kind::Parts, db.connection(), this), this);
    m_panel->searchEdit()->setPlaceholderText(tr("Search part number or name…"));
    m_panel->setCountText([](qint64 n) { return n == 1 ? tr("1 part") : tr("%L1 parts").arg(n); });
    m_panel->setEmptyText(tr("No parts yet.\n\nAdd your first part with New Part (Ctrl+N): its "
                             "part number, name, unit and catalog price, and whether each shipment "
                             "is tracked as its own lot.\n\nTo look around first, use Help › Open "
                             "Sample Database."),
                          tr("No part number or name contains \"%1\"."));
    m_panel->addStandardActions(tr("New Part…"), [&db](qint64 id, bool active) {
        return PartStore(db).setActive(id, active);
    });
    layout->addWidget(m_panel);
    m_panel->setEditable(!db.isReadOnly());

    connect(m_panel, &ListPanel::newRequested, this, &InventoryPage::newPart);
    connect(m_panel, &ListPanel::editRequested, this, &InventoryPage::editPart);
    connect(m_panel, &ListPanel::activated, this, &InventoryPage::openPart);
    connect(m_panel, &ListPanel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Part"), message); });
}

void InventoryPage::refresh(qint64 selectId)
{
    m_panel->refresh(selectId);
}

void InventoryPage::newPart()
{
    if (m_db.isReadOnly())
        return;
    PartDialog dialog(m_db, Part{}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_panel->refresh(dialog.part().id);
        emit dataChanged();
    }
}

void InventoryPage::editPart(qint64 id)
{
    if (m_db.isReadOnly())
        return;
    PartStore store(m_db);
    Result<Part> part = store.get(id);
    if (!part) {
        QMessageBox::warning(this, tr("Part"), part.message());
        return;
    }
    PartDialog dialog(m_db, part.value(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_panel->refresh(id);
        emit dataChanged();
    }
}

} // namespace lotbook
