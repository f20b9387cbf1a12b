#include "ExpiringPage.h"

#include "Database.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "LotTableModel.h"
#include "Preferences.h"
#include "RowReveal.h"
#include "ViewState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lotbook {

namespace {
QString headingText(int days)
{
    if (days == 0)
        return ExpiringPage::tr("Expired or expiring today");
    return days == 1 ? ExpiringPage::tr("Expired or expiring within 1 day")
                     : ExpiringPage::tr("Expired or expiring within %L1 days").arg(days);
}

QString emptyText(int days)
{
    const QString first =
        days == 0   ? ExpiringPage::tr("Nothing has expired or expires today.")
        : days == 1 ? ExpiringPage::tr("Nothing has expired or expires within 1 day.")
                    : ExpiringPage::tr("Nothing has expired or expires within %L1 days.").arg(days);
    return first + QStringLiteral("\n\n") +
           ExpiringPage::tr("The number of days is set in Edit › Preferences.");
}

QString countText(const ExpiryCounts &c)
{
    if (c.total() == 0)
        return ExpiringPage::tr("No lots");
    QStringList parts{c.total() == 1 ? ExpiringPage::tr("1 lot")
                                     : ExpiringPage::tr("%L1 lots").arg(c.total())};
    if (c.expired)
        parts << ExpiringPage::tr("%L1 expired").arg(c.expired);
    if (c.expiringSoon)
        parts << ExpiringPage::tr("%L1 expiring soon").arg(c.expiringSoon);
    return parts.join(QStringLiteral(" · "));
}
} // namespace

ExpiringPage::ExpiringPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("expiringPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("expiringHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    top->addWidget(m_heading);
    top->addStretch(1);
    m_open = new QPushButton(tr("&Open Lot…"), this);
    m_open->setObjectName(QStringLiteral("expiringOpen"));
    m_open->setToolTip(tr("Open the selected lot (Enter)"));
    top->addWidget(m_open);
    m_archive = new QPushButton(tr("&Archive Lot…"), this);
    m_archive->setObjectName(QStringLiteral("expiringArchive"));
    m_archive->setToolTip(db.isReadOnly()
                              ? tr("This database file is read-only.")
                              : tr("Archive the selected lot: it leaves this list and the default "
                                   "lists, is kept forever and can be restored."));
    top->addWidget(m_archive);
    layout->addLayout(top);

    auto *info = new QHBoxLayout;
    auto *scope =
        new QLabel(tr("Active lots of all parts, the oldest expiration date first."), this);
    scope->setObjectName(QStringLiteral("expiringScope"));
    info->addWidget(scope);
    info->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("expiringCount"));
    info->addWidget(m_count);
    layout->addLayout(info);

    m_stack = new QStackedWidget(this);
    m_model = new LotTableModel(db, LotTableModel::Layout::Expiring, this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("expiringTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("expiringEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_open, &QPushButton::clicked, this, [this] { openLot(currentLotId()); });
    connect(m_archive, &QPushButton::clicked, this, [this] { archiveLot(currentLotId()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openLot(m_model->idAt(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExpiringPage::updateButtons);
    keepSelectionAcrossResets(m_view, m_model, [this] { updateButtons(); });

    refreshSelecting(0, 0);
    // Turning sorting on (and a saved sort) re-runs the query; the handlers
    // above keep the first row selected through it.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnHidden(0, true);
    if (!ViewState::track(m_view->horizontalHeader(), QStringLiteral("expiring/columns")))
        m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
}

qint64 ExpiringPage::currentLotId() const
{
    return selectedId(m_view, m_model);
}

void ExpiringPage::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    refreshSelecting(currentLotId(), current.isValid() ? current.row() : 0);
}

void ExpiringPage::refreshSelecting(qint64 lotId, int fallbackRow)
{
    // Today and the window are read again on every refresh: the list, the
    // days left and the counts all use the same day.
    const QDate today = QDate::currentDate();
    m_day = today;
    m_windowDays = Preferences().expiryWindowDays();
    m_model->setFilter(ExpiryOverview::filter(today, m_windowDays));
    m_model->setExpiryWindowDays(m_windowDays);
    m_model->setToday(today);
    m_model->refresh();
    m_view->setColumnHidden(0, true);

    m_heading->setText(headingText(m_windowDays));
    m_empty->setText(emptyText(m_windowDays));
    const Result<ExpiryCounts> counted = ExpiryOverview::counts(m_db, today, m_windowDays);
    m_counts = counted ? counted.value() : ExpiryCounts{};
    m_count->setText(counted ? countText(m_counts) : counted.message());
    const bool empty = counted && m_counts.total() == 0 && m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);

    if (!revealRow(m_view, m_model, lotId) && m_model->rowCount() > 0)
        m_view->selectRow(qBound(0, fallbackRow, m_model->rowCount() - 1));
    updateButtons();
}

void ExpiringPage::updateButtons()
{
    const bool selected = currentLotId() != 0;
    m_open->setEnabled(selected);
    m_archive->setEnabled(selected && !m_db.isReadOnly());
}

void ExpiringPage::openLot(qint64 lotId)
{
    if (!lotId)
        return;
    const Result<Lot> lot = LotStore(m_db).get(lotId);
    if (!lot) {
        QMessageBox::warning(this, tr("Open Lot"), lot.message());
        refresh();
        return;
    }
    const int row = m_view->currentIndex().row();
    LotDialog dialog(m_db, lot.value().partId, lotId, this);
    connect(&dialog, &LotDialog::lotSaved, this, [this, row](qint64 id) {
        // A lot whose new date lies beyond the window leaves the list: its row is kept.
        refreshSelecting(id, row);
        emit dataChanged();
    });
    dialog.exec();
    m_view->setFocus();
}

void ExpiringPage::archiveLot(qint64 lotId)
{
    if (!lotId || m_db.isReadOnly())
        return;
    LotStore store(m_db);
    const Result<LotRow> row = store.row(lotId);
    if (!row) {
        QMessageBox::warning(this, tr("Archive Lot"), row.message());
        refresh();
        return;
    }
    const Lot &lot = row.value().lot;
    if (lot.status == LotStatus::Archived) {
        refresh(); // archived elsewhere meanwhile
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Archive Lot"),
        tr("Archive lot %1 of %2 %3? It leaves this list and the default lists but is kept "
           "forever and can be restored.\n\nReason (optional):")
            .arg(lot.lotNumber, row.value().partNumber, row.value().partName),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const int fallbackRow = m_view->currentIndex().row();
    const Result<Lot> archived = store.archive(lot.id, lot.version, reason);
    if (!archived) {
        QMessageBox::warning(this, tr("Archive Lot"), archived.message());
        refresh();
        return;
    }
    // The next lot moves up into the archived one's row and is selected.
    refreshSelecting(0, fallbackRow);
    m_view->setFocus();
    emit dataChanged();
}

} // namespace lotbook
