#pragma once

// Shared by the tests: generated content, memory measurement and running the CLI as a user would.

#include <QByteArray>
#include <QIODevice>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

#include <nlohmann/json.hpp>

namespace vv::test {

/// A read-only device producing size bytes of deterministic pseudo-random content (never held in memory whole).
class GeneratedDevice : public QIODevice {
public:
    GeneratedDevice(qint64 size, quint64 seed);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_size - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_size && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
    quint64 m_state;
};

/// A write-only device that hashes what is written to it and keeps nothing, so that reading a large blob back
/// does not hold it in memory.
class HashingSink : public QIODevice {
public:
    HashingSink();
    ~HashingSink() override;
    QString finishHex();
    qint64 total() const { return m_total; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override;

private:
    struct State;
    std::unique_ptr<State> d;
    qint64 m_total = 0;
};

/// The SHA-256 hex of what GeneratedDevice(size, seed) produces.
QString generatedSha256(qint64 size, quint64 seed);

/// Peak resident memory of this process in bytes (VmHWM).
qint64 peakRssBytes();
/// Resets the peak so that the next reading measures only what follows; false if the kernel refuses.
bool resetPeakRss();

/// Result of running one of Veiviser's executables.
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs build/bin/veiviser-cli with args, in English unless args say otherwise.
ProcessResult runCli(const QStringList &args, const QString &workDir = {}, int timeoutMs = 120000);
QString cliPath();

/// Writes head and then block `times` times to path, for large generated inputs; false if it cannot.
bool writeRepeated(const QString &path, const QByteArray &head, const QByteArray &block, int times);

/// The SHA-256 hex of a file's bytes, for "nothing changed" checks.
QString fileSha256(const QString &path);

/// A copy of the shipped templates (dataDirectory()/templates) at dest, for a test to change; false if it cannot.
bool copyShippedTemplates(const QString &dest);

} // namespace vv::test

/// QCOMPARE for nlohmann::json values, printing both sides on failure.
#define VV_COMPARE_JSON(actual, expected)                                                                  \
    do {                                                                                                   \
        const ::nlohmann::json vv_a_ = (actual);                                                           \
        const ::nlohmann::json vv_e_ = (expected);                                                         \
        QVERIFY2(vv_a_ == vv_e_, qPrintable(QStringLiteral("actual %1, expected %2")                       \
                                                .arg(QString::fromStdString(vv_a_.dump()),                 \
                                                     QString::fromStdString(vv_e_.dump()))));              \
    } while (false)

/// Calls a void helper that checks with QVERIFY or QCOMPARE, and ends the calling test when the helper failed: a
/// failed check returns only from the helper, and the test would go on as if it had passed.
#define VV_HELPER(call)                                                                                     \
    do {                                                                                                   \
        call;                                                                                              \
        if (QTest::currentTestFailed())                                                                    \
            return;                                                                                        \
    } while (false)
