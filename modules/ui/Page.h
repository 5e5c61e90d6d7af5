#pragma once

#include <QIcon>
#include <QUrl>
#include <QWidget>

namespace vv::ui {

class ProjectSession;

/// One page of the main window (overview, classification, evidence, ...); it shows the session's project.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(ProjectSession *session, QWidget *parent = nullptr) : QWidget(parent), m_session(session) {}
    /// Ends the connections from the page's children to the page before ~QWidget deletes them (disconnectChildren).
    ~Page() override;
    /// The page's name in the navigator, translated.
    virtual QString pageTitle() const = 0;
    virtual QIcon pageIcon() const { return {}; }
    /// Called before the main window leaves the page (another page, closing the project or the window): a page
    /// with changes not yet saved asks what to do with them. False keeps the user on the page.
    virtual bool leave() { return true; }

Q_SIGNALS:
    /// The page's title changed (after a language switch).
    void titleChanged();
    /// The user followed a link to another place in Veiviser (a veiviser: URL, see Links.h); the main window
    /// goes there.
    void linkActivated(const QUrl &url);

protected:
    ProjectSession *session() const { return m_session; }

private:
    ProjectSession *m_session;
};

} // namespace vv::ui
