#include "ImportRun.h"

#include "Database.h"

#include <QThread>

namespace lotbook {

ImportRun::ImportRun(QString databasePath, QString userName, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_userName(std::move(userName))
{}

ImportRun::~ImportRun()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportRun::start(const QString &file, ImportOptions options)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_report = {};
    m_thread = QThread::create([this, file, options] { work(file, options); });
    m_thread->setObjectName(QStringLiteral("lotbook-import"));
    // Queued to this object's (the GUI) thread: the report is complete by then.
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

void ImportRun::cancel()
{
    if (m_thread)
        m_cancel = true;
}

void ImportRun::work(const QString &file, ImportOptions options)
{
    options.progress = [this](qint64 rows, qint64 bytes) {
        emit progress(rows, bytes);
        if (m_hook)
            m_hook(rows, bytes);
        return !m_cancel.load();
    };
    // A connection of this thread's own, closed before the thread ends.
    OpenResult opened = Database::open(m_databasePath, OpenMode::OpenExisting, Verify::ByCaller);
    if (!opened.ok()) {
        m_report = {};
        m_report.errors.append({0, {}, opened.message});
        return;
    }
    opened.database->setUserName(m_userName);
    m_report = LotImport(*opened.database).runFile(file, options);
}

} // namespace lotbook
