#pragma once

// What every benchmark needs: peak-memory readings, incompressible test files, medians and the machine's name.

#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <unistd.h>
#include <vector>

namespace vv::bench {

/// A field of /proc/self/status in KiB (VmRSS, VmHWM), or -1.
inline qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QString::fromLatin1(field) + QStringLiteral(":\\s+(\\d+)\\s+kB"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

/// Resets VmHWM to the current RSS, so the next reading is the peak of what follows.
inline bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

/// Writes bytes of pseudo-random data (splitmix64 from seed: incompressible, never deduplicated) and fsyncs.
inline bool writeRandomFile(const QString &path, qint64 bytes, quint64 seed = 0x9E3779B97F4A7C15ull)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::vector<quint64> buf((1 << 20) / 8);
    quint64 state = seed;
    for (qint64 written = 0; written < bytes;) {
        for (quint64 &w : buf) {
            quint64 z = (state += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            w = z ^ (z >> 31);
        }
        const qint64 n = std::min<qint64>(bytes - written, qint64(buf.size() * 8));
        if (f.write(reinterpret_cast<const char *>(buf.data()), n) != n)
            return false;
        written += n;
    }
    return f.flush() && ::fsync(f.handle()) == 0;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

inline QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto m = QRegularExpression(QStringLiteral("model name\\s*:\\s*(.*)")).match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace vv::bench
