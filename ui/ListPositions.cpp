#include "ListPositions.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QTimer>

namespace lotbook {

namespace {
constexpr int kMaxRows = 20000;
} // namespace

ListPositions ListPositions::of(const QWidget *root)
{
    ListPositions result;
    result.m_root = root;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        // Not the lists inside combo box and completer popups.
        if (!view->model() || view->window() != root->window())
            continue;
        Position p;
        p.view = view;
        p.vertical = view->verticalScrollBar()->value();
        p.horizontal = view->horizontalScrollBar()->value();
        // The last row in sight, or the current one if it is further down.
        const QModelIndex bottom = view->indexAt(QPoint(0, view->viewport()->height() - 1));
        p.rows = bottom.isValid() ? bottom.row() + 1 : view->model()->rowCount();
        p.rows = qMax(p.rows, view->currentIndex().row() + 1);
        result.m_positions << p;
    }
    return result;
}

void ListPositions::restore(const QList<Position> &positions)
{
    for (const Position &p : positions) {
        if (!p.view || !p.view->model())
            continue;
        QAbstractItemModel *model = p.view->model();
        // Bounded, so that a refresh stays quick: further down, the list's own
        // reveal of its selected row fetches in steps from the event loop.
        const int rows = qMin(p.rows, kMaxRows);
        while (model->rowCount() < rows && model->canFetchMore({}))
            model->fetchMore({});
        p.view->doItemsLayout(); // the scroll bars' ranges, for the rows fetched
        p.view->verticalScrollBar()->setValue(p.vertical);
        p.view->horizontalScrollBar()->setValue(p.horizontal);
    }
}

void ListPositions::put() const
{
    restore(m_positions);
    if (m_root)
        QTimer::singleShot(0, m_root, [positions = m_positions] { restore(positions); });
}

} // namespace lotbook
