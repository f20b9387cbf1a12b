#include "RowReveal.h"

#include "BoundTableModel.h"

#include <QItemSelectionModel>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace lotbook {

namespace {
constexpr int kRowsPerTurn = 4096;

void select(QTableView *view, BoundTableModel *model, int row)
{
    const QModelIndex index = model->index(row, 1);
    view->setCurrentIndex(index);
    view->selectRow(row);
    view->scrollTo(index);
}

int fetchedRowOf(BoundTableModel *model, qint64 id, int from)
{
    for (int row = from; row < model->rowCount(); ++row)
        if (model->idAt(row) == id)
            return row;
    return -1;
}

// Gives up looking (beyond `withinRows`): the first row instead.
void selectFirst(QTableView *view, BoundTableModel *model)
{
    if (model->rowCount() > 0)
        select(view, model, 0);
}

void continueReveal(QPointer<QTableView> view, QPointer<BoundTableModel> model, qint64 id,
                    int searched, int withinRows, quint64 generation)
{
    if (!view || !model || model->property("revealGeneration").toULongLong() != generation)
        return; // the list was refreshed or closed meanwhile: that refresh decides
    const int target =
        withinRows > 0 ? qMin(searched + kRowsPerTurn, withinRows) : searched + kRowsPerTurn;
    while (model->rowCount() < target && model->canFetchMore())
        model->fetchMore();
    const int row = fetchedRowOf(model, id, searched);
    if (row >= 0 && (withinRows <= 0 || row < withinRows)) {
        select(view, model, row);
        return;
    }
    if (withinRows > 0 && model->rowCount() >= withinRows)
        selectFirst(view, model);
    else if (model->canFetchMore())
        QTimer::singleShot(0, view, [=] {
            continueReveal(view, model, id, model->rowCount(), withinRows, generation);
        });
}
} // namespace

bool revealRow(QTableView *view, BoundTableModel *model, qint64 id, int withinRows)
{
    const quint64 generation = model->property("revealGeneration").toULongLong() + 1;
    model->setProperty("revealGeneration", generation);
    if (!id)
        return false;
    const int row = fetchedRowOf(model, id, 0);
    if (row >= 0 && (withinRows <= 0 || row < withinRows)) {
        select(view, model, row);
        return true;
    }
    if (withinRows > 0 && model->rowCount() >= withinRows)
        selectFirst(view, model);
    else if (model->canFetchMore())
        QTimer::singleShot(0, view,
                           [view = QPointer<QTableView>(view),
                            model = QPointer<BoundTableModel>(model), id, withinRows, generation] {
                               continueReveal(view, model, id, model ? model->rowCount() : 0,
                                              withinRows, generation);
                           });
    return false;
}

qint64 selectedId(const QTableView *view, const BoundTableModel *model)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || !view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return model->idAt(current.row());
}

void keepSelectionAcrossResets(QTableView *view, BoundTableModel *model,
                               const std::function<void()> &after)
{
    auto selected = std::make_shared<qint64>(0);
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view,
                     [view, model, selected] { *selected = selectedId(view, model); });
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model, selected, after] {
        revealRow(view, model, *selected, kRevealAfterResetRows);
        if (after)
            after();
    });
}

} // namespace lotbook
