#include "pdf/HtmlToPdf.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
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
            page.printToPdf(pdf, layout);
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
