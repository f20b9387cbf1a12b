#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <memory>

namespace lotbook {

namespace {
// This file's strings; lupdate files them under the "BackgroundTask" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
};
} // namespace

void runBackgroundTask(QWidget *parent, const QString &title, const QString &label, qint64 total,
                       const std::function<void(TaskProgress &)> &work, bool cancellable)
{
    TaskProgress progress;
    // QProgressDialog counts in int: large totals are shown in thousands.
    const qint64 scale = total > 1'000'000'000 ? 1000 : 1;
    QProgressDialog dialog(label, Text::tr("Cancel"), 0, int(total / scale), parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400); // quick work shows no dialog at all
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress, &dialog] {
        progress.cancelled = true;
        dialog.setLabelText(Text::tr("Cancelling…"));
    });

    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&work, &progress] { work(progress); }));
    thread->setObjectName(QStringLiteral("backgroundTask"));
    // Queued to this thread: delivered inside loop.exec(), even when the work
    // is done before the loop starts.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (total > 0 && !progress.cancelled)
            dialog.setValue(int(qMin(progress.done.load(), total) / scale));
    });
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.reset();
}

} // namespace lotbook
