#include "core/Clock.h"

#include <QTimeZone>

namespace vv {

namespace {
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime FixedClock::nowUtc() const
{
    std::lock_guard lock(m_mutex);
    return m_now;
}

void FixedClock::set(const QDateTime &t)
{
    std::lock_guard lock(m_mutex);
    m_now = t.toUTC();
}

void FixedClock::advance(qint64 msecs)
{
    std::lock_guard lock(m_mutex);
    m_now = m_now.addMSecs(msecs);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace vv
