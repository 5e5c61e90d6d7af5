// The deviations page, offscreen: the register and the form; a save that lost to someone else's is shown as a
// conflict and the form reloads; a deviation is not closed before its four texts are written; incident countdowns.

#include "core/Translation.h"
#include "store/DeviationTable.h"
#include "store/RiskTable.h"
#include "store/ProjectStore.h"
#include "ui/DeviationModels.h"
#include "ui/DashboardPage.h"
#include "ui/DeviationsPage.h"
#include "ui/Links.h"
#include "ui/MessageBar.h"
#include "ui/OpenDeviationDialog.h"
#include "ui/ProjectSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSqlQuery>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;

namespace {

bool createProject(const QString &path)
{
    return ProjectStore::create(path, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Deployer}).ok();
}

} // namespace

class TestDeviationsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void lostSaveIsAConflictAndTheFormReloads();
    void closingNeedsTheFourTexts();
    void deviationPointsAtAHazard();
    void movingToAnotherDeviationSavesTheForm();
    void incidentShowsItsNextReport();
    void registerFitsANarrowPane();
    void countdownsReadAsDaysLeftOrOverdue();
    void dashboardCountsDownIncidentReports();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDeviationsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deviationspage"));
    // The shipped guidance and incident reporting rules, as the build copies them next to bin/.
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    Translation::install(QStringLiteral("en"));
}

void TestDeviationsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestDeviationsPage::lostSaveIsAConflictAndTheFormReloads()
{
    const QString path = m_dir->filePath(QStringLiteral("dev.veiviser"));
    QVERIFY(createProject(path));
    qint64 id = 0;
    {
        auto store = ProjectStore::open(path);
        Deviation d;
        d.title = QStringLiteral("Wrong dose suggested");
        auto opened = DeviationTable(**store).open(d);
        QVERIFY(opened);
        id = *opened;
    }
    ProjectSession session;
    DeviationsPage page(&session);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(session.open(path).ok());
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.shown());
    QCOMPARE(page.titleEdit()->text(), QStringLiteral("Wrong dose suggested"));

    // A colleague (here the CLI's own connection) saves first.
    StoreOptions kari;
    kari.actor = QStringLiteral("kari");
    auto other = ProjectStore::open(path, kari);
    QVERIFY(other);
    auto theirs = DeviationTable(**other).get(id);
    QVERIFY(theirs);
    theirs->title = QStringLiteral("Wrong dose suggested for children");
    QVERIFY(DeviationTable(**other).save(*theirs));

    page.titleEdit()->setText(QStringLiteral("My title"));
    QVERIFY(!page.save());
    QVERIFY(page.messages()->isVisibleTo(&page));
    QVERIFY2(page.messages()->text().startsWith(QStringLiteral("Someone else changed deviation %1").arg(id)),
             qPrintable(page.messages()->text()));
    QVERIFY(page.messages()->text().contains(QStringLiteral("kari")));
    // The form shows what is stored now, and a save based on it goes through.
    QCOMPARE(page.titleEdit()->text(), QStringLiteral("Wrong dose suggested for children"));
    QVERIFY(page.shown()->rowVersion == DeviationTable(**other).get(id)->rowVersion);
    page.titleEdit()->setText(QStringLiteral("My title"));
    QVERIFY(page.save());
    QCOMPARE(DeviationTable(**other).get(id)->title, QStringLiteral("My title"));
}

// The form links a deviation to the hazard it touches (ISO 14971 clause 10), keeping the links it had; "None" takes
// the hazard link away again.
void TestDeviationsPage::deviationPointsAtAHazard()
{
    const QString path = m_dir->filePath(QStringLiteral("hazard.veiviser"));
    QVERIFY(createProject(path));
    qint64 id = 0;
    {
        auto store = ProjectStore::open(path);
        Hazard h;
        h.ref = QStringLiteral("H-04");
        h.category = QStringLiteral("data_shift");
        h.hazard = QStringLiteral("Drift after a new assay");
        h.harm = QStringLiteral("Missed sepsis");
        h.severity = 4;
        h.probability = 2;
        QVERIFY(RiskTable(**store).addHazard(h));
        Deviation d;
        d.title = QStringLiteral("O/E above its limit");
        d.links = {{QStringLiteral("alarm"), QStringLiteral("2026-05-25:oe_ratio")}};
        auto opened = DeviationTable(**store).open(d);
        QVERIFY(opened);
        id = *opened;
    }
    ProjectSession session;
    DeviationsPage page(&session);
    QVERIFY(session.open(path).ok());
    QVERIFY(page.select(id));
    QCOMPARE(page.hazardBox()->currentData().toString(), QString());
    const int h04 = page.hazardBox()->findData(QStringLiteral("H-04"));
    QVERIFY(h04 > 0);
    QCOMPARE(page.hazardBox()->itemText(h04), QStringLiteral("H-04: Drift after a new assay"));
    page.hazardBox()->setCurrentIndex(h04);
    QVERIFY(page.save());
    auto store = ProjectStore::open(path, StoreOptions::readOnly());
    auto saved = DeviationTable(**store).get(id);
    QVERIFY(saved);
    const std::vector<DeviationLink> both = {{QStringLiteral("alarm"), QStringLiteral("2026-05-25:oe_ratio")},
                                             {QStringLiteral("hazard"), QStringLiteral("H-04")}};
    QVERIFY(saved->links == both);
    page.hazardBox()->setCurrentIndex(0);
    QVERIFY(page.save());
    saved = DeviationTable(**store).get(id);
    QVERIFY(saved && saved->links.size() == 1 && saved->links.front().kind == QStringLiteral("alarm"));

    // A link to a hazard the risk file no longer has (a project from before hazards pointed at could not be removed)
    // is shown as it is, not dropped without a word when other fields are saved: the store refuses the save and says
    // why, and the user chooses.
    {
        auto writer = ProjectStore::open(path);
        QSqlQuery q((*writer)->database());
        QVERIFY(q.exec(QStringLiteral(R"(UPDATE deviations SET links = '[{"kind":"hazard","ref":"H-99"}]')")));
    }
    session.notifyChanged(QStringLiteral("deviations"));
    QVERIFY(page.select(id));
    QCOMPARE(page.hazardBox()->currentText(), QStringLiteral("H-99 (not in the risk file)"));
    page.titleEdit()->setText(QStringLiteral("O/E above its limit since week 38"));
    QVERIFY(!page.save());
    QVERIFY2(page.messages()->text().contains(QStringLiteral("no hazard H-99")), qPrintable(page.messages()->text()));
}

void TestDeviationsPage::closingNeedsTheFourTexts()
{
    const QString path = m_dir->filePath(QStringLiteral("close.veiviser"));
    QVERIFY(createProject(path));
    ProjectSession session;
    DeviationsPage page(&session);
    QVERIFY(session.open(path).ok());
    QCOMPARE(page.model()->rowCount(), 0);
    auto *dialog = page.newDeviation();
    QVERIFY(dialog);
    dialog->titleEdit()->setText(QStringLiteral("Alert fatigue on ward 3"));
    dialog->accept();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.titleEdit()->text(), QStringLiteral("Alert fatigue on ward 3"));

    page.assessmentEdit()->setPlainText(QStringLiteral("Too many alerts at night."));
    QVERIFY(!page.closeDeviation());
    QVERIFY2(page.messages()->text().contains(QStringLiteral("cannot be closed before its cause, corrective action, closing check is written")),
             qPrintable(page.messages()->text()));
    // The assessment written before the refusal is kept: the close saved the form first.
    QCOMPARE(DeviationTable(*session.store()).get(page.shown()->id)->assessment, QStringLiteral("Too many alerts at night."));

    page.causeEdit()->setPlainText(QStringLiteral("Threshold set for the day shift."));
    page.correctionEdit()->setPlainText(QStringLiteral("Night threshold raised to 0.4."));
    page.closingCheckEdit()->setPlainText(QStringLiteral("Alert rate checked after four weeks."));
    QVERIFY(page.closeDeviation());
    auto stored = DeviationTable(*session.store()).get(page.shown()->id);
    QVERIFY(stored->closed);
    QCOMPARE(stored->closingCheck, QStringLiteral("Alert rate checked after four weeks."));
    QCOMPARE(page.model()->index(0, DeviationListModel::StatusColumn).data().toString(), QStringLiteral("Closed"));
    // A closed deviation is kept as it was.
    QVERIFY(page.titleEdit()->isReadOnly());
    QVERIFY(!page.saveButton()->isEnabled());
    QVERIFY(!page.closeButton()->isEnabled());
}

void TestDeviationsPage::movingToAnotherDeviationSavesTheForm()
{
    const QString path = m_dir->filePath(QStringLiteral("move.veiviser"));
    QVERIFY(createProject(path));
    {
        auto store = ProjectStore::open(path);
        for (const char *title : {"First", "Second"}) {
            Deviation d;
            d.title = QString::fromLatin1(title);
            QVERIFY(DeviationTable(**store).open(d));
        }
    }
    ProjectSession session;
    DeviationsPage page(&session);
    QVERIFY(session.open(path).ok());
    QCOMPARE(page.model()->rowCount(), 2);
    const qint64 first = page.shown()->id;
    page.titleEdit()->setText(QStringLiteral("First, renamed"));
    const int other = page.model()->rowOf(first) == 0 ? 1 : 0;
    const qint64 otherId = page.model()->deviationAt(other)->id;
    page.view()->setCurrentIndex(page.model()->index(other, DeviationListModel::TitleColumn));
    QCOMPARE(page.shown()->id, otherId);
    QCOMPARE(page.titleEdit()->text(), QStringLiteral("Second"));
    QCOMPARE(DeviationTable(*session.store()).get(first)->title, QStringLiteral("First, renamed"));
}

void TestDeviationsPage::incidentShowsItsNextReport()
{
    const QString path = m_dir->filePath(QStringLiteral("incident.veiviser"));
    QVERIFY(createProject(path));
    {
        auto store = ProjectStore::open(path);
        Deviation d;
        d.title = QStringLiteral("Missed sepsis");
        d.severity = QStringLiteral("critical");
        auto id = DeviationTable(**store).open(d);
        QVERIFY(id);
        Incident incident;
        incident.deviationId = *id;
        incident.awareOn = QDate::currentDate().addDays(-3);
        QVERIFY(DeviationTable(**store).addIncident(incident));
    }
    ProjectSession session;
    DeviationsPage page(&session);
    page.show();
    QVERIFY(session.open(path).ok());
    const QString report = page.model()->index(0, DeviationListModel::ReportColumn).data().toString();
    if (!page.rulesProblem().isEmpty()) {
        // The reporting rules are not installed: the page says so instead of showing no deadline at all.
        bool said = false;
        for (QLabel *l : page.findChildren<QLabel *>())
            said = said || (l->isVisible() && l->text().startsWith(QStringLiteral("The incident reporting rules could not be read")));
        QVERIFY(said);
        QCOMPARE(report, QStringLiteral("deadlines not available"));
        return;
    }
    QVERIFY2(report.contains(QStringLiteral("left")) || report.contains(QStringLiteral("OVERDUE")) ||
                 report.contains(QStringLiteral("due today")) || report.contains(QStringLiteral("not known")),
             qPrintable(report));
}

void TestDeviationsPage::registerFitsANarrowPane()
{
    const QString path = m_dir->filePath(QStringLiteral("narrow.veiviser"));
    QVERIFY(createProject(path));
    const QString title = QStringLiteral("The sepsis alert stayed silent for a patient with rising lactate and a "
                                         "falling blood pressure during the night shift");
    {
        auto store = ProjectStore::open(path);
        Deviation d;
        d.title = title;
        d.severity = QStringLiteral("critical");
        auto id = DeviationTable(**store).open(d);
        QVERIFY(id);
        Incident incident;
        incident.deviationId = *id;
        incident.awareOn = QDate::currentDate().addDays(-3);
        QVERIFY(DeviationTable(**store).addIncident(incident));
    }
    ProjectSession session;
    DeviationsPage page(&session);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(session.open(path).ok());
    QTableView *view = page.view();
    // The register as narrow as in the page's pane at 1366×768.
    view->setFixedWidth(560);
    QCoreApplication::processEvents();
    // The next report's countdown is read whole; the title takes what is left, on one line, whole in its tooltip.
    const QAbstractItemView *items = view; // sizeHintForColumn is public there
    const int needed = items->sizeHintForColumn(DeviationListModel::ReportColumn);
    QVERIFY2(view->columnWidth(DeviationListModel::ReportColumn) >= needed,
             qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(DeviationListModel::ReportColumn)).arg(needed)));
    QVERIFY2(view->columnWidth(DeviationListModel::TitleColumn) >= 80,
             qPrintable(QStringLiteral("the title has %1 pixels").arg(view->columnWidth(DeviationListModel::TitleColumn))));
    QVERIFY(!view->wordWrap());
    QCOMPARE(page.model()->index(0, DeviationListModel::TitleColumn).data(Qt::ToolTipRole).toString(), title);
    int total = 0;
    for (int c = 0; c < DeviationListModel::ColumnCount; ++c)
        total += view->columnWidth(c);
    QVERIFY2(total <= view->viewport()->width(), "the register hides columns behind a scroll bar");
}

void TestDeviationsPage::countdownsReadAsDaysLeftOrOverdue()
{
    monitoring::IncidentReportStatus r;
    r.daysLeft = 5;
    QCOMPARE(countdown(r), QStringLiteral("5 days left"));
    r.daysLeft = 1;
    QCOMPARE(countdown(r), QStringLiteral("1 day left"));
    r.daysLeft = 0;
    QCOMPARE(countdown(r), QStringLiteral("due today"));
    r.daysLeft = -2;
    QCOMPARE(countdown(r), QStringLiteral("OVERDUE by 2 days"));
    QVERIFY(r.overdue());
}

// The dashboard lists the unsent reports of an incident the organisation learnt of 20 days ago: the overdue ones
// first, each counting down in days; choosing one goes to the deviations page.
void TestDeviationsPage::dashboardCountsDownIncidentReports()
{
    const QString path = m_dir->filePath(QStringLiteral("dashboard.veiviser"));
    QVERIFY(createProject(path));
    ProjectSession session;
    DashboardPage dashboard(&session);
    dashboard.show();
    QVERIFY(session.open(path).ok());
    QVERIFY(!dashboard.reportList()->isVisible()); // no incident, nothing to report
    Deviation d;
    d.title = QStringLiteral("Missed sepsis");
    auto id = DeviationTable(*session.store()).open(d);
    QVERIFY(id);
    Incident incident;
    incident.deviationId = *id;
    incident.awareOn = QDate::currentDate().addDays(-20);
    incident.facts = Json{{"incident.death", true}};
    QVERIFY(DeviationTable(*session.store()).addIncident(incident));
    session.notifyChanged(QStringLiteral("deviations"));
    QListWidget *list = dashboard.reportList();
    QVERIFY(list->count() > 0); // the build installs the reporting rules (VEIVISER_DATA_DIR above)
    QVERIFY(list->isVisible());
    bool seenNotOverdue = false;
    int overdue = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text();
        QVERIFY2(text.contains(QStringLiteral("(deviation %1)").arg(*id)), qPrintable(text));
        const bool late = text.contains(QStringLiteral("OVERDUE by"));
        QVERIFY2(!(late && seenNotOverdue), qPrintable(text)); // the overdue ones come first
        seenNotOverdue = seenNotOverdue || !late;
        overdue += late ? 1 : 0;
    }
    QVERIFY(overdue > 0); // every deadline of these rules is shorter than 20 days
    QSignalSpy links(&dashboard, &Page::linkActivated);
    list->setCurrentRow(0);
    Q_EMIT list->itemActivated(list->item(0));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.front().front().toUrl(), LinkTarget::page(QStringLiteral("deviations")).url());
}

QTEST_MAIN(TestDeviationsPage)
#include "tst_deviationspage.moc"
