#include "ListPanel.h"

#include "RowReveal.h"
#include "ViewState.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lotbook {

ListPanel::ListPanel(const QString &name, const QString &title, CatalogModel *model,
                     QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(name + QStringLiteral("Panel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    top->addWidget(heading);
    top->addStretch(1);
    m_buttons = new QHBoxLayout;
    top->addLayout(m_buttons);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search…"));
    filters->addWidget(m_search, 1);
    m_inactive = new QCheckBox(tr("Show inactive"), this);
    m_inactive->setObjectName(name + QStringLiteral("ShowInactive"));
    filters->addWidget(m_inactive);
    m_count = new QLabel(this);
    m_count->setObjectName(name + QStringLiteral("Count"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(this);
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab and Ctrl+Tab leave the table
    m_stack->addWidget(m_view);
    m_empty = new QLabel(this);
    m_empty->setObjectName(name + QStringLiteral("EmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    model->refresh();
    m_view->setColumnHidden(0, true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setColumnHidden(0, true);
    if (!ViewState::track(m_view->horizontalHeader(), name + QStringLiteral("/columns")))
        m_view->resizeColumnsToContents();

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearch(text);
        refresh();
    });
    connect(m_inactive, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowInactive(on);
        refresh();
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activated(m_model->idAt(index.row())); });
    // Type to narrow, Enter to open the selected entry: no mouse needed.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (const qint64 id = currentId())
            emit activated(id);
    });
    // Selection, not the current index: a mouse click moves the current row
    // before it selects it, and currentId() needs both.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit currentChanged(currentId()); });
    keepSelectionAcrossResets(m_view, m_model, [this] { emit currentChanged(currentId()); });
    refresh();
}

QPushButton *ListPanel::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    return button;
}

void ListPanel::setEmptyText(const QString &noneYet, const QString &noMatch)
{
    m_noneYet = noneYet;
    m_noMatch = noMatch;
    refresh(currentId());
}

void ListPanel::addStandardActions(const QString &newText,
                                   std::function<Status(qint64, bool)> setActive)
{
    const QString name = objectName().chopped(int(QStringLiteral("Panel").size()));
    m_new = addButton(newText, name + QStringLiteral("New"));
    m_edit = addButton(tr("Edit…"), name + QStringLiteral("Edit"));
    m_toggle = addButton(tr("Deactivate"), name + QStringLiteral("ToggleActive"));
    connect(m_new, &QPushButton::clicked, this, &ListPanel::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit editRequested(id);
    });
    connect(m_toggle, &QPushButton::clicked, this, [this, setActive] {
        const qint64 id = currentId();
        if (!id)
            return;
        if (Status s = setActive(id, !currentIsActive()); !s)
            emit errorOccurred(s.message());
        refresh(id);
    });
    connect(this, &ListPanel::currentChanged, this, &ListPanel::updateButtons);
    updateButtons();
}

void ListPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

bool ListPanel::currentIsActive() const
{
    const QModelIndex current = m_view->currentIndex();
    const int column = m_model->columnOf(QStringLiteral("active"));
    if (!current.isValid() || column < 0)
        return false;
    return m_model->index(current.row(), column).data(Qt::EditRole).toBool();
}

void ListPanel::updateButtons()
{
    const bool selected = currentId() != 0;
    if (m_new)
        m_new->setEnabled(m_editable);
    if (m_edit)
        m_edit->setEnabled(m_editable && selected);
    if (m_toggle) {
        m_toggle->setEnabled(m_editable && selected);
        m_toggle->setText(selected && !currentIsActive() ? tr("Activate") : tr("Deactivate"));
    }
}

qint64 ListPanel::currentId() const
{
    return selectedId(m_view, m_model);
}

void ListPanel::selectId(qint64 id)
{
    revealRow(m_view, m_model, id);
}

void ListPanel::refresh(qint64 selectIdAfter)
{
    const qint64 keep = selectIdAfter ? selectIdAfter : currentId();
    m_model->refresh();
    m_view->setColumnHidden(0, true);
    const qint64 total = m_model->totalCount();
    m_count->setText(m_countText ? m_countText(total) : QLocale().toString(total));
    const bool searching = !m_model->search().trimmed().isEmpty();
    const qint64 hidden = total == 0 && !searching ? m_model->hiddenInactiveCount() : 0;
    if (total == 0 && hidden > 0) {
        m_empty->setText(tr("Everything here is inactive (%1 hidden).\n\nTick \"Show inactive\" "
                            "to see and reactivate them.")
                             .arg(hidden));
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0 && (!m_noneYet.isEmpty() || searching)) {
        m_empty->setText(searching ? m_noMatch.arg(m_model->search().trimmed()) : m_noneYet);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    // Until a far-down row is reached (or when it is gone), the first row is current.
    if (!revealRow(m_view, m_model, keep) && m_model->rowCount() > 0)
        m_view->selectRow(0);
}

} // namespace lotbook
