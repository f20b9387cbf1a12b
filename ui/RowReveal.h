// Selects and scrolls to the row of a record in a lazily fetching table. A
// row already fetched is selected at once; one further down is reached by
// fetching in chunks from the event loop, so a list of 100,000 lots shows at
// once and the window never freezes while the saved lot is brought into view.
#pragma once

#include <QtGlobal>
#include <functional>

class QTableView;

namespace lotbook {

class BoundTableModel;

// Returns true when the row was selected right away. With `withinRows` > 0,
// the record is looked for among the first `withinRows` rows only; when it is
// not there, the first row is selected instead.
bool revealRow(QTableView *view, BoundTableModel *model, qint64 id, int withinRows = 0);

// The id of the selected row's record, or 0 when no row is selected.
qint64 selectedId(const QTableView *view, const BoundTableModel *model);

// A header click re-runs the model's query, which drops the selection: after
// every reset the record that was selected is selected again when it is among
// the first kRevealAfterResetRows rows of the new order, else the first row is
// (a lot 50,000 rows down is not worth reading 50,000 rows for, and after a
// sort by expiry the top is what one looks for). `after` runs after each reset.
constexpr int kRevealAfterResetRows = 4096;
void keepSelectionAcrossResets(QTableView *view, BoundTableModel *model,
                               const std::function<void()> &after = {});

} // namespace lotbook
