#include "core/Progress.h"

#include <QDateTime>

namespace vv {

void ProgressThrottle::report(qint64 done, qint64 total, const QString &label, bool force)
{
    if (!m_sink)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (force || m_lastMs < 0 || now - m_lastMs >= 100 || (total > 0 && done >= total)) {
        m_lastMs = now;
        m_sink(done, total, label);
    }
}

} // namespace vv
