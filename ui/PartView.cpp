#include "PartView.h"

#include "CostsTab.h"
#include "Database.h"
#include "LotsTab.h"
#include "PartStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lotbook {

PartView::PartView(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("partView"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Inventory"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setToolTip(tr("Back to the Inventory (Alt+Left)"));
    m_back->setFlat(true);
    header->addWidget(m_back);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("partTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    header->addWidget(m_title, 1);
    m_edit = new QPushButton(tr("Edit Part…"), this);
    m_edit->setObjectName(QStringLiteral("editPartButton"));
    m_edit->setEnabled(!db.isReadOnly());
    header->addWidget(m_edit);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partTabs"));
    m_detailsTab = new QWidget(m_tabs);
    m_details = new QFormLayout(m_detailsTab);
    m_tabs->addTab(m_detailsTab, tr("&Details"));
    m_lots = new LotsTab(db, m_tabs);
    m_tabs->addTab(m_lots, tr("&Lots"));
    m_costs = new CostsTab(db, m_tabs);
    m_tabs->addTab(m_costs, tr("&Costs"));
    connect(m_lots, &LotsTab::lotsChanged, this, &PartView::lotsChanged);
    connect(m_lots, &LotsTab::lotsChanged, m_costs, &CostsTab::invalidate);
    connect(m_lots, &LotsTab::lotTrackingEnabled, this, [this] {
        showPart(m_partId);
        emit lotsChanged();
    });
    layout->addWidget(m_tabs, 1);

    connect(m_back, &QPushButton::clicked, this, &PartView::backRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_partId); });
}

bool PartView::lotsTabShown() const
{
    return isVisible() && m_tabs->currentWidget() == m_lots;
}

void PartView::focusContent()
{
    if (m_tabs->currentWidget() == m_lots)
        m_lots->view()->setFocus();
    else if (m_tabs->currentWidget() == m_costs)
        m_costs->statsTable()->setFocus();
    else
        m_tabs->setFocus();
}

void PartView::showPart(qint64 id)
{
    const bool samePart = id == m_partId;
    m_partId = id;
    const Result<Part> part = PartStore(m_db).get(id);
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    if (!part) {
        m_title->setText(part.message());
        return;
    }
    const Part &p = part.value();
    const QLocale locale;
    m_title->setText(QStringLiteral("%1  %2").arg(p.number, p.name));
    auto row = [this](const QString &label, const QString &value, const QString &name) {
        auto *v = new QLabel(value.isEmpty() ? tr("—") : value, m_detailsTab);
        v->setObjectName(name);
        v->setTextFormat(Qt::PlainText);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addRow(label, v);
    };
    row(tr("Part number"), p.number, QStringLiteral("detailPartNumber"));
    row(tr("Name"), p.name, QStringLiteral("detailName"));
    row(tr("Unit of measure"), p.unit, QStringLiteral("detailUnit"));
    row(tr("Catalog price"), formatMoney(p.price, locale), QStringLiteral("detailPrice"));
    row(tr("Lots"),
        p.trackLots ? tr("Each shipment is tracked as its own lot.") : tr("Not tracked"),
        QStringLiteral("detailTrackLots"));
    row(tr("Status"), p.active ? tr("Active") : tr("Inactive"), QStringLiteral("detailStatus"));
    row(tr("Description"), p.description, QStringLiteral("detailDescription"));
    m_lots->showPart(id);
    m_costs->showPart(id);
    // A lot-tracked part opens on its lots; others on their details.
    if (!samePart)
        m_tabs->setCurrentWidget(p.trackLots ? static_cast<QWidget *>(m_lots) : m_detailsTab);
}

} // namespace lotbook
