#pragma once

#include <QDateTime>

#include <mutex>

namespace vv {

/// The source of "now" for everything that is recorded; injectable so that tests and audits are reproducible.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current time in UTC, with millisecond precision.
    virtual QDateTime nowUtc() const = 0;

    /// The wall clock; lives for the whole program.
    static const Clock &system();
};

/// A clock that returns a set time and only moves when told to; for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override;
    void set(const QDateTime &t);
    void advance(qint64 msecs);

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

/// ISO 8601 UTC with milliseconds and a Z, the one text form of times in project files and packages.
QString isoUtc(const QDateTime &t);

} // namespace vv
