#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace vv {

/// A cancellation flag shared between the thread that does long work and the one that may cancel it.
class CancellationToken {
public:
    CancellationToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

/// Receives progress of long work: done and total in the work's own units (bytes, cases), and a short label.
/// total is 0 when it is not known. Called from the working thread.
using ProgressSink = std::function<void(qint64 done, qint64 total, const QString &label)>;

/// Rate-limits progress reports to about one every 100 ms, so hot loops can report on every step.
class ProgressThrottle {
public:
    explicit ProgressThrottle(ProgressSink sink) : m_sink(std::move(sink)) {}
    void report(qint64 done, qint64 total, const QString &label = {}, bool force = false);

private:
    ProgressSink m_sink;
    qint64 m_lastMs = -1;
};

} // namespace vv
