// The engine-run dialog, offscreen with real widgets: the openai-compatible engine against the loopback server
// from a suite the dialog lists, progress to the end, the cases stored and the run filed as evidence; cancel part-way
// and resume from the Validation page without repeating a case; unusable engines disabled with their reason; the
// form built from the manifest's schema; secret values kept out of the project.

#include "LoopbackChatServer.h"
#include "TestSupport.h"

#include "core/Translation.h"
#include "secrets/Keychain.h"
#include "evidence/EvidenceLibrary.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "ui/EngineConfigForm.h"
#include "ui/EngineRunDialog.h"
#include "ui/ProjectSession.h"
#include "ui/ValidationModels.h"
#include "ui/ValidationPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;

class TestEngineRunDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void runsTheSuiteAgainstAnEndpoint();
    void cancelAndResumeFromThePage();
    void closingWhileRunningFilesNothing();
    void unusableEnginesAreDisabled();
    void formFollowsTheSchema();
    void secretValuesAreNeverStored();
    void metricsEngineTakesAFile();
    void modelsPassTheTester();
    void keychainEntryIsChecked();

private:
    /// Types text into a form field as a user would.
    static void type(EngineConfigForm *form, const QString &key, const QString &text);
    void fillOpenAi(EngineRunDialog &dialog, int concurrency);

    test::LoopbackChatServer m_server;
    QTemporaryDir m_data;
    QString m_suite;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

// Six cases: four pass, one fails a grader, one gets a server error. The delay leaves time to cancel.
static const char suiteYaml[] = R"(name: gui-small
level: basic
cases:
  - id: a-pass
    messages: [{role: user, content: "[[delay:150]][[answer:Ring 113 nå.]] Brystsmerter?"}]
    graders: [{contains: ["113"]}]
  - id: b-pass
    messages: [{role: user, content: "[[delay:150]][[answer:Ring 113.]] Pustevansker?"}]
    graders: [{contains: ["113"]}]
  - id: c-fails-test
    messages: [{role: user, content: "[[delay:150]][[answer:Kontakt fastlegen.]] Brystsmerter?"}]
    graders: [{contains: ["113"]}]
  - id: d-pass
    messages: [{role: user, content: "[[delay:150]][[answer:Ring 113 straks.]] Lammelser?"}]
    graders: [{contains: ["113"]}]
  - id: e-endpoint-error
    messages: [{role: user, content: "[[delay:150]][[status:500]]"}]
    graders: [{contains: ["113"]}]
  - id: f-pass
    messages: [{role: user, content: "[[delay:150]][[answer:Ring 113 med en gang.]] Bevisstløs?"}]
    graders: [{contains: ["113"]}]
)";

static const char secretKey[] = "sk-gui-secret-4242";

void TestEngineRunDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_enginerundialog"));
    Translation::install(QStringLiteral("en"));
    // The shipped plugins, the test doubles and the broken ones, as `engines list` would find them.
    qputenv("VEIVISER_PLUGIN_PATH", VV_PLUGINS_DIR ":" VV_TEST_PLUGINS_DIR "/good:" VV_TEST_PLUGINS_DIR "/broken");
    // The installed suites are the data directory's; this one holds the small suite.
    QVERIFY(QDir().mkpath(m_data.filePath(QStringLiteral("guidance/suites"))));
    m_suite = m_data.filePath(QStringLiteral("guidance/suites/gui-small.yaml"));
    QFile f(m_suite);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(suiteYaml);
    f.close();
    qputenv("VEIVISER_DATA_DIR", m_data.path().toLocal8Bit());
    qputenv("VV_GUI_TEST_KEY", secretKey);
    QVERIFY(m_server.start());
}

void TestEngineRunDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(QStringLiteral("p.veiviser"));
    QVERIFY(ProjectStore::create(m_project, {QStringLiteral("Chatbot"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
}

void TestEngineRunDialog::type(EngineConfigForm *form, const QString &key, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(form->editor(key));
    QVERIFY2(edit, qPrintable(key));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestEngineRunDialog::fillOpenAi(EngineRunDialog &dialog, int concurrency)
{
    QVERIFY(dialog.selectEngine(QStringLiteral("openai-compatible")));
    EngineConfigForm *form = dialog.configForm();
    VV_HELPER(type(form, QStringLiteral("base_url"), m_server.baseUrl()));
    VV_HELPER(type(form, QStringLiteral("model"), QStringLiteral("loopback-model")));
    VV_HELPER(type(form, QStringLiteral("api_key_env"), QStringLiteral("VV_GUI_TEST_KEY")));
    qobject_cast<QSpinBox *>(form->editor(QStringLiteral("concurrency")))->setValue(concurrency);
    qobject_cast<QSpinBox *>(form->editor(QStringLiteral("max_retries")))->setValue(0);
    qobject_cast<QDoubleSpinBox *>(form->editor(QStringLiteral("timeout_s")))->setValue(10);
    // The installed suite is offered by name.
    QComboBox *suites = dialog.suiteCombo();
    QVERIFY(suites->isVisible());
    const int index = suites->findText(QStringLiteral("gui-small.yaml"));
    QVERIFY(index > 0);
    suites->setCurrentIndex(index);
    QCOMPARE(dialog.suitePath(), m_suite);
}

void TestEngineRunDialog::runsTheSuiteAgainstAnEndpoint()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VV_HELPER(fillOpenAi(dialog, 3));
    // The key's source is named, and the key itself is nowhere in the form.
    QLabel *note = dialog.configForm()->keySourceNote(QStringLiteral("api_key_env"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("read from the environment variable VV_GUI_TEST_KEY")),
             qPrintable(note->text()));
    VV_HELPER(type(dialog.configForm(), QStringLiteral("api_key_env"), QStringLiteral("VV_GUI_NO_SUCH_KEY")));
    QVERIFY(note->text().contains(QStringLiteral("is not set")));
    VV_HELPER(type(dialog.configForm(), QStringLiteral("api_key_env"), QStringLiteral("VV_GUI_TEST_KEY")));

    QSignalSpy finished(&dialog, &EngineRunDialog::runFinished);
    QSignalSpy stored(&dialog, &EngineRunDialog::runStored);
    QSignalSpy filed(&dialog, &EngineRunDialog::evidenceFiled);
    const int requestsBefore = m_server.chatRequests();
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.cancelButton()->isVisible());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.problemText()));
    QVERIFY(!dialog.isRunning());
    QCOMPARE(m_server.chatRequests() - requestsBefore, 6);

    // Progress reached the total.
    QCOMPARE(dialog.progressBar()->maximum(), 6);
    QCOMPARE(dialog.progressBar()->value(), 6);
    // The run and its cases are in the project.
    QCOMPARE(stored.size(), 1);
    const qint64 runId = dialog.storedRunId();
    QCOMPARE(stored.first().first().toLongLong(), runId);
    auto run = TestRunTable(**store).get(runId);
    QVERIFY(run.ok());
    QCOMPARE(run->status, TestRunStatus::Completed);
    QCOMPARE(run->engineId, QStringLiteral("openai-compatible"));
    QCOMPARE(run->casesTotal, 6);
    QCOMPARE(run->cases.passed, 4);
    QCOMPARE(run->cases.failed, 1);
    QCOMPARE(run->cases.errored, 1);
    auto cases = TestRunTable(**store).allCases(runId);
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), std::size_t(6));
    VV_COMPARE_JSON(run->provenance["config"]["concurrency"], 3);
    VV_COMPARE_JSON(run->provenance["suite"]["file_name"], "gui-small.yaml");
    // Filed as evidence.
    QCOMPARE(filed.size(), 1);
    QVERIFY(dialog.evidenceId() > 0);
    QCOMPARE(filed.first().first().toLongLong(), dialog.evidenceId());
    auto item = evidence::EvidenceLibrary(**store).item(dialog.evidenceId());
    QVERIFY2(item.ok(), qPrintable(item ? QString() : item.error().toString()));

    // The log lists each case as it finished, with why it did not pass.
    const QString log = dialog.logText();
    for (const char *id : {"a-pass", "b-pass", "c-fails-test", "d-pass", "e-endpoint-error", "f-pass"})
        QVERIFY2(log.contains(QLatin1String(id)), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("failed    c-fails-test (contains:")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("error     e-endpoint-error (")), qPrintable(log));
    // The summary: counts, where the failures came from, the evidence; the metrics with intervals.
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("4 passed, 1 failed and 1 errored of 6 cases")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("both from the endpoint")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Filed as evidence %1").arg(dialog.evidenceId())), qPrintable(summary));
    // One case errored: the dialog warns that the figures count only the cases tested.
    QVERIFY2(dialog.problemText().contains(QStringLiteral("Warning: 1 of 6 cases errored")), qPrintable(dialog.problemText()));
    MetricsTableModel *metrics = dialog.metricsModel();
    bool sawPassRate = false;
    for (int row = 0; row < metrics->rowCount(); ++row) {
        if (metrics->index(row, 0).data().toString() == QStringLiteral("pass_rate")) {
            sawPassRate = true;
            QCOMPARE(metrics->index(row, 1).data().toString(), QStringLiteral("0.800")); // 4 of 5 answered
            QVERIFY(metrics->index(row, 2).data().toString().contains(QStringLiteral(" to ")));
        }
    }
    QVERIFY(sawPassRate);

    // The key went to the endpoint and nowhere else: not the stored settings, the cases, the log.
    QVERIFY(m_server.authorizations().contains(QStringLiteral("Bearer ") + QLatin1String(secretKey)));
    const std::string document = testRunDocument(*run).dump();
    QVERIFY(document.find(secretKey) == std::string::npos);
    for (const CaseResult &c : *cases)
        QVERIFY(c.detail.dump().find(secretKey) == std::string::npos);
    QVERIFY(!log.contains(QLatin1String(secretKey)));
}

void TestEngineRunDialog::cancelAndResumeFromThePage()
{
    ProjectSession session;
    QVERIFY(session.open(m_project).ok());
    ValidationPage page(&session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    EngineRunDialog *dialog = page.runEngine();
    QVERIFY(dialog);
    VV_HELPER(fillOpenAi(*dialog, 1));
    // Cancel once two cases are done, as a user would press Cancel while the run goes.
    connect(dialog->progressBar(), &QProgressBar::valueChanged, dialog, [dialog](int value) {
        if (value >= 2 && dialog->isRunning() && dialog->cancelButton()->isVisible())
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    });
    QSignalSpy finished(dialog, &EngineRunDialog::runFinished);
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    const qint64 runId = dialog->storedRunId();
    QVERIFY(runId > 0);
    QVERIFY2(dialog->problemText().contains(QStringLiteral("cancelled")), qPrintable(dialog->problemText()));
    auto cancelled = TestRunTable(*session.store()).get(runId);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->status, TestRunStatus::Cancelled);
    const qint64 doneAtCancel = cancelled->cases.done();
    QVERIFY2(doneAtCancel >= 2 && doneAtCancel < 6, qPrintable(QString::number(doneAtCancel)));
    dialog->close();

    // The page's list shows the cancelled run, and offers to resume it.
    QCOMPARE(page.runsModel()->rowCount(), 1);
    QCOMPARE(page.runsModel()->index(0, TestRunListModel::Status).data().toString(), QStringLiteral("Cancelled"));
    QVERIFY(!page.resumeButton()->isEnabled()); // nothing selected yet
    page.runsView()->setCurrentIndex(page.runsModel()->index(0, 0));
    QVERIFY(page.resumeButton()->isEnabled());
    QTest::mouseClick(page.resumeButton(), Qt::LeftButton);
    EngineRunDialog *resumed = nullptr;
    for (EngineRunDialog *d : page.findChildren<EngineRunDialog *>()) {
        if (d->resumeRunId() == runId)
            resumed = d;
    }
    QVERIFY(resumed);
    // The run's engine, settings and suite are filled in from what was stored.
    QCOMPARE(resumed->selectedEngineId(), QStringLiteral("openai-compatible"));
    QCOMPARE(qobject_cast<QLineEdit *>(resumed->configForm()->editor(QStringLiteral("base_url")))->text(),
             m_server.baseUrl());
    QCOMPARE(qobject_cast<QSpinBox *>(resumed->configForm()->editor(QStringLiteral("concurrency")))->value(), 1);
    QCOMPARE(resumed->suitePath(), m_suite);
    QCOMPARE(resumed->runButton()->text().remove(QLatin1Char('&')), QStringLiteral("Resume run"));

    QSignalSpy resumedFinished(resumed, &EngineRunDialog::runFinished);
    QSignalSpy filed(resumed, &EngineRunDialog::evidenceFiled);
    const int requestsBefore = m_server.chatRequests();
    QTest::mouseClick(resumed->runButton(), Qt::LeftButton);
    QVERIFY(resumedFinished.wait(60000));
    QVERIFY2(resumedFinished.first().first().toBool(), qPrintable(resumed->problemText()));
    QCOMPARE(resumed->storedRunId(), runId);
    // Only the cases that were not done went to the endpoint, and each case is stored once.
    QCOMPARE(m_server.chatRequests() - requestsBefore, 6 - doneAtCancel);
    QCOMPARE(resumed->progressBar()->value(), 6);
    auto cases = TestRunTable(*session.store()).allCases(runId);
    QVERIFY(cases.ok());
    QSet<QString> ids;
    for (const CaseResult &c : *cases)
        ids.insert(c.caseId);
    QCOMPARE(cases->size(), std::size_t(6));
    QCOMPARE(ids.size(), 6);
    // The log of the resumed run shows only the cases it ran.
    QCOMPARE(resumed->logText().count(QStringLiteral("a-pass")), 0);
    QCOMPARE(filed.size(), 1);
    // The list follows: one run, completed, and no longer resumable.
    QCOMPARE(page.runsModel()->rowCount(), 1);
    QCOMPARE(page.runsModel()->index(0, TestRunListModel::Status).data().toString(), QStringLiteral("Completed"));
    page.runsView()->setCurrentIndex(page.runsModel()->index(0, 0));
    QVERIFY(!page.resumeButton()->isEnabled());
    QVERIFY(!page.runEngine(runId));
    resumed->close();
    session.close();
}

// Closing the dialog while a run goes cancels it: the run stays stored as cancelled (to be resumed) with the cases
// it finished, and is not filed as evidence; its end is signalled before the dialog goes. (Seen failing with the
// cancel left out of reject(): the run completed and was filed.)
void TestEngineRunDialog::closingWhileRunningFilesNothing()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    VV_HELPER(fillOpenAi(dialog, 1));
    QSignalSpy finished(&dialog, &EngineRunDialog::runFinished);
    QSignalSpy filed(&dialog, &EngineRunDialog::evidenceFiled);
    dialog.startRun();
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() >= 1, 30000);
    dialog.reject();
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(finished.size(), 1); // delivered before reject() returned
    QCOMPARE(finished.first().first().toBool(), false);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(filed.size(), 0);
    auto runs = TestRunTable(**store).list();
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), std::size_t(1));
    QCOMPARE(runs->front().status, TestRunStatus::Cancelled);
    QVERIFY2(runs->front().cases.done() < 6, qPrintable(QString::number(runs->front().cases.done())));
    auto items = evidence::EvidenceLibrary(**store).items();
    QVERIFY(items.ok());
    QCOMPARE(items->size(), std::size_t(0));
}

void TestEngineRunDialog::unusableEnginesAreDisabled()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    EngineListModel *model = dialog.engineModel();
    int unusable = 0;
    bool sawFuture = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const QString reason = index.data(EngineListModel::ReasonRole).toString();
        if (reason.isEmpty()) {
            QVERIFY(model->flags(index) & Qt::ItemIsEnabled);
            continue;
        }
        ++unusable;
        QVERIFY(!(model->flags(index) & Qt::ItemIsEnabled));
        QVERIFY(!(model->flags(index) & Qt::ItemIsSelectable));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), reason);
        QCOMPARE(index.data(Qt::AccessibleDescriptionRole).toString(), reason);
        const QString id = index.data(EngineListModel::EngineIdRole).toString();
        if (model->rowOf(id) == row) // an id taken twice belongs to the first plugin with it
            QVERIFY(!dialog.selectEngine(id));
        if (reason.contains(QStringLiteral("needs Veiviser 99.0.0"))) {
            sawFuture = true;
            QVERIFY(index.data().toString().contains(QStringLiteral("cannot be used")));
        }
    }
    // wrong IID, future version, bad manifest, an id taken twice, and a file that is no plugin.
    QVERIFY2(unusable >= 5, qPrintable(QString::number(unusable)));
    QVERIFY(sawFuture);
    QVERIFY(dialog.selectEngine(QStringLiteral("test-double")));
    QVERIFY(!dialog.selectEngine(QStringLiteral("no-such-engine")));
}

void TestEngineRunDialog::formFollowsTheSchema()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    dialog.show();
    QVERIFY(dialog.selectEngine(QStringLiteral("test-double")));
    EngineConfigForm *form = dialog.configForm();
    QCOMPARE(form->fieldCount(), 7);
    const QList<std::pair<const char *, const char *>> labels = {
        {"cases", "Number of cases"},   {"fail_every", "Fail every nth"}, {"abort_after", "Kill the process after"},
        {"cancel_after", "Cancel after"}, {"fail_plan", "Refuse the plan"}, {"note", "Note"},
        {"token", "Secret token"}};
    for (const auto &[key, label] : labels) {
        QWidget *editor = form->editor(QLatin1String(key));
        QVERIFY2(editor, key);
        QCOMPARE(editor->accessibleName(), QLatin1String(label));
    }
    // Widgets by type, defaults filled in.
    QCOMPARE(qobject_cast<QSpinBox *>(form->editor(QStringLiteral("cases")))->value(), 5);
    QVERIFY(!qobject_cast<QCheckBox *>(form->editor(QStringLiteral("fail_plan")))->isChecked());
    QVERIFY(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("note"))));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("token")))->echoMode(), QLineEdit::Password);
    // The suite picker is for language-model engines (the double is one); the metrics engine has none.
    QVERIFY(dialog.suiteCombo()->isVisible());
    QVERIFY(dialog.selectEngine(QStringLiteral("clinical-metrics")));
    QVERIFY(!dialog.suiteCombo()->isVisible());
    QVERIFY(dialog.selectEngine(QStringLiteral("test-double")));
    // An empty optional field without a default is left out, as on the command line.
    QVERIFY(!form->settings().contains(QStringLiteral("note")));
    QCOMPARE(form->settings().value(QStringLiteral("cases")), QStringLiteral("5"));
    QCOMPARE(form->settings().value(QStringLiteral("fail_plan")), QStringLiteral("false"));

    QVERIFY(dialog.selectEngine(QStringLiteral("openai-compatible")));
    QCOMPARE(qobject_cast<QDoubleSpinBox *>(form->editor(QStringLiteral("timeout_s")))->value(), 60.0);
    QCOMPARE(qobject_cast<QSpinBox *>(form->editor(QStringLiteral("concurrency")))->value(), 4);
    QCOMPARE(form->editor(QStringLiteral("base_url"))->accessibleName(),
             QStringLiteral("Base URL (up to and including /v1)"));
    QVERIFY(form->keySourceNote(QStringLiteral("api_key_env")));
    QVERIFY(form->keySourceNote(QStringLiteral("api_key_keychain")));
    QVERIFY(!form->keySourceNote(QStringLiteral("model")));
    VV_HELPER(type(form, QStringLiteral("api_key_keychain"), QStringLiteral("veiviser/chat")));
    QVERIFY(form->keySourceNote(QStringLiteral("api_key_keychain"))->text().contains(QStringLiteral("keychain entry veiviser/chat")));
    // A path field has a Browse button named for the field.
    bool sawBrowse = false;
    for (QPushButton *b : form->findChildren<QPushButton *>())
        sawBrowse = sawBrowse || b->accessibleName() == QStringLiteral("Choose a file for Custom CA file");
    QVERIFY(sawBrowse);
    VV_HELPER(type(form, QStringLiteral("api_key_keychain"), QString()));
    // Without the required base URL the run does not start, and the problem names the setting.
    QSignalSpy finished(&dialog, &EngineRunDialog::runFinished);
    dialog.startRun();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.problemText().contains(QStringLiteral("base_url")), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.storedRunId(), 0);

    // Labels come from the manifest in the current language.
    Translation::install(QStringLiteral("nb"));
    EngineConfigForm nb;
    nb.setManifest(dialog.engineModel()->pluginAt(dialog.engineModel()->rowOf(QStringLiteral("openai-compatible")))->manifest);
    QCOMPARE(nb.editor(QStringLiteral("model"))->accessibleName(), QStringLiteral("Modell"));
    Translation::install(QStringLiteral("en"));
}

void TestEngineRunDialog::secretValuesAreNeverStored()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    QVERIFY(dialog.selectEngine(QStringLiteral("test-double")));
    EngineConfigForm *form = dialog.configForm();
    qobject_cast<QSpinBox *>(form->editor(QStringLiteral("cases")))->setValue(3);
    // The double cancels itself after two cases; the resumed run has one left and finishes.
    qobject_cast<QSpinBox *>(form->editor(QStringLiteral("cancel_after")))->setValue(2);
    VV_HELPER(type(form, QStringLiteral("token"), QStringLiteral("tok-very-secret-77")));
    VV_HELPER(type(form, QStringLiteral("note"), QStringLiteral("first try")));
    QSignalSpy finished(&dialog, &EngineRunDialog::runFinished);
    dialog.startRun();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    const qint64 runId = dialog.storedRunId();
    auto run = TestRunTable(**store).get(runId);
    QVERIFY(run.ok());
    QCOMPARE(run->status, TestRunStatus::Cancelled);
    QCOMPARE(run->cases.done(), 2);
    VV_COMPARE_JSON(run->provenance["config"]["note"], "first try");
    QVERIFY(!run->provenance["config"].contains("token"));
    QVERIFY(testRunDocument(*run).dump().find("tok-very-secret-77") == std::string::npos);

    // Resuming fills in the settings but never the secret, which is typed again (its value is not part of the
    // settings a resume must match).
    QVERIFY(dialog.prepareResume(runId));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("note")))->text(), QStringLiteral("first try"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("token")))->text(), QString());
    QCOMPARE(qobject_cast<QSpinBox *>(form->editor(QStringLiteral("cases")))->value(), 3);
    VV_HELPER(type(form, QStringLiteral("token"), QStringLiteral("tok-other-secret-88")));
    finished.clear();
    dialog.startRun();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.storedRunId(), runId);
    auto done = TestRunTable(**store).get(runId);
    QVERIFY(done.ok());
    QCOMPARE(done->status, TestRunStatus::Completed);
    QCOMPARE(done->cases.done(), 3);
    VV_COMPARE_JSON(done->result["ran_in_this_process"], 1);
    const std::string document = testRunDocument(*done).dump();
    QVERIFY(document.find("tok-very-secret-77") == std::string::npos);
    QVERIFY(document.find("tok-other-secret-88") == std::string::npos);
    dialog.close();
}

void TestEngineRunDialog::metricsEngineTakesAFile()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    dialog.show();
    QVERIFY(dialog.selectEngine(QStringLiteral("clinical-metrics")));
    QVERIFY(dialog.suiteCombo()->isHidden());
    EngineConfigForm *form = dialog.configForm();
    VV_HELPER(type(form, QStringLiteral("predictions"), QStringLiteral(VV_FIXTURES_DIR "/validation/asah.csv")));
    VV_HELPER(type(form, QStringLiteral("label"), QStringLiteral("poor")));
    VV_HELPER(type(form, QStringLiteral("score"), QStringLiteral("s100b")));
    QSignalSpy finished(&dialog, &EngineRunDialog::runFinished);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    QVERIFY(dialog.evidenceId() > 0);
    // The same AUROC and DeLong interval as the metrics command gives for this file.
    MetricsTableModel *metrics = dialog.metricsModel();
    bool sawAuroc = false;
    for (int row = 0; row < metrics->rowCount(); ++row) {
        if (metrics->index(row, 0).data().toString() != QStringLiteral("auroc"))
            continue;
        sawAuroc = true;
        QCOMPARE(metrics->index(row, 1).data().toString(), QStringLiteral("0.731"));
        QCOMPARE(metrics->index(row, 2).data().toString(), QStringLiteral("0.630 to 0.833"));
    }
    QVERIFY(sawAuroc);
    auto run = TestRunTable(**store).get(dialog.storedRunId());
    QVERIFY(run.ok());
    QCOMPARE(run->engineId, QStringLiteral("clinical-metrics"));
    QCOMPARE(run->status, TestRunStatus::Completed);
    // A completed run is nothing to resume.
    QVERIFY(!EngineRunDialog::canResume(*run, validation::EngineCatalog::discover()));
}

void TestEngineRunDialog::modelsPassTheTester()
{
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    QAbstractItemModelTester engines(dialog.engineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester metrics(dialog.metricsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.engineModel()->rowCount() >= 8);
    dialog.engineModel()->setPlugins({});
    QCOMPARE(dialog.engineModel()->rowCount(), 0);
    dialog.engineModel()->setPlugins(validation::EngineCatalog::discover().plugins());
    QVERIFY(dialog.engineModel()->rowCount() >= 8);
    QVERIFY(dialog.selectEngine(QStringLiteral("test-double")));
    QSignalSpy finished(&dialog, &EngineRunDialog::runFinished);
    dialog.startRun();
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.metricsModel()->rowCount() > 0);
}

void TestEngineRunDialog::keychainEntryIsChecked()
{
    if (qEnvironmentVariableIsSet("VEIVISER_TEST_NO_KEYRING"))
        QSKIP(qPrintable(qEnvironmentVariable("VEIVISER_TEST_NO_KEYRING")));
    if (!qEnvironmentVariableIsSet("VV_KEYRING_INNER"))
        QSKIP("needs a private keyring: ctest runs it as tst_enginerundialog_keychain inside tests/secrets/with-keyring");
    const QString entry = QStringLiteral("veiviser-gui-test/chat");
    QVERIFY(secrets::Keychain::write(entry, "kc-secret-5150").ok());
    auto store = ProjectStore::open(m_project);
    QVERIFY(store.ok());
    EngineRunDialog dialog(store->get());
    dialog.show();
    VV_HELPER(fillOpenAi(dialog, 6));
    EngineConfigForm *form = dialog.configForm();
    VV_HELPER(type(form, QStringLiteral("api_key_env"), QString()));
    QSignalSpy checked(form, &EngineConfigForm::keyChecked);
    QLabel *note = form->keySourceNote(QStringLiteral("api_key_keychain"));
    // An entry that is not there, then the one that is; the key itself is never shown.
    VV_HELPER(type(form, QStringLiteral("api_key_keychain"), QStringLiteral("veiviser-gui-test/none")));
    QVERIFY(form->checkKeychainEntry(QStringLiteral("api_key_keychain")));
    QCOMPARE(checked.size(), 1);
    QVERIFY2(note->text().contains(QStringLiteral("There is no keychain entry veiviser-gui-test/none")),
             qPrintable(note->text()));
    VV_HELPER(type(form, QStringLiteral("api_key_keychain"), entry));
    QVERIFY(form->checkKeychainEntry(QStringLiteral("api_key_keychain")));
    QCOMPARE(checked.size(), 2);
    QVERIFY2(note->text().contains(QStringLiteral("The keychain entry %1 exists").arg(entry)), qPrintable(note->text()));
    QVERIFY(!note->text().contains(QStringLiteral("kc-secret-5150")));
    QVERIFY(!form->checkKeychainEntry(QStringLiteral("model")));

    // The engine reads the entry on the worker thread; the secrets module hands that read to this (the GUI)
    // thread, where QtKeychain answers. The key reaches the endpoint and is stored nowhere.
    QSignalSpy finished(&dialog, &EngineRunDialog::runFinished);
    dialog.startRun();
    QVERIFY2(dialog.isRunning(), qPrintable(dialog.problemText()));
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.problemText()));
    QVERIFY(m_server.authorizations().contains(QStringLiteral("Bearer kc-secret-5150")));
    auto run = TestRunTable(**store).get(dialog.storedRunId());
    QVERIFY(run.ok());
    QVERIFY(testRunDocument(*run).dump().find("kc-secret-5150") == std::string::npos);
    QVERIFY(!dialog.logText().contains(QStringLiteral("kc-secret-5150")));
    QVERIFY(secrets::Keychain::remove(entry).ok());
}

QTEST_MAIN(TestEngineRunDialog)
#include "tst_enginerundialog.moc"
