#include "ui/MainWindow.h"

#include "core/Translation.h"
#include "store/ProjectStore.h"
#include "ui/AboutDialog.h"
#include "ui/AppSettings.h"
#include "ui/ClassificationPage.h"
#include "ui/EvidencePage.h"
#include "ui/MessageBar.h"
#include "ui/NewProjectDialog.h"
#include "ui/Page.h"
#include "ui/ProjectOverviewPage.h"
#include "ui/ProjectSession.h"
#include "ui/ValidationPage.h"
#include "ui/PackagesPage.h"
#include "ui/WelcomePage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace vv::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new ProjectSession(this)), m_messages(new MessageBar(this)),
      m_outer(new QStackedWidget(this)), m_projectView(new QSplitter(Qt::Horizontal, this)),
      m_navigator(new QListWidget(this)), m_pages(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_overview(new ProjectOverviewPage(m_session, this))
{
    m_navigator->setMinimumWidth(200);
    m_navigator->setMaximumWidth(360);
    m_projectView->addWidget(m_navigator);
    m_projectView->addWidget(m_pages);
    m_projectView->setStretchFactor(1, 1);
    m_projectView->setChildrenCollapsible(false);

    m_outer->addWidget(m_welcome);
    m_outer->addWidget(m_projectView);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_outer, 1);
    setCentralWidget(central);

    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::recentProjectChosen, this, &MainWindow::openProject);
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_session, &ProjectSession::opened, this, &MainWindow::projectOpened);
    connect(m_session, &ProjectSession::closed, this, &MainWindow::projectClosed);
    connect(m_session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("project"))
            updateTitle();
    });

    addPage(m_overview);
    addPage(new ClassificationPage(m_session, this));
    addPage(new EvidencePage(m_session, this));
    addPage(new ValidationPage(m_session, this));
    addPage(new PackagesPage(m_session, this));

    createActions();
    retranslate();
    m_welcome->setRecentProjects(AppSettings::recentProjects());
    resize(1200, 780);
}

MainWindow::~MainWindow()
{
    // Pages hold the session's signals; close the project while they still exist.
    m_session->close();
}

ProjectStore *MainWindow::store() const
{
    return m_session->store();
}

void MainWindow::addPage(Page *page)
{
    m_pageList << page;
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->pageIcon(), page->pageTitle(), m_navigator);
    item->setSizeHint(QSize(0, 32));
    connect(page, &Page::titleChanged, this, &MainWindow::updateNavigatorTitles);
    if (m_navigator->currentRow() < 0)
        m_navigator->setCurrentRow(0);
}

void MainWindow::showPage(Page *page)
{
    const int row = static_cast<int>(m_pageList.indexOf(page));
    if (row >= 0)
        m_navigator->setCurrentRow(row);
}

Page *MainWindow::currentPage() const
{
    return m_pageList.value(m_navigator->currentRow());
}

void MainWindow::updateNavigatorTitles()
{
    for (int i = 0; i < m_pageList.size(); ++i)
        m_navigator->item(i)->setText(m_pageList[i]->pageTitle());
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProjectDialog);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);
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
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addAction(m_nbAction);
    m_languageMenu->addAction(m_enAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_closeAction->setEnabled(false);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New project…"));
    m_openAction->setText(tr("&Open project…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_closeAction->setText(tr("&Close project"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Veiviser"));
    m_navigator->setAccessibleName(tr("Navigator"));
    m_pages->setAccessibleName(tr("Pages"));
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
    m_session->close();
}

void MainWindow::projectOpened()
{
    m_outer->setCurrentWidget(m_projectView);
    m_closeAction->setEnabled(true);
    showPage(m_overview);
    updateTitle();
}

void MainWindow::projectClosed()
{
    m_outer->setCurrentWidget(m_welcome);
    m_closeAction->setEnabled(false);
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Veiviser projects (*.veiviser);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
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
    // Every change is already saved when it is made; closing only releases the file.
    m_session->close();
    event->accept();
}

} // namespace vv::ui
