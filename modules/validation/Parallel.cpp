#include "validation/Parallel.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace vv::validation {

void parallelFor(int count, const std::function<void(int)> &body)
{
    if (count <= 0)
        return;
    if (count == 1) {
        body(0);
        return;
    }
    std::atomic_int next{0};
    const auto drain = [&] {
        for (int i = next++; i < count; i = next++)
            body(i);
    };
    // Helpers start only on threads the pool has free now (tryStart), and the calling thread takes whatever they do
    // not. Work queued behind busy threads could wait for ever: when the caller holds the pool's last thread (the GUI
    // runs long work on the pool too), or when the threads are held by work that waits for this call. Qt 6.4's
    // blockingMap queues its work and waits, and hung exactly so with one or two threads in the pool.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore helpersDone;
    int helpers = 0;
    const int wanted = std::min(count - 1, std::max(1, pool->maxThreadCount()));
    while (helpers < wanted && pool->tryStart([&] {
               drain();
               helpersDone.release();
           }))
        ++helpers;
    drain();
    helpersDone.acquire(helpers);
}

int workersFor(std::size_t n)
{
    if (n < (std::size_t(1) << 16))
        return 1;
    return std::max(1, QThread::idealThreadCount());
}

} // namespace vv::validation
