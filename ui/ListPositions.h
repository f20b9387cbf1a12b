// Where each list under a widget stands: its scroll position and how many
// rows it had fetched. A refresh runs every list's query again, which leaves
// a lazily fetching list with its first rows only; put() fetches them back
// and scrolls each list to where it was, so a refresh the user did not ask
// for (the window became active again) moves nothing under their eyes.
#pragma once

#include <QList>
#include <QPointer>

class QAbstractItemView;
class QWidget;

namespace lotbook {

class ListPositions
{
public:
    // Every item view under `root`, shown or not.
    static ListPositions of(const QWidget *root);
    // Fetches the rows each list showed and scrolls it back, now and once
    // more after the selections the refresh revealed (those run from the
    // event loop and may scroll).
    void put() const;

private:
    struct Position
    {
        QPointer<QAbstractItemView> view;
        int vertical = 0;
        int horizontal = 0;
        int rows = 0; // rows to fetch to show the same ones again
    };
    QPointer<const QWidget> m_root;
    QList<Position> m_positions;
    static void restore(const QList<Position> &positions);
};

} // namespace lotbook
