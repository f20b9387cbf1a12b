// Remembers view layout across runs: header column widths, order and sort,
// and splitter positions, saved with QSettings under a key as they change.
#pragma once

#include <QString>

class QHeaderView;
class QSplitter;

namespace lotbook::ViewState {
// Restores the saved state (true when there was one) and saves every change.
bool track(QHeaderView *header, const QString &key);
bool track(QSplitter *splitter, const QString &key);
} // namespace lotbook::ViewState
