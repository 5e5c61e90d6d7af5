#pragma once

// What every benchmark needs: peak-memory readings, incompressible test files, medians and the machine's name.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <initializer_list>
#include <cstdio>
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

/// Prints the machine line every benchmark report starts with, so ratios can be compared across machines.
inline void printMachine()
{
    std::printf("machine: %s, %d CPUs, %s\n", qPrintable(cpuModel()), QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()));
}

/// Wall seconds of one whole process, start-up included (p prepared by the caller: environment, channels), or -1
/// when it did not finish within 30 minutes or exited with a code not in ok; then the tail of its output is printed.
inline double timeProcess(QProcess &p, const QString &program, const QStringList &args, std::initializer_list<int> ok)
{
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(30 * 60 * 1000))
        return -1;
    const double s = t.elapsed() / 1000.0;
    if (p.exitStatus() != QProcess::NormalExit || std::find(ok.begin(), ok.end(), p.exitCode()) == ok.end()) {
        std::fprintf(stderr, "%s failed (exit %d): %s\n", qPrintable(program), p.exitCode(),
                     p.readAll().right(2000).constData());
        return -1;
    }
    return s;
}

/// A benchmark's command line: `--name VALUE` pairs from a fixed set. An unknown name, a missing value or a
/// number that does not parse (or is below 1) is reported instead of silently measuring something else.
class BenchOptions {
public:
    BenchOptions(const QStringList &args, const QStringList &known, const char *usage) : m_usage(usage)
    {
        for (int i = 1; i < args.size(); i += 2) {
            if (!known.contains(args[i]) || i + 1 >= args.size()) {
                m_error = QStringLiteral("unknown option or missing value: %1").arg(args[i]);
                return;
            }
            m_values.insert(args[i], args[i + 1]);
        }
    }

    QString text(const QString &name, const QString &fallback) const { return m_values.value(name, fallback); }

    qint64 positive(const QString &name, qint64 fallback)
    {
        if (!m_values.contains(name))
            return fallback;
        bool ok = false;
        const qint64 v = m_values.value(name).toLongLong(&ok);
        if (!ok || v < 1)
            m_error = QStringLiteral("%1 needs a whole number of at least 1, not '%2'").arg(name, m_values.value(name));
        return ok && v >= 1 ? v : fallback;
    }

    /// False after printing the problem and the usage line; the benchmark then exits with 2.
    bool check() const
    {
        if (m_error.isEmpty())
            return true;
        std::fprintf(stderr, "%s\nusage: %s\n", qPrintable(m_error), m_usage);
        return false;
    }

private:
    QMap<QString, QString> m_values;
    QString m_error;
    const char *m_usage;
};

} // namespace vv::bench
