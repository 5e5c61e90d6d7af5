#include "validation/Parallel.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <vector>

namespace vv::validation {

void parallelFor(int count, const std::function<void(int)> &body)
{
    if (count <= 0)
        return;
    if (count == 1) {
        body(0);
        return;
    }
    std::vector<int> indices(static_cast<std::size_t>(count));
    std::iota(indices.begin(), indices.end(), 0);
    // The blocking variant runs work in the calling thread too, so it cannot deadlock when called from a worker
    // of the same pool (the GUI runs the whole computation off its own thread).
    QtConcurrent::blockingMap(indices, [&body](int i) { body(i); });
}

int workersFor(std::size_t n)
{
    if (n < (std::size_t(1) << 16))
        return 1;
    return std::max(1, QThread::idealThreadCount());
}

} // namespace vv::validation
