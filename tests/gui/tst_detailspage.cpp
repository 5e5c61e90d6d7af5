// The document details form (issue 27, should-fix 3), offscreen in the main window: a text typed and saved is in
// DocumentDetailTable and comes back after reopening; a missing item of a package build is a link, in the user's
// words, that opens the form at its field; leaving the page with unsaved changes asks, and Cancel keeps them.

#include "ModalAnswers.h"
#include "TestSupport.h"

#include "core/Translation.h"
#include "packaging/PackageBuilder.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"
#include "ui/DashboardPage.h"
#include "ui/DetailsPage.h"
#include "ui/MainWindow.h"
#include "ui/PackagesPage.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace vv;
using namespace vv::ui;
using namespace vv::packaging;

namespace {

const QString purpose = QStringLiteral("system.intended_purpose");

/// No test runs: the details here take no numbers from one.
class NoTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>{}; }
};

QString editorText(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return static_cast<QPlainTextEdit *>(editor)->toPlainText();
}

/// The links of a text browser: (text, href), in order.
std::vector<std::pair<QString, QString>> linksOf(const QTextBrowser *view)
{
    std::vector<std::pair<QString, QString>> out;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (const QTextFragment f = it.fragment(); f.charFormat().isAnchor())
                out.emplace_back(f.text(), f.charFormat().anchorHref());
    return out;
}

} // namespace

class TestDetailsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fillSaveAndReload();
    void missingItemLinkOpensTheField();
    void leavingWithUnsavedChangesAsks();
    void closingTheProjectWithUnsavedChangesAsks();

private:
    DetailsPage *openDetails();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
};

void TestDetailsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_detailspage"));
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    Translation::install(QStringLiteral("en"));
}

void TestDetailsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("p.veiviser"));
    QVERIFY(ProjectStore::create(m_project, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Provider}));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
}

void TestDetailsPage::cleanup()
{
    // Nothing may be left unsaved for the window's close to ask about.
    if (m_window && m_window->detailsPage()->hasUnsavedChanges())
        m_window->detailsPage()->revert();
    m_window.reset();
}

DetailsPage *TestDetailsPage::openDetails()
{
    DetailsPage *page = m_window->detailsPage();
    m_window->showPage(page);
    return m_window->currentPage() == page ? page : nullptr;
}

void TestDetailsPage::fillSaveAndReload()
{
    DetailsPage *page = openDetails();
    QVERIFY(page);
    QWidget *en = page->editor(purpose, QStringLiteral("en"));
    QVERIFY(en);
    QVERIFY(!en->accessibleName().isEmpty());
    en->setFocus();
    QTest::keyClicks(en, QStringLiteral("Warns ward nurses of sepsis"));
    QVERIFY(page->hasUnsavedChanges());
    // Ctrl+S, as a user saves.
    QTest::keySequence(en, QKeySequence::Save);
    QVERIFY2(!page->hasUnsavedChanges(), qPrintable(page->statusText()));
    {
        auto store = ProjectStore::open(m_project, StoreOptions::readOnly());
        QVERIFY(store);
        auto all = DocumentDetailTable(**store).all();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(1));
        QCOMPARE(all->front().key, purpose);
        QCOMPARE(all->front().text.en, QStringLiteral("Warns ward nurses of sepsis"));
        QVERIFY(all->front().text.nb.isEmpty());
    }
    // Reopened, the form shows the saved text again.
    m_window->closeProject();
    QVERIFY(editorText(page->editor(purpose, QStringLiteral("en"))).isEmpty());
    QVERIFY(m_window->openProject(m_project));
    QCOMPARE(editorText(page->editor(purpose, QStringLiteral("en"))), QStringLiteral("Warns ward nurses of sepsis"));
    QVERIFY(editorText(page->editor(purpose, QStringLiteral("nb"))).isEmpty());
}

void TestDetailsPage::missingItemLinkOpensTheField()
{
    // A real build's warnings: one detail in Bokmål only (untranslated in English), the rest missing.
    {
        auto store = ProjectStore::open(m_project);
        QVERIFY(store);
        QVERIFY(DocumentDetailTable(**store).set({{QStringLiteral("system.description"), QStringLiteral("nb"),
                                                   QStringLiteral("Et varsel")}}));
    }
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY(library);
    auto templates = TemplateLibrary::loadShipped(*library);
    QVERIFY(templates);
    PackageRequest request;
    request.documents = {QStringLiteral("ai-act-annex-iv")};
    request.languages = {QStringLiteral("nb"), QStringLiteral("en")};
    request.formats = {QStringLiteral("html")};
    request.outPath = m_dir->filePath(QStringLiteral("p.zip"));
    auto result = PackageBuilder::build(*m_window->store(), *library, *templates, NoTestRuns(), request);
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));

    auto *packages = m_window->findChild<PackagesPage *>();
    QVERIFY(packages);
    m_window->showPage(packages);
    packages->showMissing(result->warnings);
    const QTextBrowser *view = packages->missingView();
    QVERIFY(view->isVisible());
    // In the user's words: the document's title and the detail's label, no internal ids.
    const QString shown = view->toPlainText();
    const QString title = templates->document(QStringLiteral("ai-act-annex-iv"))->title.current();
    QVERIFY2(shown.contains(title), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("ai-act-annex-iv")) && !shown.contains(QStringLiteral("detail:")),
             qPrintable(shown));
    const QString label = templates->detail(purpose)->label.current();
    QString purposeHref, untranslatedHref;
    for (const auto &[text, href] : linksOf(view)) {
        if (text.startsWith(label))
            purposeHref = href;
        if (text.contains(templates->detail(QStringLiteral("system.description"))->label.current()) &&
            text.contains(QStringLiteral("no text in English")))
            untranslatedHref = href;
    }
    QVERIFY2(!purposeHref.isEmpty(), qPrintable(view->toHtml()));
    QVERIFY2(!untranslatedHref.isEmpty(), qPrintable(view->toHtml()));

    // Following the link opens the form at the field, in the first language without a text.
    Q_EMIT const_cast<QTextBrowser *>(view)->anchorClicked(QUrl(purposeHref));
    DetailsPage *details = m_window->detailsPage();
    QCOMPARE(m_window->currentPage(), details);
    QCOMPARE(details->documentChooser()->currentData().toString(), QStringLiteral("ai-act-annex-iv"));
    QCOMPARE(m_window->focusWidget(), details->editor(purpose, QStringLiteral("nb")));
    QVERIFY(details->editor(purpose, QStringLiteral("nb"))->isVisibleTo(details));
    // The untranslated one opens in the language that lacks it.
    m_window->showPage(packages);
    Q_EMIT const_cast<QTextBrowser *>(view)->anchorClicked(QUrl(untranslatedHref));
    QCOMPARE(m_window->focusWidget(), details->editor(QStringLiteral("system.description"), QStringLiteral("en")));
}

void TestDetailsPage::leavingWithUnsavedChangesAsks()
{
    DetailsPage *page = openDetails();
    QVERIFY(page);
    QWidget *nb = page->editor(purpose, QStringLiteral("nb"));
    nb->setFocus();
    QTest::keyClicks(nb, QStringLiteral("Varsler"));
    // Cancel: the user stays, and the text with them.
    auto asked = test::answerNextMessageBox(QMessageBox::Cancel);
    m_window->showPage(m_window->dashboardPage());
    QVERIFY2(!asked->isEmpty(), "leaving did not ask");
    QCOMPARE(m_window->currentPage(), page);
    QCOMPARE(editorText(nb), QStringLiteral("Varsler"));
    // Discard: the page is left and the text forgotten, nothing stored.
    asked = test::answerNextMessageBox(QMessageBox::Discard);
    m_window->showPage(m_window->dashboardPage());
    QVERIFY(!asked->isEmpty());
    QCOMPARE(m_window->currentPage(), static_cast<Page *>(m_window->dashboardPage()));
    QVERIFY(editorText(nb).isEmpty());
    QVERIFY(DocumentDetailTable(*m_window->store()).all()->empty());
    // Without changes, nothing is asked.
    QVERIFY(openDetails());
    m_window->showPage(m_window->dashboardPage());
    QCOMPARE(m_window->currentPage(), static_cast<Page *>(m_window->dashboardPage()));
}

void TestDetailsPage::closingTheProjectWithUnsavedChangesAsks()
{
    DetailsPage *page = openDetails();
    QVERIFY(page);
    QWidget *nb = page->editor(purpose, QStringLiteral("nb"));
    nb->setFocus();
    QTest::keyClicks(nb, QStringLiteral("Varsler"));
    auto asked = test::answerNextMessageBox(QMessageBox::Save);
    m_window->closeProject();
    QVERIFY(!asked->isEmpty());
    QVERIFY(!m_window->session()->isOpen());
    auto store = ProjectStore::open(m_project, StoreOptions::readOnly());
    QVERIFY(store);
    auto all = DocumentDetailTable(**store).all();
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->front().text.nb, QStringLiteral("Varsler"));
}

QTEST_MAIN(TestDetailsPage)
#include "tst_detailspage.moc"
