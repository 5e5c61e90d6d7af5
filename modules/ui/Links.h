#pragma once

#include <QString>
#include <QUrl>

#include <optional>

class QLabel;
class QTextBrowser;

namespace vv::ui {

class Page;

/// A place inside Veiviser that a link in a page can lead to: a question in the walkthrough, a requirement, an
/// outcome's reasons, an evidence item, a test run, a deviation, a hazard or a page. Links are `veiviser:` URLs, so they can sit in rich text.
struct LinkTarget {
    enum class Kind { Question, Requirement, Outcome, Evidence, Page, Detail, Gspr, TestRun, Deviation, Hazard };
    Kind kind = Kind::Page;
    QString id;

    QUrl url() const;
    /// The target of a veiviser: URL; nullopt for any other URL (those open in the browser).
    static std::optional<LinkTarget> fromUrl(const QUrl &url);

    static LinkTarget question(const QString &fact) { return {Kind::Question, fact}; }
    static LinkTarget requirement(const QString &urn) { return {Kind::Requirement, urn}; }
    static LinkTarget outcome(const QString &fact) { return {Kind::Outcome, fact}; }
    static LinkTarget evidence(qint64 id) { return {Kind::Evidence, QString::number(id)}; }
    static LinkTarget testRun(qint64 id) { return {Kind::TestRun, QString::number(id)}; }
    static LinkTarget deviation(qint64 id) { return {Kind::Deviation, QString::number(id)}; }
    static LinkTarget hazard(qint64 id) { return {Kind::Hazard, QString::number(id)}; }
    /// A page by its object name (e.g. "dashboard", "walkthrough").
    static LinkTarget page(const QString &name) { return {Kind::Page, name}; }
    /// A document detail's field in the details form: the document's details shown, the cursor in the field in
    /// lang ("nb", "en", or empty for the first without a text). The id is "DOCUMENT/KEY/LANG".
    static LinkTarget detail(const QString &document, const QString &key, const QString &lang = {})
    {
        return {Kind::Detail, QStringLiteral("%1/%2/%3").arg(document, key, lang)};
    }
    /// A point of the GSPR checklist, with the cell of field ("method", ...) to fill in. The id is "POINT/FIELD".
    static LinkTarget gspr(const QString &point, const QString &field = {})
    {
        return {Kind::Gspr, QStringLiteral("%1/%2").arg(point, field)};
    }
};

/// Where a followed link leads: a veiviser: link to the page's linkActivated() (the main window goes there), any
/// other link to the desktop's browser.
void followLink(Page *page, const QUrl &url);
/// Makes the links in a label or text browser follow followLink().
void routeLinks(QLabel *label, Page *page);
void routeLinks(QTextBrowser *browser, Page *page);

/// An HTML link to a target: <a href="veiviser:...">text</a>, with text escaped.
QString linkHtml(const LinkTarget &target, const QString &text);

} // namespace vv::ui
