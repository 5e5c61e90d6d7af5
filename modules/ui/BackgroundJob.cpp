#include "ui/BackgroundJob.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace vv::ui {

BackgroundJob::BackgroundJob(QObject *parent, Threads threads) : QObject(parent)
{
    if (threads == Threads::Own) {
        m_ownThread = std::make_unique<QThreadPool>();
        m_ownThread->setMaxThreadCount(1);
    }
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_running = false;
        m_dropped = false;
        if (m_queued) {
            const std::function<void()> queued = std::move(m_queued);
            m_queued = nullptr;
            queued();
            return;
        }
        // The callback may start the next job, which sets m_done anew.
        const std::function<void()> done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done();
    });
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool BackgroundJob::startWork(std::function<void(const CancellationToken &, const ProgressSink &)> work,
                              std::function<void()> done)
{
    if (m_running && m_dropped) {
        m_queued = [this, work = std::move(work), done = std::move(done)]() mutable {
            (void)startWork(std::move(work), std::move(done));
        };
        return true;
    }
    if (m_running)
        return false;
    m_running = true;
    m_cancel = CancellationToken();
    m_done = std::move(done);
    const CancellationToken cancel = m_cancel;
    // The job outlives the work (its destructor waits), and queued calls to a deleted object are dropped.
    const ProgressSink sink = [this](qint64 done, qint64 total, const QString &what) {
        QMetaObject::invokeMethod(this, [this, done, total, what] { Q_EMIT progress(done, total, what); },
                                  Qt::QueuedConnection);
    };
    QThreadPool *pool = m_ownThread ? m_ownThread.get() : QThreadPool::globalInstance();
    m_watcher.setFuture(QtConcurrent::run(pool, [work = std::move(work), cancel, sink] { work(cancel, sink); }));
    return true;
}

void BackgroundJob::cancel()
{
    m_cancel.cancel();
}

void BackgroundJob::drop()
{
    if (!m_running)
        return;
    m_cancel.cancel();
    m_done = nullptr;
    m_queued = nullptr;
    m_dropped = true;
}

void BackgroundJob::wait()
{
    m_watcher.waitForFinished();
}

void BackgroundJob::finish()
{
    m_watcher.waitForFinished();
    // The progress was posted before the end: delivered first, in the order the work sent them.
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::sendPostedEvents(&m_watcher);
}

} // namespace vv::ui
