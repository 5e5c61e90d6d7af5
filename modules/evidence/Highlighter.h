#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vv::evidence {

/// Colours text by its syntax (JSON, YAML, CSV, Markdown, Python, logs and the rest of KDE's definitions) for the
/// evidence viewer. The result is sanitised HTML: a <pre> with coloured <span>s and nothing else.
class Highlighter {
public:
    enum class Theme { Light, Dark };

    /// What to colour: the text's bytes (any encoding decodeText() reads), its file name and MIME type, which pick
    /// the syntax definition, and the theme, which follows the palette.
    struct Request {
        QString fileName;
        QString mediaType;
        QByteArray text;
        Theme theme = Theme::Light;
    };

    /// The coloured text, the definition that was used ("JSON"), and whether the text was cut at the size cap.
    struct Output {
        QString html;
        QString definition;
        bool truncated = false;
    };

    virtual ~Highlighter() = default;
    /// A short description for the About box and logs ("kate-syntax-highlighter 5.103").
    virtual QString name() const = 0;
    virtual bool isAvailable() const = 0;
    /// Colours the text; an error means the caller shows plainTextHtml() instead.
    virtual Result<Output> highlight(const Request &request, const CancellationToken *cancel = nullptr) const = 0;
};

/// The highlighter of this build: KF6SyntaxHighlighting in-process when configured with
/// VEIVISER_KF6_SYNTAX_HIGHLIGHTING, otherwise KDE's kate-syntax-highlighter as a separate process.
std::unique_ptr<Highlighter> createHighlighter();

/// Text as escaped HTML in the same <pre> form as a highlighter's output, for when there is no highlighting.
QString plainTextHtml(const QString &text, Highlighter::Theme theme);

/// Keeps from a highlighter's HTML page only the body's colours, text, character references and <span>s whose
/// style sets colours, weight, slant or decoration; everything else (scripts, links, images, other styles) is
/// dropped. Returns one <pre> element. definition receives the name in the page's generator tag, if any.
QString sanitizeHighlightedHtml(const QString &html, QString *definition = nullptr);

/// The part of text a highlighter colours: all of it up to maxBytes, else the lines that fit (truncated is set).
QByteArrayView headForHighlighting(QByteArrayView text, qint64 maxBytes, bool *truncated);

/// The syntax definition KDE calls a MIME type ("application/json" -> "JSON"), or empty.
QString definitionForMediaType(const QString &mediaType);

/// Runs KDE's `kate-syntax-highlighter -f html` on a private copy of the text, with a timeout and size caps.
class KateHighlighter final : public Highlighter {
    Q_DECLARE_TR_FUNCTIONS(vv::evidence::KateHighlighter)
public:
    struct Options {
        QString program;                    ///< found on PATH when empty
        int timeoutMs = 5000;
        qint64 maxInputBytes = 1 << 20;     ///< longer text is cut at a line end before this, and says so
        qint64 maxOutputBytes = 48ll << 20; ///< more output than this is refused
    };
    KateHighlighter();
    explicit KateHighlighter(Options options);

    QString name() const override;
    bool isAvailable() const override;
    Result<Output> highlight(const Request &request, const CancellationToken *cancel = nullptr) const override;

    static QString themeName(Theme theme);

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result<Run> run(const QStringList &args, const CancellationToken *cancel) const;

    Options m_options;
};

} // namespace vv::evidence
