// The in-process highlighter, built only with -DVEIVISER_KF6_SYNTAX_HIGHLIGHTING=ON where KF6SyntaxHighlighting
// exists (Debian 12 has no Qt 6 build of it; there KateHighlighter runs the same engine as a separate process).

#include "evidence/ContentType.h"
#include "evidence/Highlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/HtmlHighlighter>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QBuffer>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace vv::evidence {

namespace {

/// KDE's engine linked in: the same definitions and themes as kate-syntax-highlighter, without a process.
class Kf6Highlighter final : public Highlighter {
    Q_DECLARE_TR_FUNCTIONS(vv::evidence::KateHighlighter)
public:
    static constexpr qint64 maxInputBytes = 1 << 20;

    QString name() const override { return QStringLiteral("KDE Syntax-Highlighting (KF6, in-process)"); }
    bool isAvailable() const override { return true; }

    Result<Output> highlight(const Request &request, const CancellationToken *cancel) const override
    {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        Output output;
        const QByteArray text = decodeText(headForHighlighting(request.text, maxInputBytes, &output.truncated)).toUtf8();
        // The repository is not thread-safe; viewers on several threads take turns.
        std::lock_guard lock(m_mutex);
        KSyntaxHighlighting::Definition definition = m_repository.definitionForFileName(request.fileName);
        if (!definition.isValid())
            definition = m_repository.definitionForMimeType(request.mediaType);
        if (!definition.isValid())
            return Error::runtime(tr("no syntax definition for %1").arg(request.fileName));
        char *buffer = nullptr;
        std::size_t length = 0;
        FILE *sink = open_memstream(&buffer, &length);
        if (!sink)
            return Error::runtime(tr("out of memory while highlighting"));
        {
            KSyntaxHighlighting::HtmlHighlighter html;
            html.setDefinition(definition);
            html.setTheme(m_repository.theme(KateHighlighter::themeName(request.theme)));
            html.setOutput(sink);
            QBuffer in;
            in.setData(text);
            in.open(QIODevice::ReadOnly);
            html.highlightData(&in, QStringLiteral("evidence"));
        }
        std::fclose(sink);
        const QString page = QString::fromUtf8(buffer, static_cast<qsizetype>(length));
        std::free(buffer);
        output.html = sanitizeHighlightedHtml(page);
        output.definition = definition.name();
        return output;
    }

private:
    mutable std::mutex m_mutex;
    mutable KSyntaxHighlighting::Repository m_repository;
};

} // namespace

std::unique_ptr<Highlighter> createKf6Highlighter()
{
    return std::make_unique<Kf6Highlighter>();
}

} // namespace vv::evidence
