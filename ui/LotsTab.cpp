#include "LotsTab.h"

#include "Database.h"
#include "LotDialog.h"
#include "LotTableModel.h"
#include "PartStore.h"
#include "Preferences.h"
#include "RowReveal.h"
#include "SupplierStore.h"
#include "ViewState.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lotbook {

LotsTab::LotsTab(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("lotsTab"));
    auto *outer = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *listPage = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(listPage);
    auto *bar = new QHBoxLayout;
    m_new = new QPushButton(tr("New Lot…"), listPage);
    m_new->setObjectName(QStringLiteral("newLotButton"));
    m_new->setToolTip(tr("Record a received shipment (Ctrl+N)"));
    bar->addWidget(m_new);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Status"), listPage));
    m_status = new QComboBox(listPage);
    m_status->setObjectName(QStringLiteral("lotStatusFilter"));
    m_status->addItem(tr("Active"), int(LotFilter::Status::Active));
    m_status->addItem(tr("Archived"), int(LotFilter::Status::Archived));
    m_status->addItem(tr("All"), int(LotFilter::Status::All));
    bar->addWidget(m_status);
    bar->addWidget(new QLabel(tr("Supplier"), listPage));
    m_supplier = new QComboBox(listPage);
    m_supplier->setObjectName(QStringLiteral("lotSupplierFilter"));
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_supplier);
    m_search = new QLineEdit(listPage);
    m_search->setObjectName(QStringLiteral("lotSearch"));
    m_search->setPlaceholderText(tr("Search lot number…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_count = new QLabel(listPage);
    m_count->setObjectName(QStringLiteral("lotCount"));
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_model = new LotTableModel(db, this);
    m_view = new QTableView(listPage);
    m_view->setObjectName(QStringLiteral("lotsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab and Ctrl+Tab leave the table
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);
    m_stack->addWidget(listPage);

    auto *untrackedPage = new QWidget(m_stack);
    auto *untrackedLayout = new QVBoxLayout(untrackedPage);
    untrackedLayout->addStretch(1);
    m_untracked = new QLabel(untrackedPage);
    m_untracked->setObjectName(QStringLiteral("untrackedLabel"));
    m_untracked->setAlignment(Qt::AlignCenter);
    m_untracked->setWordWrap(true);
    untrackedLayout->addWidget(m_untracked);
    m_enable = new QPushButton(tr("Turn On Lot Tracking"), untrackedPage);
    m_enable->setObjectName(QStringLiteral("enableLotTrackingButton"));
    untrackedLayout->addWidget(m_enable, 0, Qt::AlignCenter);
    untrackedLayout->addStretch(2);
    m_stack->addWidget(untrackedPage);

    m_model->setFilter(LotFilter{});
    m_model->refresh();
    m_view->setColumnHidden(0, true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnHidden(0, true);
    if (!ViewState::track(m_view->horizontalHeader(), QStringLiteral("lots/columns")))
        m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);

    const bool editable = !db.isReadOnly();
    m_new->setEnabled(editable);
    m_enable->setEnabled(editable);
    connect(m_new, &QPushButton::clicked, this, &LotsTab::newLot);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LotsTab::applyFilters);
    connect(m_supplier, &QComboBox::currentIndexChanged, this, &LotsTab::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &LotsTab::applyFilters);
    keepSelectionAcrossResets(m_view, m_model);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openLot(m_model->idAt(index.row())); });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        PartStore parts(m_db);
        Result<Part> part = parts.get(m_partId);
        if (!part)
            return;
        Part p = part.value();
        p.trackLots = true;
        if (Result<Part> saved = parts.update(p); !saved) {
            QMessageBox::warning(this, tr("Lot tracking"), saved.message());
            return;
        }
        showPart(m_partId);
        emit lotTrackingEnabled();
    });
}

void LotsTab::fillSuppliers()
{
    const qint64 keep = m_supplier->currentData().toLongLong();
    const QSignalBlocker block(m_supplier);
    m_supplier->clear();
    m_supplier->addItem(tr("All suppliers"), qint64(0));
    if (Result<QList<Supplier>> list = SupplierStore(m_db).list(true))
        for (const Supplier &s : list.value())
            m_supplier->addItem(s.name, s.id);
    const int index = m_supplier->findData(keep);
    m_supplier->setCurrentIndex(index < 0 ? 0 : index);
}

void LotsTab::showPart(qint64 partId)
{
    m_partId = partId;
    const Result<Part> part = PartStore(m_db).get(partId);
    const bool tracked = part && part.value().trackLots;
    if (!tracked) {
        m_untracked->setText(
            part ? tr("%1 does not track lots: its stock is not split by shipment.\n\nTurn on lot "
                      "tracking to record each received shipment as its own lot, with supplier, "
                      "cost, expiry and location.")
                       .arg(part.value().number)
                 : part.message());
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    const bool canReceive = !m_db.isReadOnly() && part.value().active;
    m_new->setEnabled(canReceive);
    m_new->setToolTip(
        part.value().active
            ? tr("Record a received shipment (Ctrl+N)")
            : tr("%1 is deactivated; reactivate it to receive new lots.").arg(part.value().number));
    fillSuppliers();
    refresh();
}

void LotsTab::applyFilters()
{
    refresh(currentLotId());
}

bool LotsTab::showsLots() const
{
    return m_partId != 0 && m_stack->currentIndex() == 0;
}

qint64 LotsTab::currentLotId() const
{
    return selectedId(m_view, m_model);
}

void LotsTab::refresh(qint64 selectId)
{
    LotFilter filter;
    filter.partId = m_partId;
    filter.status = LotFilter::Status(m_status->currentData().toInt());
    filter.supplierId = m_supplier->currentData().toLongLong();
    filter.search = m_search->text();
    m_model->setFilter(filter);
    m_model->setExpiryWindowDays(Preferences().expiryWindowDays());
    m_model->refresh();
    m_view->setColumnHidden(0, true);
    const qint64 total = m_model->totalCount();
    m_count->setText(total == 1 ? tr("1 lot") : tr("%1 lots").arg(QLocale().toString(total)));
    if (!revealRow(m_view, m_model, selectId) && m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void LotsTab::newLot()
{
    if (!m_new->isEnabled() || m_stack->currentIndex() != 0)
        return;
    LotDialog dialog(m_db, m_partId, 0, this);
    connect(&dialog, &LotDialog::lotSaved, this, [this](qint64 id) {
        refresh(id);
        emit lotsChanged();
    });
    dialog.exec();
}

void LotsTab::openLot(qint64 lotId)
{
    if (!lotId)
        return;
    LotDialog dialog(m_db, m_partId, lotId, this);
    connect(&dialog, &LotDialog::lotSaved, this, [this](qint64 id) {
        refresh(id);
        emit lotsChanged();
    });
    dialog.exec();
}

} // namespace lotbook
