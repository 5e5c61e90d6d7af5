#pragma once

#include "core/Error.h"

#include <QMainWindow>

class QAction;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace vv {
class ProjectStore;
struct NewProject;
}

namespace vv::ui {

class MessageBar;
class Page;
class ProjectOverviewPage;
class ProjectSession;
class WelcomePage;

/// Veiviser's main window: the open project, its pages, and the menus to create, open and switch projects.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; on failure the current project stays open and the message bar says why.
    bool openProject(const QString &path);
    bool createProject(const QString &path, const NewProject &project);
    void closeProject();
    /// Switches the interface language at once, without a restart, and remembers the choice.
    void setLanguage(const QString &lang);

    ProjectSession *session() const { return m_session; }
    ProjectStore *store() const;
    ProjectOverviewPage *overviewPage() const { return m_overview; }
    MessageBar *messageBar() const { return m_messages; }

    /// Adds a page to the navigator; pages appear in the order they are added.
    void addPage(Page *page);
    /// Shows the page (when a project is open).
    void showPage(Page *page);
    Page *currentPage() const;
    QListWidget *navigator() const { return m_navigator; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateTitle();
    void rebuildRecentMenu();
    void newProjectDialog();
    void openProjectDialog();
    void showError(const Error &error);
    void updateNavigatorTitles();
    void projectOpened();
    void projectClosed();

    ProjectSession *m_session;
    MessageBar *m_messages;
    QStackedWidget *m_outer;   // welcome page, or the project view
    QSplitter *m_projectView;
    QListWidget *m_navigator;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    ProjectOverviewPage *m_overview;
    QList<Page *> m_pageList;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_settingsMenu = nullptr, *m_languageMenu = nullptr,
          *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_closeAction = nullptr, *m_quitAction = nullptr,
            *m_aboutAction = nullptr, *m_nbAction = nullptr, *m_enAction = nullptr;
};

} // namespace vv::ui
