// Long work off the GUI thread: runBackgroundTask() runs `work` on a thread of
// its own while a window-modal progress dialog shows how far it got and offers
// Cancel, and returns once `work` has returned; the window goes on repainting
// meanwhile. `work` must not touch widgets or the window's database
// connection (one connection per thread): it opens its own.
#pragma once

#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace lotbook {

struct TaskProgress
{
    std::atomic<qint64> done{0};        // rows or pages so far
    std::atomic<bool> cancelled{false}; // the user pressed Cancel
};

// `total`: what `done` counts up to; 0 shows a busy indicator instead.
// `cancellable`: whether `work` looks at `cancelled` (else there is no Cancel).
void runBackgroundTask(QWidget *parent, const QString &title, const QString &label, qint64 total,
                       const std::function<void(TaskProgress &)> &work, bool cancellable = true);

} // namespace lotbook
