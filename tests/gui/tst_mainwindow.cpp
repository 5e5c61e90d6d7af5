#include "TestSupport.h"

#include "core/Translation.h"
#include "store/ProjectStore.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/DashboardPage.h"
#include "ui/Labels.h"
#include "ui/ProjectSession.h"
#include "guidance/GuidanceLibrary.h"
#include "ui/MessageBar.h"
#include "ui/Navigator.h"
#include "ui/Page.h"
#include "ui/NewProjectDialog.h"
#include "ui/WalkthroughPage.h"
#include "ui/ProjectOverviewPage.h"

#include <QApplication>
#include <QChart>
#include <QDateEdit>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
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
    void statusBarFollowsTheLanguage();
    void recentProjectsAreRemembered();
    void newProjectDialogMakesItsFolder();
    void focusShowsAfterF6();
    void nextStepFollowsTheProjectState();
    void nextStepButtonGoesThere();
    void datesAreWrittenOneWay();
    void standardButtonsSpeakBokmal();
    void dashboardBarLabelsAreWhole();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // The shipped guidance and incident reporting rules, as the build copies them next to bin/.
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
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
    // The overview is filled in, but the window opens on the dashboard (issue 25).
    QCOMPARE(w.currentPage(), static_cast<Page *>(w.dashboardPage()));
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

// The screenshots of the English pages showed "Åpnet demo.veiviser": the message of opening the project in
// Bokmål stayed in the status bar after the switch to English.
void TestMainWindow::statusBarFollowsTheLanguage()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sepsis.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Sepsis model"), QStringLiteral("4.0"), ProjectRole::Deployer}).ok());
    MainWindow w;
    w.show();
    w.setLanguage(QStringLiteral("nb"));
    QVERIFY(w.openProject(file));
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Åpnet sepsis.veiviser"));
    w.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    const QString shown = w.statusBar()->currentMessage();
    QVERIFY2(shown.isEmpty() || shown == QStringLiteral("Opened sepsis.veiviser"), qPrintable(shown));
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

/// Whether a widget's focus can be seen: it draws differently with the focus than without it.
static bool showsFocus(QWidget *w)
{
    if (!w || !w->hasFocus())
        return false;
    const QImage focused = w->grab().toImage();
    w->clearFocus();
    const QImage unfocused = w->grab().toImage();
    w->setFocus(Qt::ShortcutFocusReason);
    return focused != unfocused;
}

static QString describe(QWidget *w)
{
    return w ? QStringLiteral("%1 '%2' (%3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                  w->accessibleName())
             : QStringLiteral("nothing");
}

// F6 moves between the navigator and the page; wherever it lands, the focus is seen at once, without a Tab first.
void TestMainWindow::focusShowsAfterF6()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("focus.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Focus"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openProject(file));
    QTreeView *tree = w.navigator()->view();
    for (Page *page : w.pages()) {
        w.showPage(page);
        QCoreApplication::processEvents();
        // From wherever focus is, F6 reaches the navigator within two presses.
        for (int i = 0; i < 2 && !tree->hasFocus(); ++i)
            QTest::keyClick(&w, Qt::Key_F6);
        QVERIFY2(tree->hasFocus(), qPrintable(describe(QApplication::focusWidget())));
        QVERIFY2(tree->currentIndex().isValid(), qPrintable(page->pageTitle()));
        QVERIFY2(showsFocus(tree), qPrintable(page->pageTitle()));
        QTest::keyClick(&w, Qt::Key_F6);
        QWidget *in = QApplication::focusWidget();
        QVERIFY2(in && page->isAncestorOf(in), qPrintable(page->pageTitle() + QStringLiteral(": ") + describe(in)));
        QVERIFY2(showsFocus(in), qPrintable(page->pageTitle() + QStringLiteral(": ") + describe(in)));
    }
}

// Legal deadlines and alarms come before the walkthrough, the walkthrough before evidence, evidence before the
// requirements' work, and a package last. Each row adds one thing to do to the state of the row below it.
void TestMainWindow::nextStepFollowsTheProjectState()
{
    using Kind = LinkTarget::Kind;
    ProjectState done;
    done.assessed = true;
    done.packagesBuilt = 1;
    ProjectState noPackage = done;
    noPackage.packagesBuilt = 0;
    ProjectState open = noPackage;
    open.requirementsOpen = 4;
    ProjectState lacking = open;
    lacking.lackingEvidence = 2;
    lacking.firstLacking = QStringLiteral("urn:veiviser:ai-act:art-10");
    ProjectState questions = lacking;
    questions.questionsNeeded = 3;
    questions.firstQuestion = QStringLiteral("sys.is_medical_device");
    ProjectState deviation = questions;
    deviation.deviationsOpen = 1;
    ProjectState pending = deviation;
    pending.reportsPending = 2;
    ProjectState alarm = pending;
    alarm.alarmsOpen = 1;
    ProjectState overdue = alarm;
    overdue.reportsOverdue = 1;
    const struct {
        ProjectState state;
        Kind kind;
        QString id;
    } rows[] = {
        {overdue, Kind::Page, QStringLiteral("deviations")},
        {alarm, Kind::Page, QStringLiteral("monitoring")},
        {pending, Kind::Page, QStringLiteral("deviations")},
        {deviation, Kind::Page, QStringLiteral("deviations")},
        {questions, Kind::Question, QStringLiteral("sys.is_medical_device")},
        {lacking, Kind::Requirement, QStringLiteral("urn:veiviser:ai-act:art-10")},
        {open, Kind::Page, QStringLiteral("dashboard")},
        {noPackage, Kind::Page, QStringLiteral("packages")},
        {done, Kind::Page, QStringLiteral("packages")},
    };
    QStringList texts;
    for (const auto &row : rows) {
        const NextStep step = ProjectOverviewPage::nextStep(row.state);
        QCOMPARE(int(step.target.kind), int(row.kind));
        QCOMPARE(step.target.id, row.id);
        QVERIFY(!step.action.isEmpty());
        texts << step.text;
    }
    texts.removeDuplicates();
    QCOMPARE(texts.size(), int(std::size(rows))); // each state says what it is about
    // Without the guidance nothing is known: no step is offered, rather than "everything is done".
    ProjectState unknown = overdue;
    unknown.assessed = false;
    const NextStep none = ProjectOverviewPage::nextStep(unknown);
    QVERIFY(none.action.isEmpty());
    QVERIFY(!texts.contains(none.text));
}

// A new project's overview suggests the walkthrough, and its button opens the walkthrough at the first question.
void TestMainWindow::nextStepButtonGoesThere()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("next.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Next"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    MainWindow w;
    w.show();
    QVERIFY(w.openProject(file));
    QVERIFY2(w.overviewPage()->nextStepText().contains(QStringLiteral("walkthrough")),
             qPrintable(w.overviewPage()->nextStepText()));
    w.overviewPage()->nextStepButton()->click();
    QCOMPARE(w.currentPage(), static_cast<Page *>(w.walkthroughPage()));
}

// Qt's own button texts (OK, Cancel, Close in every dialog's button box) come in Bokmål, although Qt ships no Bokmål
// translation of its own: Veiviser's translation carries them.
void TestMainWindow::standardButtonsSpeakBokmal()
{
    const auto texts = [] {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                             QDialogButtonBox::Save | QDialogButtonBox::Help);
        QStringList out;
        for (auto which : {QDialogButtonBox::Ok, QDialogButtonBox::Cancel, QDialogButtonBox::Close,
                           QDialogButtonBox::Save, QDialogButtonBox::Help})
            out << box.button(which)->text().remove(QLatin1Char('&'));
        return out;
    };
    Translation::install(QStringLiteral("nb"));
    const QStringList bokmal = texts();
    Translation::install(QStringLiteral("en"));
    QCOMPARE(bokmal, QStringList({QStringLiteral("OK"), QStringLiteral("Avbryt"), QStringLiteral("Lukk"),
                                  QStringLiteral("Lagre"), QStringLiteral("Hjelp")}));
    QCOMPARE(texts(), QStringList({QStringLiteral("OK"), QStringLiteral("Cancel"), QStringLiteral("Close"),
                                   QStringLiteral("Save"), QStringLiteral("Help")}));
}

// One way in each language, four-digit years, in text and in every date field of every page.
void TestMainWindow::datesAreWrittenOneWay()
{
    const QDate day(2026, 12, 6), later(2027, 1, 15);
    Translation::install(QStringLiteral("nb"));
    QCOMPARE(dateText(day), QStringLiteral("06.12.2026"));
    QCOMPARE(dateText(later), QStringLiteral("15.01.2027"));
    Translation::install(QStringLiteral("en"));
    QCOMPARE(dateText(day), QStringLiteral("06/12/2026"));
    QCOMPARE(dateText(later), QStringLiteral("15/01/2027"));
    QVERIFY(dateTimeText(QDateTime(day, QTime(14, 5))).startsWith(QStringLiteral("06/12/2026 14:05")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dates.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Dates"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    MainWindow w;
    QVERIFY(w.openProject(file));
    const auto edits = w.findChildren<QDateEdit *>();
    QVERIFY(!edits.isEmpty());
    for (QDateEdit *edit : edits) {
        edit->setDate(later);
        QCOMPARE(edit->text(), QStringLiteral("15/01/2027"));
    }
}

// At the window's default size, in both languages, every pack's title stands whole beside its bar: the chart cuts a
// label it has no room for and ends it with "...".
void TestMainWindow::dashboardBarLabelsAreWhole()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bars.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Bars"), QStringLiteral("1"), ProjectRole::Both}).ok());
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(file));
    const guidance::GuidanceLibrary *library = w.session()->library();
    QVERIFY(library);
    w.showPage(w.dashboardPage());
    for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
        w.setLanguage(lang);
        QTest::qWait(100); // the new chart lays out its axes
        QChart *chart = w.dashboardPage()->packChart();
        QVERIFY(chart && chart->scene());
        QStringList labels;
        for (QGraphicsItem *item : chart->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                labels << text->toPlainText().simplified();
        for (const QString &label : labels)
            QVERIFY2(!label.endsWith(QStringLiteral("...")), qPrintable(lang + QStringLiteral(": ") + label));
        for (const tracking::PackProgress &pp : w.session()->progress()->packs) {
            const QString title = library->pack(pp.packId)->title.current();
            QVERIFY2(labels.contains(title), qPrintable(lang + QStringLiteral(": ") + title));
        }
    }
    w.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
