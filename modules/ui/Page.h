#pragma once

#include <QIcon>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>

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
    /// For a page that saves on request: asks whether to save the changes before the page is left. Save runs save
    /// and leaves only when it worked; Discard runs revert and leaves; Cancel stays. True when the page may be left.
    bool askToSaveBeforeLeaving(const QString &title, const QString &question, const std::function<bool()> &save,
                                const std::function<void()> &revert);
    /// Ctrl+S (the platform's Save) on this page only, running save when the button is enabled. Its own shortcut,
    /// not the button's: the button's mnemonic would replace it.
    void addSaveShortcut(const QWidget *button, const std::function<void()> &save);

private:
    ProjectSession *m_session;
};

} // namespace vv::ui
