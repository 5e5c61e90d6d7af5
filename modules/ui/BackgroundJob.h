#pragma once

#include "core/Progress.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace vv::ui {

/// Runs one piece of work off the GUI thread with progress and cancel, and hands its result back on the GUI thread:
/// the one way the GUI's jobs (evidence import, production-data ingest) run in the background.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    explicit BackgroundJob(QObject *parent = nullptr);
    /// Cancels the running work and waits for it: the work may use what its owner holds.
    ~BackgroundJob() override;

    /// Runs work on a worker thread; done gets its result on the GUI thread. The work must open its own connection
    /// to a project (a connection belongs to the thread that opened it). False while other work runs.
    template <typename T>
    bool start(std::function<T(const CancellationToken &, const ProgressSink &)> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        return startWork([work = std::move(work), result](const CancellationToken &cancel,
                                                          const ProgressSink &progress) { *result = work(cancel, progress); },
                         [done = std::move(done), result] { done(std::move(**result)); });
    }
    void cancel();
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
    bool m_running = false;
};

} // namespace vv::ui
