#pragma once

#include "core/Error.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QUrl;

namespace vv {
class ProjectStore;
struct NewProject;
}

namespace vv::ui {

class ClassificationPage;
class DashboardPage;
class DetailsPage;
class GsprPage;
class RiskPage;
class EvidencePage;
class MessageBar;
class Navigator;
class PackPage;
class Page;
class PortfolioWindow;
class ProjectOverviewPage;
class ProjectSession;
class RequirementPage;
class ReviewOpenDialog;
class WalkthroughPage;
class WelcomePage;

/// Veiviser's main window: the navigator (the project, its pages, and the requirements of each guidance pack), the
/// page it shows, the menus to create, open and switch projects, undo and redo, and the language.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; on failure the current project stays open and the message bar says why.
    bool openProject(const QString &path);
    bool createProject(const QString &path, const NewProject &project);
    /// "Open a package for review…": verifies a package, makes a review project from it and opens that; the
    /// dialog is returned (modal, deleted on close) so that tests can fill it in.
    ReviewOpenDialog *reviewPackageDialog();
    /// Opens the portfolio of a folder of projects (or a team address) in its own window and returns it; a
    /// project chosen there opens here.
    PortfolioWindow *openPortfolio(const QString &location);
    /// The portfolio window, once one was opened (nullptr before).
    PortfolioWindow *portfolioWindow() const { return m_portfolio; }
    /// The text of the message bar above the pages (empty when hidden).
    QString messageText() const;
    void closeProject();
    /// Switches the interface language at once, without a restart, and remembers the choice.
    void setLanguage(const QString &lang);

    ProjectSession *session() const { return m_session; }
    ProjectStore *store() const;
    ProjectOverviewPage *overviewPage() const { return m_overview; }
    MessageBar *messageBar() const { return m_messages; }

    /// Adds a page to the navigator, as its own entry; pages appear in the order they are added (Ctrl+1, Ctrl+2, …).
    void addPage(Page *page);
    /// Shows the page (when a project is open).
    void showPage(Page *page);
    /// Shows a requirement's page (selecting it in the navigator).
    void showRequirement(const QString &urn);
    /// Shows a guidance pack's page (selecting it in the navigator).
    void showPack(const QString &packId);
    /// Opens the walkthrough at a question.
    void showQuestion(const QString &fact);
    /// Goes where a veiviser: link leads (see Links.h); false for a link that leads nowhere.
    bool openLink(const QUrl &url);
    /// The page shown now (also the requirement and pack pages, which have no entry of their own).
    Page *currentPage() const;
    Navigator *navigator() const { return m_navigator; }
    /// The pages with an entry in the navigator, in order.
    QList<Page *> pages() const { return m_pageList; }

    DashboardPage *dashboardPage() const { return m_dashboard; }
    WalkthroughPage *walkthroughPage() const { return m_walkthrough; }
    ClassificationPage *classificationPage() const { return m_classification; }
    EvidencePage *evidencePage() const { return m_evidence; }
    RequirementPage *requirementPage() const { return m_requirement; }
    PackPage *packPage() const { return m_pack; }
    DetailsPage *detailsPage() const { return m_details; }
    GsprPage *gsprPage() const { return m_gspr; }
    RiskPage *riskPage() const { return m_risk; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// The page of type T among the pages, or nullptr.
    template <typename T>
    T *page() const
    {
        for (Page *p : m_pageList)
            if (auto *t = qobject_cast<T *>(p))
                return t;
        return nullptr;
    }
    bool showTestRun(qint64 runId);
    void createActions();
    void retranslate();
    void updateTitle();
    void rebuildRecentMenu();
    void newProjectDialog();
    void openProjectDialog();
    void openPortfolioDialog();
    void showError(const Error &error);
    void updateNavigatorTitles();
    void rebuildGoMenu();
    void updateUndoTexts();
    void navigatorChosen(const QModelIndex &index);
    void toggleFocus();
    void showInStack(QWidget *page);
    /// Asks the page shown whether it may be left (Page::leave); true when no project is open.
    bool leaveCurrentPage();
    void projectOpened();
    void projectClosed();
    void projectChanged(const QString &area);

    ProjectSession *m_session;
    MessageBar *m_messages;
    QStackedWidget *m_outer;   // welcome page, or the project view
    QSplitter *m_projectView;
    Navigator *m_navigator;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    ProjectOverviewPage *m_overview;
    DashboardPage *m_dashboard;
    WalkthroughPage *m_walkthrough;
    ClassificationPage *m_classification;
    EvidencePage *m_evidence;
    RequirementPage *m_requirement;
    PackPage *m_pack;
    DetailsPage *m_details = nullptr;
    GsprPage *m_gspr = nullptr;
    RiskPage *m_risk = nullptr;
    PortfolioWindow *m_portfolio = nullptr;
    QList<Page *> m_pageList;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_editMenu = nullptr, *m_goMenu = nullptr,
          *m_settingsMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_closeAction = nullptr, *m_quitAction = nullptr,
            *m_aboutAction = nullptr, *m_nbAction = nullptr, *m_enAction = nullptr, *m_undoAction = nullptr,
            *m_redoAction = nullptr, *m_focusAction = nullptr, *m_reviewAction = nullptr,
            *m_portfolioAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace vv::ui
