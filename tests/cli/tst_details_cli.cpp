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

QTEST_GUILESS_MAIN(TestDetailsCli)
#include "tst_details_cli.moc"
