#include "pdf/HtmlToPdf.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

#include <cstdio>

namespace vv::pdf {

namespace {

/// Lets the page load only the one document being printed: a package's HTML must not reach the network or disk.
class OnlyTheDocument final : public QWebEngineUrlRequestInterceptor {
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (info.requestUrl() != m_allowed && info.requestUrl().scheme() != QStringLiteral("data"))
            info.block(true);
    }
    QUrl m_allowed;
};

/// Chromium's print layout (Qt 6.4) ignores break-after: avoid, so a heading could end a page with its text on the
/// next. Before printing, each heading goes into one unbreakable block with the headings and the first block of
/// content that follow it, when that content is small enough (a third of a page) to move to the next page whole.
/// Larger content keeps the reserve under each heading that print.css gives. Measured at the printed width (the
/// paper size from here, the margins from the document's @page rule); runs in an isolated world, so the document's
/// own scripts stay disabled.
const char *const keepHeadingsWithText = R"JS(
(() => {
  const body = document.body;
  if (!body) return 0;
  let page = null;
  for (const sheet of Array.from(document.styleSheets))
    for (const rule of Array.from(sheet.cssRules))
      if (rule instanceof CSSPageRule) page = rule.style;
  const margin = side => (page && page[side]) || '0mm';
  const saved = body.getAttribute('style');
  body.style.padding = '0';
  body.style.width = `calc(PAGE_WIDTH_MMmm - ${margin('marginLeft')} - ${margin('marginRight')})`;
  const probe = document.createElement('div');
  probe.style.height = `calc((PAGE_HEIGHT_MMmm - ${margin('marginTop')} - ${margin('marginBottom')}) / 3)`;
  body.append(probe);
  const third = probe.getBoundingClientRect().height;
  probe.remove();
  const isHeading = e => /^H[2-4]$/.test(e.tagName);
  const unbreakable = '[data-vv-keep], .requirement, .missing-box';
  let groups = 0;
  for (const h of Array.from(document.querySelectorAll('h2, h3, h4'))) {
    if (h.closest(unbreakable)) continue;
    const members = [h];
    let next = h.nextElementSibling;
    while (next && isHeading(next)) { members.push(next); next = next.nextElementSibling; }
    if (next && next.getBoundingClientRect().height <= third) members.push(next);
    const keep = document.createElement('div');
    keep.setAttribute('data-vv-keep', '');
    keep.style.breakInside = 'avoid';
    keep.style.pageBreakInside = 'avoid';
    h.before(keep);
    for (const m of members) keep.append(m);
    ++groups;
  }
  if (saved === null) body.removeAttribute('style'); else body.setAttribute('style', saved);
  return groups;
})()
)JS";

void fail(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

} // namespace

int HtmlToPdf::run(const std::vector<std::pair<QString, QString>> &jobs)
{
    QWebEngineProfile profile; // off the record: nothing is stored
    OnlyTheDocument interceptor;
    profile.setUrlRequestInterceptor(&interceptor);
    QWebEnginePage page(&profile);
    page.settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    page.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    page.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    const QSizeF paper = layout.fullRect(QPageLayout::Millimeter).size();
    const QString keepHeadings = QString::fromLatin1(keepHeadingsWithText)
                                     .replace(QStringLiteral("PAGE_WIDTH_MM"), QString::number(paper.width()))
                                     .replace(QStringLiteral("PAGE_HEIGHT_MM"), QString::number(paper.height()));

    for (const auto &[html, pdf] : jobs) {
        const QUrl url = QUrl::fromLocalFile(QFileInfo(html).absoluteFilePath());
        interceptor.m_allowed = url;
        QEventLoop loop;
        bool loaded = false;
        bool printed = false;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        const auto onLoad = QObject::connect(&page, &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
            loaded = ok;
            if (!ok) {
                loop.quit();
                return;
            }
            page.runJavaScript(keepHeadings, QWebEngineScript::ApplicationWorld,
                               [&](const QVariant &) { page.printToPdf(pdf, layout); });
        });
        const auto onPrint = QObject::connect(&page, &QWebEnginePage::pdfPrintingFinished, &loop,
                                              [&](const QString &, bool ok) {
                                                  printed = ok;
                                                  loop.quit();
                                              });
        timeout.start(120000);
        page.load(url);
        loop.exec();
        QObject::disconnect(onLoad);
        QObject::disconnect(onPrint);
        if (!loaded) {
            fail(tr("%1: the document could not be loaded for printing.").arg(html));
            return 1;
        }
        if (!printed || !QFile::exists(pdf)) {
            fail(tr("%1: printing to PDF failed or took longer than two minutes.").arg(html));
            return 1;
        }
    }
    return 0;
}

} // namespace vv::pdf
