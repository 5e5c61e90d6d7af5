#pragma once

#include "core/Error.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;

namespace vv {
class ProjectStore;
struct NewProject;
}

namespace vv::ui {

class MessageBar;
class ProjectOverviewPage;
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

    ProjectStore *store() const { return m_store.get(); }
    ProjectOverviewPage *overviewPage() const { return m_overview; }
    MessageBar *messageBar() const { return m_messages; }

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

    std::unique_ptr<ProjectStore> m_store;
    MessageBar *m_messages;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    ProjectOverviewPage *m_overview;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_settingsMenu = nullptr, *m_languageMenu = nullptr,
          *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_closeAction = nullptr, *m_quitAction = nullptr,
            *m_aboutAction = nullptr, *m_nbAction = nullptr, *m_enAction = nullptr;
};

} // namespace vv::ui
