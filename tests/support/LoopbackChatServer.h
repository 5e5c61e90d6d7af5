#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

class QTcpServer;

namespace vv::test {

/// An OpenAI-compatible chat server on 127.0.0.1 and a free port, for tests and benchmarks. It serves GET /models
/// and POST /chat/completions on its own thread. The last message's content steers it:
/// `[[answer:TEXT]]` the answer (default "OK"); `[[delay:MS]]` wait first; `[[status:429]]` or `[[status:500]]`
/// fail, `[[times:N]]` only the first N requests with that content, `[[retry-after:S]]` with a Retry-After header;
/// `[[truncated]]` cut the JSON in half; `[[html]]` an HTML page instead of JSON. Without `[[answer:]]` it answers
/// the default answer, or echoes the whole conversation (a model that leaks everything it was given).
/// A request with a response_format is a judge's: it is answered with the `[[judge:TEXT]]` directive found anywhere
/// in the prompt (the question a judge is shown holds the case's directives), `[[judge:oversized]]` a 20 000
/// character reason, and without one {"score": 1, ...}.
/// POST /retrieve is a retrieval endpoint ({query, k} -> {results: [{id, score}]}, docs/test-suites.md): the query's
/// `[[ids:A,B,C]]` are the results, best first, cut at k (`[[ignore-k]]`: not cut); `[[ids:malformed]]` a body that
/// is not JSON.
class LoopbackChatServer {
public:
    LoopbackChatServer();
    ~LoopbackChatServer();

    /// Starts listening; false if no port could be had.
    bool start();
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT/v1
    QString baseUrl() const;
    /// A delay before every answer, in milliseconds (the benchmark's fixed latency).
    void setDelayMs(int ms) { m_delayMs = ms; }
    /// The answer to requests that do not steer it (null: "OK").
    void setDefaultAnswer(const QString &answer)
    {
        QMutexLocker lock(&m_mutex);
        m_defaultAnswer = answer;
    }
    /// Whether unsteered requests are answered with every message's content, one per line.
    void setEchoConversation(bool echo)
    {
        QMutexLocker lock(&m_mutex);
        m_echo = echo;
    }
    /// Chat requests received, retries included (judge requests too).
    int chatRequests() const { return m_chatRequests; }
    /// Judge requests received (chat requests with a response_format).
    int judgeRequests() const { return m_judgeRequests; }
    /// Retrieval requests received.
    int retrievalRequests() const { return m_retrievalRequests; }
    /// The bodies of the judge requests received, for checking the model, the prompt and the response_format.
    QList<QByteArray> judgeRequestBodies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_judgeBodies;
    }
    /// The Authorization headers received, for checking that keys are sent and not leaked elsewhere.
    QStringList authorizations() const;

private:
    friend class LoopbackConnection;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; ///< lives on m_thread; the server's work is queued to it
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic_int m_delayMs{0};
    std::atomic_int m_chatRequests{0};
    std::atomic_int m_judgeRequests{0};
    std::atomic_int m_retrievalRequests{0};
    QList<QByteArray> m_judgeBodies;
    mutable QMutex m_mutex;
    QHash<QString, int> m_seen;
    QStringList m_authorizations;
    QString m_defaultAnswer;
    bool m_echo = false;
};

} // namespace vv::test
