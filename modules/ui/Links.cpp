#include "ui/Links.h"

#include "ui/Page.h"

#include <QDesktopServices>
#include <QLabel>
#include <QTextBrowser>
#include <QUrlQuery>

#include <array>

namespace vv::ui {

static const std::array<QString, 10> &kindNames()
{
    static const std::array<QString, 10> names = {
        QStringLiteral("question"), QStringLiteral("requirement"), QStringLiteral("outcome"),
        QStringLiteral("evidence"), QStringLiteral("page"),        QStringLiteral("detail"),
        QStringLiteral("gspr"),     QStringLiteral("test-run"),    QStringLiteral("deviation"),
        QStringLiteral("hazard")};
    return names;
}

QUrl LinkTarget::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("veiviser"));
    u.setPath(kindNames()[std::size_t(kind)]);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("id"), QString::fromLatin1(QUrl::toPercentEncoding(id)));
    u.setQuery(q);
    return u;
}

std::optional<LinkTarget> LinkTarget::fromUrl(const QUrl &url)
{
    if (url.scheme() != QStringLiteral("veiviser"))
        return std::nullopt;
    const auto &names = kindNames();
    const auto it = std::find(names.begin(), names.end(), url.path());
    if (it == names.end())
        return std::nullopt;
    const QString id = QUrl::fromPercentEncoding(QUrlQuery(url).queryItemValue(QStringLiteral("id")).toLatin1());
    if (id.isEmpty())
        return std::nullopt;
    return LinkTarget{static_cast<Kind>(it - names.begin()), id};
}

void followLink(Page *page, const QUrl &url)
{
    if (LinkTarget::fromUrl(url))
        Q_EMIT page->linkActivated(url);
    else if (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"))
        QDesktopServices::openUrl(url);
}

void routeLinks(QLabel *label, Page *page)
{
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(label->textInteractionFlags() | Qt::LinksAccessibleByMouse |
                                   Qt::LinksAccessibleByKeyboard);
    QObject::connect(label, &QLabel::linkActivated, page,
                     [page](const QString &link) { followLink(page, QUrl(link)); });
}

void routeLinks(QTextBrowser *browser, Page *page)
{
    browser->setOpenLinks(false);
    browser->setOpenExternalLinks(false);
    QObject::connect(browser, &QTextBrowser::anchorClicked, page, [page](const QUrl &url) { followLink(page, url); });
}

QString linkHtml(const LinkTarget &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(target.url().toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace vv::ui
