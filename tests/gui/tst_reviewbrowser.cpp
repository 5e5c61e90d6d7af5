// The reviewer's browser: a review project made from a signed package (built from a fixture project with the CLI)
// opened in the real requirement page. The reviewer sees the vendor's status, notes and evidence read-only, the
// package's documents (HTML and PDF) and records findings of each kind right on the requirement; the store keeps
// them, the Packages page lists them, and `review export` carries them. A normal project keeps its fields editable.

#include "TestSupport.h"

#include "core/Json.h"
#include "packaging/Review.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidencePage.h"
#include "ui/EvidenceViewer.h"
#include "ui/PackagesPage.h"
#include "ui/ProjectOverviewPage.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementModels.h"
#include "ui/RequirementPage.h"
#include "ui/ReviewPanel.h"
#include "ui/SelfContainedText.h"
#include "ui/ValidationPage.h"
#include "ui/WalkthroughPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace vv;
using namespace vv::ui;

namespace {

const QString evidenceUrn = QStringLiteral("urn:veiviser:gdpr:art-35");
const QString setAsideUrn = QStringLiteral("urn:veiviser:ai-act:art-25");

std::optional<ReviewFinding> findingOn(ProjectStore &store, const QString &urn)
{
    auto findings = ReviewTable(store).findings();
    if (findings)
        for (const ReviewFinding &f : *findings)
            if (f.urn == urn)
                return f;
    return std::nullopt;
}

} // namespace

class TestReviewBrowser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsVendorWorkReadOnly();
    void opensThePackagesDocuments();
    void documentsLoadNothingTheyName();
    void recordsFindings_data();
    void recordsFindings();
    void removesAFinding();
    void exportCarriesTheFindings();
    void otherPagesAreReadOnly();
    void normalProjectStaysEditable();

private:
    void runOk(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_vendor;
    QString m_review;
    QString m_key;
};

void TestReviewBrowser::runOk(const QStringList &args)
{
    const auto r = test::runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
}

void TestReviewBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    m_vendor = m_dir.filePath(QStringLiteral("vendor.veiviser"));
    m_review = m_dir.filePath(QStringLiteral("review.veiviser"));
    m_key = m_dir.filePath(QStringLiteral("k/veiviser-signing-key.pem"));
    const QString package = m_dir.filePath(QStringLiteral("vendor-package.zip"));
    VV_HELPER(runOk({QStringLiteral("project"), QStringLiteral("init"), m_vendor, QStringLiteral("--role"), QStringLiteral("deployer")}));
    VV_HELPER(runOk({QStringLiteral("answer"), m_vendor, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")}));
    VV_HELPER(runOk({QStringLiteral("requirement"), QStringLiteral("set"), m_vendor, evidenceUrn, QStringLiteral("--status"),
           QStringLiteral("met"), QStringLiteral("--owner"), QStringLiteral("Personvernombudet"), QStringLiteral("--notes"),
           QStringLiteral("DPIA approved by the data protection officer.")}));
    VV_HELPER(runOk({QStringLiteral("requirement"), QStringLiteral("set"), m_vendor, setAsideUrn, QStringLiteral("--status"),
           QStringLiteral("not_applicable"), QStringLiteral("--justification"),
           QStringLiteral("The hospital does not change the model.")}));
    VV_HELPER(runOk({QStringLiteral("evidence"), QStringLiteral("add"), m_vendor,
           QStringLiteral(VV_FIXTURES_DIR "/packaging/golden/project/evidence/validation-plan.txt"),
           QStringLiteral("--title"), QStringLiteral("Validation plan"), QStringLiteral("--link"), evidenceUrn}));
    VV_HELPER(runOk({QStringLiteral("keys"), QStringLiteral("generate"), m_dir.filePath(QStringLiteral("k"))}));
    VV_HELPER(runOk({QStringLiteral("package"), QStringLiteral("build"), m_vendor, QStringLiteral("--document"),
           QStringLiteral("ai-act-annex-iv"), QStringLiteral("--draft"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--format"),
           QStringLiteral("pdf"), QStringLiteral("--out"), package, QStringLiteral("--sign"), m_key}));
    VV_HELPER(runOk({QStringLiteral("review"), QStringLiteral("open"), package, QStringLiteral("--out"), m_review,
           QStringLiteral("--reviewer"), QStringLiteral("Test Reviewer")}));
}

void TestReviewBrowser::showsVendorWorkReadOnly()
{
    ProjectSession session;
    RequirementPage page(&session);
    QVERIFY(session.open(m_review));
    QVERIFY(session.store()->isReviewProject());
    page.showRequirement(evidenceUrn);

    QVERIFY2(page.reviewNoteText().contains(QStringLiteral("vendor-package.zip")), qPrintable(page.reviewNoteText()));
    // The vendor's status and notes are shown, and cannot be changed.
    QVERIFY(!page.statusBox()->isEnabled());
    QVERIFY(!page.hasDueBox()->isEnabled());
    QVERIFY(page.ownerEdit()->isReadOnly());
    QCOMPARE(page.ownerEdit()->text(), QStringLiteral("Personvernombudet"));
    QVERIFY(page.notesEdit()->isReadOnly());
    QCOMPARE(page.notesEdit()->toPlainText(), QStringLiteral("DPIA approved by the data protection officer."));
    QVERIFY(page.justificationEdit()->isReadOnly());
    // Typing changes nothing.
    page.ownerEdit()->setFocus();
    QTest::keyClicks(page.ownerEdit(), QStringLiteral("X"));
    QCOMPARE(page.ownerEdit()->text(), QStringLiteral("Personvernombudet"));
    // Evidence can be opened, not linked or unlinked.
    QCOMPARE(page.evidenceModel()->rowCount(), 1);
    QVERIFY(page.evidenceModel()->index(0, 0).data().toString().contains(QStringLiteral("Validation plan")));
    QVERIFY(!page.linkButton()->isVisibleTo(&page));
    QVERIFY(!page.unlinkButton()->isVisibleTo(&page));
    QVERIFY(!page.evidenceChoice()->isVisibleTo(&page));
    QVERIFY(page.openButton()->isVisibleTo(&page));
    QVERIFY(page.reviewPanel()->isVisibleTo(&page));

    // A requirement the vendor set aside shows its justification, read-only.
    page.showRequirement(setAsideUrn);
    QVERIFY(page.justificationEdit()->isVisibleTo(&page));
    QCOMPARE(page.justificationEdit()->toPlainText(), QStringLiteral("The hospital does not change the model."));
    QVERIFY(page.justificationEdit()->isReadOnly());

    // Every input of the review panel has an accessible name.
    for (QWidget *w : page.reviewPanel()->findChildren<QWidget *>())
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QListWidget *>(w)
            || qobject_cast<QPushButton *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
}

void TestReviewBrowser::opensThePackagesDocuments()
{
    ProjectSession session;
    RequirementPage page(&session);
    QVERIFY(session.open(m_review));
    page.showRequirement(evidenceUrn);
    ReviewPanel *panel = page.reviewPanel();
    QListWidget *documents = panel->documentList();
    QCOMPARE(documents->count(), 2); // the Annex IV document as HTML and PDF, in Bokmål
    QString html, pdf;
    for (int i = 0; i < documents->count(); ++i) {
        const QString path = documents->item(i)->data(Qt::UserRole).toString();
        (path.endsWith(QStringLiteral(".pdf")) ? pdf : html) = path;
        QVERIFY(!documents->item(i)->text().contains(QStringLiteral("ai-act-annex-iv"))); // its title, not its id
    }
    QCOMPARE(html, QStringLiteral("documents/nb/ai-act-annex-iv.html"));
    QCOMPARE(pdf, QStringLiteral("documents/nb/ai-act-annex-iv.pdf"));

    // The file written for the desktop's program is the package's, byte for byte, in a private folder.
    auto stored = packaging::Review::packageFile(*session.store(), html);
    QVERIFY(stored);
    auto file = panel->extractDocument(html);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
    QFile f(*file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), *stored);
    QVERIFY(!file->contains(QStringLiteral("/documents/")));

    // Opening through the real widgets: choose the HTML, press Open.
    documents->setCurrentRow(html == documents->item(0)->data(Qt::UserRole).toString() ? 0 : 1);
    QVERIFY(panel->openDocumentButton()->isEnabled());
    QTest::mouseClick(panel->openDocumentButton(), Qt::LeftButton);
    QVERIFY(panel->documentWindow());
    auto *window = qobject_cast<PackageDocumentWindow *>(panel->documentWindow());
    QVERIFY(window && window->htmlView());
    QVERIFY(window->htmlView()->toPlainText().contains(QStringLiteral("vedlegg IV"), Qt::CaseInsensitive));

    panel->openDocument(pdf);
    window = qobject_cast<PackageDocumentWindow *>(panel->documentWindow());
    QVERIFY(window && window->pdfView());
    QTRY_VERIFY(window->pdfView()->pdfPageCount() > 1);
    window->close();
}

// A package's HTML (and a pack's help) may name images or links on the reader's disk: /dev/zero, a FIFO, the
// reader's own files. Qt's text browser would read them; the program's text views load nothing, and every text
// view of the pages a reviewer sees is one of them.
void TestReviewBrowser::documentsLoadNothingTheyName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("private.png"));
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(png));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString pngHtml = QStringLiteral("<p>Report</p><img src=\"%1\"><img src=\"%2\">")
                                .arg(QUrl::fromLocalFile(png).toString(), png);

    // Qt's own browser reads the file while laying out (and keeps it as a resource), so this test can tell...
    QTextBrowser plain;
    plain.resize(400, 300);
    plain.setHtml(pngHtml);
    (void)plain.grab();
    QVERIFY(!plain.document()->resource(QTextDocument::ImageResource, QUrl(png)).isNull());

    // ...the package's document window does not: not through the document, the layout or a followed link.
    PackageDocumentWindow window(QStringLiteral("documents/en/report.html"), pngHtml.toUtf8(), png);
    QTextBrowser *view = window.htmlView();
    QVERIFY(view);
    QVERIFY(qobject_cast<SelfContainedText *>(view));
    view->resize(400, 300);
    (void)view->grab();
    QVERIFY(view->toPlainText().contains(QStringLiteral("Report")));
    QVERIFY(view->document()->resource(QTextDocument::ImageResource, QUrl(png)).isNull());
    QVERIFY(view->document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(png)).isNull());
    view->setSource(QUrl::fromLocalFile(png));
    QVERIFY(view->loadResource(QTextDocument::HtmlResource, QUrl::fromLocalFile(png)).isNull());
    // A FIFO named as an image would block Qt's loader until a writer comes; here the layout never opens it.
    view->setHtml(QStringLiteral("<p>Fifo</p><img src=\"%1\" width=\"20\" height=\"10\">").arg(fifo));
    (void)view->grab();
    QVERIFY(view->toPlainText().contains(QStringLiteral("Fifo")));

    // Every text view on a requirement page (pack text, review panel) and on the walkthrough (pack help).
    ProjectSession session;
    QVERIFY(session.open(m_review));
    RequirementPage requirement(&session);
    requirement.showRequirement(evidenceUrn);
    WalkthroughPage walkthrough(&session);
    for (QWidget *page : {static_cast<QWidget *>(&requirement), static_cast<QWidget *>(&walkthrough)}) {
        const auto views = page->findChildren<QTextBrowser *>();
        QVERIFY(!views.isEmpty());
        for (QTextBrowser *v : views)
            QVERIFY2(qobject_cast<SelfContainedText *>(v), qPrintable(v->objectName()));
    }
}

void TestReviewBrowser::recordsFindings_data()
{
    QTest::addColumn<int>("requirement"); // index among the applicable requirements
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("stored");
    QTest::newRow("accepted without a comment") << 0 << QStringLiteral("accepted") << QString() << true;
    QTest::newRow("deficiency without a comment") << 1 << QStringLiteral("deficiency") << QString() << false;
    QTest::newRow("deficiency") << 1 << QStringLiteral("deficiency")
                                << QStringLiteral("The DPIA does not cover the new data flow.") << true;
    QTest::newRow("question without a comment") << 2 << QStringLiteral("question") << QStringLiteral("   ") << false;
    QTest::newRow("question") << 2 << QStringLiteral("question")
                              << QStringLiteral("Which population was the model validated on?") << true;
}

void TestReviewBrowser::recordsFindings()
{
    QFETCH(int, requirement);
    QFETCH(QString, verdict);
    QFETCH(QString, comment);
    QFETCH(bool, stored);

    ProjectSession session;
    RequirementPage page(&session);
    PackagesPage packages(&session);
    QVERIFY(session.open(m_review));
    QStringList urns;
    for (const tracking::RequirementProgress &r : session.progress()->requirements)
        if (r.applies())
            urns << r.urn;
    QVERIFY(urns.size() > requirement);
    const QString urn = urns[requirement];
    page.showRequirement(urn);
    ReviewPanel *panel = page.reviewPanel();
    const auto findingsListed = [&packages] {
        for (QTreeWidget *tree : packages.findChildren<QTreeWidget *>())
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                if (tree->topLevelItem(i)->text(0).contains(QStringLiteral("Findings")))
                    return tree->topLevelItem(i)->childCount();
        return -1;
    };
    const int listedBefore = findingsListed();
    QVERIFY(listedBefore >= 0);

    QComboBox *box = panel->verdictBox();
    box->setCurrentIndex(box->findData(verdict));
    QVERIFY(box->currentIndex() >= 0);
    panel->commentEdit()->clear();
    QTest::keyClicks(panel->commentEdit(), comment);
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);

    const auto finding = findingOn(*session.store(), urn);
    if (!stored) {
        QVERIFY(!finding);
        QVERIFY2(page.messageText().contains(QStringLiteral("comment")), qPrintable(page.messageText()));
        QCOMPARE(findingsListed(), listedBefore);
        return;
    }
    QVERIFY(finding);
    QCOMPARE(verdictName(finding->verdict), verdict);
    QCOMPARE(finding->comment, comment.trimmed());
    // The page shows what is recorded, and the Packages page lists it.
    QVERIFY2(panel->findingText().contains(box->currentText()), qPrintable(panel->findingText()));
    QVERIFY(panel->removeButton()->isEnabled());
    QCOMPARE(findingsListed(), listedBefore + 1);
    // Coming back to the requirement fills the form with the finding.
    page.showRequirement(urns.value(requirement + 3));
    page.showRequirement(urn);
    QCOMPARE(box->currentData().toString(), verdict);
    QCOMPARE(panel->commentEdit()->toPlainText(), comment.trimmed());
}

void TestReviewBrowser::removesAFinding()
{
    ProjectSession session;
    RequirementPage page(&session);
    QVERIFY(session.open(m_review));
    // The last requirement there is; recordsFindings used the first applicable ones.
    const QString urn = session.progress()->requirements.back().urn;
    QVERIFY(!findingOn(*session.store(), urn));
    page.showRequirement(urn);
    ReviewPanel *panel = page.reviewPanel();
    panel->verdictBox()->setCurrentIndex(panel->verdictBox()->findData(QStringLiteral("accepted")));
    QVERIFY(panel->saveFinding());
    QVERIFY(findingOn(*session.store(), urn));
    QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
    QVERIFY(!findingOn(*session.store(), urn));
    QVERIFY(!panel->removeButton()->isEnabled());
}

void TestReviewBrowser::exportCarriesTheFindings()
{
    const QString out = m_dir.filePath(QStringLiteral("review.json"));
    VV_HELPER(runOk({QStringLiteral("review"), QStringLiteral("export"), m_review, QStringLiteral("--out"), out,
           QStringLiteral("--sign"), m_key}));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto doc = parseJson(f.readAll(), out);
    QVERIFY(doc);
    QStringList verdicts;
    for (const Json &finding : (*doc)["findings"])
        verdicts << fromStd(finding.value("verdict", std::string()));
    verdicts.sort();
    QCOMPARE(verdicts, (QStringList{QStringLiteral("accepted"), QStringLiteral("deficiency"), QStringLiteral("question")}));
}

void TestReviewBrowser::otherPagesAreReadOnly()
{
    ProjectSession session;
    WalkthroughPage walkthrough(&session);
    EvidencePage evidence(&session);
    QVERIFY(session.open(m_review));
    // The walkthrough can be browsed, its answers cannot be changed.
    const QString first = walkthrough.sequence().value(0);
    QVERIFY(!first.isEmpty());
    walkthrough.showQuestion(first);
    QAbstractButton *yes = walkthrough.choiceButton(QStringLiteral("true"));
    QVERIFY(yes);
    QVERIFY(!yes->isEnabled());
    QVERIFY(!walkthrough.clearButton()->isEnabled());
    QVERIFY(walkthrough.nextButton()->isEnabled());
    // The evidence can be read, not edited or added to.
    QVERIFY(evidence.model()->rowCount() > 0);
    evidence.selectItem(evidence.model()->index(0, 0).data(EvidenceModel::IdRole).toLongLong());
    QVERIFY(evidence.currentId() != 0);
    QVERIFY(!evidence.titleEdit()->isEnabled());
    QVERIFY(!evidence.kindBox()->isEnabled());
    int addButtons = 0;
    for (QPushButton *b : evidence.findChildren<QPushButton *>())
        if (b->text().startsWith(QStringLiteral("Add"))) {
            ++addButtons;
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        }
    QCOMPARE(addButtons, 2);
    // No new test runs in a review project; the overview says what the reviewer may do.
    ValidationPage validation(&session);
    validation.refresh();
    QVERIFY(!validation.engineButton()->isEnabled());
    QVERIFY(!validation.newValidationButton()->isEnabled());
    QVERIFY(!validation.resumeButton()->isEnabled());
    ProjectOverviewPage overview(&session);
    overview.refresh();
    QVERIFY2(overview.memberText().contains(QStringLiteral("may record findings")), qPrintable(overview.memberText()));
}

void TestReviewBrowser::normalProjectStaysEditable()
{
    ProjectSession session;
    RequirementPage page(&session);
    QVERIFY(session.open(m_vendor));
    page.showRequirement(evidenceUrn);
    QVERIFY(page.reviewNoteText().isEmpty());
    QVERIFY(!page.reviewPanel()->isVisibleTo(&page));
    QVERIFY(page.statusBox()->isEnabled());
    QVERIFY(!page.ownerEdit()->isReadOnly());
    QVERIFY(!page.notesEdit()->isReadOnly());
    QVERIFY(page.linkButton()->isVisibleTo(&page));
    QVERIFY(page.evidenceChoice()->isVisibleTo(&page));
    ValidationPage validation(&session);
    validation.refresh();
    QVERIFY(validation.engineButton()->isEnabled());
    QVERIFY(validation.newValidationButton()->isEnabled());
}

QTEST_MAIN(TestReviewBrowser)
#include "tst_reviewbrowser.moc"
