// Selects and scrolls to the row of a record in a lazily fetching table. A
// row already fetched is selected at once; one further down is reached by
// fetching in chunks from the event loop, so a list of 100,000 lots shows at
// once and the window never freezes while the saved lot is brought into view.
#pragma once

#include <QtGlobal>

class QTableView;

namespace lotbook {

class BoundTableModel;

// Returns true when the row was selected right away.
bool revealRow(QTableView *view, BoundTableModel *model, qint64 id);

} // namespace lotbook
