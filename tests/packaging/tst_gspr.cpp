// The GSPR checklist of MDR Annex II 4 (issue 26): every point of MDR Annex I as data (templates/gspr.json), kept
// per project as document details "gspr.POINT.FIELD", checked before it is stored, printed as a table in the MDR
// technical file and counted honestly in what the document still lacks.

#include "EvidenceFixture.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Environment.h"
#include "guidance/GuidanceLibrary.h"
#include "packaging/DocumentModel.h"
#include "packaging/DocumentRenderer.h"
#include "packaging/GsprChecklist.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vv;
using namespace vv::packaging;
using Field = GsprChecklist::Field;

Q_DECLARE_METATYPE(GsprChecklist::Field)

namespace {

class NoTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>{}; }
};

} // namespace

class TestGspr : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void keysRoundTrip_data();
    void keysRoundTrip();
    void otherKeysAreNotChecklistKeys_data();
    void otherKeysAreNotChecklistKeys();
    void lackingFollowsTheAnnex_data();
    void lackingFollowsTheAnnex();
    void shippedCatalogHasEveryPoint();
    void brokenCatalogIsRefused_data();
    void brokenCatalogIsRefused();
    void valuesAreCheckedBeforeStoring_data();
    void valuesAreCheckedBeforeStoring();
    void neutralFieldsAreStoredOnce();
    void technicalFileShowsTheTable();
    void missingNamesThePoints();

private:
    Json model(const QString &document, const QString &lang);
    std::vector<MissingItem> missing(const QString &document);
    /// Every point answered "does not apply" with a reason, except those given, which apply with a method and
    /// the evidence item.
    void fillAll(const QStringList &applying, qint64 evidence);

    QTemporaryDir m_dir;
    std::optional<guidance::GuidanceLibrary> m_library;
    std::optional<TemplateLibrary> m_templates;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_evidence = 0;
    int m_projects = 0;
};

void TestGspr::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY2(library, library ? "" : qPrintable(library.error().toString()));
    m_library = std::move(*library);
    auto templates = TemplateLibrary::loadShipped(*m_library);
    QVERIFY2(templates, templates ? "" : qPrintable(templates.error().toString()));
    m_templates = std::move(*templates);
}

void TestGspr::init()
{
    StoreOptions options;
    options.clock = &m_clock;
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("p%1.veiviser").arg(++m_projects)),
                                      {QStringLiteral("Sepsis alert"), QStringLiteral("2.1"), ProjectRole::Provider},
                                      options);
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    m_store = std::move(*store);
    auto imported = test::importTextEvidence(*m_store, m_dir.filePath(QStringLiteral("sdp-%1.txt").arg(m_projects)),
                                             "Software development plan SDP-4, version 3\n",
                                             QStringLiteral("Software development plan SDP-4"));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    m_evidence = *imported;
}

Json TestGspr::model(const QString &document, const QString &lang)
{
    auto snapshot = ProjectSnapshot::read(*m_store, *m_library, NoTestRuns());
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().toString()));
    return DocumentModel::build(*snapshot, *m_templates, *m_templates->document(document), lang, {});
}

std::vector<MissingItem> TestGspr::missing(const QString &document)
{
    auto snapshot = ProjectSnapshot::read(*m_store, *m_library, NoTestRuns());
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().toString()));
    return DocumentModel::missing(*snapshot, *m_templates, *m_templates->document(document), QStringLiteral("en"));
}

void TestGspr::fillAll(const QStringList &applying, qint64 evidence)
{
    std::vector<DetailText> texts;
    for (const GsprGroup &g : m_templates->gspr().groups)
        for (const GsprPoint &p : g.points) {
            const bool applies = applying.contains(p.point);
            texts.push_back({GsprChecklist::key(p.point, Field::Applies), QStringLiteral("nb"),
                             applies ? QStringLiteral("yes") : QStringLiteral("no")});
            if (applies) {
                texts.push_back({GsprChecklist::key(p.point, Field::Method), QStringLiteral("en"),
                                 QStringLiteral("Verification per SDP-4 section %1").arg(p.point)});
                texts.push_back({GsprChecklist::key(p.point, Field::Evidence), QStringLiteral("nb"), QString::number(evidence)});
                texts.push_back({GsprChecklist::key(p.point, Field::Standards), QStringLiteral("nb"),
                                 QStringLiteral("EN 62304:2006+A1:2015")});
            } else {
                texts.push_back({GsprChecklist::key(p.point, Field::Reason), QStringLiteral("en"),
                                 QStringLiteral("Stand-alone software without point %1").arg(p.point)});
            }
        }
    QVERIFY(m_templates->checkDetailTexts(texts, *m_store));
    auto set = DocumentDetailTable(*m_store).set(texts);
    QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
}

void TestGspr::keysRoundTrip_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("key");
    QTest::newRow("chapter I") << "1" << Field::Applies << "gspr.1.applies";
    QTest::newRow("software") << "17.2" << Field::Method << "gspr.17.2.method";
    QTest::newRow("three levels") << "10.4.1" << Field::Reason << "gspr.10.4.1.reason";
    QTest::newRow("standards") << "23.4" << Field::Standards << "gspr.23.4.standards";
    QTest::newRow("evidence") << "18.8" << Field::Evidence << "gspr.18.8.evidence";
}

void TestGspr::keysRoundTrip()
{
    QFETCH(QString, point);
    QFETCH(Field, field);
    QFETCH(QString, key);
    QCOMPARE(GsprChecklist::key(point, field), key);
    const auto parsed = GsprChecklist::parseKey(key);
    QVERIFY(parsed);
    QCOMPARE(parsed->first, point);
    QVERIFY(parsed->second == field);
}

void TestGspr::otherKeysAreNotChecklistKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("a detail") << "system.intended_purpose";
    QTest::newRow("no point") << "gspr.applies";
    QTest::newRow("empty point") << "gspr..applies";
    QTest::newRow("no field") << "gspr.17.2";
    QTest::newRow("unknown field") << "gspr.17.2.colour";
    QTest::newRow("prefix only") << "gspr.";
}

void TestGspr::otherKeysAreNotChecklistKeys()
{
    QFETCH(QString, key);
    QVERIFY(!GsprChecklist::parseKey(key));
    QVERIFY(!m_templates->isDetailKey(key) || key == QStringLiteral("system.intended_purpose"));
}

void TestGspr::lackingFollowsTheAnnex_data()
{
    QTest::addColumn<QString>("applies");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("lacking");
    QTest::newRow("nothing") << "" << "" << "" << "" << "applies";
    QTest::newRow("undecided with a method") << "" << "" << "Test" << "1" << "applies";
    QTest::newRow("no, no reason") << "no" << "" << "" << "" << "reason";
    QTest::newRow("no, with reason") << "no" << "No radiation" << "" << "" << "";
    QTest::newRow("yes, nothing") << "yes" << "" << "" << "" << "method,evidence";
    QTest::newRow("yes, method only") << "yes" << "" << "Test" << "" << "evidence";
    QTest::newRow("yes, complete") << "yes" << "" << "Test" << "3" << "";
    QTest::newRow("yes, a reason is no method") << "yes" << "Why" << "" << "3" << "method";
}

void TestGspr::lackingFollowsTheAnnex()
{
    QFETCH(QString, applies);
    QFETCH(QString, reason);
    QFETCH(QString, method);
    QFETCH(QString, evidence);
    QFETCH(QString, lacking);
    GsprEntry e;
    e.point = QStringLiteral("17.2");
    e.applies = applies;
    e.reason.en = reason;
    e.method.nb = method;
    e.evidence = evidence;
    QStringList names;
    for (Field f : GsprChecklist::lacking(e))
        names << GsprChecklist::fieldName(f);
    QCOMPARE(names.join(QLatin1Char(',')), lacking);
}

void TestGspr::shippedCatalogHasEveryPoint()
{
    const GsprCatalog &c = m_templates->gspr();
    QVERIFY(c.source.startsWith(QStringLiteral("https://eur-lex.europa.eu/")));
    QStringList points;
    for (const GsprGroup &g : c.groups) {
        QVERIFY(!g.title.nb.isEmpty() && !g.title.en.isEmpty());
        for (const GsprPoint &p : g.points) {
            QVERIFY2(!p.title.nb.isEmpty() && !p.title.en.isEmpty(), qPrintable(p.point));
            points << p.point;
        }
    }
    // Annex I: Chapter I points 1-9, Chapter II sections 10-22 with their points, Chapter III section 23.
    for (int i = 1; i <= 9; ++i)
        QVERIFY2(points.contains(QString::number(i)), qPrintable(QString::number(i)));
    const std::map<int, int> subpoints = {{10, 6}, {11, 8}, {12, 2}, {13, 3}, {14, 7}, {15, 2}, {16, 4}, {17, 4},
                                          {18, 8}, {19, 4}, {20, 6}, {21, 3}, {22, 3}, {23, 4}};
    for (const auto &[section, count] : subpoints)
        for (int k = 1; k <= count; ++k) {
            const QString p = QStringLiteral("%1.%2").arg(section).arg(k);
            // 10.4 is split into 10.4.1-10.4.5 as the Annex splits it.
            QVERIFY2(points.contains(p) || (p == QStringLiteral("10.4") && points.contains(QStringLiteral("10.4.5"))),
                     qPrintable(p));
        }
    QCOMPARE(points.size(), 77);
    QCOMPARE(QSet<QString>(points.begin(), points.end()).size(), points.size());
}

void TestGspr::brokenCatalogIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray title = R"("title": {"nb": "Krav", "en": "Requirement"})";
    const QByteArray head = R"({"source": "https://eur-lex.europa.eu/eli/reg/2017/745/oj", "basis": {"nb": "Grunnlag", "en": "Basis"}, )";
    QTest::newRow("not json") << QByteArray("{\"groups\": [") << "gspr.json";
    QTest::newRow("no groups") << head + R"("groups": []})" << "'groups' must be a list";
    QTest::newRow("http source")
        << QByteArray(R"({"source": "http://x", "basis": {"nb": "G", "en": "B"}, "groups": [{)" + title + R"(, "points": [{"point": "1", )" + title + "}]}]}")
        << "'source' must be the https address";
    QTest::newRow("point twice") << head + R"("groups": [{)" + title + R"(, "points": [{"point": "1", )" + title +
                                        R"(}, {"point": "1", )" + title + "}]}]}"
                                 << "GSPR point '1' is listed twice";
    QTest::newRow("bad number") << head + R"("groups": [{)" + title + R"(, "points": [{"point": "17.x", )" + title + "}]}]}"
                                << "numbered as in MDR Annex I";
    QTest::newRow("path as number") << head + R"("groups": [{)" + title + R"(, "points": [{"point": "../17", )" + title + "}]}]}"
                                    << "numbered as in MDR Annex I";
    QTest::newRow("one language") << head + R"("groups": [{)" + title +
                                         R"(, "points": [{"point": "1", "title": {"nb": "Krav"}}]}]})"
                                  << "needs a text in both 'nb' and 'en'";
    QTest::newRow("unknown key") << head + R"("groups": [{)" + title + R"(, "points": [{"point": "1", "colour": "red", )" +
                                        title + "}]}]}"
                                 << "unknown key 'colour'";
    QTest::newRow("point not an object") << head + R"("groups": [{)" + title + R"(, "points": ["1"]}]})"
                                         << "a point must be an object";
    QByteArray many = head + R"("groups": [{)" + title + R"(, "points": [)";
    for (int i = 0; i < 501; ++i)
        many += (i ? "," : "") + QByteArray(R"({"point": "1", )") + title + "}";
    QTest::newRow("too many") << many + "]}]}" << "more than 500 points";
}

void TestGspr::brokenCatalogIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString copy = m_dir.filePath(QStringLiteral("templates-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(test::copyShippedTemplates(copy));
    QFile f(copy + QStringLiteral("/gspr.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    QStringList messages;
    for (const Error &e : TemplateLibrary::check(copy, *m_library))
        messages << e.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(message), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("gspr.json")), qPrintable(all)); // FILE: what
    QVERIFY(!TemplateLibrary::load(copy, *m_library));
}

void TestGspr::valuesAreCheckedBeforeStoring_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("yes") << "gspr.17.2.applies" << "yes" << "";
    QTest::newRow("no") << "gspr.9.applies" << "no" << "";
    QTest::newRow("removal") << "gspr.9.applies" << "" << "";
    QTest::newRow("ja") << "gspr.17.2.applies" << "ja" << "must be yes or no";
    QTest::newRow("unknown point") << "gspr.99.applies" << "yes" << "has no point '99'";
    QTest::newRow("unknown field") << "gspr.17.2.colour" << "red" << "unknown detail";
    QTest::newRow("evidence not a number") << "gspr.17.2.evidence" << "SDP-4" << "must be an evidence item's number";
    QTest::newRow("evidence negative") << "gspr.17.2.evidence" << "-1" << "must be an evidence item's number";
    QTest::newRow("evidence absent") << "gspr.17.2.evidence" << "9999" << "has no evidence item 9999";
    QTest::newRow("free text") << "gspr.17.2.method" << "Unit and system tests, report VR-2" << "";
    QTest::newRow("ordinary detail") << "system.intended_purpose" << "Warns nurses" << "";
}

void TestGspr::valuesAreCheckedBeforeStoring()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    std::vector<DetailText> texts = {{key, QStringLiteral("en"), value}};
    const Status s = m_templates->checkDetailTexts(texts, *m_store);
    if (message.isEmpty()) {
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
    } else {
        QVERIFY(!s);
        QVERIFY2(s.error().toString().contains(message), qPrintable(s.error().toString()));
        QCOMPARE(s.error().exitCode(), 2);
    }
    // A real evidence item is accepted.
    std::vector<DetailText> real = {{QStringLiteral("gspr.17.2.evidence"), QStringLiteral("nb"), QString::number(m_evidence)}};
    QVERIFY(m_templates->checkDetailTexts(real, *m_store));
}

void TestGspr::neutralFieldsAreStoredOnce()
{
    // "yes" and a standard read the same in both languages: given in English, they are stored as written (under
    // Bokmål), so no document marks them untranslated. A method is prose and keeps its language.
    std::vector<DetailText> texts = {{QStringLiteral("gspr.17.2.applies"), QStringLiteral("en"), QStringLiteral(" yes ")},
                                     {QStringLiteral("gspr.17.2.standards"), QStringLiteral("en"), QStringLiteral("EN 62304")},
                                     {QStringLiteral("gspr.17.2.method"), QStringLiteral("en"), QStringLiteral("Tests")}};
    QVERIFY(m_templates->checkDetailTexts(texts, *m_store));
    QCOMPARE(texts[0].lang, QStringLiteral("nb"));
    QCOMPARE(texts[0].value, QStringLiteral("yes"));
    QCOMPARE(texts[1].lang, QStringLiteral("nb"));
    QCOMPARE(texts[2].lang, QStringLiteral("en"));
}

void TestGspr::technicalFileShowsTheTable()
{
    VV_HELPER(fillAll({QStringLiteral("17.2"), QStringLiteral("17.4")}, m_evidence));
    for (const QString &document : {QStringLiteral("mdr-technical-file"), QStringLiteral("combined-technical-file")}) {
        const Json m = model(document, QStringLiteral("en"));
        int rows = 0;
        for (const Json &g : m["gspr"]["groups"])
            for (const Json &p : g["points"]) {
                ++rows;
                QVERIFY(p["complete"].get<bool>());
                if (p["point"] == "17.2") {
                    QVERIFY(p["applies"].get<bool>());
                    QCOMPARE(p["evidence"]["title"].get<std::string>(), std::string("Software development plan SDP-4"));
                    QCOMPARE(p["standards"].get<std::string>(), std::string("EN 62304:2006+A1:2015"));
                }
            }
        QCOMPARE(rows, 77);
        auto snapshot = ProjectSnapshot::read(*m_store, *m_library, NoTestRuns());
        QVERIFY(snapshot);
        const DocumentTemplate *doc = m_templates->document(document);
        auto html = DocumentRenderer::render(*m_templates, *doc, m);
        QVERIFY2(html, html ? "" : qPrintable(html.error().toString()));
        const QString text = QString::fromUtf8(*html);
        QVERIFY2(text.contains(QStringLiteral("<tr id=\"gspr-17.2\">")), qPrintable(document));
        QVERIFY(text.contains(QStringLiteral("Verification per SDP-4 section 17.2")));
        QVERIFY(text.contains(QStringLiteral("Stand-alone software without point 16.4")));
        QVERIFY(text.contains(QStringLiteral("Software development plan SDP-4")));
        // The Bokmål document marks the English-only method as not translated, never silently.
        const Json nb = model(document, QStringLiteral("nb"));
        auto nbHtml = DocumentRenderer::render(*m_templates, *doc, nb);
        QVERIFY(nbHtml);
        QVERIFY(QString::fromUtf8(*nbHtml).contains(
            QStringLiteral("<span lang=\"en\" class=\"untranslated\">Verification per SDP-4 section 17.2</span>")));
    }
    for (const MissingItem &item : missing(QStringLiteral("mdr-technical-file")))
        QVERIFY2(!item.key.startsWith(QStringLiteral("gspr")), qPrintable(item.label));
}

void TestGspr::missingNamesThePoints()
{
    // Nothing decided: one line, naming every point, its key the first point.
    std::vector<MissingItem> lines;
    for (MissingItem &item : missing(QStringLiteral("mdr-technical-file")))
        if (item.key.startsWith(QStringLiteral("gspr")))
            lines.push_back(item);
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(lines[0].key, QStringLiteral("gspr:1:applies"));
    QVERIFY2(lines[0].label.contains(QStringLiteral("1, 2, 3")) && lines[0].label.contains(QStringLiteral("23.4")),
             qPrintable(lines[0].label));
    QVERIFY(model(QStringLiteral("mdr-technical-file"), QStringLiteral("en"))["is_draft"].get<bool>());

    // All decided; 17.2 applies without evidence, 9 does not apply without a reason.
    VV_HELPER(fillAll({QStringLiteral("17.2")}, m_evidence));
    QVERIFY(DocumentDetailTable(*m_store).set({{QStringLiteral("gspr.17.2.evidence"), QStringLiteral("nb"), QString()},
                                               {QStringLiteral("gspr.9.reason"), QStringLiteral("en"), QString()}}));
    QStringList keys, labels;
    for (const MissingItem &item : missing(QStringLiteral("mdr-technical-file")))
        if (item.key.startsWith(QStringLiteral("gspr"))) {
            keys << item.key;
            labels << item.label;
        }
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("gspr:17.2:evidence"), QStringLiteral("gspr:9:reason")}));
    QVERIFY2(labels.join(u'|').contains(QStringLiteral("no controlled document as evidence: 17.2")), qPrintable(labels.join(u'|')));
    // A deployer's document does not carry the manufacturer's checklist.
    for (const MissingItem &item : missing(QStringLiteral("dpia")))
        QVERIFY(!item.key.startsWith(QStringLiteral("gspr")));
}

QTEST_GUILESS_MAIN(TestGspr)
#include "tst_gspr.moc"
