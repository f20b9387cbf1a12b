#include "TracePage.h"

#include "Database.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "Preferences.h"
#include "RowReveal.h"
#include "SupplierStore.h"
#include "Text.h"
#include "ViewState.h"
#include "WarehouseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace lotbook {

namespace {
// Long enough to let a word be typed, short enough to feel immediate.
constexpr int kPauseMs = 150;

QString withInactive(const QString &name, bool active)
{
    return active ? name : TracePage::tr("%1 (inactive)").arg(name);
}

// Moves from a filter field to the results: Enter in any filter, and Down
// in a text field (in a date or a list Down changes the value).
class ToResults : public QObject
{
public:
    ToResults(QObject *parent, bool withDown, std::function<void()> go)
        : QObject(parent), m_withDown(withDown), m_go(std::move(go))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            const bool down = m_withDown && key->key() == Qt::Key_Down;
            if ((enter || down) && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                m_go();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_withDown;
    std::function<void()> m_go;
};
} // namespace

TracePage::TracePage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("tracePage"));
    auto *outer = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    outer->addLayout(grid);

    // Row 0: what the lot is: lot number, part, supplier.
    auto *lotLabel = new QLabel(tr("&Lot number"), this);
    m_lot = new QLineEdit(this);
    m_lot->setObjectName(QStringLiteral("traceLot"));
    m_lot->setPlaceholderText(tr("Part of a lot number"));
    m_lot->setClearButtonEnabled(true);
    lotLabel->setBuddy(m_lot);
    grid->addWidget(lotLabel, 0, 0);
    grid->addWidget(m_lot, 0, 1);

    auto *partLabel = new QLabel(tr("&Part"), this);
    m_part = new QLineEdit(this);
    m_part->setObjectName(QStringLiteral("tracePart"));
    m_part->setPlaceholderText(tr("Part number or name"));
    m_part->setClearButtonEnabled(true);
    partLabel->setBuddy(m_part);
    grid->addWidget(partLabel, 0, 2);
    grid->addWidget(m_part, 0, 3);

    auto *supplierLabel = new QLabel(tr("&Supplier"), this);
    m_supplier = new QComboBox(this);
    m_supplier->setObjectName(QStringLiteral("traceSupplier"));
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    supplierLabel->setBuddy(m_supplier);
    grid->addWidget(supplierLabel, 0, 4);
    grid->addWidget(m_supplier, 0, 5);

    // Row 1: when: received and expiry ranges, each bound ticked on when used.
    const QDate today = QDate::currentDate();
    auto *dates = new QHBoxLayout;
    m_receivedFrom = addDateBound(tr("&Received from"), tr("Received from"), "traceReceivedFrom",
                                  today.addDays(-30));
    m_receivedTo = addDateBound(tr("to"), tr("Received to"), "traceReceivedTo", today);
    dates->addWidget(m_receivedFrom.check);
    dates->addWidget(m_receivedFrom.edit);
    dates->addSpacing(6);
    dates->addWidget(m_receivedTo.check);
    dates->addWidget(m_receivedTo.edit);
    dates->addSpacing(18);

    m_expiresFrom =
        addDateBound(tr("E&xpires from"), tr("Expires from"), "traceExpiresFrom", today);
    m_expiresTo = addDateBound(tr("to"), tr("Expires to"), "traceExpiresTo", today.addDays(30));
    dates->addWidget(m_expiresFrom.check);
    dates->addWidget(m_expiresFrom.edit);
    dates->addSpacing(6);
    dates->addWidget(m_expiresTo.check);
    dates->addWidget(m_expiresTo.edit);
    dates->addStretch(1);
    grid->addLayout(dates, 1, 0, 1, 6);

    // Row 2: where it is and its status, then the count and Clear.
    auto *whereRow = new QHBoxLayout;
    auto *warehouseLabel = new QLabel(tr("&Warehouse"), this);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("traceWarehouse"));
    m_warehouse->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    warehouseLabel->setBuddy(m_warehouse);
    auto *binLabel = new QLabel(tr("&Bin"), this);
    m_bin = new QComboBox(this);
    m_bin->setObjectName(QStringLiteral("traceBin"));
    m_bin->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    binLabel->setBuddy(m_bin);
    auto *statusLabel = new QLabel(tr("S&tatus"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("traceStatus"));
    m_status->addItem(tr("Active"), int(LotFilter::Status::Active));
    m_status->addItem(tr("Archived"), int(LotFilter::Status::Archived));
    m_status->addItem(tr("All"), int(LotFilter::Status::All));
    m_status->setCurrentIndex(m_status->findData(int(LotFilter::Status::All)));
    m_status->setToolTip(tr("Archived lots are kept for tracing; All shows them beside the "
                            "active ones."));
    statusLabel->setBuddy(m_status);
    whereRow->addWidget(warehouseLabel);
    whereRow->addWidget(m_warehouse);
    whereRow->addSpacing(6);
    whereRow->addWidget(binLabel);
    whereRow->addWidget(m_bin);
    whereRow->addSpacing(6);
    whereRow->addWidget(statusLabel);
    whereRow->addWidget(m_status);
    whereRow->addStretch(1);
    grid->addLayout(whereRow, 2, 0, 1, 6);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("traceCount"));
    m_clear = new QPushButton(tr("&Clear Filters"), this);
    m_clear->setObjectName(QStringLiteral("traceClear"));
    m_clear->setToolTip(tr("Show every lot of every part again"));
    whereRow->addWidget(m_count);
    whereRow->addSpacing(12);
    whereRow->addWidget(m_clear);

    m_model = new LotTableModel(db, LotTableModel::Layout::AllParts, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("traceTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    outer->addWidget(m_view, 1);

    // Shown over the empty table, so the headers stay in view.
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    m_empty = new QLabel(m_view->viewport());
    m_empty->setObjectName(QStringLiteral("traceEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    emptyLayout->addWidget(m_empty);

    setTabOrder(m_lot, m_part);
    setTabOrder(m_part, m_supplier);
    setTabOrder(m_supplier, m_receivedFrom.check);
    setTabOrder(m_receivedFrom.check, m_receivedFrom.edit);
    setTabOrder(m_receivedFrom.edit, m_receivedTo.check);
    setTabOrder(m_receivedTo.check, m_receivedTo.edit);
    setTabOrder(m_receivedTo.edit, m_expiresFrom.check);
    setTabOrder(m_expiresFrom.check, m_expiresFrom.edit);
    setTabOrder(m_expiresFrom.edit, m_expiresTo.check);
    setTabOrder(m_expiresTo.check, m_expiresTo.edit);
    setTabOrder(m_expiresTo.edit, m_warehouse);
    setTabOrder(m_warehouse, m_bin);
    setTabOrder(m_bin, m_status);
    setTabOrder(m_status, m_clear);
    setTabOrder(m_clear, m_view);

    m_pause = new QTimer(this);
    m_pause->setObjectName(QStringLiteral("traceSearchPause"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &TracePage::search);

    fillSuppliers();
    fillWarehouses();
    fillBins();

    // Enter searches at once and moves to the results.
    auto toResults = [this] {
        search();
        focusResults();
    };
    for (QLineEdit *edit : {m_lot, m_part}) {
        connect(edit, &QLineEdit::textChanged, this, &TracePage::scheduleSearch);
        edit->installEventFilter(new ToResults(edit, true, toResults));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_supplier, m_receivedFrom.check, m_receivedFrom.edit, m_receivedTo.check,
             m_receivedTo.edit, m_expiresFrom.check, m_expiresFrom.edit, m_expiresTo.check,
             m_expiresTo.edit, m_warehouse, m_bin, m_status})
        w->installEventFilter(new ToResults(w, false, toResults));
    for (QComboBox *combo : {m_supplier, m_bin, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &TracePage::scheduleSearch);
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this] {
        fillBins();
        scheduleSearch();
    });
    for (const DateBound &bound : {m_receivedFrom, m_receivedTo, m_expiresFrom, m_expiresTo}) {
        QDateEdit *edit = bound.edit;
        connect(bound.check, &QCheckBox::toggled, this, [this, edit](bool on) {
            edit->setEnabled(on);
            scheduleSearch();
        });
        // Ticking a bound by hand moves on to its date.
        connect(bound.check, &QCheckBox::clicked, this, [edit](bool on) {
            if (on)
                edit->setFocus(Qt::TabFocusReason);
        });
        connect(edit, &QDateEdit::dateChanged, this, &TracePage::scheduleSearch);
    }
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearFilters();
        m_lot->setFocus(Qt::OtherFocusReason);
    });

    keepSelectionAcrossResets(m_view, m_model);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openLot(m_model->idAt(index.row())); });
}

TracePage::DateBound TracePage::addDateBound(const QString &checkText,
                                             const QString &accessibleName, const char *name,
                                             const QDate &initial)
{
    DateBound bound;
    bound.check = new QCheckBox(checkText, this);
    bound.check->setObjectName(QLatin1String(name) + QLatin1String("Check"));
    bound.check->setAccessibleName(accessibleName);
    bound.check->setToolTip(tr("Tick to use this date; unticked, the range is open on this side."));
    bound.edit = new QDateEdit(initial, this);
    bound.edit->setObjectName(QLatin1String(name));
    bound.edit->setAccessibleName(accessibleName);
    bound.edit->setCalendarPopup(true);
    bound.edit->setDisplayFormat(shortDateFormat());
    // With a calendar popup, Qt 6.4 takes a click into the date text for the
    // spin box's "step down" button (see LotDialog): no buttons.
    bound.edit->setButtonSymbols(QAbstractSpinBox::NoButtons);
    // Wide enough for the longest date of the format, plus the popup arrow.
    const QString widest = QLocale().toString(QDate(2028, 9, 28), bound.edit->displayFormat());
    bound.edit->setMinimumWidth(bound.edit->fontMetrics().horizontalAdvance(widest) +
                                bound.edit->fontMetrics().height() * 3);
    bound.edit->setEnabled(false);
    return bound;
}

void TracePage::fillSuppliers()
{
    const qint64 keep = m_supplier->currentData().toLongLong();
    const QSignalBlocker block(m_supplier);
    m_supplier->clear();
    m_supplier->addItem(tr("All suppliers"), qint64(0));
    // Deactivated suppliers too: their old lots are traced like any other.
    if (Result<QList<Supplier>> list = SupplierStore(m_db).list(true))
        for (const Supplier &s : list.value())
            m_supplier->addItem(withInactive(s.name, s.active), s.id);
    const int index = m_supplier->findData(keep);
    m_supplier->setCurrentIndex(index < 0 ? 0 : index);
}

void TracePage::fillWarehouses()
{
    const qint64 keep = m_warehouse->currentData().toLongLong();
    const QSignalBlocker block(m_warehouse);
    m_warehouse->clear();
    m_warehouse->addItem(tr("All warehouses"), qint64(0));
    if (Result<QList<Warehouse>> list = WarehouseStore(m_db).list(true))
        for (const Warehouse &w : list.value())
            m_warehouse->addItem(withInactive(w.name, w.active), w.id);
    const int index = m_warehouse->findData(keep);
    m_warehouse->setCurrentIndex(index < 0 ? 0 : index);
}

void TracePage::fillBins()
{
    const qint64 warehouseId = m_warehouse->currentData().toLongLong();
    const qint64 keep = m_bin->currentData().toLongLong();
    const QSignalBlocker block(m_bin);
    m_bin->clear();
    m_bin->addItem(tr("All bins"), qint64(0));
    if (warehouseId) {
        if (Result<QList<Bin>> list = WarehouseStore(m_db).bins(warehouseId, true))
            for (const Bin &b : list.value())
                m_bin->addItem(withInactive(b.code, b.active), b.id);
    }
    const int index = m_bin->findData(keep);
    m_bin->setCurrentIndex(index < 0 ? 0 : index);
    m_bin->setEnabled(warehouseId != 0);
    m_bin->setToolTip(warehouseId ? QString() : tr("Choose a warehouse to pick one of its bins."));
}

LotFilter TracePage::filter() const
{
    LotFilter f;
    f.status = LotFilter::Status(m_status->currentData().toInt());
    f.search = m_lot->text();
    f.partText = m_part->text();
    f.supplierId = m_supplier->currentData().toLongLong();
    auto bound = [](const DateBound &b) { return b.check->isChecked() ? b.edit->date() : QDate(); };
    f.receivedFrom = bound(m_receivedFrom);
    f.receivedTo = bound(m_receivedTo);
    f.expiresFrom = bound(m_expiresFrom);
    f.expiresTo = bound(m_expiresTo);
    f.warehouseId = m_warehouse->currentData().toLongLong();
    f.binId = f.warehouseId ? m_bin->currentData().toLongLong() : 0;
    return f;
}

void TracePage::scheduleSearch()
{
    m_pause->start();
}

void TracePage::search()
{
    m_pause->stop();
    // New filters, new results: start from the top (keeping a lot that is
    // not among them would fetch every row looking for it).
    run(0);
}

void TracePage::refresh()
{
    // A hidden page catches up when it is shown (showEvent): opening a file
    // does not wait for a search nobody looks at.
    if (!isVisible())
        return;
    fillSuppliers();
    fillWarehouses();
    fillBins();
    m_pause->stop();
    run(currentLotId());
}

void TracePage::clearFilters()
{
    const QSignalBlocker a(m_lot), b(m_part), c(m_supplier), d(m_warehouse), e(m_status);
    m_lot->clear();
    m_part->clear();
    m_supplier->setCurrentIndex(0);
    m_warehouse->setCurrentIndex(0);
    m_status->setCurrentIndex(m_status->findData(int(LotFilter::Status::All)));
    for (const DateBound &bound : {m_receivedFrom, m_receivedTo, m_expiresFrom, m_expiresTo}) {
        const QSignalBlocker block(bound.check);
        bound.check->setChecked(false);
        bound.edit->setEnabled(false);
    }
    fillBins();
    search();
}

void TracePage::start()
{
    if (m_started)
        return;
    m_started = true;
    // The first search, so the columns exist for the saved layout. It is
    // sorted from the start: the model's default (expiry first) over every
    // status would sort all lots before showing the first row.
    const int receivedColumn = m_model->columnOf(QStringLiteral("received_on"));
    m_model->setSort(receivedColumn, Qt::DescendingOrder);
    m_model->setExpiryWindowDays(Preferences().expiryWindowDays());
    m_model->setFilter(filter());
    m_model->refresh();
    m_view->setColumnHidden(0, true);
    QHeaderView *header = m_view->horizontalHeader();
    // Newest shipments first: a trace usually starts from "when did it come in".
    header->setSortIndicator(receivedColumn, Qt::DescendingOrder);
    if (!ViewState::track(header, QStringLiteral("trace/columns")))
        header->resizeSections(QHeaderView::ResizeToContents);
    // Sorts by the indicator, saved or default, and runs the search again.
    m_view->setSortingEnabled(true);
    m_view->setColumnHidden(0, true);
}

void TracePage::run(qint64 selectId)
{
    start();
    m_model->setFilter(filter());
    m_model->setExpiryWindowDays(Preferences().expiryWindowDays());
    m_model->refresh();
    m_view->setColumnHidden(0, true);
    updateCount();
    if (!revealRow(m_view, m_model, selectId) && m_model->rowCount() > 0 && !selectId)
        m_view->selectRow(0);
}

void TracePage::updateCount()
{
    const LotFilter &f = m_model->filter();
    const qint64 total = m_model->totalCount();
    if (total < 0)
        m_count->setText(tr("The lots could not be counted."));
    else
        m_count->setText(total == 1 ? tr("1 lot") : tr("%1 lots").arg(QLocale().toString(total)));
    const bool filtered = !f.search.trimmed().isEmpty() || !f.partText.trimmed().isEmpty() ||
                          f.supplierId || f.receivedFrom.isValid() || f.receivedTo.isValid() ||
                          f.expiresFrom.isValid() || f.expiresTo.isValid() || f.warehouseId ||
                          f.status != LotFilter::Status::All;
    if (total == 0)
        m_empty->setText(filtered ? tr("No lots match these filters.\n\nWiden a date range or "
                                       "clear a filter (Clear Filters shows every lot).")
                                  : tr("No lots have been received yet."));
    m_empty->setVisible(total == 0);
}

qint64 TracePage::currentLotId() const
{
    return selectedId(m_view, m_model);
}

void TracePage::focusResults()
{
    if (m_model->rowCount() == 0)
        return;
    if (!currentLotId())
        m_view->selectRow(0);
    m_view->setFocus(Qt::OtherFocusReason);
}

void TracePage::openLot(qint64 lotId)
{
    if (!lotId)
        return;
    const Result<Lot> lot = LotStore(m_db).get(lotId);
    if (!lot)
        return;
    LotDialog dialog(m_db, lot.value().partId, lotId, this);
    connect(&dialog, &LotDialog::lotSaved, this, [this](qint64 id) {
        run(id);
        emit dataChanged();
    });
    dialog.exec();
}

void TracePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    // Lots, suppliers and warehouses may have changed on other pages meanwhile.
    refresh();
    m_lot->setFocus(Qt::OtherFocusReason);
    m_lot->selectAll();
}

} // namespace lotbook
