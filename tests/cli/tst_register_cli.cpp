// `veiviser-cli register FILE --format eu-ai-database|eudamed-udi|public-register` (docs/registration.md): the fields
// of AI Act Annex VIII, MDR Annex VI part A and a public algorithm register filled from a project's details, the
// sections the packs' requirements make due (or voluntary), the missing fields named, nothing but the listed fields
// in the export, and each export as a golden file. After a deliberate change to registration.json or the packs,
// regenerate the golden files with
//     VEIVISER_UPDATE_GOLDEN=1 ctest --test-dir build -R tst_register_cli
// and read the diff.

#include "TestSupport.h"

#include "core/Json.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using test::runCli;

class TestRegisterCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void annexIiiProviderFillsSectionA();
    void deviceProviderNeedsNoEntry();
    void publicDeployerFillsSectionC();
    void outIsNeverReplacedUnasked();
    void unknownFormatIsAUsageError();
    void eudamedForADevice();
    void publicRegisterIsVoluntary();
    void exportsMatchGoldenFiles_data();
    void exportsMatchGoldenFiles();

private:
    QString path(const QString &n) const { return m_dir->filePath(n); }
    QString project(const QString &name, const QString &role, const char *answers);
    static bool setDetails(const QString &file, const QList<std::pair<QString, QString>> &details);
    Json exportOf(const QString &file, const QString &format = QStringLiteral("eu-ai-database"),
                  const QString &lang = QString());
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

// tests/fixtures/guidance/systems.yaml, health-benefit-eligibility-5a: high-risk by Annex III point 5(a), a public
// body, no Art. 6(3) exception.
const char *annexIii = R"({"system.is_software": true, "system.is_ai": true, "org.public_body": true,
    "data.personal": true, "data.health": true, "data.large_scale": true, "mdr.device_link": "none",
    "purpose.beyond_storage": true, "purpose.individual_patients": true, "purpose.medical": false,
    "ai_act.research_exclusion": "none", "ai_act.prohibited_practice": false,
    "ai_act.annex_iii": ["5a_public_services_eligibility"], "ai_act.profiling": false,
    "ai_act.art6_3_exception": false, "ai_act.interacts_with_persons": false,
    "ai_act.generates_synthetic_content": false, "ai_act.emotion_recognition": false, "ai_act.deepfake": false,
    "gdpr.evaluates_or_monitors": true, "gdpr.high_risk_screening": true, "llm.uses_language_model": false})";

// tst_guidance_cli's Class IIb provider: high-risk through the MDR (Annex I), not Annex III.
const char *deviceIIb = R"({"system.is_software": true, "system.is_ai": true, "mdr.device_link": "none",
    "purpose.beyond_storage": true, "purpose.individual_patients": true, "purpose.medical": true,
    "mdr.decision_impact": "informs_decisions", "mdr.worst_outcome": "serious_deterioration_or_surgery",
    "mdr.in_house": false, "ai_act.research_exclusion": "none", "ai_act.prohibited_practice": false,
    "ai_act.annex_iii": ["none"], "ai_act.interacts_with_persons": true, "data.personal": false})";

const Json *section(const Json &doc, const char *id)
{
    for (const Json &s : doc["sections"])
        if (s["id"] == id)
            return &s;
    return nullptr;
}

const Json *field(const Json &s, const char *point)
{
    for (const Json &f : s["fields"])
        if (f["point"] == point)
            return &f;
    return nullptr;
}

bool missingNames(const Json &doc, const QString &point)
{
    for (const Json &m : doc["missing"])
        if (fromStd(m.get<std::string>()).startsWith(point + QLatin1Char(' ')))
            return true;
    return false;
}

} // namespace

void TestRegisterCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRegisterCli::project(const QString &name, const QString &role, const char *answers)
{
    const QString file = path(name + QStringLiteral(".veiviser"));
    const QString answersFile = path(name + QStringLiteral("-answers.json"));
    QFile f(answersFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(answers) <= 0)
        return {};
    f.close();
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("project"), QStringLiteral("init"), file, QStringLiteral("--name"), name,
              QStringLiteral("--system-version"), QStringLiteral("2.1"), QStringLiteral("--role"), role},
             {QStringLiteral("answer"), file, QStringLiteral("--from"), answersFile}})
        if (runCli(args).exitCode != 0)
            return {};
    return file;
}

bool TestRegisterCli::setDetails(const QString &file, const QList<std::pair<QString, QString>> &details)
{
    for (const auto &[key, value] : details)
        if (runCli({QStringLiteral("details"), QStringLiteral("set"), file, key, value}).exitCode != 0)
            return false;
    return true;
}

Json TestRegisterCli::exportOf(const QString &file, const QString &format, const QString &lang)
{
    QStringList args = {QStringLiteral("--json"), QStringLiteral("register"), file, QStringLiteral("--format"), format};
    if (!lang.isEmpty())
        args << QStringLiteral("--language") << lang;
    auto r = runCli(args);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return parse(r.out);
}

void TestRegisterCli::annexIiiProviderFillsSectionA()
{
    const QString file = project(QStringLiteral("Stønadsvurdering"), QStringLiteral("provider"), annexIii);
    QVERIFY(!file.isEmpty());
    const QList<std::pair<QString, QString>> details = {
        {QStringLiteral("manufacturer.name"), QStringLiteral("Helse Nord IKT HF")},
        {QStringLiteral("manufacturer.address"), QStringLiteral("Sjøgata 1, 8006 Bodø")},
        {QStringLiteral("system.intended_purpose"), QStringLiteral("Vurderer rett til behandlingsreiser.")},
        // Not a field of Annex VIII: it must stay out of the export.
        {QStringLiteral("dpia.risk_register"), QStringLiteral("INTERN RISIKOLOGG")},
    };
    for (const auto &[key, value] : details)
        QVERIFY(runCli({QStringLiteral("details"), QStringLiteral("set"), file, key, value}).exitCode == 0);
    const Json doc = exportOf(file);
    VV_COMPARE_JSON(doc["format"], "eu-ai-database");
    const Json *a = section(doc, "A");
    QVERIFY(a);
    VV_COMPARE_JSON((*a)["required"], "yes");
    VV_COMPARE_JSON((*a)["requirement"], "urn:veiviser:ai-act:art-49");
    VV_COMPARE_JSON((*field(*a, "A.1"))["value"], "Helse Nord IKT HF\nSjøgata 1, 8006 Bodø");
    VV_COMPARE_JSON((*field(*a, "A.4"))["value"], "Stønadsvurdering\n2.1");
    VV_COMPARE_JSON((*field(*a, "A.5"))["value"], "Vurderer rett til behandlingsreiser.");
    VV_COMPARE_JSON((*field(*a, "A.7"))["value"], nullptr);
    for (const char *given : {"A.1", "A.4", "A.5"})
        QVERIFY2(!missingNames(doc, QString::fromLatin1(given)), given);
    for (const char *absent : {"A.6", "A.7", "A.10", "A.11", "A.12"})
        QVERIFY2(missingNames(doc, QString::fromLatin1(absent)), absent);
    for (const char *optional : {"A.2", "A.3", "A.8", "A.9", "A.13"})
        QVERIFY2(!missingNames(doc, QString::fromLatin1(optional)), optional);
    // Section C binds deployers: a provider's project owes none of it.
    const Json *c = section(doc, "C");
    QVERIFY(c);
    VV_COMPARE_JSON((*c)["required"], "no");
    QVERIFY(!missingNames(doc, QStringLiteral("C.1")));
    QVERIFY(!QString::fromStdString(doc.dump()).contains(QStringLiteral("INTERN RISIKOLOGG")));
}

void TestRegisterCli::deviceProviderNeedsNoEntry()
{
    const QString file = project(QStringLiteral("Sepsis"), QStringLiteral("provider"), deviceIIb);
    QVERIFY(!file.isEmpty());
    const Json doc = exportOf(file);
    const Json *a = section(doc, "A");
    QVERIFY(a);
    // High-risk through the MDR (Annex I): Art. 49(1) does not ask for an entry; the reason says why.
    VV_COMPARE_JSON((*a)["required"], "no");
    QVERIFY(!(*a)["why"].get<std::string>().empty());
    VV_COMPARE_JSON(doc["missing"], Json::array());
}

void TestRegisterCli::publicDeployerFillsSectionC()
{
    const QString file = project(QStringLiteral("Kommunen"), QStringLiteral("deployer"), annexIii);
    QVERIFY(!file.isEmpty());
    QVERIFY(runCli({QStringLiteral("details"), QStringLiteral("set"), file, QStringLiteral("fria.deployer"),
                    QStringLiteral("Bodø kommune, helse og omsorg")}).exitCode == 0);
    const Json doc = exportOf(file);
    const Json *c = section(doc, "C");
    QVERIFY(c);
    VV_COMPARE_JSON((*c)["required"], "yes");
    VV_COMPARE_JSON((*field(*c, "C.1"))["value"], "Bodø kommune, helse og omsorg");
    QVERIFY(!missingNames(doc, QStringLiteral("C.1")));
    for (const char *absent : {"C.2", "C.3", "C.4"})
        QVERIFY2(missingNames(doc, QString::fromLatin1(absent)), absent);
    VV_COMPARE_JSON((*section(doc, "A"))["required"], "no");
}

void TestRegisterCli::outIsNeverReplacedUnasked()
{
    const QString file = project(QStringLiteral("Ut"), QStringLiteral("provider"), annexIii);
    QVERIFY(!file.isEmpty());
    const QString out = path(QStringLiteral("registrering.json"));
    const QStringList args = {QStringLiteral("register"), file, QStringLiteral("--format"),
                              QStringLiteral("eu-ai-database"), QStringLiteral("--out"), out};
    QCOMPARE(runCli(args).exitCode, 0);
    QVERIFY(parse([&] { QFile f(out); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }())["sections"].is_array());
    const QString before = test::fileSha256(out);
    auto again = runCli(args);
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(test::fileSha256(out), before);
    QCOMPARE(runCli(args + QStringList{QStringLiteral("--force")}).exitCode, 0);
    // Never a project, even with --force.
    auto onProject = runCli({QStringLiteral("register"), file, QStringLiteral("--format"),
                             QStringLiteral("eu-ai-database"), QStringLiteral("--out"), file, QStringLiteral("--force")});
    QCOMPARE(onProject.exitCode, 2);
}

void TestRegisterCli::unknownFormatIsAUsageError()
{
    const QString file = project(QStringLiteral("Feil"), QStringLiteral("provider"), deviceIIb);
    QVERIFY(!file.isEmpty());
    auto r = runCli({QStringLiteral("register"), file, QStringLiteral("--format"), QStringLiteral("nasa")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("eu-ai-database"), r.err.constData());
}

// A Class IIb device's provider registers itself and the device in EUDAMED (MDR Art. 29 and 31): the Basic UDI-DI
// and the manufacturer from the details; what Veiviser does not hold (risk class, Member State, status) missing.
void TestRegisterCli::eudamedForADevice()
{
    const QString file = project(QStringLiteral("Sepsis"), QStringLiteral("provider"), deviceIIb);
    QVERIFY(!file.isEmpty());
    QVERIFY(setDetails(file, {
             {QStringLiteral("device.basic_udi_di"), QStringLiteral("7070000SEPSIS01KQ")},
             {QStringLiteral("manufacturer.name"), QStringLiteral("Sepsis AS")},
             {QStringLiteral("dpia.risk_register"), QStringLiteral("INTERN RISIKOLOGG")}}));
    const Json doc = exportOf(file, QStringLiteral("eudamed-udi"));
    VV_COMPARE_JSON(doc["format"], "eudamed-udi");
    for (const char *id : {"1", "2"}) {
        const Json *s = section(doc, id);
        QVERIFY2(s, id);
        VV_COMPARE_JSON((*s)["required"], "yes");
        VV_COMPARE_JSON((*s)["requirement"], "urn:veiviser:mdr:udi-registration");
    }
    VV_COMPARE_JSON((*field(*section(doc, "2"), "2.1"))["value"], "7070000SEPSIS01KQ");
    VV_COMPARE_JSON((*field(*section(doc, "1"), "1.2"))["value"], "Sepsis AS");
    for (const char *given : {"1.2", "2.1", "2.1a"})
        QVERIFY2(!missingNames(doc, QString::fromLatin1(given)), given);
    for (const char *absent : {"1.1", "1.4", "2.3", "2.5", "2.15"})
        QVERIFY2(missingNames(doc, QString::fromLatin1(absent)), absent);
    for (const char *optional : {"1.3", "2.2", "2.6", "2.14"})
        QVERIFY2(!missingNames(doc, QString::fromLatin1(optional)), optional);
    QVERIFY(!QString::fromStdString(doc.dump()).contains(QStringLiteral("INTERN RISIKOLOGG")));
}

// No law asks for a public register entry: the section says so instead of a requirement, and still names what is
// missing; nothing outside its fields is exported.
void TestRegisterCli::publicRegisterIsVoluntary()
{
    const QString file = project(QStringLiteral("Kommunen"), QStringLiteral("deployer"), annexIii);
    QVERIFY(!file.isEmpty());
    QVERIFY(setDetails(file, {
             {QStringLiteral("fria.deployer"), QStringLiteral("Bodø kommune, helse og omsorg")},
             {QStringLiteral("fria.human_oversight"), QStringLiteral("Saksbehandler avgjør hver søknad.")},
             {QStringLiteral("dpia.risk_register"), QStringLiteral("INTERN RISIKOLOGG")}}));
    const Json doc = exportOf(file, QStringLiteral("public-register"), QStringLiteral("nb"));
    const Json *r = section(doc, "R");
    QVERIFY(r);
    VV_COMPARE_JSON((*r)["required"], "voluntary");
    VV_COMPARE_JSON((*r)["requirement"], "");
    QVERIFY(fromStd((*r)["why"].get<std::string>()).contains(QStringLiteral("Ingen lov krever")));
    VV_COMPARE_JSON((*field(*r, "R.1"))["value"], "Kommunen\n2.1");
    VV_COMPARE_JSON((*field(*r, "R.2"))["value"], "Bodø kommune, helse og omsorg");
    VV_COMPARE_JSON((*field(*r, "R.6"))["value"], "Saksbehandler avgjør hver søknad.");
    for (const char *absent : {"R.3", "R.4", "R.5", "R.7", "R.8"})
        QVERIFY2(missingNames(doc, QString::fromLatin1(absent)), absent);
    QVERIFY(!QString::fromStdString(doc.dump()).contains(QStringLiteral("INTERN RISIKOLOGG")));
    // The readable summary says that the entry is voluntary.
    auto text = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("register"), file,
                        QStringLiteral("--format"), QStringLiteral("public-register")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("voluntary (no law asks for it)"), text.out.constData());
}

void TestRegisterCli::exportsMatchGoldenFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lang");
    for (const char *format : {"eu-ai-database", "eudamed-udi", "public-register"})
        for (const char *lang : {"nb", "en"})
            QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(QString::fromLatin1(format), QString::fromLatin1(lang))))
                << QString::fromLatin1(format) << QString::fromLatin1(lang);
}

// One project per format with the same details, exported in both languages and compared with the golden file.
void TestRegisterCli::exportsMatchGoldenFiles()
{
    QFETCH(QString, format);
    QFETCH(QString, lang);
    const bool device = format == QStringLiteral("eudamed-udi");
    const QString file = project(QStringLiteral("Gull"), format == QStringLiteral("public-register")
                                                             ? QStringLiteral("deployer") : QStringLiteral("provider"),
                                 device ? deviceIIb : annexIii);
    QVERIFY(!file.isEmpty());
    QVERIFY(setDetails(file, {
             {QStringLiteral("manufacturer.name"), QStringLiteral("Helse Nord IKT HF")},
             {QStringLiteral("device.basic_udi_di"), QStringLiteral("7070000GULL01KQ")},
             {QStringLiteral("system.intended_purpose"), QStringLiteral("Vurderer rett til behandlingsreiser.")},
             {QStringLiteral("fria.deployer"), QStringLiteral("Bodø kommune")}}));
    const QByteArray actual = QByteArray::fromStdString(exportOf(file, format, lang).dump(2)) + '\n';
    const QString goldenPath = QStringLiteral(VV_FIXTURES_DIR "/registration/golden/%1.%2.json").arg(format, lang);
    if (qEnvironmentVariableIntValue("VEIVISER_UPDATE_GOLDEN") == 1) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(actual) == actual.size());
        return;
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath + QStringLiteral(": no golden file; run with VEIVISER_UPDATE_GOLDEN=1")));
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        QFile dump(path(QStringLiteral("actual.json")));
        QVERIFY(dump.open(QIODevice::WriteOnly));
        dump.write(actual);
        QFAIL(qPrintable(QStringLiteral("%1 differs from the export (written to %2); if the change is intended, "
                                        "regenerate with VEIVISER_UPDATE_GOLDEN=1 and read the diff")
                             .arg(goldenPath, dump.fileName())));
    }
}

QTEST_GUILESS_MAIN(TestRegisterCli)
#include "tst_register_cli.moc"
