#include "AuditLogPage.h"

#include "BinDialog.h"
#include "Database.h"
#include "LotDialog.h"
#include "LotStore.h"
#include "PartStore.h"
#include "SupplierDialog.h"
#include "SupplierStore.h"
#include "ThemeColors.h"
#include "ViewState.h"
#include "WarehouseDialog.h"
#include "WarehouseStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace lotbook {

namespace {
// Long enough to let a word be typed, short enough to feel immediate.
constexpr int kPauseMs = 150;

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

QDateTime parseAt(const QString &at)
{
    return QDateTime::fromString(at, Qt::ISODateWithMs);
}

// "2026-03-01 09:30:00": the stored UTC time, to the second.
QString utcText(const QString &at)
{
    const QDateTime t = parseAt(at);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : at;
}

QString localText(const QString &at)
{
    const QDateTime t = parseAt(at);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : at;
}

// The kind of record inside the event heading's sentence ("Archived lot ..."):
// lowercase in English, a capitalised noun in German, so a string of its own.
QString kindInSentence(const QString &entity)
{
    const char *kInSentence = "record kind inside a sentence";
    if (entity == QLatin1String("lot"))
        return AuditLogPage::tr("lot", kInSentence);
    if (entity == QLatin1String("part"))
        return AuditLogPage::tr("part", kInSentence);
    if (entity == QLatin1String("supplier"))
        return AuditLogPage::tr("supplier", kInSentence);
    if (entity == QLatin1String("warehouse"))
        return AuditLogPage::tr("warehouse", kInSentence);
    if (entity == QLatin1String("bin"))
        return AuditLogPage::tr("bin", kInSentence);
    return auditEntityName(entity).toLower();
}

// Moves from a filter field down into the events with Down.
class DownToResults : public QObject
{
public:
    DownToResults(QObject *parent, std::function<void()> go) : QObject(parent), m_go(std::move(go))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
            static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            m_go();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_go;
};

// Calls `go` when the watched widget gets keyboard focus.
class OnFocusIn : public QObject
{
public:
    OnFocusIn(QObject *parent, std::function<void()> go) : QObject(parent), m_go(std::move(go)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn)
            m_go();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_go;
};

QCompleter *makeCompleter(QLineEdit *edit)
{
    auto *completer = new QCompleter(new QStringListModel(edit), edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(completer);
    return completer;
}

void setCompletions(QLineEdit *edit, const QStringList &items)
{
    if (auto *model = qobject_cast<QStringListModel *>(edit->completer()->model()))
        model->setStringList(items);
}

bool canOpen(const QString &entity, bool readOnly)
{
    if (entity == QLatin1String("lot") || entity == QLatin1String("part"))
        return true; // both open read-only on a read-only file
    return !readOnly && (entity == QLatin1String("supplier") ||
                         entity == QLatin1String("warehouse") || entity == QLatin1String("bin"));
}
} // namespace

// --- AuditEventModel ------------------------------------------------------

AuditEventModel::AuditEventModel(Database &db, QObject *parent)
    : QSqlQueryModel(parent), m_db(db), m_list(db.connection())
{}

bool AuditEventModel::refresh()
{
    if (Status s = AuditQuery::validate(m_filter); !s) {
        m_error = s.message();
        clear();
        return false;
    }
    const SqlClause query = fullQuery();
    QSqlQuery q(m_list.database());
    if (!q.prepare(query.sql)) {
        m_error = q.lastError().text();
        clear();
        return false;
    }
    for (const QVariant &v : query.values)
        q.addBindValue(v);
    // The selection is read from the old rows first; then the old query ends,
    // so that this one reads the newest committed events.
    beginResetModel();
    ListConnection::release(this->query());
    if (!q.exec()) {
        m_error = q.lastError().text();
        clear();
        endResetModel();
        return false;
    }
    m_error.clear();
    setQuery(std::move(q));
    endResetModel();
    return true;
}

SqlClause AuditEventModel::fullQuery() const
{
    const SqlClause where = auditWhere(m_filter);
    // The displayed columns first, in Column order; the rest for eventAt().
    QString sql = QStringLiteral("SELECT seq, at, user_name, action, entity, entity_key, changes, "
                                 "entity_id, prev_hash, hash FROM audit_event");
    if (!where.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql;
    const QString dir =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order;
    switch (m_sortColumn) {
    case UserColumn:
        order = QStringLiteral("user_name COLLATE NOCASE") + dir + QStringLiteral(", seq DESC");
        break;
    case ActionColumn:
        order = QStringLiteral("action") + dir + QStringLiteral(", seq DESC");
        break;
    case EntityColumn:
        order = QStringLiteral("entity") + dir + QStringLiteral(", seq DESC");
        break;
    case KeyColumn:
        order = QStringLiteral("entity_key COLLATE NOCASE") + dir + QStringLiteral(", seq DESC");
        break;
    default: // sequence and time run together
        order = QStringLiteral("seq") + dir;
        break;
    }
    sql += QStringLiteral(" ORDER BY ") + order;
    return {sql, where.values};
}

qint64 AuditEventModel::totalCount() const
{
    const Result<qint64> n = AuditQuery::count(m_db, m_filter);
    return n ? n.value() : -1;
}

QVariant AuditEventModel::raw(int row, int column) const
{
    return QSqlQueryModel::data(index(row, column), Qt::DisplayRole);
}

AuditEvent AuditEventModel::eventAt(int row) const
{
    AuditEvent e;
    if (row < 0 || row >= rowCount())
        return e;
    // By position in the SELECT (record() would go through data(), which
    // shows only the displayed columns).
    auto value = [this, row](int column) {
        return QSqlQueryModel::data(createIndex(row, column), Qt::DisplayRole);
    };
    e.seq = value(0).toLongLong();
    e.at = value(1).toString();
    e.user = value(2).toString();
    e.action = value(3).toString();
    e.entity = value(4).toString();
    e.entityKey = value(5).toString();
    e.changesJson = value(6).toString();
    e.changes = AuditLog::changesFromJson(e.changesJson);
    e.entityId = value(7).toLongLong();
    e.prevHash = value(8).toString();
    e.hash = value(9).toString();
    return e;
}

qint64 AuditEventModel::seqAt(int row) const
{
    return raw(row, SeqColumn).toLongLong();
}

int AuditEventModel::fetchedRowOfSeq(qint64 seq) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (seqAt(row) == seq)
            return row;
    return -1;
}

int AuditEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::EditRole:
        return raw(row, index.column());
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return raw(row, SeqColumn).toLongLong();
        case AtColumn:
            return utcText(raw(row, AtColumn).toString());
        case ActionColumn:
            return auditActionName(raw(row, ActionColumn).toString());
        case EntityColumn:
            return auditEntityName(raw(row, EntityColumn).toString());
        case ChangesColumn: {
            const QLocale locale;
            return auditChangeLines(eventAt(row), &locale).join(QLatin1String("; "));
        }
        default:
            return raw(row, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == AtColumn)
            return tr("Local time: %1").arg(localText(raw(row, AtColumn).toString()));
        if (index.column() == ChangesColumn) {
            const QLocale locale;
            return auditChangeLines(eventAt(row), &locale).join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case AtColumn:
        return tr("When (UTC)");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case KeyColumn:
        return tr("Part / lot / name");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

void AuditEventModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

// --- AuditLogPage -----------------------------------------------------------

AuditLogPage::AuditLogPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new AuditEventModel(db, this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    auto *outer = new QVBoxLayout(this);

    // Row 1: which record and what happened to it, and who did it.
    auto *what = new QHBoxLayout;
    auto addLabelled = [this](QHBoxLayout *row, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    m_part = new QLineEdit(this);
    m_part->setObjectName(QStringLiteral("auditPart"));
    m_part->setPlaceholderText(tr("Part number"));
    m_part->setToolTip(tr("The part's events and its lots' events, also from before a rename"));
    m_part->setClearButtonEnabled(true);
    addLabelled(what, tr("&Part"), m_part);
    m_lot = new QLineEdit(this);
    m_lot->setObjectName(QStringLiteral("auditLot"));
    m_lot->setPlaceholderText(tr("Lot number"));
    m_lot->setToolTip(tr("The events of lots with this exact number (of the part above, when "
                         "one is given)"));
    m_lot->setClearButtonEnabled(true);
    addLabelled(what, tr("&Lot"), m_lot);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->addItem(tr("All records"), QString());
    for (const QString &entity : auditEntities())
        m_entity->addItem(auditEntityName(entity), entity);
    addLabelled(what, tr("&Record"), m_entity);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : auditActions())
        m_action->addItem(auditActionName(action), action);
    addLabelled(what, tr("&Action"), m_action);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("Anyone"));
    m_user->setClearButtonEnabled(true);
    addLabelled(what, tr("&User"), m_user);
    what->setStretch(1, 2);
    what->setStretch(3, 2);
    what->setStretch(9, 1);
    outer->addLayout(what);

    // Row 2: when (UTC dates, each bound ticked on when used), Clear, the count.
    auto *when = new QHBoxLayout;
    auto addBound = [this, when](const QString &text, const char *name, const QDate &initial,
                                 QCheckBox *&check, QDateEdit *&edit) {
        check = new QCheckBox(text, this);
        check->setObjectName(QLatin1String(name) + QLatin1String("Check"));
        edit = new QDateEdit(initial, this);
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(kDateFormat);
        edit->setCalendarPopup(true);
        // With a calendar popup Qt 6.4 takes a click into the text for "step
        // down" (see the lot dialog): no step buttons.
        edit->setButtonSymbols(QAbstractSpinBox::NoButtons);
        edit->setEnabled(false);
        edit->setAccessibleName(text);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) +
                              44);
        when->addWidget(check);
        when->addWidget(edit);
    };
    addBound(tr("Fro&m"), "auditFrom", utcToday().addDays(-30), m_fromCheck, m_from);
    when->addSpacing(6);
    addBound(tr("T&o"), "auditTo", utcToday(), m_toCheck, m_to);
    auto *utcNote = new QLabel(tr("(UTC dates)"), this);
    utcNote->setToolTip(tr("Events are stamped in UTC; the dates compare with that time."));
    when->addWidget(utcNote);
    when->addSpacing(12);
    m_clear = new QPushButton(tr("Clear Filters"), this);
    m_clear->setObjectName(QStringLiteral("auditClear"));
    when->addWidget(m_clear);
    when->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    when->addWidget(m_count);
    outer->addLayout(when);

    // The events, and below them the selected one in words.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->setChildrenCollapsible(false);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an event to see what changed."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);

    // Bottom: open the record; check the whole trail.
    auto *bottom = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("auditOpen"));
    m_open->setToolTip(tr("Open the record of the selected event (Enter or double-click)"));
    bottom->addWidget(m_open);
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A broken chain's message is long: wrap it rather than widen the window.
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bottom->addWidget(m_verifyResult, 1);
    m_verify = new QPushButton(tr("Verify Trail"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(tr("Check that no event was changed, removed or reordered since it was "
                            "written, and show the count and newest hash to note"));
    bottom->addWidget(m_verify);
    outer->addLayout(bottom);

    makeCompleter(m_part);
    makeCompleter(m_user);
    // Filled when needed: 10,000 part numbers are not read for every visit.
    for (QLineEdit *edit : {m_part, m_user})
        edit->installEventFilter(new OnFocusIn(edit, [this] { updateCompletions(); }));

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &AuditLogPage::applyFilters);

    auto focusResults = [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
    };
    for (QLineEdit *edit : {m_part, m_lot, m_user}) {
        connect(edit, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
        // Enter filters at once and moves to the events; so does Down.
        connect(edit, &QLineEdit::returnPressed, this, [this, focusResults] {
            applyFilters();
            focusResults();
        });
        edit->installEventFilter(new DownToResults(edit, [this, focusResults] {
            applyFilters();
            focusResults();
        }));
        // A name picked from the completion list applies at once.
        if (edit->completer())
            connect(edit->completer(), qOverload<const QString &>(&QCompleter::activated), this,
                    &AuditLogPage::applyFilters);
    }
    for (QComboBox *combo : {m_entity, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, this, [this, edit = edit](bool on) {
            edit->setEnabled(on);
            applyFilters();
        });
        // Ticking a bound by hand moves on to its date.
        connect(check, &QCheckBox::clicked, this, [edit = edit](bool on) {
            if (on)
                edit->setFocus(Qt::TabFocusReason);
        });
        connect(edit, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    }
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearFilters();
        m_part->setFocus(Qt::OtherFocusReason);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openEvent(currentRow()); });
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyTrail);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openEvent(index.row()); });
    // A new query drops the selection: keep the event.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = currentRow();
        m_selectAfterReset = row >= 0 ? m_model->seqAt(row) : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { selectSeq(m_selectAfterReset); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showSelected);

    // Newest first, until a header is clicked; the Changes column has no order
    // of its own, so clicking it keeps the current one.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(AuditEventModel::SeqColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder) {
                if (column == AuditEventModel::ChangesColumn)
                    header->setSortIndicator(AuditEventModel::SeqColumn, Qt::DescendingOrder);
            });
    if (!ViewState::track(header, QStringLiteral("audit/columns"))) {
        const QList<int> widths{60, 150, 90, 100, 80, 190};
        for (int i = 0; i < widths.size(); ++i)
            header->resizeSection(i, widths.at(i));
    }
    if (!ViewState::track(splitter, QStringLiteral("audit/splitter")))
        splitter->setSizes({420, 170});

    applyFilters(); // the completions wait for the Part or User field's focus
}

AuditFilter AuditLogPage::currentFilter() const
{
    AuditFilter f;
    f.partNumber = m_part->text().trimmed();
    f.lotNumber = m_lot->text().trimmed();
    f.entity = m_entity->currentData().toString();
    f.action = m_action->currentData().toString();
    f.user = m_user->text().trimmed();
    if (m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck->isChecked())
        f.to = m_to->date();
    return f;
}

void AuditLogPage::applyFilters()
{
    m_pause->stop();
    const AuditFilter f = currentFilter();
    m_model->setFilter(f);
    const bool ok = m_model->refresh();
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText, ok ? this->palette().color(QPalette::WindowText)
                                              : errorTextColor(this->palette()));
    m_count->setPalette(palette);
    if (!ok) {
        m_count->setText(m_model->errorText());
        return;
    }
    const qint64 matching = m_model->totalCount();
    const bool filtered = !f.partNumber.isEmpty() || !f.lotNumber.isEmpty() ||
                          !f.entity.isEmpty() || !f.action.isEmpty() || !f.user.isEmpty() ||
                          f.from.isValid() || f.to.isValid();
    const QLocale locale;
    if (!filtered) {
        m_count->setText(matching == 1 ? tr("1 event")
                                       : tr("%1 events").arg(locale.toString(matching)));
    } else {
        const Result<qint64> all = AuditQuery::count(m_db, AuditFilter{});
        const QString total = all ? locale.toString(all.value()) : QStringLiteral("?");
        m_count->setText(matching == 0
                             ? tr("No events match (of %1)").arg(total)
                             : tr("%1 of %2 events").arg(locale.toString(matching), total));
    }
}

void AuditLogPage::clearFilters()
{
    const QSignalBlocker b1(m_part), b2(m_lot), b3(m_user), b4(m_entity), b5(m_action),
        b6(m_fromCheck), b7(m_toCheck);
    m_part->clear();
    m_lot->clear();
    m_user->clear();
    m_entity->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    applyFilters();
}

void AuditLogPage::updateCompletions()
{
    if (!m_completionsStale)
        return;
    m_completionsStale = false;
    if (const Result<QStringList> numbers = PartStore(m_db).numbers())
        setCompletions(m_part, numbers.value());
    if (const Result<QStringList> users = AuditQuery::users(m_db))
        setCompletions(m_user, users.value());
}

void AuditLogPage::refresh()
{
    applyFilters();
    m_completionsStale = true;
    if (m_part->hasFocus() || m_user->hasFocus())
        updateCompletions();
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Changes made on other pages since it was last shown.
    refresh();
}

int AuditLogPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {})
               ? current.row()
               : -1;
}

void AuditLogPage::selectSeq(qint64 seq)
{
    const int row = seq ? m_model->fetchedRowOfSeq(seq) : -1;
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
    showSelected();
}

void AuditLogPage::showSelected()
{
    const int row = currentRow();
    const AuditEvent e = m_model->eventAt(row);
    const bool openable = row >= 0 && canOpen(e.entity, m_db.isReadOnly());
    m_open->setEnabled(openable);
    m_open->setText(row >= 0 ? tr("Open %1").arg(auditEntityName(e.entity)) : tr("Open"));
    if (row < 0) {
        m_details->clear();
        if (m_model->rowCount() == 0 && m_model->errorText().isEmpty())
            m_details->setPlaceholderText(tr("No events match these filters."));
        else
            m_details->setPlaceholderText(tr("Select an event to see what changed."));
        return;
    }
    // A sentence of its own, so a translation can order its words.
    const QString heading =
        tr("%1 — %2 %3 %4", "event heading: Event 12 — Archived lot CAP-100/ACME-0102")
            .arg(QStringLiteral("<b>%1</b>").arg(tr("Event %1").arg(e.seq).toHtmlEscaped()),
                 auditActionName(e.action).toHtmlEscaped(),
                 kindInSentence(e.entity).toHtmlEscaped(),
                 QStringLiteral("<b>%1</b>").arg(e.entityKey.toHtmlEscaped()));
    QString html = QStringLiteral("<p>%1</p>").arg(heading);
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("When: %1 UTC (local time %2)")
                         .arg(utcText(e.at), localText(e.at))
                         .toHtmlEscaped(),
                     tr("Who: %1").arg(e.user).toHtmlEscaped());
    const QLocale locale;
    const QStringList lines = auditChangeLines(e, &locale);
    if (lines.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No field changed.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><small>%1<br>%2</small></p>")
                .arg(tr("Hash: %1").arg(e.hash).toHtmlEscaped(),
                     tr("Previous hash: %1")
                         .arg(e.prevHash.isEmpty() ? tr("(none: the first event)") : e.prevHash)
                         .toHtmlEscaped());
    m_details->setHtml(html);
}

void AuditLogPage::openEvent(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const AuditEvent e = m_model->eventAt(row);
    if (!canOpen(e.entity, m_db.isReadOnly()))
        return;
    const qint64 seq = e.seq;
    bool changed = false;
    auto problem = [this](const QString &message) {
        QMessageBox::warning(this, tr("Audit log"), message);
    };
    if (e.entity == QLatin1String("part")) {
        emit openPart(e.entityId);
        return;
    }
    if (e.entity == QLatin1String("lot")) {
        const Result<Lot> lot = LotStore(m_db).get(e.entityId);
        if (!lot)
            return problem(lot.message());
        LotDialog dialog(m_db, lot.value().partId, lot.value().id, this);
        connect(&dialog, &LotDialog::lotSaved, this, [&changed] { changed = true; });
        dialog.exec();
        // Archive and restore write without closing the dialog.
        changed = changed || LotStore(m_db).get(e.entityId).value().version != lot.value().version;
    } else if (e.entity == QLatin1String("supplier")) {
        const Result<Supplier> supplier = SupplierStore(m_db).get(e.entityId);
        if (!supplier)
            return problem(supplier.message());
        SupplierDialog dialog(m_db, supplier.value(), this);
        changed = dialog.exec() == QDialog::Accepted;
    } else if (e.entity == QLatin1String("warehouse")) {
        const Result<Warehouse> warehouse = WarehouseStore(m_db).get(e.entityId);
        if (!warehouse)
            return problem(warehouse.message());
        WarehouseDialog dialog(m_db, warehouse.value(), this);
        changed = dialog.exec() == QDialog::Accepted;
    } else if (e.entity == QLatin1String("bin")) {
        const Result<Bin> bin = WarehouseStore(m_db).bin(e.entityId);
        if (!bin)
            return problem(bin.message());
        BinDialog dialog(m_db, bin.value(), this);
        changed = dialog.exec() == QDialog::Accepted;
    }
    if (changed) {
        refresh();
        selectSeq(seq);
        emit dataChanged();
    }
}

AuditLogPage::~AuditLogPage()
{
    // The check reads through its own connection; let it finish first.
    if (m_verifyThread) {
        m_verifyThread->wait();
        delete m_verifyThread;
    }
}

void AuditLogPage::verifyTrail()
{
    if (m_verifyThread)
        return;
    m_verify->setEnabled(false);
    m_verifyResult->setPalette(palette());
    m_verifyResult->setText(tr("Verifying…"));
    // A long log takes seconds: the check runs on its own connection in a
    // thread (one connection per thread) so the window stays responsive.
    const QString path = m_db.path();
    QPointer<AuditLogPage> self(this);
    m_verifyThread = QThread::create([self, path] {
        Result<AuditVerification> result;
        {
            OpenResult opened = Database::open(path, OpenMode::OpenExisting, Verify::ByCaller);
            result = opened.ok() ? AuditLog::verify(*opened.database)
                                 : Result<AuditVerification>::failure({}, opened.message);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, result] {
                if (self)
                    self->showVerification(result);
            },
            Qt::QueuedConnection);
    });
    m_verifyThread->setObjectName(QStringLiteral("auditVerifyThread"));
    m_verifyThread->start();
}

void AuditLogPage::showVerification(const Result<AuditVerification> &result)
{
    if (m_verifyThread) {
        m_verifyThread->wait();
        delete m_verifyThread;
        m_verifyThread = nullptr;
    }
    m_verify->setEnabled(true);
    QPalette palette = m_verifyResult->palette();
    if (!result) {
        palette.setColor(QPalette::WindowText, errorTextColor(this->palette()));
        m_verifyResult->setPalette(palette);
        m_verifyResult->setText(result.message());
        return;
    }
    const AuditVerification &v = result.value();
    const QString count = QLocale().toString(v.count);
    if (v.intact) {
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
        m_verifyResult->setText(
            v.count == 0 ? tr("Intact: no events yet.")
                         : tr("Intact: %1 events, newest hash %2").arg(count, v.newestHash));
    } else {
        palette.setColor(QPalette::WindowText, errorTextColor(this->palette()));
        m_verifyResult->setText(tr("Broken at event %1: %2. (%3 events, newest hash %4)")
                                    .arg(v.brokenSeq)
                                    .arg(v.problem, count, v.newestHash));
        // Show the event where the chain breaks as it reads now, when it is
        // in the list.
        refresh();
        if (m_model->fetchedRowOfSeq(v.brokenSeq) >= 0)
            selectSeq(v.brokenSeq);
    }
    m_verifyResult->setPalette(palette);
    m_verifyResult->setToolTip(tr("Note the count and the newest hash: if a later check shows "
                                  "fewer events or another hash, events were cut off the end."));
}

} // namespace lotbook
