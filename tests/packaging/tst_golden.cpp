// Golden documents: every shipped template, rendered in Bokmål and English from one fixed fixture project
// (tests/fixtures/packaging/golden/project) with a FixedClock, a fixed actor, a fixed signing key and a fixed test
// run, is compared byte for byte with tests/fixtures/packaging/golden/ID.LANG.html. Nothing is normalised except the
// program version, which changes with every release and not with the templates.
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
#include "packaging/PackageBuilder.h"
#include "packaging/PackageReader.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/AnswerTable.h"
#include "store/DocumentDetailTable.h"
#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "store/RequirementStateTable.h"
#include "store/Transaction.h"
#include "validation/ClinicalMetrics.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vv;
using namespace vv::packaging;

namespace {

const QString fixtureDir = QStringLiteral(VV_FIXTURES_DIR "/packaging/golden");

/// A copy of the shipped templates at dest, for a test to change.
bool copyShippedTemplates(const QString &dest)
{
    const QString shipped = dataDirectory() + QStringLiteral("/templates");
    QDirIterator it(shipped, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = dest + from.mid(shipped.size());
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to))
            return false;
    }
    return true;
}

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

private:
    TestRunRecord m_run;
};

Result<TestRunRecord> fixtureRun()
{
    validation::CsvOptions csv;
    csv.labelColumn = QStringLiteral("poor");
    csv.scoreColumn = QStringLiteral("s100b");
    auto predictions = validation::PredictionsCsv::read(QStringLiteral(VV_FIXTURES_DIR "/validation/asah.csv"), csv);
    if (!predictions)
        return predictions.error();
    validation::MetricsOptions options;
    options.thresholds = {0.2};
    auto result = validation::ClinicalMetrics::compute(*predictions, options);
    if (!result)
        return result.error();
    TestRunRecord run;
    run.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    run.title = QStringLiteral("Local validation: S100B for poor outcome (aSAH)");
    run.engineId = validation::ClinicalMetrics::engineId();
    run.engineVersion = QStringLiteral("1.0.0");
    run.kind = validation::ClinicalMetrics::kind();
    run.status = QStringLiteral("completed");
    run.started = QDateTime(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC);
    run.finished = run.started.addSecs(3);
    run.metrics = validation::ClinicalMetrics::summary(*result);
    run.supports = validation::ClinicalMetrics::supportedRequirements();
    run.provenance = Json{{"input", {{"file_name", "asah.csv"}, {"rows", 113}}}, {"program", "Veiviser"}};
    run.result = std::move(*result);
    return run;
}

/// Fills a new project from the fixture folder: answers, document details, requirement states and evidence.
Status fillProject(ProjectStore &store, const guidance::GuidanceLibrary &library)
{
    std::vector<AnswerChange> answers;
    const Json given = readJson(fixtureDir + QStringLiteral("/project/answers.json"));
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

    std::vector<std::pair<QString, QString>> details;
    const Json texts = readJson(fixtureDir + QStringLiteral("/project/details.json"));
    for (auto it = texts.begin(); it != texts.end(); ++it)
        details.emplace_back(fromStd(it.key()), fromStd(it.value().get<std::string>()));
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

private:
    Result<QString> build(const TemplateLibrary &templates, const QString &name);
    QByteArray document(const QString &extracted, const QString &lang, const QString &id) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<ProjectStore> m_store;
    std::optional<guidance::GuidanceLibrary> m_library;
    std::optional<TemplateLibrary> m_templates;
    std::shared_ptr<FixtureTestRuns> m_runs;
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

    auto run = fixtureRun();
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    m_runs = std::make_shared<FixtureTestRuns>(std::move(*run));
    // A key made for these tests only; it signs nothing real.
    auto key = SigningKey::readFile(fixtureDir + QStringLiteral("/test-signing-key.pem"));
    QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
    m_key = *key;

    StoreOptions options;
    options.clock = &m_clock;
    options.actor = QStringLiteral("golden");
    NewProject project;
    project.name = QStringLiteral("Sepsisvarsel");
    project.systemVersion = QStringLiteral("2.1.0");
    project.role = ProjectRole::Both;
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("golden.veiviser")), project, options);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
    auto filled = fillProject(*m_store, *m_library);
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().toString()));

    auto extracted = build(*m_templates, QStringLiteral("golden"));
    QVERIFY2(extracted, qPrintable(extracted ? QString() : extracted.error().toString()));
    m_extracted = *extracted;
}

Result<QString> TestGolden::build(const TemplateLibrary &templates, const QString &name)
{
    PackageRequest request;
    for (const DocumentTemplate &d : templates.documents())
        request.documents << d.id;
    request.languages = {QStringLiteral("nb"), QStringLiteral("en")};
    request.outPath = m_dir.filePath(name + QStringLiteral(".zip"));
    request.signingKey = m_key;
    auto built = PackageBuilder::build(*m_store, *m_library, templates, *m_runs, request);
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
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("lang");
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY(library);
    auto templates = TemplateLibrary::loadShipped(*library);
    QVERIFY(templates);
    for (const DocumentTemplate &d : templates->documents())
        for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")})
            QTest::addRow("%s.%s", qPrintable(d.id), qPrintable(lang)) << d.id << lang;
}

void TestGolden::documentMatchesGolden()
{
    QFETCH(QString, id);
    QFETCH(QString, lang);
    const QByteArray html = document(m_extracted, lang, id);
    QVERIFY2(html.size() > 1000, "the document is missing or nearly empty");
    QVERIFY(!html.contains("{{"));
    const QString goldenPath = fixtureDir + QStringLiteral("/%1.%2.html").arg(id, lang);
    if (updating()) {
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
        const QString actual = m_dir.filePath(QStringLiteral("%1.%2.actual.html").arg(id, lang));
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
    QVERIFY(copyShippedTemplates(copy));
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
    QVERIFY(copyShippedTemplates(copy));
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

// Every shipped template says whom it is for; the provider's technical files and declaration are not a deployer's,
// and the FRIA is not a provider's (AI Act Arts. 11, 27, 47; MDR Arts. 10, 19).
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

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
