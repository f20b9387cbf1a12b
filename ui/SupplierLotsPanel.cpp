#include "SupplierLotsPanel.h"

#include "Database.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "Money.h"
#include "RowReveal.h"
#include "SupplierReport.h"
#include "SupplierStore.h"
#include "Text.h"
#include "ViewState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lotbook {

SupplierLotsPanel::SupplierLotsPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("supplierLotsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(tr("Lots"), this);
    m_title->setObjectName(QStringLiteral("supplierLotsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *bar = new QHBoxLayout;
    auto *receivedLabel = new QLabel(tr("&Received"), this);
    bar->addWidget(receivedLabel);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("supplierLotsFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(shortDateFormat());
    m_from->setToolTip(tr("First received date included"));
    receivedLabel->setBuddy(m_from);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("supplierLotsTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(shortDateFormat());
    m_to->setToolTip(tr("Last received date included"));
    bar->addWidget(m_to);
    m_allTime = new QCheckBox(tr("All &time"), this);
    m_allTime->setObjectName(QStringLiteral("supplierLotsAllTime"));
    m_allTime->setToolTip(tr("Every lot ever received from this supplier, ignoring the dates"));
    bar->addWidget(m_allTime);
    bar->addSpacing(12);
    auto *statusLabel = new QLabel(tr("St&atus"), this);
    bar->addWidget(statusLabel);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("supplierLotsStatus"));
    // Archived lots were still received and paid for: an account of what a
    // supplier delivered includes them unless asked otherwise.
    m_status->addItem(tr("All"), int(LotFilter::Status::All));
    m_status->addItem(tr("Active"), int(LotFilter::Status::Active));
    m_status->addItem(tr("Archived"), int(LotFilter::Status::Archived));
    statusLabel->setBuddy(m_status);
    bar->addWidget(m_status);
    bar->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("supplierLotsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_model = new LotTableModel(db, LotTableModel::Layout::AllParts, this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("supplierLotsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false); // rows are picked with the arrows; Tab moves on
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("supplierLotsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    setLastTwelveMonths(); // lists nothing until a supplier is chosen
    // Newest first unless the user chose another order before.
    m_view->horizontalHeader()->setSortIndicator(m_model->columnOf(QStringLiteral("received_on")),
                                                 Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    // Without a saved layout, columns fit the first lots shown (the headers alone are too narrow).
    m_fitColumns =
        !ViewState::track(m_view->horizontalHeader(), QStringLiteral("supplierLots/columns"));
    m_view->setColumnHidden(0, true);
    // Every row is this supplier's.
    m_view->setColumnHidden(m_model->columnOf(QStringLiteral("supplier_name")), true);

    auto apply = [this] { refresh(currentLotId()); };
    connect(m_from, &QDateEdit::dateChanged, this, apply);
    connect(m_to, &QDateEdit::dateChanged, this, apply);
    connect(m_status, &QComboBox::currentIndexChanged, this, apply);
    connect(m_allTime, &QCheckBox::toggled, this, [this, apply](bool on) {
        m_from->setEnabled(!on);
        m_to->setEnabled(!on);
        apply();
    });
    keepSelectionAcrossResets(m_view, m_model);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openLot(m_model->idAt(index.row())); });
}

void SupplierLotsPanel::setLastTwelveMonths(const QDate &today)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(today.addYears(-1).addDays(1));
    m_to->setDate(today);
    m_allTime->setChecked(false);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    refresh(currentLotId());
}

void SupplierLotsPanel::showSupplier(qint64 supplierId)
{
    const bool same = supplierId == m_supplierId;
    m_supplierId = supplierId;
    refresh(same ? currentLotId() : 0);
}

qint64 SupplierLotsPanel::currentLotId() const
{
    return selectedId(m_view, m_model);
}

void SupplierLotsPanel::refresh(qint64 selectLotId)
{
    const Result<Supplier> supplier =
        m_supplierId ? SupplierStore(m_db).get(m_supplierId) : Result<Supplier>();
    const bool haveSupplier = m_supplierId && supplier.ok();
    const bool allTime = m_allTime->isChecked();
    const bool inverted = !allTime && m_from->date() > m_to->date();
    m_title->setText(haveSupplier ? tr("Lots from %1").arg(supplier.value().name) : tr("Lots"));

    LotFilter filter;
    filter.supplierId = haveSupplier && !inverted ? m_supplierId : -1;
    filter.status = LotFilter::Status(m_status->currentData().toInt());
    if (!allTime) {
        filter.receivedFrom = m_from->date();
        filter.receivedTo = m_to->date();
    }
    m_model->setFilter(filter);
    m_model->refresh();
    m_view->setColumnHidden(0, true);

    if (!haveSupplier) {
        m_summary->clear();
        m_empty->setText(m_supplierId ? supplier.message()
                                      : tr("Select a supplier to see the lots it delivered."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (inverted) {
        m_summary->clear();
        m_empty->setText(tr("The range ends before it starts: set the first date on or before "
                            "the last."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const Result<LotTotals> totals = SupplierReport::totals(m_db, filter);
    if (!totals) {
        m_summary->setText(tr("Totals unavailable"));
        m_summary->setToolTip(totals.message());
    } else {
        const QLocale locale;
        const LotTotals &t = totals.value();
        const QString lots = t.lots == 1 ? tr("1 lot") : tr("%1 lots").arg(locale.toString(t.lots));
        m_summary->setText(
            tr("%1 · received value %2").arg(lots, formatMoney(t.receivedValue, locale)));
        m_summary->setToolTip(tr("Received value: the sum of quantity received × cost per "
                                 "unit over the lots listed."));
    }
    if (m_model->rowCount() == 0) {
        const QString name = supplier.value().name;
        if (!allTime)
            m_empty->setText(tr("No lots from %1 were received in this period.\n\nTick All "
                                "time to see every lot.")
                                 .arg(name));
        else if (filter.status == LotFilter::Status::All)
            m_empty->setText(tr("No lots from %1 yet.").arg(name));
        else
            m_empty->setText(tr("No lots from %1 have this status.").arg(name));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    if (m_fitColumns) {
        m_fitColumns = false;
        m_view->resizeColumnsToContents();
    }
    if (!revealRow(m_view, m_model, selectLotId))
        m_view->selectRow(0);
}

void SupplierLotsPanel::openLot(qint64 lotId)
{
    if (!lotId)
        return;
    const Result<Lot> lot = LotStore(m_db).get(lotId);
    if (!lot) {
        QMessageBox::warning(this, tr("Lot"), lot.message());
        return;
    }
    LotDialog dialog(m_db, lot.value().partId, lotId, this);
    connect(&dialog, &LotDialog::lotSaved, this, [this](qint64 id) {
        refresh(id);
        emit lotsChanged();
    });
    dialog.exec();
}

} // namespace lotbook
