#pragma once

#include "core/Progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace vv::ui {

/// Runs one piece of work off the GUI thread with progress and cancel, and hands its result back on the GUI thread:
/// the one way the GUI runs work in the background (evidence import and viewer, monitoring, packages, reviews,
/// engine runs and validations).
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    /// Where the work runs.
    enum class Threads {
        Shared, ///< Qt's global thread pool: for work of seconds
        /// A thread of the job's own, for work that may take minutes or hours (an engine run, a validation): it
        /// does not hold one of the few shared threads that other pages and the computation's own parallel parts
        /// (validation::parallelFor) need meanwhile.
        Own,
    };
    explicit BackgroundJob(QObject *parent = nullptr, Threads threads = Threads::Shared);
    /// Cancels the running work and waits for it: the work may use what its owner holds.
    ~BackgroundJob() override;

    /// Runs work on a worker thread; done gets its result on the GUI thread. The work must open its own connection
    /// to a project (a connection belongs to the thread that opened it). False while other work runs, unless that
    /// work was dropped: then this work starts as soon as the dropped work has ended.
    template <typename T>
    bool start(std::function<T(const CancellationToken &, const ProgressSink &)> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        return startWork([work = std::move(work), result](const CancellationToken &cancel,
                                                          const ProgressSink &progress) { *result = work(cancel, progress); },
                         [done = std::move(done), result] { done(std::move(**result)); });
    }
    void cancel();
    /// True once the running work was asked to stop (until the next start).
    bool isCancelled() const { return m_cancel.isCancelled(); }
    /// Cancels the running work and forgets it: neither its done nor that of work queued behind it is called. Why:
    /// the evidence viewer, moved on to another item, must not show the last item's colours, and must not block
    /// the GUI thread until the old work notices the cancel.
    void drop();
    /// True from start until done has been called (or the work was dropped and has ended).
    bool isRunning() const { return m_running; }
    /// Blocks until the running work has ended (for closing the project); done is still called.
    void wait();
    /// Blocks until the running work has ended and calls done at once, with the progress still on its way: a
    /// dialog that closes shows and signals how its work ended before it goes.
    void finish();

Q_SIGNALS:
    /// Done and in all (bytes or rows), and what is being read; rate-limited by the work's ProgressThrottle.
    void progress(qint64 done, qint64 total, const QString &what);

private:
    bool startWork(std::function<void(const CancellationToken &, const ProgressSink &)> work,
                   std::function<void()> done);

    /// The job's own thread (Threads::Own); null for the shared pool.
    std::unique_ptr<QThreadPool> m_ownThread;
    QFutureWatcher<void> m_watcher;
    CancellationToken m_cancel;
    std::function<void()> m_done;
    /// Work started while dropped work still ran, with its done; it starts when the dropped work has ended.
    std::function<void()> m_queued;
    bool m_running = false;
    bool m_dropped = false;
};

} // namespace vv::ui
