// `details set` and `details list` with texts in Bokmål and English (docs/cli.md, "Document details in two
// languages"), run as a user's script runs them, against the shipped templates.

#include "TestSupport.h"

#include "core/Json.h"
#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using test::runCli;

class TestDetailsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void setDefaultsToBokmal();
    void setInEnglish();
    void fromFileTakesBothShapes();
    void fromFileRefusesOtherLanguages();
    void listShowsBothLanguages();
    void unknownLanguageIsRefused();
    void gsprChecklistPointByPoint();

private:
    QString path(const QString &n) const { return m_dir->filePath(n); }
    LocalizedText stored(const QString &key);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

namespace {

const QString purpose = QStringLiteral("system.intended_purpose");
const QString users = QStringLiteral("system.intended_users");

Json parse(const QByteArray &out)
{
    auto r = parseJson(out, QStringLiteral("stdout"));
    return r ? *r : Json();
}

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

void TestDetailsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = path(QStringLiteral("p.veiviser"));
    auto r = runCli(args({QStringLiteral("project"), QStringLiteral("init"), m_project, QStringLiteral("--name"),
                          QStringLiteral("Sepsis"), QStringLiteral("--role"), QStringLiteral("provider")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

LocalizedText TestDetailsCli::stored(const QString &key)
{
    auto store = ProjectStore::open(m_project, StoreOptions::readOnly());
    if (!store)
        return {};
    auto all = DocumentDetailTable(**store).all();
    for (const DocumentDetail &d : *all)
        if (d.key == key)
            return d.text;
    return {};
}

void TestDetailsCli::setDefaultsToBokmal()
{
    auto r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, purpose, QStringLiteral("Varsler sepsis")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(stored(purpose).nb, QStringLiteral("Varsler sepsis"));
    QVERIFY(stored(purpose).en.isEmpty());
}

void TestDetailsCli::setInEnglish()
{
    auto r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, purpose, QStringLiteral("Varsler sepsis")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, purpose, QStringLiteral("Warns of sepsis"),
                     QStringLiteral("--language"), QStringLiteral("en")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(stored(purpose).nb, QStringLiteral("Varsler sepsis"));
    QCOMPARE(stored(purpose).en, QStringLiteral("Warns of sepsis"));
    // An empty text removes that language's text only.
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, purpose, QString(),
                     QStringLiteral("--language"), QStringLiteral("nb")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(stored(purpose).nb.isEmpty());
    QCOMPARE(stored(purpose).en, QStringLiteral("Warns of sepsis"));
}

void TestDetailsCli::fromFileTakesBothShapes()
{
    const QString file = path(QStringLiteral("details.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"system.intended_purpose": {"nb": "Varsler sepsis", "en": "Warns of sepsis"},
               "system.intended_users": "Nurses"})");
    f.close();
    auto r = runCli(args({QStringLiteral("--json"), QStringLiteral("details"), QStringLiteral("set"), m_project,
                          QStringLiteral("--from"), file, QStringLiteral("--language"), QStringLiteral("en")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(parse(r.out).value("changed", 0), 3);
    QCOMPARE(stored(purpose).nb, QStringLiteral("Varsler sepsis"));
    QCOMPARE(stored(purpose).en, QStringLiteral("Warns of sepsis"));
    // A plain text is written in --language.
    QVERIFY(stored(users).nb.isEmpty());
    QCOMPARE(stored(users).en, QStringLiteral("Nurses"));
}

void TestDetailsCli::fromFileRefusesOtherLanguages()
{
    const QString file = path(QStringLiteral("details.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"system.intended_users": "Sykepleiere", "system.intended_purpose": {"nn": "Varslar sepsis"}})");
    f.close();
    auto r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("--from"), file}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("system.intended_purpose.nn is not a text in nb or en"), r.err.constData());
    // Nothing of the file was written.
    QVERIFY(stored(users).isEmpty());
}

void TestDetailsCli::listShowsBothLanguages()
{
    auto r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, purpose, QStringLiteral("Varsler sepsis")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, users, QStringLiteral("Nurses"),
                     QStringLiteral("--language"), QStringLiteral("en")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(args({QStringLiteral("--json"), QStringLiteral("details"), QStringLiteral("list"), m_project,
                     QStringLiteral("--untranslated")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json list = parse(r.out).value("details", Json::array());
    QCOMPARE(list.size(), std::size_t(2));
    std::map<std::string, Json> byKey;
    for (const Json &d : list)
        byKey[d.value("key", std::string())] = d;
    const Json &p = byKey[toStd(purpose)];
    QCOMPARE(jsonString(p, "value"), QStringLiteral("Varsler sepsis"));
    QCOMPARE(jsonString(p["texts"], "nb"), QStringLiteral("Varsler sepsis"));
    QVERIFY(p["texts"]["en"].is_null());
    QVERIFY(p["untranslated"] == Json::array({"en"}));
    const Json &u = byKey[toStd(users)];
    QCOMPARE(jsonString(u, "value"), QStringLiteral("Nurses"));
    QVERIFY(u["untranslated"] == Json::array({"nb"}));
    // In words: both languages, and which lacks its text.
    r = runCli(args({QStringLiteral("details"), QStringLiteral("list"), m_project}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("    nb: Varsler sepsis\n    en: (not translated)\n"), r.out.constData());
    QVERIFY2(r.out.contains("    nb: (not translated)\n    en: Nurses\n"), r.out.constData());
    // --missing: neither language.
    r = runCli(args({QStringLiteral("--json"), QStringLiteral("details"), QStringLiteral("list"), m_project,
                     QStringLiteral("--missing")}));
    QVERIFY(!r.out.contains(toStd(purpose).c_str()));
    QVERIFY(!r.out.contains(toStd(users).c_str()));
}

void TestDetailsCli::unknownLanguageIsRefused()
{
    auto r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, purpose, QStringLiteral("x"),
                          QStringLiteral("--language"), QStringLiteral("de")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--language must be nb or en"), r.err.constData());
    QVERIFY(stored(purpose).isEmpty());
}

// The GSPR checklist (MDR Annex II 4) through the same commands: a value the checklist refuses stores nothing and
// exits 2; `details list --gspr` shows each point with what it still lacks.
void TestDetailsCli::gsprChecklistPointByPoint()
{
    auto r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("gspr.17.2.applies"),
                          QStringLiteral("ja")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("must be yes or no"), r.err.constData());
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("gspr.99.applies"),
                     QStringLiteral("yes")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("has no point '99'"), r.err.constData());
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("gspr.17.2.evidence"),
                     QStringLiteral("4")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no evidence item 4"), r.err.constData());
    QVERIFY(stored(QStringLiteral("gspr.17.2.applies")).isEmpty());
    QVERIFY(stored(QStringLiteral("gspr.17.2.evidence")).isEmpty());

    // Given in English, "yes" is stored as written, once.
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("gspr.17.2.applies"),
                     QStringLiteral("yes"), QStringLiteral("--language"), QStringLiteral("en")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(stored(QStringLiteral("gspr.17.2.applies")).nb, QStringLiteral("yes"));
    QVERIFY(stored(QStringLiteral("gspr.17.2.applies")).en.isEmpty());
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("gspr.16.4.applies"),
                     QStringLiteral("no")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(args({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("gspr.16.4.reason"),
                     QStringLiteral("Sender ingen stråling")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = runCli(args({QStringLiteral("--json"), QStringLiteral("details"), QStringLiteral("list"), m_project,
                     QStringLiteral("--gspr")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json list = parse(r.out)["gspr"];
    QCOMPARE(list.size(), std::size_t(77));
    std::map<std::string, Json> byPoint;
    for (const Json &p : list)
        byPoint[p["point"].get<std::string>()] = p;
    QCOMPARE(byPoint["17.2"]["applies"].get<std::string>(), std::string("yes"));
    QCOMPARE(byPoint["17.2"]["lacking"].dump(), std::string(R"(["method","evidence"])"));
    QVERIFY(byPoint["16.4"]["lacking"].empty());
    QCOMPARE(byPoint["16.4"]["reason"]["nb"].get<std::string>(), std::string("Sender ingen stråling"));
    QCOMPARE(byPoint["1"]["lacking"].dump(), std::string(R"(["applies"])"));
    QVERIFY(byPoint["1"]["applies"].is_null());
    // --missing leaves out the complete points.
    r = runCli(args({QStringLiteral("--json"), QStringLiteral("details"), QStringLiteral("list"), m_project,
                     QStringLiteral("--gspr"), QStringLiteral("--missing")}));
    QCOMPARE(parse(r.out)["gspr"].size(), std::size_t(76));
    // The text form names the state and what is lacking.
    r = runCli(args({QStringLiteral("details"), QStringLiteral("list"), m_project, QStringLiteral("--gspr")}));
    QVERIFY2(r.out.contains("[applies]") && r.out.contains("lacking: method, evidence"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestDetailsCli)
#include "tst_details_cli.moc"
