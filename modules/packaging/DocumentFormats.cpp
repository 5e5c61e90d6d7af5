#include "packaging/DocumentFormats.h"

#include "core/WorkFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <unistd.h>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace vv::packaging {

namespace {

/// Runs a program to completion, checking for cancel every 100 ms and killing it after timeoutMs.
Result<QByteArray> runProgram(QProcess &p, const QString &program, const QStringList &args, int timeoutMs,
                              const CancellationToken *cancel, const QString &what)
{
    p.setProgram(program);
    p.setArguments(args);
#ifdef Q_OS_LINUX
    // A helper must not outlive Veiviser: when Veiviser is killed (kill -9, a crash) the kernel kills the helper
    // too, and Chromium's processes under veiviser-pdf end when their channel to it closes. Nothing is left printing
    // a package's documents into a folder no one will clean up. The signal follows the thread that started the
    // helper, which waits for it below.
    const pid_t parent = ::getpid();
    p.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // Veiviser died before the line above
            ::_exit(127);
    });
#endif
    p.start();
    if (!p.waitForStarted(10000))
        return Error::runtime(QCoreApplication::translate("vv::packaging", "cannot start %1: %2").arg(program, p.errorString()));
    int waited = 0;
    while (!p.waitForFinished(100)) {
        waited += 100;
        if (cancel && cancel->isCancelled()) {
            p.kill();
            p.waitForFinished();
            return Error::cancelled();
        }
        if (waited > timeoutMs) {
            p.kill();
            p.waitForFinished();
            return Error::runtime(QCoreApplication::translate("vv::packaging", "%1 took longer than %2 s and was stopped")
                                      .arg(what)
                                      .arg(timeoutMs / 1000));
        }
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error::runtime(QCoreApplication::translate("vv::packaging", "%1 failed (exit %2): %3")
                                  .arg(what)
                                  .arg(p.exitCode())
                                  .arg(QString::fromUtf8(err).trimmed().right(400)));
    return p.readAllStandardOutput();
}

/// Chromium repeats a fixed footer on every printed page but lets the text run underneath it, and it keeps page
/// margins clear of anything, so the page's last lines would hide behind the footer. A real table's <tfoot> is
/// repeated on every page, so the body goes into a one-cell table whose footer row keeps the footer's room free
/// (print.css, .page-frame). Only the printed copy gets the frame: the HTML and the DOCX stay plain.
QByteArray framedForPrint(const QByteArray &html)
{
    const QByteArray body = "<body>\n";
    const QByteArray footer = "<div class=\"page-footer\">";
    const qsizetype start = html.indexOf(body);
    const qsizetype end = html.lastIndexOf(footer);
    if (start < 0 || end < start)
        return html; // not one of Veiviser's templates: printed as it is
    const qsizetype open = start + body.size();
    return html.left(open) +
           "<table class=\"page-frame\"><tfoot><tr><td><div class=\"page-footer-space\"></div></td></tr></tfoot>"
           "<tbody><tr><td>\n" +
           html.mid(open, end - open) + "</td></tr></tbody></table>\n" + html.mid(end);
}

} // namespace

QString ExternalPdfPrinter::program()
{
    const QString env = qEnvironmentVariable("VEIVISER_PDF");
    if (!env.isEmpty())
        return QFileInfo(env).isExecutable() ? env : QString();
    const QString next = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("veiviser-pdf"));
    if (QFileInfo(next).isExecutable())
        return next;
    return QStandardPaths::findExecutable(QStringLiteral("veiviser-pdf"));
}

Result<std::vector<QByteArray>> ExternalPdfPrinter::print(const std::vector<QByteArray> &html,
                                                          const CancellationToken *cancel) const
{
    std::vector<QByteArray> out;
    if (html.empty())
        return out;
    const QString exe = program();
    if (exe.isEmpty())
        return Error::runtime(tr("veiviser-pdf, which makes the PDF documents, is not installed next to this program"),
                              tr("Reinstall Veiviser, or leave pdf out of --format."));
    WorkFolder dir(QStringLiteral("print")); // private (0700), removed afterwards, also after a kill
    if (!dir.isValid())
        return Error::runtime(tr("cannot create a temporary folder for the PDF step: %1").arg(dir.errorString()));
    QStringList args;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const QString in = dir.filePath(QStringLiteral("document-%1.html").arg(i));
        const QString pdf = dir.filePath(QStringLiteral("document-%1.pdf").arg(i));
        QFile f(in);
        const QByteArray framed = framedForPrint(html[i]);
        if (!f.open(QIODevice::WriteOnly) || f.write(framed) != framed.size())
            return Error::runtime(tr("cannot write %1: %2").arg(in, f.errorString()));
        args << in << pdf;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Chromium refuses to start its sandbox as root; the page loads nothing from outside (veiviser-pdf blocks it).
    if (::geteuid() == 0 && !env.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")))
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--no-sandbox"));
#ifdef VV_SANITIZED_BUILD
    // In a sanitizer build (VEIVISER_SANITIZE) veiviser-pdf is built with AddressSanitizer too, which stops it in
    // Qt WebEngine's own code when the page closes: new-delete-type-mismatch in
    // QtWebEngineCore::WebContentsAdapter::~WebContentsAdapter (libQt6WebEngineCore, Chromium deleting an object
    // through a base without a virtual destructor). Only that check is turned off, only for this program; Veiviser's
    // own code in veiviser-pdf is still checked for everything else.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("new_delete_type_mismatch=0"));
#endif
    p.setProcessEnvironment(env);
    auto r = runProgram(p, exe, args, 120000 + 30000 * int(html.size()), cancel, tr("the PDF step"));
    if (!r)
        return r.error();
    for (std::size_t i = 0; i < html.size(); ++i) {
        QFile f(dir.filePath(QStringLiteral("document-%1.pdf").arg(i)));
        if (!f.open(QIODevice::ReadOnly))
            return Error::runtime(tr("the PDF step made no PDF for document %1").arg(i + 1));
        out.push_back(f.readAll());
        if (!out.back().startsWith("%PDF-"))
            return Error::runtime(tr("the PDF step made a file that is not a PDF for document %1").arg(i + 1));
    }
    return out;
}

QString DocxConverter::program()
{
    const QString env = qEnvironmentVariable("VEIVISER_PANDOC");
    if (!env.isEmpty())
        return QFileInfo(env).isExecutable() ? env : QString();
    return QStandardPaths::findExecutable(QStringLiteral("pandoc"));
}

Status DocxConverter::checkAvailable()
{
    if (program().isEmpty())
        return Error::runtime(tr("DOCX documents need pandoc, which is not installed"),
                              tr("Install it (on Debian: apt install pandoc), or leave docx out of --format."));
    return {};
}

Result<QByteArray> DocxConverter::chartsAsFiles(const QByteArray &html, const QString &dir)
{
    // The stylesheet's chart rules (".chart .grid { ... }"), which a chart outside the page no longer inherits; the
    // rule for .chart itself sizes the chart on the page and stays out.
    static const QRegularExpression ruleRe(QStringLiteral("\\.chart [^{}\\s][^{}]*\\{[^{}]*\\}"));
    static const QRegularExpression svgRe(QStringLiteral("<svg\\b[^>]*>.*?</svg>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression viewBoxRe(QStringLiteral("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\""));
    static const QRegularExpression labelRe(QStringLiteral("aria-label=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(html);
    // Only from the document's stylesheet: a text in the body may look like a rule too.
    const qsizetype sheetStart = text.indexOf(QStringLiteral("<style"));
    const qsizetype sheetEnd = sheetStart < 0 ? -1 : text.indexOf(QStringLiteral("</style>"), sheetStart);
    const QString sheet = sheetEnd < 0 ? QString() : text.mid(sheetStart, sheetEnd - sheetStart);
    QStringList rules;
    for (auto it = ruleRe.globalMatch(sheet); it.hasNext();)
        rules << it.next().captured(0);
    const QString style = QStringLiteral("<style>%1</style>").arg(rules.join(QLatin1Char(' ')));
    QString out;
    qsizetype from = 0;
    int n = 0;
    for (auto it = svgRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString svg = m.captured(0);
        const qsizetype open = svg.indexOf(QLatin1Char('>')) + 1;
        const QRegularExpressionMatch box = viewBoxRe.match(svg.left(open));
        // A chart prints 85 mm wide (print.css); at 96 dots per inch that is about 321 pixels.
        const double w = box.hasMatch() ? box.captured(1).toDouble() : 0, h = box.hasMatch() ? box.captured(2).toDouble() : 0;
        const QString size = w > 0 && h > 0 ? QStringLiteral(" width=\"321\" height=\"%1\"").arg(qRound(321 * h / w)) : QString();
        svg = svg.left(open - 1) + size + QLatin1Char('>') + style + svg.mid(open);
        const QString name = QStringLiteral("chart-%1.svg").arg(++n);
        QFile f(QDir(dir).filePath(name));
        const QByteArray bytes = svg.toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return Error::runtime(tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
        const QRegularExpressionMatch label = labelRe.match(svg.left(open));
        // The label is the chart's own attribute text, escaped already.
        out += text.mid(from, m.capturedStart() - from) +
               QStringLiteral("<img src=\"%1\" alt=\"%2\" />").arg(name, label.hasMatch() ? label.captured(1) : QString());
        from = m.capturedEnd();
    }
    out += text.mid(from);
    return out.toUtf8();
}

Result<QByteArray> DocxConverter::convert(const QByteArray &html, const QDateTime &time, const CancellationToken *cancel)
{
    VV_TRY(checkAvailable());
    WorkFolder dir(QStringLiteral("docx"));
    if (!dir.isValid())
        return Error::runtime(tr("cannot create a temporary folder for the DOCX step: %1").arg(dir.errorString()));
    const QString in = dir.filePath(QStringLiteral("document.html"));
    const QString out = dir.filePath(QStringLiteral("document.docx"));
    // pandoc leaves out SVG written into the page; as files beside it, the charts become images in the DOCX.
    auto withImages = chartsAsFiles(html, dir.path());
    if (!withImages)
        return withImages.error();
    QFile f(in);
    if (!f.open(QIODevice::WriteOnly) || f.write(*withImages) != withImages->size())
        return Error::runtime(tr("cannot write %1: %2").arg(in, f.errorString()));
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A fixed date in the DOCX's properties, so that the same build gives the same file.
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QString::number(time.toSecsSinceEpoch()));
    p.setProcessEnvironment(env);
    // The HTML is Veiviser's own rendering (escaped data, templates checked for external references), so pandoc has
    // nothing to fetch; --resource-path keeps relative names inside the private folder. Not --sandbox: pandoc 2.17
    // (Debian 12) then cannot find its own DOCX reference data.
    auto r = runProgram(p, program(),
                        {QStringLiteral("--resource-path=") + dir.path(), QStringLiteral("-f"), QStringLiteral("html"), QStringLiteral("-t"),
                         QStringLiteral("docx"), QStringLiteral("-o"), out, in},
                        120000, cancel, tr("pandoc"));
    if (!r)
        return r.error();
    QFile result(out);
    if (!result.open(QIODevice::ReadOnly))
        return Error::runtime(tr("pandoc made no DOCX file"));
    return result.readAll();
}

} // namespace vv::packaging
