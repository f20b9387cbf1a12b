#include "RowReveal.h"

#include "BoundTableModel.h"

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

void continueReveal(QPointer<QTableView> view, QPointer<BoundTableModel> model, qint64 id,
                    int searched, quint64 generation)
{
    if (!view || !model || model->property("revealGeneration").toULongLong() != generation)
        return; // the list was refreshed or closed meanwhile: that refresh decides
    const int target = searched + kRowsPerTurn;
    while (model->rowCount() < target && model->canFetchMore())
        model->fetchMore();
    const int row = fetchedRowOf(model, id, searched);
    if (row >= 0) {
        select(view, model, row);
        return;
    }
    if (model->canFetchMore())
        QTimer::singleShot(0, view,
                           [=] { continueReveal(view, model, id, model->rowCount(), generation); });
}
} // namespace

bool revealRow(QTableView *view, BoundTableModel *model, qint64 id)
{
    const quint64 generation = model->property("revealGeneration").toULongLong() + 1;
    model->setProperty("revealGeneration", generation);
    if (!id)
        return false;
    const int row = fetchedRowOf(model, id, 0);
    if (row >= 0) {
        select(view, model, row);
        return true;
    }
    if (model->canFetchMore())
        QTimer::singleShot(0, view,
                           [view = QPointer<QTableView>(view),
                            model = QPointer<BoundTableModel>(model), id, generation] {
                               continueReveal(view, model, id, model ? model->rowCount() : 0,
                                              generation);
                           });
    return false;
}

} // namespace lotbook
