// `veiviser-cli metrics` as a user runs it: the --json shape, the readable table, errors and exit codes, and
// storing the result as a test run in a project.

#include "TestSupport.h"

#include "core/Json.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using test::runCli;

class TestMetricsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void jsonShape();
    void readableTable();
    void norwegianExportInBokmaal();
    void storedAsTestRun();
    void errors_data();
    void errors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

static QString fixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/validation/") + name;
}

static Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

static QStringList asah(const QStringList &more = {})
{
    return QStringList{QStringLiteral("metrics"), QStringLiteral("--predictions"), fixture(QStringLiteral("asah.csv")),
                       QStringLiteral("--label"), QStringLiteral("poor"), QStringLiteral("--score"),
                       QStringLiteral("s100b")} +
           more;
}

void TestMetricsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMetricsCli::jsonShape()
{
    auto r = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("--predictions"),
                                fixture(QStringLiteral("breast_cancer_predictions.csv")), QStringLiteral("--label"),
                                QStringLiteral("malignant"), QStringLiteral("--score"), QStringLiteral("risk"),
                                QStringLiteral("--group"), QStringLiteral("size"), QStringLiteral("--threshold"),
                                QStringLiteral("0.5"), QStringLiteral("--threshold=0.1"), QStringLiteral("--bootstrap"),
                                QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7")});
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QVERIFY(doc.is_object());
    for (const char *k : {"n", "positives", "prevalence", "dropped_rows", "auroc", "brier", "scaled_brier",
                          "calibration", "thresholds", "net_benefit", "subgroups"})
        QVERIFY2(doc.contains(k), k);
    VV_COMPARE_JSON(doc["auroc"]["method"], "bootstrap");
    VV_COMPARE_JSON(doc["auroc"]["level"], 0.95);
    VV_COMPARE_JSON(doc["auroc"]["bootstrap"]["seed"], 7);
    QCOMPARE(doc["thresholds"].size(), std::size_t(2));
    VV_COMPARE_JSON(doc["thresholds"][1]["threshold"], 0.1);
    VV_COMPARE_JSON(doc["calibration"]["converged"], true);
    VV_COMPARE_JSON(doc["dropped_rows"], 0);
    VV_COMPARE_JSON(doc["input"]["sha256"], toStd(test::fileSha256(fixture(QStringLiteral("breast_cancer_predictions.csv")))));
    QVERIFY(!doc.contains("run_id"));
    // The same seed gives the same document.
    auto again = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("--predictions"),
                                    fixture(QStringLiteral("breast_cancer_predictions.csv")), QStringLiteral("--label"),
                                    QStringLiteral("malignant"), QStringLiteral("--score"), QStringLiteral("risk"),
                                    QStringLiteral("--group"), QStringLiteral("size"), QStringLiteral("--threshold"),
                                    QStringLiteral("0.5"), QStringLiteral("--threshold=0.1"),
                                    QStringLiteral("--bootstrap"), QStringLiteral("200"), QStringLiteral("--seed"),
                                    QStringLiteral("7")});
    VV_COMPARE_JSON(parse(again.out)["auroc"], doc["auroc"]);
}

void TestMetricsCli::readableTable()
{
    auto r = runCli(asah({QStringLiteral("--threshold"), QStringLiteral("0.205"), QStringLiteral("--compare"),
                          QStringLiteral("ndka"), QStringLiteral("--group"), QStringLiteral("gender")}));
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("AUROC")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("0.731")));
    QVERIFY(out.contains(QStringLiteral("0.630 to 0.833 (DeLong, 95 %)")));
    QVERIFY(out.contains(QStringLiteral("Sensitivity at score ≥ 0.205")));
    QVERIFY(out.contains(QStringLiteral("gender = Female")));
    QVERIFY(out.contains(QStringLiteral("p = 0.164")));
    QVERIFY(out.contains(QStringLiteral("outside [0, 1]")));
    QVERIFY(r.err.isEmpty());
}

void TestMetricsCli::norwegianExportInBokmaal()
{
    auto r = runCli({QStringLiteral("--lang"), QStringLiteral("nb"), QStringLiteral("metrics"), QStringLiteral("--predictions"),
                     fixture(QStringLiteral("asah_nb.csv")), QStringLiteral("--label"), QStringLiteral("utfall"),
                     QStringLiteral("--positive"), QStringLiteral("Dårlig"), QStringLiteral("--score"),
                     QStringLiteral("S100B (µg/l)"), QStringLiteral("--decimal"), QStringLiteral(",")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    // Bokmål labels and decimal commas.
    QVERIFY2(out.contains(QStringLiteral("0,731")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Pasienter")), qPrintable(out));
}

void TestMetricsCli::storedAsTestRun()
{
    const QString project = m_dir->filePath(QStringLiteral("p.veiviser"));
    QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
    auto r = runCli(QStringList{QStringLiteral("--json")} + asah({QStringLiteral("--project"), project}));
    QCOMPARE(r.exitCode, 0);
    const Json doc = parse(r.out);
    QVERIFY(doc["run_id"].is_number_integer());
    auto store = ProjectStore::open(project, StoreOptions::readOnly());
    QVERIFY(store.ok());
    auto run = TestRunTable(**store).get(doc["run_id"].get<qint64>());
    QVERIFY(run.ok());
    QCOMPARE(run->status, TestRunStatus::Completed);
    QCOMPARE(run->engineId, QStringLiteral("clinical-metrics"));
    QCOMPARE(run->supports, (QStringList{QStringLiteral("urn:veiviser:ai-act:art-15"),
                                         QStringLiteral("urn:veiviser:hdir:local-validation"),
                                         QStringLiteral("urn:veiviser:mdr:clinical-evaluation")}));
    VV_COMPARE_JSON(run->provenance["input"]["sha256"], toStd(test::fileSha256(fixture(QStringLiteral("asah.csv")))));
    VV_COMPARE_JSON(run->provenance["input"]["columns"]["score"], "s100b");
    QVERIFY(run->provenance["host"].is_string());
    QVERIFY(run->provenance["program"]["version"].is_string());
    VV_COMPARE_JSON(run->result["auroc"], doc["auroc"]);
    const auto auroc = std::find_if(run->metrics.begin(), run->metrics.end(),
                                    [](const RunMetric &m) { return m.name == QStringLiteral("auroc"); });
    QVERIFY(auroc != run->metrics.end());
    QCOMPARE(*auroc->value, doc["auroc"]["estimate"].get<double>());
    QVERIFY(run->started <= run->finished);
    QVERIFY((*store)->verifyAudit()->intact);
    // It is evidence for the requirements it documents (issue 27, item 4), as an engine run is.
    QVERIFY(doc["evidence_id"].is_number_integer());
    auto shown = runCli({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("show"), project,
                         QString::number(doc["evidence_id"].get<qint64>())});
    QCOMPARE(shown.exitCode, 0);
    for (const QString &urn : run->supports)
        QVERIFY2(shown.out.contains(urn.toUtf8()), shown.out.constData());
    // The readable form says where it went.
    auto table = runCli(asah({QStringLiteral("--project"), project}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("Stored as test run 2"));
    QVERIFY2(table.out.contains("Filed as evidence 2, linked to urn:veiviser:ai-act:art-15"), table.out.constData());
}

void TestMetricsCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no predictions") << QStringList{QStringLiteral("metrics"), QStringLiteral("--label"), QStringLiteral("y"),
                                                   QStringLiteral("--score"), QStringLiteral("p")}
                                    << 2 << "--predictions is required";
    QTest::newRow("bad threshold") << asah({QStringLiteral("--threshold"), QStringLiteral("high")}) << 2
                                   << "--threshold takes a number";
    QTest::newRow("bad delimiter") << asah({QStringLiteral("--delimiter"), QStringLiteral("|")}) << 2 << "--delimiter";
    QTest::newRow("seed without bootstrap") << asah({QStringLiteral("--seed"), QStringLiteral("3")}) << 2
                                            << "--seed is only used with --bootstrap";
    QTest::newRow("one replicate") << asah({QStringLiteral("--bootstrap"), QStringLiteral("1")}) << 2
                                   << "between 2 and";
    QTest::newRow("missing column") << QStringList{QStringLiteral("metrics"), QStringLiteral("--predictions"),
                                                   fixture(QStringLiteral("asah.csv")), QStringLiteral("--label"),
                                                   QStringLiteral("death"), QStringLiteral("--score"), QStringLiteral("s100b")}
                                    << 2 << "asah.csv:1:1: there is no column 'death'";
    QTest::newRow("invalid row") << QStringList{QStringLiteral("metrics"), QStringLiteral("--predictions"),
                                                fixture(QStringLiteral("broken/nan_score.csv")), QStringLiteral("--label"),
                                                QStringLiteral("label"), QStringLiteral("--score"), QStringLiteral("score")}
                                 << 2 << "nan_score.csv:4:";
    QTest::newRow("no such project") << asah({QStringLiteral("--project"), QStringLiteral("/nonexistent/p.veiviser")}) << 2
                                     << "no project at";
    QTest::newRow("same column twice") << asah({QStringLiteral("--compare"), QStringLiteral("s100b")}) << 2
                                       << "--compare must name another column";
}

void TestMetricsCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    auto r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.out.isEmpty());
    auto j = runCli(QStringList{QStringLiteral("--json")} + args);
    QCOMPARE(j.exitCode, exitCode);
    QVERIFY(parse(j.out).contains("error"));
}

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metrics_cli.moc"
