#include "ui/MainWindow.h"
#include "ui/FileDialogs.h"

#include "core/Translation.h"
#include "store/ProjectStore.h"
#include "ui/AboutDialog.h"
#include "ui/AppSettings.h"
#include "ui/ChildSignals.h"
#include "ui/ClassificationPage.h"
#include "ui/DashboardPage.h"
#include "ui/DeviationsPage.h"
#include "ui/EvidencePage.h"
#include "ui/Links.h"
#include "ui/MessageBar.h"
#include "ui/PortfolioWindow.h"
#include "ui/MonitoringModels.h"
#include "ui/MonitoringPage.h"
#include "ui/Navigator.h"
#include "ui/NewProjectDialog.h"
#include "ui/PackPage.h"
#include "ui/DetailsPage.h"
#include "ui/GsprPage.h"
#include "ui/RiskPage.h"
#include "ui/PackagesPage.h"
#include "ui/Page.h"
#include "ui/ProjectEdits.h"
#include "ui/ProjectOverviewPage.h"
#include "ui/ProjectSession.h"
#include "ui/ReviewDialogs.h"
#include "ui/RequirementPage.h"
#include "ui/ValidationPage.h"
#include "ui/WalkthroughPage.h"
#include "ui/WelcomePage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vv::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new ProjectSession(this)), m_messages(new MessageBar(this)),
      m_outer(new QStackedWidget(this)), m_projectView(new QSplitter(Qt::Horizontal, this)),
      m_navigator(new Navigator(this)), m_pages(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_overview(new ProjectOverviewPage(m_session, this)), m_dashboard(new DashboardPage(m_session, this)),
      m_walkthrough(new WalkthroughPage(m_session, this)), m_classification(new ClassificationPage(m_session, this)),
      m_evidence(new EvidencePage(m_session, this)), m_requirement(new RequirementPage(m_session, this)),
      m_pack(new PackPage(m_session, this))
{
    m_navigator->setMinimumWidth(240);
    m_navigator->setMaximumWidth(480);
    m_projectView->addWidget(m_navigator);
    m_projectView->addWidget(m_pages);
    m_projectView->setStretchFactor(1, 1);
    m_projectView->setChildrenCollapsible(false);
    m_projectView->setSizes({340, 940});

    m_outer->addWidget(m_welcome);
    m_outer->addWidget(m_projectView);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_outer, 1);
    setCentralWidget(central);

    // Requirements and packs have a page each, reached through their entries in the navigator.
    for (Page *p : {static_cast<Page *>(m_requirement), static_cast<Page *>(m_pack)}) {
        m_pages->addWidget(p);
        connect(p, &Page::linkActivated, this, &MainWindow::openLink);
    }

    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::reviewPackageRequested, this, &MainWindow::reviewPackageDialog);
    connect(m_welcome, &WelcomePage::recentProjectChosen, this, &MainWindow::openProject);
    connect(m_navigator, &Navigator::chosen, this, &MainWindow::navigatorChosen);
    connect(m_session, &ProjectSession::opened, this, &MainWindow::projectOpened);
    connect(m_session, &ProjectSession::closed, this, &MainWindow::projectClosed);
    connect(m_session, &ProjectSession::changed, this, &MainWindow::projectChanged);
    connect(m_session, &ProjectSession::editFailed, this, [this](const QString &message, bool conflict) {
        if (!conflict) {
            m_messages->show(MessageBar::Kind::Error, message);
            return;
        }
        m_messages->show(MessageBar::Kind::Error, message, tr("&Reload"),
                         [this] { m_session->notifyChanged(QStringLiteral("project")); });
    });

    createActions();
    addPage(m_overview);
    addPage(m_dashboard);
    addPage(m_walkthrough);
    addPage(m_classification);
    addPage(m_evidence);
    addPage(new ValidationPage(m_session, this));
    auto *monitoring = new MonitoringPage(m_session, this);
    addPage(monitoring);
    // The overview suggests handling open alarms, which the monitoring page computes in the background.
    connect(monitoring, &MonitoringPage::statusShown, m_overview,
            [this, monitoring] { m_overview->setOpenAlarms(monitoring->windowModel()->status().alarmsOpen); });
    addPage(new DeviationsPage(m_session, this));
    m_risk = new RiskPage(m_session, this);
    addPage(m_risk);
    auto *packages = new PackagesPage(m_session, this);
    packages->setObjectName(QStringLiteral("packages")); // the target of links to the packages page
    addPage(packages);
    m_details = new DetailsPage(m_session, this);
    addPage(m_details);
    m_gspr = new GsprPage(m_session, this);
    addPage(m_gspr);

    retranslate();
    m_welcome->setRecentProjects(AppSettings::recentProjects());
    resize(1280, 820);
}

MainWindow::~MainWindow()
{
    // Pages hold the session's signals; close the project while they still exist.
    m_session->close();
    disconnectChildren(this);
}

ProjectStore *MainWindow::store() const
{
    return m_session->store();
}

void MainWindow::addPage(Page *page)
{
    m_pageList << page;
    m_pages->addWidget(page);
    m_navigator->addPage(page);
    connect(page, &Page::titleChanged, this, &MainWindow::updateNavigatorTitles);
    connect(page, &Page::linkActivated, this, &MainWindow::openLink);
    rebuildGoMenu();
}

void MainWindow::showPage(Page *page)
{
    const int i = int(m_pageList.indexOf(page));
    if (i >= 0)
        m_navigator->select(m_navigator->model()->pageIndex(i));
}

void MainWindow::showRequirement(const QString &urn)
{
    const QModelIndex index = m_navigator->model()->requirementIndex(urn);
    if (!index.isValid())
        return;
    m_navigator->select(index);
    // Selecting the entry it already had does not signal; show it anyway.
    m_requirement->showRequirement(urn);
    showInStack(m_requirement);
}

void MainWindow::showPack(const QString &packId)
{
    const QModelIndex index = m_navigator->model()->packIndex(packId);
    if (!index.isValid())
        return;
    m_navigator->select(index);
    m_pack->showPack(packId);
    showInStack(m_pack);
}

void MainWindow::showQuestion(const QString &fact)
{
    showPage(m_walkthrough);
    m_walkthrough->showQuestion(fact);
}

bool MainWindow::openLink(const QUrl &url)
{
    const auto target = LinkTarget::fromUrl(url);
    if (!target || !m_session->isOpen())
        return false;
    switch (target->kind) {
    case LinkTarget::Kind::Question: showQuestion(target->id); return true;
    case LinkTarget::Kind::Requirement: showRequirement(target->id); return true;
    case LinkTarget::Kind::Outcome:
        showPage(m_classification);
        m_classification->showTrace(target->id);
        return true;
    case LinkTarget::Kind::Evidence:
        showPage(m_evidence);
        m_evidence->openItem(target->id.toLongLong());
        return true;
    case LinkTarget::Kind::Detail: {
        const QStringList parts = target->id.split(QLatin1Char('/'));
        showPage(m_details);
        // Still on another page when the user chose to stay there (Page::leave).
        return currentPage() == m_details && parts.size() == 3 && m_details->showField(parts[0], parts[1], parts[2]);
    }
    case LinkTarget::Kind::Gspr: {
        showPage(m_gspr);
        return currentPage() == m_gspr &&
               m_gspr->showPoint(target->id.section(QLatin1Char('/'), 0, 0), target->id.section(QLatin1Char('/'), 1));
    }
    case LinkTarget::Kind::TestRun:
        return showTestRun(target->id.toLongLong());
    case LinkTarget::Kind::Deviation:
        if (auto *deviations = page<DeviationsPage>()) {
            showPage(deviations);
            return currentPage() == deviations && deviations->select(target->id.toLongLong());
        }
        return false;
    case LinkTarget::Kind::Hazard:
        showPage(m_risk);
        return currentPage() == m_risk && m_risk->select(target->id.toLongLong());
    case LinkTarget::Kind::Page:
        for (Page *p : m_pageList)
            if (p->objectName() == target->id) {
                showPage(p);
                return true;
            }
        return false;
    }
    return false;
}

// A test run is shown where runs are listed, with its result opened; a run without a result stays selected there.
bool MainWindow::showTestRun(qint64 runId)
{
    auto *validation = page<ValidationPage>();
    if (!validation)
        return false;
    showPage(validation);
    if (currentPage() != validation)
        return false;
    if (!validation->selectRun(runId))
        return false;
    validation->openRun(runId);
    return true;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::showInStack(QWidget *page)
{
    if (Page *current = currentPage(); current && current != page && !current->leave()) {
        // The user stays: the navigator goes back to the page's entry.
        if (const int i = int(m_pageList.indexOf(current)); i >= 0)
            m_navigator->select(m_navigator->model()->pageIndex(i));
        return;
    }
    m_pages->setCurrentWidget(page);
}

bool MainWindow::leaveCurrentPage()
{
    Page *current = m_session->isOpen() ? currentPage() : nullptr;
    return !current || current->leave();
}

void MainWindow::navigatorChosen(const QModelIndex &index)
{
    using Kind = NavigatorModel::Kind;
    const auto kind = static_cast<Kind>(index.data(NavigatorModel::KindRole).toInt());
    const QVariant id = index.data(NavigatorModel::IdRole);
    switch (kind) {
    case Kind::Project:
    case Kind::Page:
        if (Page *p = m_pageList.value(id.toInt()))
            showInStack(p);
        break;
    case Kind::Pack:
        m_pack->showPack(id.toString());
        showInStack(m_pack);
        break;
    case Kind::Section: {
        const QString packSection = id.toString();
        const qsizetype slash = packSection.indexOf(QLatin1Char('/'));
        m_pack->showPack(packSection.left(slash), packSection.mid(slash + 1));
        showInStack(m_pack);
        break;
    }
    case Kind::Requirement:
        m_requirement->showRequirement(id.toString());
        showInStack(m_requirement);
        break;
    }
}

void MainWindow::updateNavigatorTitles()
{
    for (int i = 0; i < m_pageList.size(); ++i)
        m_navigator->model()->setPageTitle(i, m_pageList[i]->pageTitle());
    for (int i = 0; i < m_pageActions.size() && i < m_pageList.size(); ++i)
        m_pageActions[i]->setText(m_pageList[i]->pageTitle());
}

void MainWindow::rebuildGoMenu()
{
    if (!m_goMenu)
        return;
    m_goMenu->clear();
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    for (int i = 0; i < m_pageList.size(); ++i) {
        Page *page = m_pageList[i];
        auto *a = new QAction(page->pageTitle(), this);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setEnabled(m_session->isOpen());
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
        m_goMenu->addAction(a);
        addAction(a);
        m_pageActions << a;
    }
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_focusAction);
}

// A scroll area that holds a page, a label whose text or links can be selected, and an empty list take focus but
// draw no sign of it: F6 passes them by, or the user would not see where the focus went until Tab moved it on.
static bool showsItsFocus(const QWidget *w)
{
    if (qobject_cast<const QScrollArea *>(w) || qobject_cast<const QLabel *>(w))
        return false;
    const auto *view = qobject_cast<const QAbstractItemView *>(w);
    return !view || (view->model() && view->model()->rowCount(view->rootIndex()) > 0);
}

// A list shows its focus on its current item; one that has none is given its first visible one.
static void giveCurrentItem(QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model || view->currentIndex().isValid() || model->rowCount(view->rootIndex()) == 0)
        return;
    int column = 0;
    if (const auto *table = qobject_cast<const QTableView *>(view))
        while (column + 1 < model->columnCount(view->rootIndex()) && table->isColumnHidden(column))
            ++column;
    view->selectionModel()->setCurrentIndex(model->index(0, column, view->rootIndex()), QItemSelectionModel::NoUpdate);
}

void MainWindow::toggleFocus()
{
    if (!m_session->isOpen())
        return;
    QWidget *focus = QApplication::focusWidget();
    const bool inNavigator = focus && (focus == m_navigator || m_navigator->isAncestorOf(focus));
    if (!inNavigator) {
        giveCurrentItem(m_navigator->view());
        m_navigator->view()->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // Into the page: the first widget of the page shown that takes focus from the keyboard and shows it.
    QWidget *page = m_pages->currentWidget();
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            showsItsFocus(w)) {
            if (auto *view = qobject_cast<QAbstractItemView *>(w))
                giveCurrentItem(view);
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    page->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProjectDialog);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);
    m_reviewAction = new QAction(this);
    connect(m_reviewAction, &QAction::triggered, this, &MainWindow::reviewPackageDialog);
    m_portfolioAction = new QAction(this);
    connect(m_portfolioAction, &QAction::triggered, this, &MainWindow::openPortfolioDialog);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });

    QUndoStack *undo = m_session->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
    connect(undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoTexts);

    m_focusAction = new QAction(this);
    m_focusAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_focusAction, &QAction::triggered, this, &MainWindow::toggleFocus);
    addAction(m_focusAction);

    auto *languages = new QActionGroup(this);
    m_nbAction = new QAction(QStringLiteral("Norsk bokmål"), languages);
    m_enAction = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_nbAction, m_enAction})
        a->setCheckable(true);
    (Translation::current() == QStringLiteral("en") ? m_enAction : m_nbAction)->setChecked(true);
    connect(m_nbAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("nb")); });
    connect(m_enAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addAction(m_reviewAction);
    m_fileMenu->addAction(m_portfolioAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_goMenu = menuBar()->addMenu(QString());
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addAction(m_nbAction);
    m_languageMenu->addAction(m_enAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_closeAction->setEnabled(false);
}

void MainWindow::updateUndoTexts()
{
    QUndoStack *undo = m_session->undoStack();
    m_undoAction->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New project…"));
    m_openAction->setText(tr("&Open project…"));
    m_reviewAction->setText(tr("Open a package for re&view…"));
    m_portfolioAction->setText(tr("Open &portfolio…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_closeAction->setText(tr("&Close project"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_goMenu->setTitle(tr("&Go"));
    m_focusAction->setText(tr("Move between navigator and page"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Veiviser"));
    m_pages->setAccessibleName(tr("Pages"));
    // A status message is written once, in the language of its moment; it must not outlive a switch of language.
    statusBar()->clearMessage();
    // The undo stack's entries name what they change in the language of the moment.
    QUndoStack *undo = m_session->undoStack();
    for (int i = 0; i < undo->count(); ++i)
        if (auto *edit = dynamic_cast<ProjectEdit *>(const_cast<QUndoCommand *>(undo->command(i))))
            edit->retranslate();
    updateUndoTexts();
    updateNavigatorTitles();
    updateTitle();
}

void MainWindow::updateTitle()
{
    ProjectStore *s = store();
    auto info = s ? s->info() : Result<ProjectInfo>(Error::input(QString()));
    if (!info) {
        setWindowTitle(QStringLiteral("Veiviser"));
        return;
    }
    setWindowTitle(tr("%1 – system version %2 – Veiviser").arg(info->name, info->systemVersion));
    m_navigator->model()->setProjectTitle(info->name);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(no recent projects)"))->setEnabled(false);
}

bool MainWindow::openProject(const QString &path)
{
    if (!leaveCurrentPage())
        return false;
    if (auto s = m_session->open(path); !s) {
        showError(s.error());
        if (!QFileInfo::exists(path))
            AppSettings::removeRecentProject(path);
        return false;
    }
    m_messages->hide();
    AppSettings::addRecentProject(path);
    m_welcome->setRecentProjects(AppSettings::recentProjects());
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::createProject(const QString &path, const NewProject &project)
{
    if (!leaveCurrentPage())
        return false;
    if (auto s = m_session->create(path, project); !s) {
        showError(s.error());
        return false;
    }
    m_messages->hide();
    AppSettings::addRecentProject(path);
    return true;
}

void MainWindow::closeProject()
{
    if (!leaveCurrentPage())
        return;
    m_session->close();
}

void MainWindow::projectOpened()
{
    NavigatorModel *model = m_navigator->model();
    model->setGuidance(m_session->library());
    model->setProgress(m_session->progress());
    if (!m_session->library())
        m_messages->show(MessageBar::Kind::Error, m_session->libraryError());
    m_outer->setCurrentWidget(m_projectView);
    m_closeAction->setEnabled(true);
    for (QAction *a : m_pageActions)
        a->setEnabled(true);
    // The first screen shows where the project stands: the dashboard, not the overview's facts about the file.
    showPage(m_dashboard);
    showInStack(m_dashboard);
    updateTitle();
}

void MainWindow::projectChanged(const QString &area)
{
    if (area == QStringLiteral("project"))
        updateTitle();
    m_navigator->model()->setProgress(m_session->progress());
}

void MainWindow::projectClosed()
{
    m_navigator->model()->setProgress(nullptr);
    m_outer->setCurrentWidget(m_welcome);
    m_closeAction->setEnabled(false);
    for (QAction *a : m_pageActions)
        a->setEnabled(false);
    m_welcome->setRecentProjects(AppSettings::recentProjects());
    updateTitle();
}

void MainWindow::setLanguage(const QString &lang)
{
    if (!Translation::install(lang))
        return;
    AppSettings::setLanguage(lang);
    (lang == QStringLiteral("en") ? m_enAction : m_nbAction)->setChecked(true);
}

void MainWindow::newProjectDialog()
{
    NewProjectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createProject(dialog.filePath(), dialog.project());
}

void MainWindow::openProjectDialog()
{
    const QString path = FileDialogs::openFile(this, tr("Open project"), QString(),
                                                      tr("Veiviser projects (*.veiviser);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openPortfolioDialog()
{
    const QString folder = FileDialogs::folder(this, tr("Open portfolio: a folder of projects"));
    if (!folder.isEmpty())
        openPortfolio(folder);
}

PortfolioWindow *MainWindow::openPortfolio(const QString &location)
{
    if (!m_portfolio) {
        m_portfolio = new PortfolioWindow(this);
        connect(m_portfolio, &PortfolioWindow::projectOpenRequested, this, [this](const QString &project) {
            if (openProject(project)) {
                raise();
                activateWindow();
            }
        });
    }
    m_portfolio->load(location);
    m_portfolio->show();
    m_portfolio->raise();
    return m_portfolio;
}

ReviewOpenDialog *MainWindow::reviewPackageDialog()
{
    auto *dialog = new ReviewOpenDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->opened() || !openProject(dialog->opened()->path))
            return;
        m_messages->show(MessageBar::Kind::Information, dialog->verificationText());
    });
    dialog->open();
    return dialog;
}

QString MainWindow::messageText() const
{
    return m_messages->isHidden() ? QString() : m_messages->text();
}

void MainWindow::showError(const Error &error)
{
    m_messages->show(MessageBar::Kind::Error, error.toString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every change is saved when it is made, except on a page that saves on request (the document details):
    // that page asks first, and may keep the window open.
    if (!leaveCurrentPage()) {
        event->ignore();
        return;
    }
    m_session->close();
    event->accept();
}

} // namespace vv::ui
