// Document details in two languages (issue 26, "Languages"): a document uses its own language's text; a text given
// only in the other language is shown, marked as not translated and with its lang attribute, never silently; it
// counts as given, and the package build names it.

#include "TestSupport.h"

#include "core/Clock.h"
#include "guidance/GuidanceLibrary.h"
#include "packaging/DocumentModel.h"
#include "packaging/DocumentRenderer.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace vv;
using namespace vv::packaging;

class TestDetailLanguages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void bokmalOnlyIsMarkedInEnglish();
    void englishOnlyIsMarkedInBokmal();
    void bothLanguagesShowTheirOwnText();
    void declarationMarksInlineTexts();

private:
    struct Rendered {
        QString html;
        Json model;
    };
    Rendered render(const QString &document, const QString &lang);
    QString note(const QString &lang) const
    {
        return m_templates->sharedStrings().at(QStringLiteral("detail_untranslated")).in(lang).toHtmlEscaped();
    }

    QTemporaryDir m_dir;
    std::optional<guidance::GuidanceLibrary> m_library;
    std::optional<TemplateLibrary> m_templates;
    FixedClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<ProjectStore> m_store;
    int m_projects = 0;
};

namespace {
/// No test runs: no detail here takes numbers from one.
class NoTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>{}; }
};

const QString purpose = QStringLiteral("system.intended_purpose");
const QString bokmal = QStringLiteral("Varsler sykepleiere om voksne pasienter med økt risiko for sepsis.");
const QString english = QStringLiteral("Warns nurses about adult patients at raised risk of sepsis.");
} // namespace

void TestDetailLanguages::initTestCase()
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

void TestDetailLanguages::init()
{
    StoreOptions options;
    options.clock = &m_clock;
    auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("p%1.veiviser").arg(++m_projects)),
                                      {QStringLiteral("Sepsis alert"), QStringLiteral("2.1"), ProjectRole::Provider},
                                      options);
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    m_store = std::move(*store);
}

TestDetailLanguages::Rendered TestDetailLanguages::render(const QString &document, const QString &lang)
{
    auto snapshot = ProjectSnapshot::read(*m_store, *m_library, NoTestRuns());
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().toString()));
    const DocumentTemplate *doc = m_templates->document(document);
    Json model = DocumentModel::build(*snapshot, *m_templates, *doc, lang, {});
    auto html = DocumentRenderer::render(*m_templates, *doc, model);
    if (!html)
        qFatal("%s", qPrintable(html.error().toString()));
    return {QString::fromUtf8(*html), model};
}

void TestDetailLanguages::bokmalOnlyIsMarkedInEnglish()
{
    QVERIFY(DocumentDetailTable(*m_store).set({{purpose, QStringLiteral("nb"), bokmal}}));
    const Rendered en = render(QStringLiteral("ai-act-annex-iv"), QStringLiteral("en"));
    // The Bokmål text is there, in an element that says its language, after the note.
    const QString marked = QStringLiteral("<p lang=\"nb\" class=\"untranslated\">%1</p>").arg(bokmal.toHtmlEscaped());
    QVERIFY2(en.html.contains(marked), qPrintable(en.html.mid(en.html.indexOf(bokmal.left(20)) - 300, 600)));
    QVERIFY(!note(QStringLiteral("en")).isEmpty());
    QVERIFY(en.html.contains(note(QStringLiteral("en"))));
    QVERIFY(en.html.indexOf(note(QStringLiteral("en"))) < en.html.indexOf(marked));
    // Given in one language is given: the detail is not missing.
    const QString missingKey = QStringLiteral("detail:") + purpose;
    QVERIFY(!QString::fromStdString(en.model["missing"].dump()).contains(missingKey));
    auto snapshot = ProjectSnapshot::read(*m_store, *m_library, NoTestRuns());
    QVERIFY(snapshot);
    const DocumentTemplate *doc = m_templates->document(QStringLiteral("ai-act-annex-iv"));
    QCOMPARE(DocumentModel::untranslated(*snapshot, *doc, QStringLiteral("en")), QStringList{purpose});
    QVERIFY(DocumentModel::untranslated(*snapshot, *doc, QStringLiteral("nb")).isEmpty());
    // The Bokmål document shows it as its own text, unmarked.
    const Rendered nb = render(QStringLiteral("ai-act-annex-iv"), QStringLiteral("nb"));
    QVERIFY(nb.html.contains(QStringLiteral("<p>%1</p>").arg(bokmal.toHtmlEscaped())));
    QVERIFY(!nb.html.contains(note(QStringLiteral("nb"))));
}

void TestDetailLanguages::englishOnlyIsMarkedInBokmal()
{
    QVERIFY(DocumentDetailTable(*m_store).set({{purpose, QStringLiteral("en"), english}}));
    const Rendered nb = render(QStringLiteral("ai-act-annex-iv"), QStringLiteral("nb"));
    QVERIFY(nb.html.contains(QStringLiteral("<p lang=\"en\" class=\"untranslated\">%1</p>").arg(english)));
    QVERIFY(nb.html.contains(note(QStringLiteral("nb"))));
}

void TestDetailLanguages::bothLanguagesShowTheirOwnText()
{
    QVERIFY(DocumentDetailTable(*m_store).set({{purpose, QStringLiteral("nb"), bokmal}, {purpose, QStringLiteral("en"), english}}));
    const Rendered en = render(QStringLiteral("ai-act-annex-iv"), QStringLiteral("en"));
    QVERIFY(en.html.contains(QStringLiteral("<p>%1</p>").arg(english)));
    QVERIFY(!en.html.contains(bokmal.toHtmlEscaped()));
    QVERIFY(!en.html.contains(note(QStringLiteral("en"))));
    const Rendered nb = render(QStringLiteral("ai-act-annex-iv"), QStringLiteral("nb"));
    QVERIFY(nb.html.contains(QStringLiteral("<p>%1</p>").arg(bokmal.toHtmlEscaped())));
    QVERIFY(!nb.html.contains(english));
}

// The declaration prints details inside its table rows rather than through the detail partial.
void TestDetailLanguages::declarationMarksInlineTexts()
{
    const QString place = QStringLiteral("Bergen sentrum");
    const QString standards = QStringLiteral("NS-EN ISO 14971:2019");
    QVERIFY(DocumentDetailTable(*m_store).set({{QStringLiteral("declaration.place"), QStringLiteral("nb"), place},
                                              {QStringLiteral("standards.applied"), QStringLiteral("nb"), standards}}));
    const Rendered en = render(QStringLiteral("declaration-of-conformity"), QStringLiteral("en"));
    QVERIFY2(en.html.contains(QStringLiteral("<span lang=\"nb\" class=\"untranslated\">%1</span>").arg(place)),
             qPrintable(en.html.mid(en.html.indexOf(place) - 200, 400)));
    // A detail of paragraphs (the standards applied): each paragraph marked, then the note.
    QVERIFY2(en.html.contains(QStringLiteral("<span lang=\"nb\" class=\"untranslated\">%1</span>").arg(standards)),
             qPrintable(en.html.mid(en.html.indexOf(standards) - 300, 600)));
    QVERIFY(en.html.contains(note(QStringLiteral("en"))));
}

QTEST_GUILESS_MAIN(TestDetailLanguages)
#include "tst_detail_languages.moc"
