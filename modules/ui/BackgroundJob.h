#pragma once

#include "core/Progress.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace vv::ui {

/// Runs one piece of work off the GUI thread with progress and cancel, and hands its result back on the GUI thread:
/// the one way the GUI runs work in the background (evidence import and viewer, monitoring, packages, reviews).
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    explicit BackgroundJob(QObject *parent = nullptr);
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
    /// Cancels the running work and forgets it: neither its done nor that of work queued behind it is called. Why:
    /// the evidence viewer, moved on to another item, must not show the last item's colours, and must not block
    /// the GUI thread until the old work notices the cancel.
    void drop();
    /// True from start until done has been called (or the work was dropped and has ended).
    bool isRunning() const { return m_running; }
    /// Blocks until the running work has ended (for closing the project); done is still called.
    void wait();

Q_SIGNALS:
    /// Done and in all (bytes or rows), and what is being read; rate-limited by the work's ProgressThrottle.
    void progress(qint64 done, qint64 total, const QString &what);

private:
    bool startWork(std::function<void(const CancellationToken &, const ProgressSink &)> work,
                   std::function<void()> done);

    QFutureWatcher<void> m_watcher;
    CancellationToken m_cancel;
    std::function<void()> m_done;
    /// Work started while dropped work still ran, with its done; it starts when the dropped work has ended.
    std::function<void()> m_queued;
    bool m_running = false;
    bool m_dropped = false;
};

} // namespace vv::ui
