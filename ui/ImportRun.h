// One CSV import (or dry run) off the GUI thread. The worker opens its own
// connection to the same database file (Qt SQL connections belong to the
// thread that opened them), runs LotImport on the file and closes the
// connection again. Progress arrives as signals in the GUI thread; cancel()
// makes the next progress report stop the import, which then writes nothing.
#pragma once

#include "LotImport.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QThread;

namespace lotbook {

class ImportRun : public QObject
{
    Q_OBJECT
public:
    // `userName` is recorded in the audit events, as the GUI connection records it.
    ImportRun(QString databasePath, QString userName, QObject *parent = nullptr);
    ~ImportRun() override; // cancels a run still going and waits for it

    // Starts importing `file`; the progress callback of `options` is replaced.
    // Ignored while a run is going.
    void start(const QString &file, ImportOptions options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool cancelRequested() const { return m_cancel.load(); }
    // The outcome of the last run; valid once finished() was emitted.
    const ImportReport &report() const { return m_report; }

    // For tests: called in the worker thread on every progress report, before
    // the cancel flag is looked at (a test can hold the worker there).
    void setWorkerHook(std::function<void(qint64 rows, qint64 bytes)> hook)
    {
        m_hook = std::move(hook);
    }

signals:
    void progress(qint64 rows, qint64 bytes); // queued to the GUI thread
    void finished();

private:
    QString m_databasePath;
    QString m_userName;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    ImportReport m_report;
    std::function<void(qint64, qint64)> m_hook;

    void work(const QString &file, ImportOptions options); // in the worker thread
};

} // namespace lotbook
