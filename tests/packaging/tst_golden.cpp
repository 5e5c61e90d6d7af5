// Golden documents: every shipped template, rendered in Bokmål and English from one fixed fixture project
// (tests/fixtures/packaging/golden/project) with a FixedClock, a fixed actor, a fixed signing key and a fixed test
// run, is compared byte for byte with tests/fixtures/packaging/golden/ID.LANG.html. Nothing is normalised except the
// program version, which changes with every release and not with the templates. Two more projects are built the same
// way (issue 26): a provider with every document detail filled in, building every provider document (golden/
// full-provider/), and a deployer building the documents for its role (golden/deployer/).
//
// After a deliberate change to a template, to the document model or to the guidance packs, regenerate the files and
// read the difference before committing it:
//     VEIVISER_UPDATE_GOLDEN=1 ctest --test-dir build -R tst_golden
// (docs/packages.md, "Golden documents").

#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Environment.h"
#include "core/Json.h"
#include "core/Version.h"
#include "evidence/EvidenceLibrary.h"
#include "guidance/GuidanceLibrary.h"
#include "packaging/Charts.h"
#include "packaging/DocumentModel.h"
#include "packaging/DocumentRenderer.h"
#include "packaging/PackageBuilder.h"
#include "packaging/PackageReader.h"
#include "packaging/Registration.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "risk/RiskFile.h"
#include "store/TestRunTable.h"
#include "tracking/ChangeControl.h"
#include "store/AnswerTable.h"
#include "store/DocumentDetailTable.h"
#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "store/RequirementStateTable.h"
#include "store/Transaction.h"
#include "validation/ClinicalMetrics.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vv;
using namespace vv::packaging;

namespace {

const QString fixtureDir = QStringLiteral(VV_FIXTURES_DIR "/packaging/golden");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Json readJson(const QString &path)
{
    auto r = parseJson(readAll(path), path);
    return r ? *r : Json();
}

bool updating()
{
    return qEnvironmentVariableIntValue("VEIVISER_UPDATE_GOLDEN") == 1;
}

/// The one test run of the fixture project: the clinical metrics of tests/fixtures/validation/asah.csv, with fixed
/// identity, times and provenance (a stored run would carry a random uuid, the host and the user).
class FixtureTestRuns final : public TestRunSource {
public:
    explicit FixtureTestRuns(TestRunRecord run) : m_run(std::move(run)) {}
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>{m_run}; }
    const TestRunRecord &record() const { return m_run; }

private:
    TestRunRecord m_run;
};

/// A project without test runs.
class NoTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>{}; }
};

/// The CSV a fixture run is computed from, and how to read it.
struct RunFixture {
    QString file;      ///< under tests/fixtures/validation
    QString label;
    QString score;
    QString group;     ///< empty for none
    double threshold;
    QString title;
};

/// The aSAH data: a biomarker (S100B) that ranks patients but is no probability, so the run has discrimination only.
const RunFixture asahRun{QStringLiteral("asah.csv"), QStringLiteral("poor"), QStringLiteral("s100b"), {}, 0.2,
                         QStringLiteral("Local validation: S100B for poor outcome (aSAH)")};
/// Predicted probabilities with a subgroup, so the run has calibration, net benefit and subgroups as well.
const RunFixture breastCancerRun{QStringLiteral("breast_cancer_predictions.csv"), QStringLiteral("malignant"),
                                 QStringLiteral("risk"), QStringLiteral("size"), 0.5,
                                 QStringLiteral("Local validation: risk of malignancy")};

Result<TestRunRecord> fixtureRun(const RunFixture &fixture)
{
    validation::CsvOptions csv;
    csv.labelColumn = fixture.label;
    csv.scoreColumn = fixture.score;
    csv.groupColumn = fixture.group;
    auto predictions = validation::PredictionsCsv::read(QStringLiteral(VV_FIXTURES_DIR "/validation/") + fixture.file, csv);
    if (!predictions)
        return predictions.error();
    validation::MetricsOptions options;
    options.thresholds = {fixture.threshold};
    auto result = validation::ClinicalMetrics::compute(*predictions, options);
    if (!result)
        return result.error();
    TestRunRecord run;
    run.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    run.title = fixture.title;
    run.engineId = validation::ClinicalMetrics::engineId();
    run.engineVersion = QStringLiteral("1.0.0");
    run.kind = validation::ClinicalMetrics::kind();
    run.status = QStringLiteral("completed");
    run.started = QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC);
    run.finished = run.started.addSecs(3);
    run.metrics = validation::ClinicalMetrics::summary(*result);
    run.supports = validation::ClinicalMetrics::supportedRequirements();
    run.provenance = Json{{"input", {{"file_name", toStd(fixture.file)}}}, {"program", "Veiviser"}};
    run.result = std::move(*result);
    return run;
}

/// What a test reads from a fixture CSV itself, not through the engine: rows, rows with the outcome, SHA-256.
struct CsvCounts {
    int n = 0;
    int events = 0;
    QString sha256;
};

CsvCounts countCsv(const RunFixture &fixture)
{
    CsvCounts c;
    const QByteArray bytes = readAll(QStringLiteral(VV_FIXTURES_DIR "/validation/") + fixture.file);
    QList<QByteArray> lines = bytes.trimmed().split('\n');
    if (lines.isEmpty())
        return c;
    const auto label = lines.takeFirst().trimmed().split(',').indexOf(fixture.label.toUtf8());
    for (const QByteArray &line : lines) {
        ++c.n;
        c.events += line.trimmed().split(',').value(label) == "1" ? 1 : 0;
    }
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return c;
}

/// The fixture projects the golden documents are made from.
struct GoldenCase {
    QString name;        ///< "golden" for the first project, whose files lie directly in the fixture folder
    ProjectRole role;
    bool everyDetail;    ///< every detail of templates/details.json filled with "<key> value" instead of the fixture's
    const RunFixture *run; ///< the project's one test run
    const char *moreAnswers; ///< answers beyond the fixture's, as JSON: a provider's own questions
    QString goldenDir() const
    {
        return name == QStringLiteral("golden") ? fixtureDir : fixtureDir + QLatin1Char('/') + name;
    }
};

const std::vector<GoldenCase> &goldenCases()
{
    // The vendor trains on the hospital's data, so it is a controller too and has its own DPIA to write.
    static const std::vector<GoldenCase> cases = {
        {QStringLiteral("golden"), ProjectRole::Both, false, &asahRun, "{}"},
        {QStringLiteral("full-provider"), ProjectRole::Provider, true, &breastCancerRun,
         R"({"gdpr.provider_data_role": "controller"})"},
        {QStringLiteral("deployer"), ProjectRole::Deployer, false, &asahRun, "{}"}};
    return cases;
}

/// The documents a case builds: those for its role (a project in both roles builds all of them).
QStringList documentsFor(const TemplateLibrary &templates, ProjectRole role)
{
    QStringList ids;
    for (const DocumentTemplate &d : templates.documents())
        if (d.isFor(roleToString(role)))
            ids << d.id;
    return ids;
}

/// The GSPR checklist of a software device: the general requirements, software (17), protection against
/// unauthorised access (18.8) and the information supplied (23.1, 23.4) apply, each with its method, standard and
/// the risk register as evidence; every other point does not apply, with the reason, in both languages.
Status fillGsprChecklist(ProjectStore &store, const TemplateLibrary &templates, qint64 evidence)
{
    const QStringList applying = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                  QStringLiteral("5"), QStringLiteral("8"), QStringLiteral("14.2"),
                                  QStringLiteral("17.1"), QStringLiteral("17.2"), QStringLiteral("17.3"),
                                  QStringLiteral("17.4"), QStringLiteral("18.8"), QStringLiteral("23.1"),
                                  QStringLiteral("23.4")};
    using Field = GsprChecklist::Field;
    std::vector<DetailText> texts;
    auto both = [&](const QString &key, const QString &text) {
        texts.push_back({key, QStringLiteral("nb"), text});
        texts.push_back({key, QStringLiteral("en"), text + QStringLiteral(" in English")});
    };
    for (const GsprGroup &g : templates.gspr().groups)
        for (const GsprPoint &p : g.points) {
            const bool applies = applying.contains(p.point);
            texts.push_back({GsprChecklist::key(p.point, Field::Applies), QStringLiteral("nb"),
                             applies ? QStringLiteral("yes") : QStringLiteral("no")});
            if (!applies) {
                both(GsprChecklist::key(p.point, Field::Reason), GsprChecklist::key(p.point, Field::Reason) + QStringLiteral(" value"));
                continue;
            }
            both(GsprChecklist::key(p.point, Field::Method), GsprChecklist::key(p.point, Field::Method) + QStringLiteral(" value"));
            texts.push_back({GsprChecklist::key(p.point, Field::Standards), QStringLiteral("nb"),
                             QStringLiteral("EN 62304:2006+A1:2015")});
            texts.push_back({GsprChecklist::key(p.point, Field::Evidence), QStringLiteral("nb"), QString::number(evidence)});
        }
    VV_TRY(templates.checkDetailTexts(texts, store));
    auto set = DocumentDetailTable(store).set(texts);
    if (!set)
        return set.error();
    return {};
}

/// Fills a new project from the fixture folder: answers, document details, requirement states and evidence. With
/// everyDetail, every detail the templates know is given a text made from its key, so that a document that still
/// says "not given" for a detail shows a template that reads the wrong key.
Status fillProject(ProjectStore &store, const guidance::GuidanceLibrary &library, const TemplateLibrary &templates,
                   bool everyDetail, const char *moreAnswers)
{
    std::vector<AnswerChange> answers;
    Json given = readJson(fixtureDir + QStringLiteral("/project/answers.json"));
    given.update(Json::parse(moreAnswers));
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QString fact = fromStd(it.key());
        auto v = library.parseAnswer(fact, it.value());
        if (!v)
            return v.error();
        const guidance::Pack *pack = library.packOfFact(fact);
        if (!pack || !*v)
            return Error::input(QStringLiteral("fixture answer %1 is not usable").arg(fact));
        answers.push_back({fact, (*v)->toJson(), pack->id, pack->version});
    }
    VV_TRY(AnswerTable(store).apply(answers));

    std::vector<DetailText> details;
    if (everyDetail) {
        // Both languages, told apart, so that each document shows its own language's text.
        for (const DetailSpec &d : templates.details()) {
            details.push_back({d.key, QStringLiteral("nb"), d.key + QStringLiteral(" value")});
            details.push_back({d.key, QStringLiteral("en"), d.key + QStringLiteral(" value in English")});
        }
    } else {
        // The fixture's texts are English only: the Bokmål documents show them marked as not translated.
        const Json texts = readJson(fixtureDir + QStringLiteral("/project/details.json"));
        for (auto it = texts.begin(); it != texts.end(); ++it)
            details.push_back({fromStd(it.key()), QStringLiteral("en"), fromStd(it.value().get<std::string>())});
    }
    VV_TRY(DocumentDetailTable(store).set(details));

    for (const Json &s : readJson(fixtureDir + QStringLiteral("/project/states.json"))) {
        RequirementState state;
        state.urn = fromStd(s.value("urn", std::string()));
        state.status = requirementStatusFromName(fromStd(s.value("status", std::string()))).value_or(RequirementStatus::NotStarted);
        state.owner = fromStd(s.value("owner", std::string()));
        state.notes = fromStd(s.value("notes", std::string()));
        if (s.contains("due"))
            state.dueDate = QDate::fromString(fromStd(s["due"].get<std::string>()), Qt::ISODate);
        const guidance::Pack *pack = library.packOfRequirement(state.urn);
        if (!pack)
            return Error::input(QStringLiteral("fixture requirement %1 is not in the packs").arg(state.urn));
        state.packId = pack->id;
        state.packVersion = pack->version;
        VV_TRY(RequirementStateTable(store).save(state));
    }

    // One file per import, so each item's source is its bare file name (no temporary path in any document).
    evidence::EvidenceLibrary evidence(store);
    const QString dir = fixtureDir + QStringLiteral("/project/evidence/");
    evidence::ImportRequest plan;
    plan.paths = {dir + QStringLiteral("validation-plan.txt")};
    plan.links = {QStringLiteral("urn:veiviser:gdpr:dpia-screening")};
    auto imported = evidence.import(plan);
    if (!imported)
        return imported.error();
    evidence::ImportRequest risks;
    risks.paths = {dir + QStringLiteral("risk-register.csv")};
    risks.title = QStringLiteral("Risk register RM-12");
    imported = evidence.import(risks);
    if (!imported)
        return imported.error();
    return everyDetail ? fillGsprChecklist(store, templates, imported->front().id) : Status();
}

/// The risk-management file and change-control plan of a provider: three hazards (one controlled and estimated, one
/// controlled without its residual risk, one without a control), a plan with one modification, and a check of the
/// fixture's run against it. The check is judged by ChangeCheckEvaluation on the fixture run's own numbers and
/// recorded directly, so that no evidence item is filed that every other document would list.
Status fillRisk(ProjectStore &store, const guidance::GuidanceLibrary &library, const TestRunRecord &fixtureRun)
{
    auto file = risk::RiskFile::open(store, library);
    if (!file)
        return file.error();
    auto evidence = EvidenceTable::list(store);
    if (!evidence)
        return evidence.error();
    if (evidence->size() < 2)
        return Error::input(QStringLiteral("the risk fixture needs the two evidence items"));
    const auto hazard = [&](const char *ref, const char *category, int s, int p, std::optional<int> rs,
                            std::optional<int> rp, const char *urn) {
        Hazard h;
        h.ref = QLatin1String(ref);
        h.category = QLatin1String(category);
        h.hazard = h.ref + QStringLiteral(" hazard");
        h.situation = h.ref + QStringLiteral(" situation");
        h.sequence = h.ref + QStringLiteral(" sequence");
        h.harm = h.ref + QStringLiteral(" harm");
        h.severity = s;
        h.probability = p;
        h.residualSeverity = rs;
        h.residualProbability = rp;
        h.requirements = {QLatin1String(urn)};
        return file->addHazard(h);
    };
    auto h1 = hazard("H-01", "subgroup_performance", 4, 3, 4, 1, "urn:veiviser:ai-act:art-9");
    if (!h1)
        return h1.error();
    auto h2 = hazard("H-02", "automation_bias", 3, 3, std::nullopt, std::nullopt, "urn:veiviser:ai-act:art-14");
    if (!h2)
        return h2.error();
    auto h3 = hazard("H-03", "data_shift", 4, 2, std::nullopt, std::nullopt, "urn:veiviser:ai-act:art-15");
    if (!h3)
        return h3.error();
    RiskControl c1;
    c1.hazardId = *h1;
    c1.description = QStringLiteral("Per-ward recalibration, checked in the risk register");
    c1.requirements = {QStringLiteral("urn:veiviser:ai-act:art-15")};
    c1.verifications = {{QStringLiteral("evidence"), QString::number(evidence->back().id)}};
    if (auto added = file->addControl(c1); !added)
        return added.error();
    RiskControl c2;
    c2.hazardId = *h2;
    c2.type = QStringLiteral("information_for_safety");
    c2.description = QStringLiteral("Training: the alert does not replace the nurse's assessment");
    c2.verifications = {{QStringLiteral("evidence"), QString::number(evidence->front().id)}};
    if (auto added = file->addControl(c2); !added)
        return added.error();

    const QByteArray yaml = R"(title: Change control plan for the sepsis alert
requirements: [urn:veiviser:ai-act:art-43]
modifications:
  - id: annual-retraining
    title: Annual retraining on new data
    changes: retraining
    description: The same features and model class, retrained on the last 12 months.
    protocol:
      data: Admissions of the last 12 months
      method: The same pipeline; hyperparameters fixed
      validation: clinical-metrics on a held-out quarter
    min_cases: 100
    criteria:
      - {metric: auroc, lower: 0.6, interval_lower: 0.5}
      - {metric: calibration_slope, lower: 0.5, upper: 2.0}
    impact: No change to the intended purpose, the users or the user interface.
)";
    auto version = tracking::ChangeControl::storePlan(store, library, yaml, QStringLiteral("pccp.yaml"));
    if (!version)
        return version.error();
    auto plan = tracking::ChangeControl::currentPlan(store);
    if (!plan)
        return plan.error();
    // The fixture's run stored in the project too (the check refers to it), with no requirement it supports, so
    // that the other documents, which read the run through FixtureTestRuns, do not change.
    NewTestRun stored;
    stored.engineId = fixtureRun.engineId;
    stored.engineVersion = QStringLiteral("1.0");
    stored.kind = fixtureRun.kind;
    stored.title = fixtureRun.title;
    auto runId = TestRunTable(store).record(stored, fixtureRun.metrics, fixtureRun.result);
    if (!runId)
        return runId.error();
    auto run = TestRunTable(store).get(*runId);
    if (!run)
        return run.error();
    const risk::ChangeCheckResult result =
        risk::ChangeCheckEvaluation::evaluate(plan->first.modifications.front(), *run);
    ChangeCheck check;
    check.planVersion = *version;
    check.modification = result.modification;
    check.testRunId = *runId;
    check.verdict = risk::checkOutcomeId(result.verdict);
    check.result = result.toJson();
    auto recorded = RiskTable(store).recordCheck(check);
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace

/// Golden HTML for every shipped template, and proof that a changed template fails the comparison.
class TestGolden : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentMatchesGolden_data();
    void documentMatchesGolden();
    void buildIsReproducible();
    void changedTemplateIsCaught();
    void decisionCurveTicksAreRound();
    void coverageNamesRealSections();
    void templatesDeclareTheirRoles();
    void everyDetailIsShown();
    void numbersComeFromTheTestRun();
    void keyMetricsCarryTheirGoals();
    void manifestConditionsAreChecked();
    void riskDocumentsListWhatIsMissing();
    void onlyDocumentsWithTheTraceBuildIt();
    void registrationDocumentMatchesGolden_data();
    void registrationDocumentMatchesGolden();

private:
    void matchesGolden(const QByteArray &html, const QString &goldenPath, const QString &actualName);
    Result<QString> build(const TemplateLibrary &templates, const QString &name)
    {
        return build(*m_store, templates, documentsFor(templates, ProjectRole::Both), name);
    }
    Result<QString> build(ProjectStore &store, const TemplateLibrary &templates, const QStringList &documents,
                          const QString &name, const TestRunSource *runs = nullptr);
    QByteArray document(const QString &extracted, const QString &lang, const QString &id) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<ProjectStore> m_store; ///< the "golden" case's project
    std::map<QString, std::unique_ptr<ProjectStore>> m_stores; ///< the other cases' projects
    std::map<QString, QString> m_extractedCases; ///< case name -> its package, extracted
    std::optional<guidance::GuidanceLibrary> m_library;
    std::optional<TemplateLibrary> m_templates;
    std::shared_ptr<FixtureTestRuns> m_runs; ///< the "golden" case's run
    std::map<QString, std::shared_ptr<FixtureTestRuns>> m_caseRuns; ///< by the CSV the run was computed from
    SigningKey m_key;
    QString m_extracted;
};

void TestGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY2(library, qPrintable(library ? QString() : library.error().toString()));
    m_library = std::move(*library);
    auto templates = TemplateLibrary::loadShipped(*m_library);
    QVERIFY2(templates, qPrintable(templates ? QString() : templates.error().toString()));
    m_templates = std::move(*templates);
    QVERIFY(m_templates->documents().size() >= 9);

    for (const RunFixture *fixture : {&asahRun, &breastCancerRun}) {
        auto run = fixtureRun(*fixture);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        m_caseRuns[fixture->file] = std::make_shared<FixtureTestRuns>(std::move(*run));
    }
    m_runs = m_caseRuns[asahRun.file];
    // A key made for these tests only; it signs nothing real.
    auto key = SigningKey::readFile(fixtureDir + QStringLiteral("/test-signing-key.pem"));
    QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
    m_key = *key;

    StoreOptions options;
    options.clock = &m_clock;
    options.actor = QStringLiteral("golden");
    for (const GoldenCase &c : goldenCases()) {
        NewProject project;
        project.name = QStringLiteral("Sepsisvarsel");
        project.systemVersion = QStringLiteral("2.1.0");
        project.role = c.role;
        auto store = ProjectStore::create(m_dir.filePath(c.name + QStringLiteral(".veiviser")), project, options);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        auto filled = fillProject(**store, *m_library, *m_templates, c.everyDetail, c.moreAnswers);
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().toString()));
        // The deployer keeps no risk file here, so that its project shows what the risk documents list as missing.
        if (c.role != ProjectRole::Deployer) {
            auto risk = fillRisk(**store, *m_library, m_caseRuns[c.run->file]->record());
            QVERIFY2(risk, qPrintable(risk ? QString() : risk.error().toString()));
        }
        // Only the documents for the project's role: refusing the others is tested in tst_packages.
        auto extracted = build(**store, *m_templates, documentsFor(*m_templates, c.role), c.name,
                               m_caseRuns[c.run->file].get());
        QVERIFY2(extracted, qPrintable(extracted ? QString() : extracted.error().toString()));
        m_extractedCases[c.name] = *extracted;
        if (c.name == QStringLiteral("golden"))
            m_store = std::move(*store);
        else
            m_stores[c.name] = std::move(*store);
    }
    m_extracted = m_extractedCases[QStringLiteral("golden")];
}

Result<QString> TestGolden::build(ProjectStore &store, const TemplateLibrary &templates, const QStringList &documents,
                                  const QString &name, const TestRunSource *runs)
{
    PackageRequest request;
    request.documents = documents;
    request.languages = {QStringLiteral("nb"), QStringLiteral("en")};
    request.outPath = m_dir.filePath(name + QStringLiteral(".zip"));
    request.signingKey = m_key;
    auto built = PackageBuilder::build(store, *m_library, templates, runs ? *runs : *m_runs, request);
    if (!built)
        return built.error();
    PackageReadOptions read;
    read.pinnedKey = m_key.publicKey();
    read.extractTo = m_dir.filePath(name);
    auto v = PackageReader::read(request.outPath, read);
    if (!v)
        return v.error();
    if (!v->ok())
        return Error::check(v->problems.join(QStringLiteral("; ")));
    return v->extractedTo;
}

QByteArray TestGolden::document(const QString &extracted, const QString &lang, const QString &id) const
{
    // The program version is the one thing that changes without the documents changing.
    return readAll(QDir(extracted).filePath(QStringLiteral("documents/%1/%2.html").arg(lang, id)))
        .replace(QByteArrayLiteral(VV_VERSION), QByteArrayLiteral("@VERSION@"));
}

void TestGolden::documentMatchesGolden_data()
{
    QTest::addColumn<QString>("goldenCase");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("lang");
    for (const GoldenCase &c : goldenCases())
        for (const QString &id : documentsFor(*m_templates, c.role))
            for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")})
                QTest::addRow("%s/%s.%s", qPrintable(c.name), qPrintable(id), qPrintable(lang)) << c.name << id << lang;
}

void TestGolden::documentMatchesGolden()
{
    QFETCH(QString, goldenCase);
    QFETCH(QString, id);
    QFETCH(QString, lang);
    const QByteArray html = document(m_extractedCases.at(goldenCase), lang, id);
    QVERIFY2(html.size() > 1000, "the document is missing or nearly empty");
    QVERIFY(!html.contains("{{"));
    const auto c = std::find_if(goldenCases().begin(), goldenCases().end(),
                                [&](const GoldenCase &g) { return g.name == goldenCase; });
    QVERIFY(c != goldenCases().end());
    const QString goldenPath = c->goldenDir() + QStringLiteral("/%1.%2.html").arg(id, lang);
    matchesGolden(html, goldenPath, QStringLiteral("%1.%2.%3").arg(goldenCase, id, lang));
}

// Compares html with the golden file byte for byte (or writes it with VEIVISER_UPDATE_GOLDEN=1); on a difference
// names the first differing place and keeps the actual document as actualName.actual.html for a diff.
void TestGolden::matchesGolden(const QByteArray &html, const QString &goldenPath, const QString &actualName)
{
    if (updating()) {
        QVERIFY(QDir().mkpath(QFileInfo(goldenPath).path()));
        QFile f(goldenPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(html), html.size());
        qInfo("wrote %s", qPrintable(goldenPath));
        return;
    }
    const QByteArray golden = readAll(goldenPath);
    QVERIFY2(!golden.isEmpty(), qPrintable(QStringLiteral("no golden file %1; run with VEIVISER_UPDATE_GOLDEN=1").arg(goldenPath)));
    if (html != golden) {
        // Name the first difference with a little context, and keep the actual document for a diff.
        qsizetype at = 0;
        while (at < html.size() && at < golden.size() && html[at] == golden[at])
            ++at;
        const qsizetype line = golden.left(at).count('\n') + 1;
        const QString actual = m_dir.filePath(actualName + QStringLiteral(".actual.html"));
        QFile f(actual);
        if (f.open(QIODevice::WriteOnly))
            f.write(html);
        m_dir.setAutoRemove(false);
        QFAIL(qPrintable(QStringLiteral("%1 differs from the golden file at line %2:\n  golden: %3\n  actual: %4\n"
                                        "The document is in %5. If the change is intended, regenerate with "
                                        "VEIVISER_UPDATE_GOLDEN=1 and review the diff.")
                             .arg(goldenPath)
                             .arg(line)
                             .arg(QString::fromUtf8(golden.mid(std::max<qsizetype>(0, at - 40), 120)),
                                  QString::fromUtf8(html.mid(std::max<qsizetype>(0, at - 40), 120)), actual)));
    }
}

void TestGolden::registrationDocumentMatchesGolden_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lang");
    auto formats = Registration::loadShipped();
    QVERIFY2(formats, qPrintable(formats ? QString() : formats.error().toString()));
    for (const Registration &r : *formats)
        for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")})
            QTest::addRow("%s.%s", qPrintable(r.id), qPrintable(lang)) << r.id << lang;
}

void TestGolden::registrationDocumentMatchesGolden()
{
    // The readable registration (docs/registration.md) of the golden project, which lacks some of the fields: the
    // document shows each section, each value, and lists what is missing, as the JSON export names it.
    QFETCH(QString, format);
    QFETCH(QString, lang);
    auto formats = Registration::loadShipped();
    QVERIFY(formats);
    auto r = std::find_if(formats->begin(), formats->end(), [&](const Registration &f) { return f.id == format; });
    QVERIFY(r != formats->end());
    auto filled = r->fill(*m_store, *m_library, lang);
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().toString()));
    auto html = r->toHtml(*m_templates, lang, m_clock.nowUtc());
    QVERIFY2(html, qPrintable(html ? QString() : html.error().toString()));
    const QByteArray doc = html->replace(QByteArrayLiteral(VV_VERSION), QByteArrayLiteral("@VERSION@"));
    QVERIFY(!doc.contains("{{"));
    const Json exported = r->toJson(lang);
    const auto missingTitle = m_templates->sharedStrings().at(QStringLiteral("missing_title")).in(lang);
    if (exported["missing"].empty())
        QVERIFY(!doc.contains(missingTitle.toUtf8()));
    else
        QVERIFY2(doc.contains(QStringLiteral("%1 (%2)").arg(missingTitle).arg(exported["missing"].size()).toUtf8()),
                 "the document does not list the missing fields");
    for (const Json &s : exported["sections"])
        QVERIFY2(doc.contains(QStringLiteral("<section id=\"section-%1\">").arg(fromStd(s["id"].get<std::string>())).toUtf8()),
                 qPrintable(fromStd(s["id"].get<std::string>())));
    matchesGolden(doc, QStringLiteral(VV_FIXTURES_DIR "/registration/golden/%1.%2.html").arg(format, lang),
                  QStringLiteral("registration.%1.%2").arg(format, lang));
}

void TestGolden::buildIsReproducible()
{
    // Building again from the same project gives the same documents byte for byte: nothing in them depends on the
    // moment, the machine or the temporary folder, so the golden comparison needs no normalising.
    auto again = build(*m_templates, QStringLiteral("again"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    for (const DocumentTemplate &d : m_templates->documents())
        for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")})
            QVERIFY2(document(*again, lang, d.id) == document(m_extracted, lang, d.id), qPrintable(d.id + u'.' + lang));
}

void TestGolden::changedTemplateIsCaught()
{
    // A copy of the shipped templates with one word changed in one template must not match its golden file.
    const QString copy = m_dir.filePath(QStringLiteral("templates"));
    QVERIFY(test::copyShippedTemplates(copy));
    const QString changed = copy + QStringLiteral("/model-card/document.html");
    QByteArray text = readAll(changed);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains("{{>sections}}"));
    text.replace("{{>sections}}", "<p>(changed)</p>\n{{>sections}}");
    QFile f(changed);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(text), text.size());
    f.close();

    auto templates = TemplateLibrary::load(copy, *m_library);
    QVERIFY2(templates, qPrintable(templates ? QString() : templates.error().toString()));
    auto extracted = build(*templates, QStringLiteral("changed"));
    QVERIFY2(extracted, qPrintable(extracted ? QString() : extracted.error().toString()));
    const QByteArray golden = readAll(fixtureDir + QStringLiteral("/model-card.en.html"));
    if (!updating())
        QVERIFY(!golden.isEmpty());
    const QByteArray html = document(*extracted, QStringLiteral("en"), QStringLiteral("model-card"));
    QVERIFY(html.contains("<p>(changed)</p>"));
    if (!updating())
        QVERIFY(html != golden);
    // The unchanged documents still match.
    QCOMPARE(document(*extracted, QStringLiteral("en"), QStringLiteral("dpia")),
             document(m_extracted, QStringLiteral("en"), QStringLiteral("dpia")));
}

// A rare outcome gives a net benefit of a few thousandths: the axis must still read 0, 0.0002, 0.0004 and not
// 0.000861 (issue 26).
void TestGolden::decisionCurveTicksAreRound()
{
    Json curve = Json::array();
    for (int i = 1; i <= 20; ++i) {
        const double t = i / 40.0;
        curve.push_back({{"threshold", t}, {"model", 0.000861 * (1 - t)}, {"treat_all", 0.0007 - t * 0.002}});
    }
    const QString svg = charts::decisionCurve(curve, {QStringLiteral("Decision curve"), QStringLiteral("Threshold"),
                                                      QStringLiteral("Net benefit"), {QStringLiteral("Model")}});
    QVERIFY(!svg.isEmpty());
    std::vector<double> ticks;
    const QRegularExpression tick(QStringLiteral("text-anchor=\"end\" class=\"tick\">([^<]*)<"));
    for (auto it = tick.globalMatch(svg); it.hasNext();) {
        const QString text = it.next().captured(1);
        QVERIFY2(text.size() <= 7, qPrintable(text)); // "-0.0002", never "0.000861"
        bool ok = false;
        ticks.push_back(text.toDouble(&ok));
        QVERIFY2(ok, qPrintable(text));
    }
    QVERIFY(ticks.size() >= 3);
    QVERIFY(std::find(ticks.begin(), ticks.end(), 0.0) != ticks.end()); // zero is a tick
    const double step = ticks[1] - ticks[0];
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
             qPrintable(QString::number(step)));
}

// A coverage list cannot claim a section the document does not have, nor name one twice: `templates check` refuses
// it. And the shipped lists name only sections that exist (they loaded).
void TestGolden::coverageNamesRealSections()
{
    const QString copy = m_dir.filePath(QStringLiteral("templates-coverage"));
    QVERIFY(test::copyShippedTemplates(copy));
    const QString manifest = copy + QStringLiteral("/model-card/manifest.json");
    auto parsed = parseJson(readAll(manifest), manifest);
    QVERIFY(parsed);
    Json j = *parsed;
    const Json item = {{"item", "Invented 1(a)"}, {"title", {{"nb", "Noe"}, {"en", "Something"}}}, {"section", "no-such-section"}};
    j["coverage"] = Json::array({item, item});
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::fromStdString(j.dump(2)));
    f.close();
    QStringList messages;
    for (const Error &e : TemplateLibrary::check(copy, *m_library))
        messages << e.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("coverage item 'Invented 1(a)': the section 'no-such-section' is neither a section")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("coverage item 'Invented 1(a)' is listed twice")), qPrintable(all));

    // Every document with a legal contents list lists it, and every listed item has a section (issue 26).
    for (const char *id : {"ai-act-annex-iv", "mdr-technical-file", "combined-technical-file", "dpia", "fria",
                           "declaration-of-conformity", "validation-report", "model-card"}) {
        const DocumentTemplate *d = m_templates->document(QLatin1String(id));
        QVERIFY(d);
        QVERIFY2(!d->coverage.empty(), id);
    }
    for (const DocumentTemplate &d : m_templates->documents())
        for (const CoverageItem &c : d.coverage) {
            QVERIFY2(!c.item.isEmpty() && !c.title.en.isEmpty() && !c.title.nb.isEmpty(), qPrintable(d.id));
            QVERIFY2(c.source.startsWith(QStringLiteral("https://")), qPrintable(c.item));
            QVERIFY2(!c.section.isEmpty(), qPrintable(d.id + u' ' + c.item + QStringLiteral(" has no section")));
        }
}

// A manifest's `required_if` must be a yes/no fact of the packs, and a required item's role suffix must be a role:
// `templates check` refuses the rest.
void TestGolden::manifestConditionsAreChecked()
{
    const QString copy = m_dir.filePath(QStringLiteral("templates-conditions"));
    QVERIFY(test::copyShippedTemplates(copy));
    const QString manifest = copy + QStringLiteral("/fria/manifest.json");
    auto parsed = parseJson(readAll(manifest), manifest);
    QVERIFY(parsed);
    Json j = *parsed;
    j["required_if"] = "ai_act.risk"; // a choice, not yes/no
    j["required"].push_back("detail:fria.process@hospital");
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::fromStdString(j.dump(2)));
    f.close();
    QStringList messages;
    for (const Error &e : TemplateLibrary::check(copy, *m_library))
        messages << e.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("'required_if' needs a yes/no fact; 'ai_act.risk' is not one")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("names the role 'hospital'")), qPrintable(all));
    // The shipped PMS plan asks the manufacturer's duties of the provider only.
    const DocumentTemplate *plan = m_templates->document(QStringLiteral("pms-plan"));
    QVERIFY(plan);
    int providerOnly = 0;
    for (const RequiredItem &r : plan->required)
        providerOnly += r.role == QStringLiteral("provider");
    QCOMPARE(providerOnly, 4);
}

// Every shipped template says whom it is for; the provider's technical files and declaration are not a deployer's,
// and the FRIA is not a provider's (AI Act Arts. 11, 27, 47; MDR Arts. 10, 19).
// What the risk documents list as missing comes from the fixture: the deployer's project has no hazards and no plan;
// the golden project's H-03 has no control and H-02 no residual risk (fillRisk).
void TestGolden::riskDocumentsListWhatIsMissing()
{
    const auto keys = [&](ProjectStore &store, const char *id) {
        auto snapshot = ProjectSnapshot::read(store, *m_library, *m_runs);
        QStringList out;
        if (!snapshot)
            return QStringList{snapshot.error().toString()};
        for (const MissingItem &m : DocumentModel::missing(*snapshot, *m_templates,
                                                           *m_templates->document(QLatin1String(id)), QStringLiteral("en")))
            out << m.key + QLatin1Char('=') + m.label;
        return out;
    };
    const QStringList empty = keys(*m_stores.at(QStringLiteral("deployer")), "risk-management-file");
    QVERIFY2(empty.filter(QRegularExpression(QStringLiteral("^hazards=.*no hazards"))).size() == 1, qPrintable(empty.join(u'\n')));
    QVERIFY2(empty.filter(QStringLiteral("risk_controls")).isEmpty(), qPrintable(empty.join(u'\n')));
    const QStringList noPlan = keys(*m_stores.at(QStringLiteral("deployer")), "pccp");
    QVERIFY2(noPlan.filter(QRegularExpression(QStringLiteral("^change_plan="))).size() == 1, qPrintable(noPlan.join(u'\n')));

    const QStringList golden = keys(*m_store, "risk-management-file");
    QVERIFY2(golden.filter(QStringLiteral("hazards=")).isEmpty(), qPrintable(golden.join(u'\n')));
    const QStringList controls = golden.filter(QRegularExpression(QStringLiteral("^risk_controls=")));
    QVERIFY2(controls.size() == 1 && controls.front().contains(QStringLiteral("H-03")) &&
                 !controls.front().contains(QStringLiteral("H-01")),
             qPrintable(golden.join(u'\n')));
    QVERIFY2(golden.filter(QStringLiteral("trace_gaps:residual_not_estimated=")).size() == 1, qPrintable(golden.join(u'\n')));
    QVERIFY2(golden.filter(QStringLiteral("trace_gaps:hazard_without_control")).isEmpty(), qPrintable(golden.join(u'\n')));
    QVERIFY2(keys(*m_store, "pccp").filter(QStringLiteral("change_plan")).isEmpty(), qPrintable(golden.join(u'\n')));
}

// A package builds the traceability matrix (with the monitoring states it needs, a pass over every production row)
// only for documents that show it; every other document comes out the same without it, and those that show it
// do differ, so the check below can see a document that uses the matrix without saying so.
void TestGolden::onlyDocumentsWithTheTraceBuildIt()
{
    auto with = ProjectSnapshot::read(*m_store, *m_library, *m_runs, {.measuredWindows = false, .trace = true});
    auto without = ProjectSnapshot::read(*m_store, *m_library, *m_runs, {.measuredWindows = false, .trace = false});
    QVERIFY(with && without);
    QVERIFY(!with->risk.trace.rows.empty());
    QVERIFY(without->risk.trace.rows.empty());
    int showing = 0;
    int others = 0;
    for (const DocumentTemplate &doc : m_templates->documents()) {
        bool differs = false;
        for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
            auto a = DocumentRenderer::render(*m_templates, doc, DocumentModel::build(*with, *m_templates, doc, lang, {}));
            auto b = DocumentRenderer::render(*m_templates, doc, DocumentModel::build(*without, *m_templates, doc, lang, {}));
            QVERIFY(a && b);
            differs = differs || *a != *b;
        }
        if (doc.showsTrace()) {
            ++showing;
            QVERIFY2(differs, qPrintable(doc.id));
        } else {
            ++others;
            QVERIFY2(!differs, qPrintable(doc.id + QStringLiteral(" uses the traceability matrix but does not say so")));
        }
    }
    QCOMPARE(showing, 2); // the risk management file, and the combined technical file that includes it
    QVERIFY(others >= 10);
}

void TestGolden::templatesDeclareTheirRoles()
{
    for (const DocumentTemplate &d : m_templates->documents())
        QVERIFY2(!d.roles.isEmpty(), qPrintable(d.id));
    for (const char *id : {"ai-act-annex-iv", "mdr-technical-file", "combined-technical-file", "declaration-of-conformity"}) {
        const DocumentTemplate *d = m_templates->document(QLatin1String(id));
        QVERIFY(d);
        QVERIFY2(d->isFor(QStringLiteral("provider")) && !d->isFor(QStringLiteral("deployer")), id);
        QVERIFY(d->isFor(QStringLiteral("both")));
    }
    const DocumentTemplate *fria = m_templates->document(QStringLiteral("fria"));
    QVERIFY(fria && fria->isFor(QStringLiteral("deployer")) && !fria->isFor(QStringLiteral("provider")));
}

// The provider project with every detail filled in: no document lists a detail as missing, and none prints "not
// given" where a detail belongs. Every detail of the catalog appears in at least one document, so none is collected
// for nothing (issue 26: "each one is filled in or named as missing").
void TestGolden::everyDetailIsShown()
{
    const QString extracted = m_extractedCases.at(QStringLiteral("full-provider"));
    auto snapshot = ProjectSnapshot::read(*m_stores.at(QStringLiteral("full-provider")), *m_library,
                                          *m_caseRuns.at(breastCancerRun.file));
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    for (const QString &id : documentsFor(*m_templates, ProjectRole::Provider))
        for (const MissingItem &m : DocumentModel::missing(*snapshot, *m_templates, *m_templates->document(id), QStringLiteral("en")))
            QVERIFY2(!m.key.startsWith(QStringLiteral("detail:")), qPrintable(id + QStringLiteral(": ") + m.key));
    QStringList unused;
    for (const DetailSpec &spec : m_templates->details())
        unused << spec.key;
    for (const QString &id : documentsFor(*m_templates, ProjectRole::Provider))
        for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
            const QString html = QString::fromUtf8(document(extracted, lang, id));
            const QString notGiven = m_templates->sharedStrings().at(QStringLiteral("not_given")).in(lang);
            QVERIFY2(!html.contains(notGiven), qPrintable(id + u'.' + lang + QStringLiteral(" says ") + notGiven));
            unused.removeIf([&](const QString &key) { return html.contains(key + QStringLiteral(" value")); });
        }
    // The FRIA's details are the deployer's; a provider project does not build it.
    unused.removeIf([](const QString &key) { return key.startsWith(QStringLiteral("fria.")); });
    QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("details no provider document shows: ") + unused.join(u' ')));
}

// Where the test run has a number, the documents take it from the run (issue 26): the validation report's
// participant flow (TRIPOD+AI 20a and 21) and performance (23a), and the model card's test data per metric (CHAI).
// The expected counts and hash are read from the fixture file itself, not from the engine. Without a run, the
// participant flow is the team's detail again, named as missing when it is not given.
void TestGolden::keyMetricsCarryTheirGoals()
{
    // CHAI's model card gives each key metric its goal. A line "name: goal" sets the goal of that metric; the metrics
    // of the run without one are named as missing. The golden project's own goals text is put back afterwards.
    auto all = DocumentDetailTable(*m_store).all();
    QVERIFY(all);
    const QString key = QStringLiteral("model_card.metric_goals"), en = QStringLiteral("en");
    QString before;
    for (const DocumentDetail &d : *all)
        if (d.key == key)
            before = d.text.en;
    QVERIFY(DocumentDetailTable(*m_store).set({{key, en,
                                                 QStringLiteral("AUROC: at least 0.75 in an external validation\n"
                                                                "The team chose these goals with the clinicians.")}}));
    auto extracted = build(*m_store, *m_templates, {QStringLiteral("model-card")}, QStringLiteral("goals"));
    QVERIFY(DocumentDetailTable(*m_store).set({{key, en, before}}));
    QVERIFY2(extracted, qPrintable(extracted ? QString() : extracted.error().toString()));
    const QString card = QString::fromUtf8(document(*extracted, QStringLiteral("en"), QStringLiteral("model-card")));
    QVERIFY2(card.contains(QStringLiteral("<th>Goal</th>")), "the key metrics table has a goal column");
    QVERIFY2(card.contains(QStringLiteral("<tr><td>AUROC (discrimination)</td><td>at least 0.75 in an external validation</td>")),
             qPrintable(card.section(QStringLiteral("<th>Goal</th>"), 1).left(600)));
    // The run has more metrics than the AUROC: they are named as lacking a goal, and the AUROC is not.
    const QString missing = card.section(QStringLiteral("No goal is given for the key metrics: "), 1).section(QStringLiteral(" ("), 0, 0);
    QVERIFY2(!missing.isEmpty(), "metrics without a goal are listed as missing");
    QVERIFY(!missing.contains(QStringLiteral("AUROC")));
    QVERIFY(card.contains(QStringLiteral("<td>No goal given</td>")));
    // The line that names no metric stays prose.
    QVERIFY(card.contains(QStringLiteral("The team chose these goals with the clinicians.")));
}

void TestGolden::numbersComeFromTheTestRun()
{
    // The aSAH run: S100B is no probability, so performance has discrimination only, and says why not the rest.
    const CsvCounts asah = countCsv(asahRun);
    QVERIFY(asah.n > 0 && asah.events > 0 && asah.events < asah.n);
    const QString report = QString::fromUtf8(document(m_extracted, QStringLiteral("en"), QStringLiteral("validation-report")));
    QVERIFY2(report.contains(QStringLiteral("(asah.csv): %1 participants in the analysis, %2 with the outcome and %3 without.")
                                 .arg(asah.n).arg(asah.events).arg(asah.n - asah.events)),
             "the participant flow is not the run's");
    QVERIFY(report.contains(QStringLiteral("The file had %1 rows of data; 0 of them were left out as invalid.").arg(asah.n)));
    QVERIFY(report.contains(QStringLiteral("Model performance (TRIPOD+AI item 23a)")));
    QVERIFY(report.contains(QStringLiteral("SHA-256 ") + asah.sha256));
    QVERIFY(report.contains(QStringLiteral("<td>Calibration</td><td>Calibration slope</td><td>not computed: the scores are not probabilities</td>")));
    QVERIFY(!report.contains(QStringLiteral("Flow of participants (not filled in)")));
    const QString card = QString::fromUtf8(document(m_extracted, QStringLiteral("en"), QStringLiteral("model-card")));
    QVERIFY2(card.contains(QStringLiteral("asah.csv, n = %1<br><span class=\"hash\">SHA-256 %2</span>").arg(asah.n).arg(asah.sha256)),
             "the model card names each metric's test data");

    // The breast cancer run has probabilities: every aspect of 23a has a number, clinical utility at the run's
    // threshold. The AUROC with its interval is the one the engine stored as the run's metric.
    const CsvCounts cancer = countCsv(breastCancerRun);
    const QString full = QString::fromUtf8(document(m_extractedCases.at(QStringLiteral("full-provider")), QStringLiteral("en"),
                                                    QStringLiteral("validation-report")));
    QVERIFY(full.contains(QStringLiteral("(breast_cancer_predictions.csv): %1 participants in the analysis, %2 with the outcome")
                              .arg(cancer.n).arg(cancer.events)));
    for (const char *aspect : {"<td>Discrimination</td>", "<td>Calibration</td>", "<td>Overall accuracy</td>",
                               "<td>Clinical utility</td><td>Net benefit at threshold 0.500 (treat all: "})
        QVERIFY2(full.contains(QLatin1String(aspect)), aspect);
    QVERIFY(!full.contains(QStringLiteral("not computed")));
    // The detail the team wrote follows the run's numbers.
    QVERIFY(full.contains(QStringLiteral("<p>validation.participant_flow value in English</p>")));

    // The same project without a test run: the team's detail is asked for again.
    const NoTestRuns none;
    auto extracted = build(*m_store, *m_templates, {QStringLiteral("validation-report"), QStringLiteral("model-card")},
                           QStringLiteral("no-runs"), &none);
    QVERIFY2(extracted, qPrintable(extracted ? QString() : extracted.error().toString()));
    const QString bare = QString::fromUtf8(document(*extracted, QStringLiteral("en"), QStringLiteral("validation-report")));
    QVERIFY(bare.contains(QStringLiteral("Flow of participants (not filled in)")));
    QVERIFY(!bare.contains(QStringLiteral("participants in the analysis")));
    QVERIFY(bare.contains(QStringLiteral("No completed validation with the metrics engine")));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
