// The post-market documents (pms-plan, pms-report, incident-report) built from a project with a monitoring plan,
// production data that drifts, a deviation opened from the alarm and an incident: each document shows what the
// monitoring module measured and the deviation and incident tables hold, and a project without a plan gets a draft
// that names what is missing.

#include "DriftStream.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Json.h"
#include "guidance/GuidanceLibrary.h"
#include "monitoring/IncidentRules.h"
#include "monitoring/MonitoringPlan.h"
#include "monitoring/MonitoringStatus.h"
#include "monitoring/ProductionIngest.h"
#include "packaging/DocumentModel.h"
#include "packaging/DocumentRenderer.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/AnswerTable.h"
#include "store/DeviationTable.h"
#include "store/DocumentDetailTable.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "validation/Statistics.h"

#include <QXmlStreamReader>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vv;
using namespace vv::packaging;
using namespace vv::monitoring;

namespace {

using vv::test::driftStream;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char *plan = R"(window: week
time_zone: Europe/Oslo
baseline: {from: 2026-01-05, to: 2026-03-29}
min_labelled: 200
metrics:
  - {metric: auroc, lower: 0.65}
  - {metric: oe_ratio, lower: 0.8, upper: 1.25}
  - {metric: psi, feature: age, upper: 0.2}
control_charts:
  - {metric: oe_ratio, method: cusum, k: 0.5, h: 4}
)";

/// The test runs of a project: none; the post-market documents do not need any.
class NoTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>{}; }
};

} // namespace

class TestPostMarket : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportShowsTheWindowsDeviationAndIncident();
    void incidentReportHasTheDeadlines();
    void planComesFromTheMonitoringPlan();
    void withoutAPlanThePlanIsADraft();
    void onlyDocumentsWithWindowsMeasureThem();

private:
    std::unique_ptr<ProjectStore> newProject(const QString &name, ProjectRole role);
    Result<QByteArray> render(ProjectStore &store, const QString &document, const QString &lang, Json *model = nullptr);

    QTemporaryDir m_dir;
    std::optional<guidance::GuidanceLibrary> m_library;
    std::optional<TemplateLibrary> m_templates;
    FixedClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_deviation = 0;
    QString m_deviationTitle = s("The model under-predicts sepsis from the drifted week");
    QDate m_awareOn{2026, 4, 30};
};

std::unique_ptr<ProjectStore> TestPostMarket::newProject(const QString &name, ProjectRole role)
{
    StoreOptions options;
    options.clock = &m_clock;
    options.actor = s("tester");
    auto store = ProjectStore::create(m_dir.filePath(name), {s("Sepsis alert"), s("2.1"), role}, options);
    if (!store)
        qWarning() << store.error().toString();
    return store ? std::move(*store) : nullptr;
}

Result<QByteArray> TestPostMarket::render(ProjectStore &store, const QString &document, const QString &lang, Json *model)
{
    auto snapshot = ProjectSnapshot::read(store, *m_library, NoTestRuns());
    if (!snapshot)
        return snapshot.error();
    const DocumentTemplate *doc = m_templates->document(document);
    if (!doc)
        return Error::input(s("no template ") + document);
    Json m = DocumentModel::build(*snapshot, *m_templates, *doc, lang, {});
    if (model)
        *model = m;
    return DocumentRenderer::render(*m_templates, *doc, m);
}

void TestPostMarket::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The packs and templates the build checked and copied (guidance_data, template_data).
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY2(library, library ? "" : qPrintable(library.error().toString()));
    m_library = std::move(*library);
    auto templates = TemplateLibrary::loadShipped(*m_library);
    QVERIFY2(templates, templates ? "" : qPrintable(templates.error().toString()));
    m_templates = std::move(*templates);

    m_store = newProject(s("sepsis.veiviser"), ProjectRole::Provider);
    QVERIFY(m_store);
    // A medical device (the MDR vigilance report then applies to the incident below).
    std::vector<AnswerChange> answers;
    for (const auto &[fact, value] : std::vector<std::pair<QString, Json>>{{s("system.is_software"), true},
                                                                           {s("purpose.medical"), true},
                                                                           {s("purpose.individual_patients"), true},
                                                                           {s("purpose.beyond_storage"), true},
                                                                           {s("mdr.device_link"), "none"}}) {
        const guidance::Pack *pack = m_library->packOfFact(fact);
        QVERIFY2(pack, qPrintable(fact));
        answers.push_back({fact, value, pack->id, pack->version});
    }
    QVERIFY(AnswerTable(*m_store).apply(answers));

    auto read = MonitoringPlanReader::read(plan, s("plan.yaml"));
    QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
    QVERIFY(MonitoringTable(*m_store).addPlan(read->toJson(), s(plan)));
    const QString csv = m_dir.filePath(s("production.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(driftStream(16, 600, 14, 1.2));
    f.close();
    IngestOptions o;
    o.timeColumn = s("time");
    o.labelColumn = s("outcome");
    o.scoreColumn = s("risk");
    o.idColumn = s("id");
    o.featureColumns = {s("age")};
    auto ingested = ProductionIngest::fromCsv(*m_store, csv, o);
    QVERIFY2(ingested, ingested ? "" : qPrintable(ingested.error().toString()));

    Deviation d;
    d.title = m_deviationTitle;
    d.severity = s("high");
    d.owner = s("Klinisk ansvarlig lege");
    d.description = s("O/E far above its limit in the drifted weeks.");
    d.assessment = s("Calibration drift after a new lactate assay.");
    auto id = DeviationTable(*m_store).open(d);
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    m_deviation = *id;
    Incident incident;
    incident.deviationId = m_deviation;
    incident.awareOn = m_awareOn;
    incident.facts = Json{{"incident.system_involved", true}, {"incident.death", true}, {"incident.public_health_threat", false}};
    QVERIFY(DeviationTable(*m_store).addIncident(incident));
}

void TestPostMarket::reportShowsTheWindowsDeviationAndIncident()
{
    // What the monitoring module measured, independently of the document.
    auto status = MonitoringEvaluation::evaluate(*m_store);
    QVERIFY(status);
    const WindowStatus *drifted = nullptr;
    const MetricValue *oe = nullptr;
    for (const WindowStatus &w : status->windows)
        for (const MetricValue &v : w.metrics)
            if (!drifted && v.name == s("oe_ratio") && v.state == MetricState::Alarm) {
                drifted = &w;
                oe = &v;
            }
    QVERIFY2(drifted, "the drift raised no O/E alarm");

    Json model;
    auto html = render(*m_store, s("pms-report"), s("en"), &model);
    QVERIFY2(html, html ? "" : qPrintable(html.error().toString()));
    const QString text = QString::fromUtf8(*html);
    // The drifted window's row: its label, its n, the O/E value with three decimals and the state "alarm".
    const QString value = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(*oe->value.estimate, 'f', 3);
    // The measures are split over several tables; the window has a row in each, one of them with the O/E cell.
    const QString rowStart = QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(drifted->window.label()).arg(drifted->n);
    QVERIFY2(text.contains(rowStart), qPrintable(drifted->window.label()));
    const QString cell = QStringLiteral("<td>%1<br>%2<br><strong>alarm</strong></td>")
                             .arg(value, QStringLiteral("%1 to %2")
                                             .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(*oe->value.lower, 'f', 3),
                                                  QLocale(QLocale::English, QLocale::UnitedKingdom).toString(*oe->value.upper, 'f', 3)));
    bool found = false;
    for (qsizetype at = text.indexOf(rowStart); at >= 0 && !found; at = text.indexOf(rowStart, at + 1))
        found = text.mid(at, text.indexOf(QStringLiteral("</tr>"), at) - at).contains(cell);
    QVERIFY2(found, qPrintable(cell));
    // Every window of the data is in the table (no period is given).
    QCOMPARE(model["post_market"]["windows"]["rows"].size(), status->windows.size());
    // A chart per measure, each well-formed SVG; the O/E chart marks exactly the alarm windows in red and draws the
    // plan's two limits.
    const Json &charts = model["post_market"]["windows"]["metric_charts"];
    QCOMPARE(charts.size(), model["post_market"]["windows"]["columns"].size());
    int oeAlarms = 0;
    for (const WindowStatus &w : status->windows)
        for (const MetricValue &v : w.metrics)
            oeAlarms += v.name == s("oe_ratio") && v.state == MetricState::Alarm;
    bool oeChart = false;
    for (const Json &chart : charts) {
        const QString svg = QString::fromStdString(chart["chart_svg"].get<std::string>());
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        if (!svg.contains(s("<title>Observed/expected (O/E)</title>")))
            continue;
        oeChart = true;
        QCOMPARE(svg.count(s("r=\"3.2\"")), oeAlarms);
        QCOMPARE(svg.count(s("stroke-dasharray=\"5 3\"")), 2);
    }
    QVERIFY(oeChart);
    QVERIFY(text.contains(s("<svg")));
    // The deviation, and the incident with the report it makes due.
    QVERIFY(text.contains(QStringLiteral("Deviation %1: %2").arg(m_deviation).arg(m_deviationTitle)));
    QVERIFY(text.contains(s("Serious incident report for a medical device (MDR Art. 87)")));

    // A period: only the windows inside it, the incident outside it is left out.
    QVERIFY(DocumentDetailTable(*m_store).set({{s("pms.period_start"), s("nb"), s("2026-01-05")}, {s("pms.period_end"), s("nb"), s("2026-01-25")}}));
    auto period = render(*m_store, s("pms-report"), s("en"), &model);
    QVERIFY(period);
    QCOMPARE(model["post_market"]["windows"]["rows"].size(), std::size_t(3));
    QVERIFY(!QString::fromUtf8(*period).contains(drifted->window.label()));
    QVERIFY(!model["post_market"]["has_period_incidents"].get<bool>());
    // A period date that is not a date is named, not silently read as "all windows".
    QVERIFY(DocumentDetailTable(*m_store).set({{s("pms.period_end"), s("nb"), s("31.01.2026")}}));
    QVERIFY(render(*m_store, s("pms-report"), s("en"), &model));
    QVERIFY(model["is_draft"].get<bool>());
    QVERIFY(QString::fromStdString(model["missing"].dump()).contains(s("31.01.2026")));
    QVERIFY(DocumentDetailTable(*m_store).set({{s("pms.period_start"), s("nb"), QString()}, {s("pms.period_end"), s("nb"), QString()}}));

    // Bokmål: the same row, in Norwegian words and number format.
    auto nb = render(*m_store, s("pms-report"), s("nb"));
    QVERIFY(nb);
    const QString nbValue = QLocale(QLocale::NorwegianBokmal, QLocale::Norway).toString(*oe->value.estimate, 'f', 3);
    QVERIFY(QString::fromUtf8(*nb).contains(nbValue));
    QVERIFY(QString::fromUtf8(*nb).contains(s("<strong>alarm</strong>")));
}

void TestPostMarket::incidentReportHasTheDeadlines()
{
    Json model;
    auto html = render(*m_store, s("incident-report"), s("en"), &model);
    QVERIFY2(html, html ? "" : qPrintable(html.error().toString()));
    const QString text = QString::fromUtf8(*html);
    QVERIFY(text.contains(m_deviationTitle));
    QVERIFY(text.contains(m_awareOn.toString(Qt::ISODate)));
    // A death: the MDR report is due 10 days after awareness (MDR Art. 87(5)), not yet sent, so an initial report.
    QVERIFY2(text.contains(s("10 days")), "the Art. 87(5) deadline");
    QVERIFY(text.contains(m_awareOn.addDays(10).toString(Qt::ISODate)));
    QVERIFY(text.contains(s("initial report")));
    QVERIFY(text.contains(s("Calibration drift after a new lactate assay.")));
    // The reporter and the countries are for the user to write: the document is a draft until then.
    QVERIFY(model["is_draft"].get<bool>());
    QVERIFY(QString::fromStdString(model["missing"].dump()).contains(s("Reporter and contact details")));
}

void TestPostMarket::planComesFromTheMonitoringPlan()
{
    auto html = render(*m_store, s("pms-plan"), s("en"));
    QVERIFY2(html, html ? "" : qPrintable(html.error().toString()));
    const QString text = QString::fromUtf8(*html);
    // The indicators and limits of the stored plan, its window and baseline, and the control chart.
    QVERIFY2(text.contains(s("<tr><td>Observed/expected (O/E) <span class=\"mono\">oe_ratio</span></td><td>0.800</td><td>1.250</td></tr>")),
             "the O/E limits");
    QVERIFY(text.contains(s("Population stability index (PSI) (age)")));
    QVERIFY(text.contains(s("2026-01-05 to 2026-03-29")));
    QVERIFY(text.contains(s("k = 0.500, h = 4.000")));
    // The reports of the provider's duty, with the MDR deadlines.
    QVERIFY(text.contains(s("Serious incident report for a medical device (MDR Art. 87)")));
}

void TestPostMarket::onlyDocumentsWithWindowsMeasureThem()
{
    // The report shows the windows; reading it without measuring them would leave its tables empty.
    const DocumentTemplate *report = m_templates->document(s("pms-report"));
    QVERIFY(report && report->showsMeasuredWindows());
    auto unmeasured = ProjectSnapshot::read(*m_store, *m_library, NoTestRuns(), {.measuredWindows = false});
    QVERIFY(unmeasured);
    QVERIFY(!unmeasured->postMarket.status);
    QVERIFY(unmeasured->postMarket.plan);
    auto measured = ProjectSnapshot::read(*m_store, *m_library, NoTestRuns(), {.measuredWindows = true});
    QVERIFY(measured && measured->postMarket.status);
    // Every other document comes out the same whether or not the windows were measured: the package builder may
    // skip the pass over the production rows for them.
    int others = 0;
    for (const DocumentTemplate &doc : m_templates->documents()) {
        if (doc.showsMeasuredWindows())
            continue;
        ++others;
        for (const QString &lang : {s("nb"), s("en")}) {
            auto without = DocumentRenderer::render(*m_templates, doc, DocumentModel::build(*unmeasured, *m_templates, doc, lang, {}));
            auto with = DocumentRenderer::render(*m_templates, doc, DocumentModel::build(*measured, *m_templates, doc, lang, {}));
            QVERIFY(without && with);
            QVERIFY2(*without == *with, qPrintable(doc.id + QLatin1Char(' ') + lang));
        }
    }
    QVERIFY(others >= 10);
}

void TestPostMarket::withoutAPlanThePlanIsADraft()
{
    auto store = newProject(s("empty.veiviser"), ProjectRole::Deployer);
    QVERIFY(store);
    Json model;
    auto html = render(*store, s("pms-plan"), s("en"), &model);
    QVERIFY2(html, html ? "" : qPrintable(html.error().toString()));
    QVERIFY(model["is_draft"].get<bool>());
    const QString missing = QString::fromStdString(model["missing"].dump());
    QVERIFY2(missing.contains(s("Monitoring plan")), qPrintable(missing));
    QVERIFY(QString::fromUtf8(*html).contains(s("The project has no monitoring plan yet.")));
    // The deployer's version is not refused (Art. 26(5)); the report is the provider's and says so.
    QVERIFY(!missing.contains(s("\"role\"")));
    QVERIFY(render(*store, s("pms-report"), s("en"), &model));
    QCOMPARE(model["missing"][0]["key"].get<std::string>(), std::string("role"));
    // Without incidents the incident report names that too.
    QVERIFY(render(*store, s("incident-report"), s("en"), &model));
    QVERIFY(QString::fromStdString(model["missing"].dump()).contains(s("recorded serious incident")));
}

QTEST_GUILESS_MAIN(TestPostMarket)
#include "tst_post_market.moc"
