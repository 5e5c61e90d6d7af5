#include "TestSupport.h"

#include "core/Translation.h"
#include "store/ProjectStore.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/NewProjectDialog.h"
#include "ui/ProjectOverviewPage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensProjectAndShowsOverview();
    void createProjectFromWindow();
    void badFileShowsErrorAndKeepsProject();
    void languageSwitchesWithoutRestart();
    void recentProjectsAreRemembered();
    void newProjectDialogMakesItsFolder();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    Translation::install(QStringLiteral("en"));
}

void TestMainWindow::opensProjectAndShowsOverview()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sepsis.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Sepsis model"), QStringLiteral("4.0"), ProjectRole::Deployer}).ok());
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(file));
    QVERIFY(w.windowTitle().contains(QStringLiteral("Sepsis model")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("4.0")));
    QCOMPARE(w.overviewPage()->nameText(), QStringLiteral("Sepsis model"));
    QCOMPARE(w.overviewPage()->auditText(), QStringLiteral("1"));
    QVERIFY(w.overviewPage()->isVisible());
    // Opened by a relative path, the overview names the file itself, in full.
    const QString before = QDir::currentPath();
    QDir::setCurrent(dir.path());
    MainWindow relative;
    QVERIFY(relative.openProject(QStringLiteral("sepsis.veiviser")));
    QDir::setCurrent(before);
    QCOMPARE(relative.overviewPage()->locationText(), QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()));
}

void TestMainWindow::createProjectFromWindow()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("new.veiviser"));
    MainWindow w;
    QVERIFY(w.createProject(file, {QStringLiteral("Triage"), QStringLiteral("0.3"), ProjectRole::Provider}));
    QVERIFY(w.store());
    QCOMPARE(w.store()->info()->name, QStringLiteral("Triage"));
    QVERIFY(QFile::exists(file));
    // Creating again over it is refused, and the open project stays.
    QVERIFY(!w.createProject(file, {QStringLiteral("Other"), QStringLiteral("1"), ProjectRole::Provider}));
    QVERIFY(w.messageBar()->text().contains(QStringLiteral("already exists")));
    QCOMPARE(w.store()->info()->name, QStringLiteral("Triage"));
}

void TestMainWindow::badFileShowsErrorAndKeepsProject()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.veiviser"));
    QVERIFY(ProjectStore::create(good, {QStringLiteral("Good"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    const QString bad = dir.filePath(QStringLiteral("bad.veiviser"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    MainWindow w;
    QVERIFY(w.openProject(good));
    QVERIFY(!w.openProject(bad));
    QVERIFY(w.messageBar()->text().contains(QStringLiteral("is not a Veiviser project")));
    QVERIFY(w.store());
    QCOMPARE(w.store()->info()->name, QStringLiteral("Good"));
}

void TestMainWindow::languageSwitchesWithoutRestart()
{
    MainWindow w;
    w.show();
    const QString fileMenuEn = w.menuBar()->actions().first()->text();
    QCOMPARE(fileMenuEn, QStringLiteral("&File"));
    w.setLanguage(QStringLiteral("nb"));
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Fil"));
    QCOMPARE(AppSettings::language(), QStringLiteral("nb"));
    w.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(w.menuBar()->actions().first()->text(), fileMenuEn);
}

void TestMainWindow::recentProjectsAreRemembered()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("recent.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Recent"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    MainWindow w;
    QVERIFY(w.openProject(file));
    QCOMPARE(AppSettings::recentProjects().value(0), file);
}

// A new account has no ~/Documents: OK stays usable and makes the folder. Browse… is reached with Tab right after
// the file field.
void TestMainWindow::newProjectDialogMakesItsFolder()
{
    QTemporaryDir dir;
    NewProjectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("Sepsis"));
    const QString file = dir.filePath(QStringLiteral("not/yet/there/Sepsis.veiviser"));
    dialog.pathEdit()->setText(file);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    dialog.pathEdit()->setFocus();
    QTRY_VERIFY(dialog.pathEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *browse = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QVERIFY2(browse && browse->text().contains(QStringLiteral("Browse")),
             qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()));

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("not/yet/there"))).isDir());
    QCOMPARE(dialog.filePath(), file);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
