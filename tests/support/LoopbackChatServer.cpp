#include "LoopbackChatServer.h"

#include "core/Json.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace vv::test {

/// One client connection: reads one request, answers it, closes.
class LoopbackConnection : public QObject {
public:
    LoopbackConnection(QTcpSocket *socket, LoopbackChatServer &server) : QObject(socket), m_socket(socket), m_server(server)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onData(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onData()
    {
        m_buffer += m_socket->readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 || m_answered)
            return;
        const QByteArray head = m_buffer.left(headerEnd);
        qsizetype length = 0;
        QString authorization;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
            if (l.toLower().startsWith("authorization:"))
                authorization = QString::fromUtf8(l.mid(14).trimmed());
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        m_answered = true;
        const QByteArray body = m_buffer.mid(headerEnd + 4, length);
        if (!authorization.isEmpty()) {
            QMutexLocker lock(&m_server.m_mutex);
            m_server.m_authorizations << authorization;
        }
        if (head.startsWith("GET ") && head.contains("/models")) {
            reply(200, "application/json", R"({"object":"list","data":[{"id":"loopback-model","object":"model"}]})");
            return;
        }
        if (head.startsWith("POST ") && head.contains("/retrieve")) {
            retrieve(body);
            return;
        }
        if (!head.startsWith("POST ") || !head.contains("/chat/completions")) {
            reply(404, "text/plain", "not found");
            return;
        }
        ++m_server.m_chatRequests;
        auto doc = parseJson(body, QStringLiteral("request"));
        QString content;
        QStringList conversation;
        if (doc && doc->is_object() && (*doc)["messages"].is_array() && !(*doc)["messages"].empty()) {
            content = fromStd((*doc)["messages"].back().value("content", std::string()));
            for (const Json &m : (*doc)["messages"]) {
                if (m.is_object())
                    conversation << fromStd(m.value("content", std::string()));
            }
        }
        int count = 0;
        {
            QMutexLocker lock(&m_server.m_mutex);
            count = ++m_server.m_seen[content];
        }
        auto directive = [&content](const char *name) -> QString {
            const QRegularExpression re(QStringLiteral("\\[\\[%1(?::([^\\]]*))?\\]\\]").arg(QLatin1String(name)));
            const auto m = re.match(content);
            return m.hasMatch() ? (m.captured(1).isNull() ? QStringLiteral("yes") : m.captured(1)) : QString();
        };
        int delay = m_server.m_delayMs;
        if (const QString d = directive("delay"); !d.isEmpty())
            delay += d.toInt();
        const QString status = directive("status");
        const QString times = directive("times");
        const bool fail = !status.isEmpty() && (times.isEmpty() || count <= times.toInt());
        const bool judging = doc && doc->is_object() && doc->contains("response_format");
        if (judging) {
            ++m_server.m_judgeRequests;
            QMutexLocker lock(&m_server.m_mutex);
            m_server.m_judgeBodies << body;
        }
        QString answer = judging ? judgeReply(directive("judge")) : directive("answer");
        if (answer.isEmpty()) {
            QMutexLocker lock(&m_server.m_mutex);
            answer = m_server.m_echo ? conversation.join(QLatin1Char('\n'))
                                     : m_server.m_defaultAnswer.isNull() ? QStringLiteral("OK") : m_server.m_defaultAnswer;
        }
        const Json completion = {{"id", "chatcmpl-loopback"}, {"object", "chat.completion"}, {"model", "loopback-model"},
                                 {"choices", {{{"index", 0}, {"finish_reason", "stop"},
                                               {"message", {{"role", "assistant"}, {"content", toStd(answer)}}}}}},
                                 {"usage", {{"prompt_tokens", 10}, {"completion_tokens", 5}, {"total_tokens", 15}}}};
        QByteArray json = QByteArray::fromStdString(completion.dump());
        int code = 200;
        QByteArray type = "application/json";
        QByteArray extra;
        if (fail) {
            code = status.toInt();
            json = R"({"error":{"message":"loopback failure","type":"server_error"}})";
            if (const QString after = directive("retry-after"); !after.isEmpty())
                extra = "Retry-After: " + after.toLatin1() + "\r\n";
        } else if (!directive("truncated").isEmpty()) {
            json = json.left(json.size() / 2);
        } else if (!directive("html").isEmpty()) {
            type = "text/html";
            json = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
        }
        QTimer::singleShot(delay, this, [this, code, type, json, extra] { reply(code, type, json, extra); });
    }

    static QString judgeReply(const QString &directive)
    {
        if (directive == QStringLiteral("oversized"))
            return QString::fromStdString(Json{{"score", 3}, {"reason", std::string(20000, 'x')}}.dump());
        return directive.isEmpty() ? QStringLiteral(R"({"score": 1, "reason": "no judge directive"})") : directive;
    }

    void retrieve(const QByteArray &body)
    {
        ++m_server.m_retrievalRequests;
        auto doc = parseJson(body, QStringLiteral("request"));
        if (!doc || !doc->is_object() || !(*doc)["query"].is_string() || !(*doc)["k"].is_number_integer()) {
            reply(400, "text/plain", "expected {query, k}");
            return;
        }
        const QString query = fromStd((*doc)["query"].get<std::string>());
        const auto m = QRegularExpression(QStringLiteral("\\[\\[ids:([^\\]]*)\\]\\]")).match(query);
        if (m.captured(1) == QStringLiteral("malformed")) {
            reply(200, "application/json", "{\"results\": [");
            return;
        }
        Json results = Json::array();
        const QStringList ids = m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        // [[ignore-k]]: a server that returns more than it was asked for.
        const qsizetype k = query.contains(QStringLiteral("[[ignore-k]]")) ? ids.size() : (*doc)["k"].get<qsizetype>();
        for (qsizetype i = 0; i < ids.size() && i < k; ++i)
            results.push_back({{"id", toStd(ids[i].trimmed())}, {"score", 1.0 - 0.01 * double(i)}});
        reply(200, "application/json", QByteArray::fromStdString(Json{{"results", results}}.dump()));
    }

    void reply(int code, const QByteArray &type, const QByteArray &body, const QByteArray &extra = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(code) + " X\r\nContent-Type: " + type +
                         "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
                         extra + "\r\n" + body;
        m_socket->write(out);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    LoopbackChatServer &m_server;
    QByteArray m_buffer;
    bool m_answered = false;
};

LoopbackChatServer::LoopbackChatServer() : m_context(std::make_unique<QObject>())
{
    m_context->moveToThread(&m_thread);
}

LoopbackChatServer::~LoopbackChatServer()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_context.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool LoopbackChatServer::start()
{
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, &ok] {
            m_server = new QTcpServer;
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *s = m_server->nextPendingConnection())
                    new LoopbackConnection(s, *this);
            });
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString LoopbackChatServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

QStringList LoopbackChatServer::authorizations() const
{
    QMutexLocker lock(&m_mutex);
    return m_authorizations;
}

} // namespace vv::test
