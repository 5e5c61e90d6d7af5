#include "TestSupport.h"

#include "core/Environment.h"
#include "core/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace vv::test {

GeneratedDevice::GeneratedDevice(qint64 size, quint64 seed) : m_size(size), m_state(seed * 0x9E3779B97F4A7C15ull + 1)
{
    open(QIODevice::ReadOnly);
}

qint64 GeneratedDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_size - m_pos);
    // splitmix64, eight bytes at a time: cheap, and every position differs, so chunks never dedupe by accident.
    for (qint64 i = 0; i < n; ++i) {
        if (((m_pos + i) & 7) == 0) {
            m_state += 0x9E3779B97F4A7C15ull;
        }
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        data[i] = static_cast<char>(z >> (((m_pos + i) & 7) * 8));
    }
    m_pos += n;
    return n;
}

struct HashingSink::State {
    Sha256 hash;
};

HashingSink::HashingSink() : d(std::make_unique<State>())
{
    open(QIODevice::WriteOnly);
}

HashingSink::~HashingSink() = default;

QString HashingSink::finishHex()
{
    return d->hash.finishHex();
}

qint64 HashingSink::writeData(const char *data, qint64 len)
{
    d->hash.update(data, len);
    m_total += len;
    return len;
}

QString generatedSha256(qint64 size, quint64 seed)
{
    GeneratedDevice dev(size, seed);
    Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = dev.read(buf.data(), buf.size());
        if (n <= 0)
            break;
        h.update(buf.constData(), n);
    }
    return h.finishHex();
}

qint64 peakRssBytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression re(QStringLiteral("VmHWM:\\s+(\\d+)\\s+kB"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() * 1024 : -1;
}

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

QString cliPath()
{
    return QStringLiteral(VV_BIN_DIR "/veiviser-cli");
}

ProcessResult runCli(const QStringList &args, const QString &workDir, int timeoutMs)
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QStringList full = args;
    if (!args.contains(QStringLiteral("--lang")))
        full.prepend(QStringLiteral("--lang=en"));
    p.start(cliPath(), full);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeRepeated(const QString &path, const QByteArray &head, const QByteArray &block, int times)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(head) != head.size())
        return false;
    for (int i = 0; i < times; ++i) {
        if (f.write(block) != block.size())
            return false;
    }
    return true;
}

QString fileSha256(const QString &path)
{
    auto r = Sha256::hexOfFile(path);
    return r ? *r : QString();
}

bool copyShippedTemplates(const QString &dest)
{
    const QString shipped = dataDirectory() + QStringLiteral("/templates");
    QDirIterator it(shipped, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = dest + from.mid(shipped.size());
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to))
            return false;
    }
    return true;
}

} // namespace vv::test
