#include "evidence/Highlighter.h"

#include "core/WorkFolder.h"
#include "evidence/ContentType.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace vv::evidence {

#ifdef VV_HAVE_KF6_SYNTAX_HIGHLIGHTING
std::unique_ptr<Highlighter> createKf6Highlighter(); // Kf6Highlighter.cpp
#endif

std::unique_ptr<Highlighter> createHighlighter()
{
#ifdef VV_HAVE_KF6_SYNTAX_HIGHLIGHTING
    return createKf6Highlighter();
#else
    return std::make_unique<KateHighlighter>();
#endif
}

namespace {

// One CSS declaration list, keeping only colours, weight, slant and decoration with plain values.
QString safeStyle(const QString &style)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{3,8}$"));
    static const QRegularExpression weight(QStringLiteral("^(bold|normal|[1-9]00)$"));
    static const QRegularExpression slant(QStringLiteral("^(italic|normal)$"));
    static const QRegularExpression decoration(QStringLiteral("^(underline|line-through|none)$"));
    QStringList kept;
    for (const QString &declaration : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        bool ok = false;
        if (property == QStringLiteral("color") || property == QStringLiteral("background-color"))
            ok = colour.match(value).hasMatch();
        else if (property == QStringLiteral("font-weight"))
            ok = weight.match(value).hasMatch();
        else if (property == QStringLiteral("font-style"))
            ok = slant.match(value).hasMatch();
        else if (property == QStringLiteral("text-decoration"))
            ok = decoration.match(value).hasMatch();
        if (ok)
            kept << property + QLatin1Char(':') + value;
    }
    return kept.join(QLatin1Char(';'));
}

QString themeColours(Highlighter::Theme theme)
{
    return theme == Highlighter::Theme::Dark ? QStringLiteral("background-color:#232629;color:#cfcfc2")
                                             : QStringLiteral("background-color:#ffffff;color:#1f1c1b");
}

QString safeTempName(const QString &fileName)
{
    QString name = fileName.section(QLatin1Char('/'), -1);
    QString out;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c == QLatin1Char('\\') || c == QChar(0x7f))
            continue;
        out += c;
    }
    out = out.trimmed().right(120);
    if (out.isEmpty() || out == QStringLiteral(".") || out == QStringLiteral(".."))
        out = QStringLiteral("text.txt");
    return out;
}

} // namespace

QString plainTextHtml(const QString &text, Highlighter::Theme theme)
{
    return QStringLiteral("<pre style=\"%1\">%2</pre>").arg(themeColours(theme), text.toHtmlEscaped());
}

QByteArrayView headForHighlighting(QByteArrayView text, qint64 maxBytes, bool *truncated)
{
    *truncated = text.size() > maxBytes;
    if (!*truncated)
        return text;
    QByteArrayView head = text.first(maxBytes);
    const qsizetype lastLine = head.lastIndexOf('\n');
    return lastLine > maxBytes / 2 ? head.first(lastLine + 1) : head;
}

QString definitionForMediaType(const QString &mediaType)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("application/json"), QStringLiteral("JSON")},
        {QStringLiteral("application/x-ipynb+json"), QStringLiteral("JSON")},
        {QStringLiteral("application/x-yaml"), QStringLiteral("YAML")},
        {QStringLiteral("application/yaml"), QStringLiteral("YAML")},
        {QStringLiteral("text/csv"), QStringLiteral("CSV")},
        {QStringLiteral("text/tab-separated-values"), QStringLiteral("TSV")},
        {QStringLiteral("text/markdown"), QStringLiteral("Markdown")},
        {QStringLiteral("text/x-python"), QStringLiteral("Python")},
        {QStringLiteral("text/x-python3"), QStringLiteral("Python")},
        {QStringLiteral("text/x-log"), QStringLiteral("Log File (simplified)")},
        {QStringLiteral("application/xml"), QStringLiteral("XML")},
        {QStringLiteral("text/xml"), QStringLiteral("XML")},
        {QStringLiteral("application/toml"), QStringLiteral("TOML")},
        {QStringLiteral("application/x-shellscript"), QStringLiteral("Bash")},
        {QStringLiteral("text/x-rsrc"), QStringLiteral("R Script")},
        {QStringLiteral("application/sql"), QStringLiteral("SQL")},
        {QStringLiteral("text/html"), QStringLiteral("HTML")},
        {QStringLiteral("text/x-tex"), QStringLiteral("LaTeX")},
        {QStringLiteral("text/x-patch"), QStringLiteral("Diff")},
        {QStringLiteral("text/x-diff"), QStringLiteral("Diff")},
    };
    return map.value(mediaType);
}

QString sanitizeHighlightedHtml(const QString &html, QString *definition)
{
    static const QRegularExpression generator(
        QStringLiteral("<meta name=\"generator\" content=\"[^\"]*Definition \\((.*)\\) - Theme \\([^\"]*\""));
    static const QRegularExpression bodyStyle(QStringLiteral("<body style=\"([^\"]*)\""));
    static const QRegularExpression spanOpen(QStringLiteral("^<span style=\"([^\"<>]*)\">$"));
    static const QRegularExpression entity(QStringLiteral("^&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});"));

    if (definition) {
        const auto m = generator.match(html);
        *definition = m.hasMatch() ? m.captured(1) : QString();
    }
    const auto body = bodyStyle.match(html);
    const QString preStyle = body.hasMatch() ? safeStyle(body.captured(1)) : QString();

    qsizetype start = html.indexOf(QStringLiteral("<pre>"));
    qsizetype end = html.lastIndexOf(QStringLiteral("</pre>"));
    QStringView content;
    if (start >= 0 && end > start) {
        start += 5;
        if (start < end && html.at(start) == QLatin1Char('\n'))
            ++start; // the line break after <pre> is not part of the text
        content = QStringView(html).mid(start, end - start);
    }

    QString out;
    out.reserve(content.size() + 64);
    out += QStringLiteral("<pre style=\"") + preStyle + QStringLiteral("\">");
    int depth = 0;
    for (qsizetype i = 0; i < content.size();) {
        const QChar c = content[i];
        if (c == QLatin1Char('<')) {
            const qsizetype close = content.indexOf(QLatin1Char('>'), i);
            if (close < 0) {
                out += QStringLiteral("&lt;");
                ++i;
                continue;
            }
            const QString tag = content.mid(i, close - i + 1).toString();
            if (const auto m = spanOpen.match(tag); m.hasMatch()) {
                out += QStringLiteral("<span style=\"") + safeStyle(m.captured(1)) + QStringLiteral("\">");
                ++depth;
            } else if (tag == QStringLiteral("</span>") && depth > 0) {
                out += tag;
                --depth;
            }
            // Any other markup is dropped.
            i = close + 1;
        } else if (c == QLatin1Char('&')) {
            const auto m = entity.match(content.mid(i, 12).toString());
            if (m.hasMatch()) {
                out += m.captured(0);
                i += m.capturedLength(0);
            } else {
                out += QStringLiteral("&amp;");
                ++i;
            }
        } else if (c == QLatin1Char('>')) {
            out += QStringLiteral("&gt;");
            ++i;
        } else if (c == QLatin1Char('"')) {
            out += QStringLiteral("&quot;");
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    for (; depth > 0; --depth)
        out += QStringLiteral("</span>");
    out += QStringLiteral("</pre>");
    return out;
}

KateHighlighter::KateHighlighter() : KateHighlighter(Options{}) {}

KateHighlighter::KateHighlighter(Options options) : m_options(std::move(options))
{
    if (m_options.program.isEmpty())
        m_options.program = QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter"));
}

QString KateHighlighter::name() const
{
    return QStringLiteral("KDE Syntax-Highlighting (kate-syntax-highlighter)");
}

bool KateHighlighter::isAvailable() const
{
    return !m_options.program.isEmpty() && QFileInfo(m_options.program).isExecutable();
}

QString KateHighlighter::themeName(Theme theme)
{
    return theme == Theme::Dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light");
}

Result<KateHighlighter::Run> KateHighlighter::run(const QStringList &args, const CancellationToken *cancel) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProgram(m_options.program);
    p.setArguments(args);
    p.start(QIODevice::ReadOnly);
    if (!p.waitForStarted(5000))
        return Error::runtime(tr("cannot start %1: %2").arg(m_options.program, p.errorString()),
                              tr("Install the Debian package libkf5syntaxhighlighting-tools."));
    QElapsedTimer timer;
    timer.start();
    Run r;
    auto stop = [&](Error e) {
        p.kill();
        p.waitForFinished(2000);
        return e;
    };
    while (!p.waitForFinished(50)) {
        if (p.state() == QProcess::NotRunning)
            break;
        r.out += p.readAllStandardOutput();
        if (r.out.size() > m_options.maxOutputBytes)
            return stop(Error::runtime(tr("the highlighter produced more than %1 MiB").arg(m_options.maxOutputBytes >> 20)));
        if (cancel && cancel->isCancelled())
            return stop(Error::cancelled());
        if (timer.elapsed() > m_options.timeoutMs)
            return stop(Error::runtime(tr("the highlighter took longer than %1 s").arg(m_options.timeoutMs / 1000.0)));
    }
    r.out += p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (r.out.size() > m_options.maxOutputBytes)
        return Error::runtime(tr("the highlighter produced more than %1 MiB").arg(m_options.maxOutputBytes >> 20));
    if (p.exitStatus() != QProcess::NormalExit)
        return Error::runtime(tr("the highlighter stopped unexpectedly"));
    r.exitCode = p.exitCode();
    return r;
}

Result<Highlighter::Output> KateHighlighter::highlight(const Request &request, const CancellationToken *cancel) const
{
    if (!isAvailable())
        return Error::runtime(tr("kate-syntax-highlighter is not installed"),
                              tr("Install the Debian package libkf5syntaxhighlighting-tools."));
    Output output;
    const QByteArrayView bytes = headForHighlighting(request.text, m_options.maxInputBytes, &output.truncated);
    // The text goes to a private folder under its own name, so that the name picks the definition as in Kate.
    WorkFolder dir(QStringLiteral("highlight"));
    if (!dir.isValid())
        return Error::runtime(tr("cannot create a temporary folder: %1").arg(dir.errorString()));
    const QString path = dir.filePath(safeTempName(request.fileName));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(decodeText(bytes).toUtf8()) < 0)
            return Error::runtime(tr("cannot write a temporary file: %1").arg(f.errorString()));
    }
    const QStringList common = {QStringLiteral("-f"), QStringLiteral("html"), QStringLiteral("-t"),
                                themeName(request.theme), QStringLiteral("-T"), QStringLiteral("evidence")};
    auto r = run(common + QStringList{path}, cancel);
    if (!r)
        return r.error();
    if (r->exitCode != 0) {
        // No definition for the name: try the one for the MIME type.
        const QString byType = definitionForMediaType(request.mediaType);
        if (byType.isEmpty())
            return Error::runtime(tr("no syntax definition for %1").arg(request.fileName));
        r = run(common + QStringList{QStringLiteral("-s"), byType, path}, cancel);
        if (!r)
            return r.error();
        if (r->exitCode != 0)
            return Error::runtime(tr("the highlighter failed: %1").arg(QString::fromUtf8(r->err).trimmed()));
    }
    output.html = sanitizeHighlightedHtml(QString::fromUtf8(r->out), &output.definition);
    return output;
}

} // namespace vv::evidence
