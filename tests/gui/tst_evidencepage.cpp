// The evidence page offscreen: drag-and-drop import in the background, cancel, the viewer for each kind of
// content (a stale highlight dropped), metadata and link editing, a metadata save that lost to a colleague's, the PII warning and confirmation, staleness, and the models under
// QAbstractItemModelTester.

#include "IdentityNumberFixtures.h"
#include "ModalAnswers.h"
#include "TestSupport.h"

#include "core/Translation.h"
#include "evidence/Highlighter.h"
#include "evidence/EvidenceLibrary.h"
#include "core/IdentityNumbers.h"
#include "store/ProjectStore.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidencePage.h"
#include "ui/RequirementPicker.h"
#include "ui/EvidenceViewer.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/ProjectSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDeadlineTimer>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

using namespace vv;
using namespace vv::ui;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

/// Colours "slow.txt" only once it is cancelled, and then as if it had finished (a highlighter that ends its run
/// anyway); every other file at once. The viewer must not show the slow file's colours once it has moved on.
class SlowHighlighter final : public evidence::Highlighter {
public:
    QString name() const override { return QStringLiteral("slow"); }
    bool isAvailable() const override { return true; }
    Result<Output> highlight(const Request &request, const CancellationToken *cancel) const override
    {
        if (request.fileName == QStringLiteral("slow.txt")) {
            QDeadlineTimer deadline(10000);
            while (!(cancel && cancel->isCancelled()) && !deadline.hasExpired())
                QThread::msleep(5);
            return Output{QStringLiteral("<pre>SLOW</pre>"), QStringLiteral("Slow"), false};
        }
        return Output{QStringLiteral("<pre>QUICK</pre>"), QStringLiteral("Quick"), false};
    }
};

EvidenceItem textItem(const QString &fileName, const QByteArray &content)
{
    EvidenceItem item;
    item.fileName = fileName;
    item.title = fileName;
    item.mediaType = QStringLiteral("text/plain");
    item.size = content.size();
    return item;
}

} // namespace

class TestEvidencePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dragAndDropImport();
    void viewerShowsEachKind();
    void staleHighlightIsDropped();
    void csvModelUnderTester();
    void editMetadataAndLinks();
    void destroyedWithAFieldInFocus();
    void staleMetadataSaveShowsWinnerAndReapplies();
    void piiWarningAndConfirmation();
    void stalenessIsShown();
    void cancelledImportLeavesNoTrace();
    void mainWindowHasThePage();
    void listNamesRequirementsAndShowsAnItem();
    void metadataEditsCanBeUndone();
    void detailsFormNamesAndTabOrder();

private:
    QString path(const QString &n) const { return m_dir->filePath(n); }
    bool drop(const QStringList &paths);
    void dropAndWait(const QStringList &paths);
    void selectByTitle(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<EvidencePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEvidencePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_evidencepage"));
    Translation::install(QStringLiteral("en"));
    // The shipped packs, for finding requirements by title.
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
}

void TestEvidencePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = path(QStringLiteral("p.veiviser"));
    QVERIFY(ProjectStore::create(file, {QStringLiteral("Sepsis"), QStringLiteral("2.0"), ProjectRole::Provider}).ok());
    m_session = std::make_unique<ProjectSession>();
    m_page = std::make_unique<EvidencePage>(m_session.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_session->open(file).ok());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    const QString m = path(QStringLiteral("material"));
    QVERIFY(QDir().mkpath(m + QStringLiteral("/sub")));
    QVERIFY(writeFile(m + QStringLiteral("/metrics.json"), "{\"auc\": 0.91, \"calibration\": [0.1, 0.2]}\n"));
    QVERIFY(writeFile(m + QStringLiteral("/roc.csv"), "fpr,tpr,threshold\n0,0,1\n0.1,0.6,0.8\n1,1,0\n"));
    QVERIFY(writeFile(m + QStringLiteral("/sub/patients.csv"), "id,fnr\n1," + test::sampleFodselsnummer() + "\n"));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(m + QStringLiteral("/chart.png")));
    {
        QPdfWriter pdf(m + QStringLiteral("/report.pdf"));
        QPainter painter(&pdf);
        painter.drawText(100, 100, QStringLiteral("Validation report"));
    }
    QByteArray big;
    while (big.size() < 2 * EvidenceViewer::maxTextBytes)
        big += "2025-01-01 12:00:00 INFO epoch done, loss 0.123\n";
    QVERIFY(writeFile(m + QStringLiteral("/train.log"), big));
    QByteArray binary(5000, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>(i * 31);
    QVERIFY(writeFile(m + QStringLiteral("/weights.bin"), binary));
}

void TestEvidencePage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_session.reset();
}

bool TestEvidencePage::drop(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint at = m_page->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &dropEvent);
    return dropEvent.isAccepted();
}

void TestEvidencePage::dropAndWait(const QStringList &paths)
{
    QVERIFY(drop(paths));
    QVERIFY(m_page->isImporting());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isImporting(), 60000);
}

void TestEvidencePage::selectByTitle(const QString &title)
{
    for (int r = 0; r < m_page->model()->rowCount(); ++r) {
        if (m_page->model()->statusAt(r)->item.title == title) {
            m_page->selectItem(m_page->model()->statusAt(r)->item.id);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no item %1").arg(title)));
}

void TestEvidencePage::dragAndDropImport()
{
    // Text that is not a file URL is refused at the door.
    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &refused);
    QVERIFY(!refused.isAccepted());

    VV_HELPER(dropAndWait({path(QStringLiteral("material"))}));
    QCOMPARE(m_page->model()->rowCount(), 7);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Added 7 new items")), qPrintable(m_page->messageText()));
    QVERIFY(m_page->messageText().contains(QStringLiteral("identity numbers")));
    QVERIFY(m_page->currentId() > 0); // the first imported item is selected

    // Dropping the same files again adds nothing.
    VV_HELPER(dropAndWait({path(QStringLiteral("material/roc.csv")), path(QStringLiteral("material/chart.png"))}));
    QCOMPARE(m_page->model()->rowCount(), 7);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("in the library already")), qPrintable(m_page->messageText()));

    auto info = m_session->store()->info();
    QCOMPARE(info->counts.value(QStringLiteral("evidence_items")), 7);
}

void TestEvidencePage::viewerShowsEachKind()
{
    VV_HELPER(dropAndWait({path(QStringLiteral("material"))}));
    EvidenceViewer *viewer = m_page->viewer();

    VV_HELPER(selectByTitle(QStringLiteral("metrics.json")));
    QCOMPARE(viewer->currentKind(), evidence::PreviewKind::Text);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->isHighlighted(), 15000);
    QVERIFY(viewer->textHtml().contains(QStringLiteral("auc")));
    QVERIFY(viewer->textHtml().contains(QStringLiteral("color:#")));
    QVERIFY(viewer->notice().isEmpty());

    VV_HELPER(selectByTitle(QStringLiteral("roc.csv")));
    QCOMPARE(viewer->currentKind(), evidence::PreviewKind::Csv);
    QCOMPARE(viewer->csvModel()->columnCount(), 3);
    QCOMPARE(viewer->csvModel()->rowCount(), 3);
    QCOMPARE(viewer->csvModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("tpr"));
    QCOMPARE(viewer->csvModel()->index(1, 1).data().toString(), QStringLiteral("0.6"));

    VV_HELPER(selectByTitle(QStringLiteral("chart.png")));
    QCOMPARE(viewer->currentKind(), evidence::PreviewKind::Image);
    QCOMPARE(viewer->imageSize(), QSize(40, 30));

    VV_HELPER(selectByTitle(QStringLiteral("report.pdf")));
    QCOMPARE(viewer->currentKind(), evidence::PreviewKind::Pdf);
    QTRY_COMPARE(viewer->pdfPageCount(), 1);

    VV_HELPER(selectByTitle(QStringLiteral("train.log")));
    QCOMPARE(viewer->currentKind(), evidence::PreviewKind::Text);
    QVERIFY2(viewer->notice().startsWith(QStringLiteral("Showing the first")), qPrintable(viewer->notice()));
    QTRY_VERIFY_WITH_TIMEOUT(viewer->isHighlighted(), 15000);

    VV_HELPER(selectByTitle(QStringLiteral("weights.bin")));
    QCOMPARE(viewer->currentKind(), evidence::PreviewKind::None);
    QVERIFY(viewer->isShowingNothing());
}

// The viewer moves on while the highlighter still colours the item before: those colours are never shown.
void TestEvidencePage::staleHighlightIsDropped()
{
    EvidenceViewer viewer;
    viewer.setHighlighter(std::make_shared<SlowHighlighter>());
    QStringList shownWhenReady;
    connect(&viewer, &EvidenceViewer::textReady, this, [&] { shownWhenReady << viewer.textHtml(); });

    // Another item is chosen while the first is being coloured.
    viewer.showItem(textItem(QStringLiteral("slow.txt"), "slow"), "slow");
    viewer.showItem(textItem(QStringLiteral("quick.txt"), "quick"), "quick");
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isHighlighted(), 15000);
    QTest::qWait(200); // a stale result would arrive in this time
    QCOMPARE(shownWhenReady.size(), 1);
    QVERIFY2(shownWhenReady.first().contains(QStringLiteral("QUICK")), qPrintable(shownWhenReady.first()));
    QVERIFY(!viewer.textHtml().contains(QStringLiteral("SLOW")));

    // Nothing is chosen while an item is being coloured: the viewer stays empty.
    shownWhenReady.clear();
    viewer.showItem(textItem(QStringLiteral("slow.txt"), "slow"), "slow");
    viewer.clear();
    QTest::qWait(300);
    QVERIFY(shownWhenReady.isEmpty());
    QVERIFY(viewer.isShowingNothing());
    QVERIFY(!viewer.isHighlighted());
}

void TestEvidencePage::csvModelUnderTester()
{
    CsvTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(evidence::parseCsvPreview(QStringLiteral("a;b;c\n1;\"x;y\";3\n4\n\"multi\nline\";5;6\n")));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("x;y"));
    QCOMPARE(model.index(1, 2).data().toString(), QString());
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("multi\nline"));
    model.setPreview({});
    QCOMPARE(model.rowCount(), 0);
    // The caps hold against a wide, long file.
    QString wide;
    for (int r = 0; r < 50; ++r)
        wide += QString(QStringLiteral("x,").repeated(400)) + QLatin1Char('\n');
    const auto capped = evidence::parseCsvPreview(wide, QChar(), 10, 256);
    QVERIFY(capped.truncated);
    QCOMPARE(capped.header.size(), 256);
    QCOMPARE(capped.rows.size(), std::size_t(10));
}

void TestEvidencePage::editMetadataAndLinks()
{
    VV_HELPER(dropAndWait({path(QStringLiteral("material/roc.csv"))}));
    const qint64 id = m_page->currentId();
    QVERIFY(id > 0);
    const qint64 auditBefore = m_session->store()->info()->counts.value(QStringLiteral("audit_entries"));

    QLineEdit *title = m_page->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("ROC curve, external validation"));
    QTest::keyClick(title, Qt::Key_Return);
    QComboBox *kind = m_page->kindBox();
    kind->setCurrentIndex(kind->findData(static_cast<int>(EvidenceKind::TestResult)));
    Q_EMIT kind->activated(kind->currentIndex());

    evidence::EvidenceLibrary library(*m_session->store());
    QCOMPARE(library.item(id)->title, QStringLiteral("ROC curve, external validation"));
    QCOMPARE(library.item(id)->kind, EvidenceKind::TestResult);
    QCOMPARE(m_page->model()->index(m_page->model()->rowOf(id), EvidenceModel::Title).data().toString(),
             QStringLiteral("ROC curve, external validation"));
    auto entries = m_session->store()->auditEntries(auditBefore + 1);
    QCOMPARE(entries->size(), std::size_t(2));
    QCOMPARE(entries->at(0).action, QStringLiteral("evidence.update"));

    // Links: a URN is added as typed.
    QLineEdit *urn = m_page->urnEdit();
    urn->setText(QStringLiteral("urn:veiviser:hdir:local-validation"));
    QTest::keyClick(urn, Qt::Key_Return);
    QCOMPARE(m_page->linkList()->count(), 1);
    QVERIFY(urn->text().isEmpty());
    const QModelIndex requirements = m_page->model()->index(m_page->model()->rowOf(id), EvidenceModel::Requirements);
    QCOMPARE(requirements.data().toString(),
             m_session->library()->requirement(QStringLiteral("urn:veiviser:hdir:local-validation"))->title.current());
    QVERIFY(requirements.data(Qt::ToolTipRole).toString().contains(QStringLiteral("urn:veiviser:hdir:local-validation")));
    // A requirement is found by its title (issue 27, item 5): part of one title links it...
    urn->setText(QStringLiteral("human oversight"));
    QTest::keyClick(urn, Qt::Key_Return);
    QVERIFY2(m_page->linkList()->count() == 2, qPrintable(m_page->messageText()));
    QVERIFY(m_page->unlinkCurrent(QStringLiteral("urn:veiviser:ai-act:art-14")).ok());
    // ...text in several titles names some of them, text in none says so, and nothing is linked.
    urn->setText(QStringLiteral("Art."));
    QTest::keyClick(urn, Qt::Key_Return);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("requirements match 'Art.'")), qPrintable(m_page->messageText()));
    urn->setText(QStringLiteral("Human"));
    QTest::keyClick(urn, Qt::Key_Return);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Human oversight (Art. 14)")) ||
                 m_page->linkList()->count() == 2,
             qPrintable(m_page->messageText()));
    if (m_page->linkList()->count() == 2)
        QVERIFY(m_page->unlinkCurrent(QStringLiteral("urn:veiviser:ai-act:art-14")).ok());
    urn->setText(QStringLiteral("zzqx"));
    QTest::keyClick(urn, Qt::Key_Return);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("requirement's title contains 'zzqx'")),
             qPrintable(m_page->messageText() + u'|' + urn->text()));
    QCOMPARE(m_page->linkList()->count(), 1);
    // The field completes titles, and choosing one links it.
    QCompleter *completer = m_page->requirementPicker()->completer();
    completer->setCompletionPrefix(QStringLiteral("oversight"));
    QVERIFY(completer->completionCount() >= 1);
    QVERIFY(completer->currentCompletion().contains(QStringLiteral("urn:veiviser:ai-act:art-14")));
    Q_EMIT completer->activated(completer->completionModel()->index(0, 0));
    QCOMPARE(m_page->linkList()->count(), 2);
    QVERIFY(m_page->unlinkCurrent(QStringLiteral("urn:veiviser:ai-act:art-14")).ok());
    QVERIFY(m_page->unlinkCurrent(QStringLiteral("urn:veiviser:hdir:local-validation")).ok());
    QCOMPARE(m_page->linkList()->count(), 0);

    // A rule broken in the form: approving without a reviewer is refused and the form shows what is stored.
    QComboBox *state = m_page->stateBox();
    state->setCurrentIndex(state->findData(static_cast<int>(ReviewState::Approved)));
    Q_EMIT state->activated(state->currentIndex());
    QVERIFY(m_page->messageText().contains(QStringLiteral("reviewer")));
    QCOMPARE(library.item(id)->reviewState, ReviewState::Draft);
    QCOMPARE(state->currentData().toInt(), static_cast<int>(ReviewState::Draft));
}

// A page destroyed while a field has the focus and an unfinished edit: ~QWidget hides the page after the derived
// page is gone, and the field's editingFinished must no longer reach it (under UBSan, the asan preset, that call was a
// report: "downcast of address ... which does not point to an object of type 'EvidencePage'"). Without the sanitizer
// the half-destroyed page's save shows it: the edit reached the store. (The main window saves such an edit when it
// closes, before anything is destroyed.)
void TestEvidencePage::destroyedWithAFieldInFocus()
{
    VV_HELPER(dropAndWait({path(QStringLiteral("material/roc.csv"))}));
    const qint64 id = m_page->currentId();
    QVERIFY(id > 0);
    evidence::EvidenceLibrary library(*m_session->store());
    const QString stored = library.item(id)->title;
    QLineEdit *title = m_page->titleEdit();
    m_page->activateWindow();
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral(" (unfinished)"));
    m_tester.reset();
    m_page.reset();
    QCOMPARE(library.item(id)->title, stored);
}

// Two people on one project: a colleague (a second store, as another user) saves an item's metadata while this page
// still shows the older version. The page's save is a conflict: the question names the colleague; declining shows
// their change, accepting puts this user's form on top of the newest version. Nothing is lost silently.
void TestEvidencePage::staleMetadataSaveShowsWinnerAndReapplies()
{
    VV_HELPER(dropAndWait({path(QStringLiteral("material/roc.csv"))}));
    const qint64 id = m_page->currentId();
    QVERIFY(id > 0);
    StoreOptions asKari;
    asKari.actor = QStringLiteral("kari");
    auto colleague = ProjectStore::open(path(QStringLiteral("p.veiviser")), asKari);
    QVERIFY(colleague.ok());
    evidence::EvidenceLibrary theirs(**colleague);
    auto renameAs = [&](const QString &title) {
        auto item = theirs.item(id);
        QVERIFY(item.ok());
        item->title = title;
        auto saved = theirs.update(*item);
        QVERIFY2(saved.ok() && *saved, saved ? "" : qPrintable(saved.error().toString()));
    };
    auto typeTitle = [&](const QString &title) {
        QLineEdit *edit = m_page->titleEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, title);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    evidence::EvidenceLibrary ours(*m_session->store());

    // Declined: the colleague's title stays, and the form shows it.
    renameAs(QStringLiteral("ROC (Kari)"));
    auto shown = test::answerNextMessageBox(QMessageBox::No);
    typeTitle(QStringLiteral("ROC (mine)"));
    QTRY_VERIFY(!shown->isEmpty());
    QVERIFY2(shown->contains(QStringLiteral("kari changed")), qPrintable(*shown));
    QCOMPARE(ours.item(id)->title, QStringLiteral("ROC (Kari)"));
    QCOMPARE(m_page->titleEdit()->text(), QStringLiteral("ROC (Kari)"));

    // Accepted: this user's title goes on top of the colleague's newest version.
    renameAs(QStringLiteral("ROC (Kari, again)"));
    const qint64 theirVersion = *theirs.item(id)->rowVersion;
    shown = test::answerNextMessageBox(QMessageBox::Yes);
    typeTitle(QStringLiteral("ROC (mine)"));
    QTRY_VERIFY(!shown->isEmpty());
    QVERIFY2(shown->contains(QStringLiteral("kari changed")), qPrintable(*shown));
    QCOMPARE(ours.item(id)->title, QStringLiteral("ROC (mine)"));
    QCOMPARE(*ours.item(id)->rowVersion, theirVersion + 1);
    QCOMPARE(m_page->titleEdit()->text(), QStringLiteral("ROC (mine)"));

    // The page now holds the newest version: its next save is no conflict (no question is asked).
    shown = test::answerNextMessageBox(QMessageBox::No);
    typeTitle(QStringLiteral("ROC, final"));
    QVERIFY2(shown->isEmpty(), qPrintable(*shown));
    QCOMPARE(theirs.item(id)->title, QStringLiteral("ROC, final"));
    QVERIFY(m_session->store()->verifyAudit()->intact);
}

void TestEvidencePage::piiWarningAndConfirmation()
{
    VV_HELPER(dropAndWait({path(QStringLiteral("material/sub/patients.csv")), path(QStringLiteral("material/roc.csv"))}));
    VV_HELPER(selectByTitle(QStringLiteral("roc.csv")));
    QVERIFY(m_page->piiWarning().isEmpty());
    VV_HELPER(selectByTitle(QStringLiteral("patients.csv")));
    QVERIFY2(m_page->piiWarning().contains(QStringLiteral("1 Norwegian identity number")), qPrintable(m_page->piiWarning()));
    QVERIFY(m_page->piiWarning().contains(QStringLiteral("line(s) 2")));
    QVERIFY(m_page->piiWarning().contains(QStringLiteral("cannot go into a package")));
    QVERIFY(!m_page->piiWarning().contains(QString::fromLatin1(test::sampleFodselsnummer())));
    const int row = m_page->model()->rowOf(m_page->currentId());
    QVERIFY(m_page->model()->index(row, 0).data(EvidenceModel::NeedsAttentionRole).toBool());
    QCOMPARE(m_page->model()->index(row, EvidenceModel::Attention).data().toString(), QStringLiteral("Identity numbers"));

    QVERIFY(!m_page->confirmPiiForCurrent(QStringLiteral("  ")).ok());
    QVERIFY(m_page->confirmPiiForCurrent(QStringLiteral("Synthetic identities from Tenor")).ok());
    QVERIFY2(m_page->piiWarning().contains(QStringLiteral("Synthetic identities from Tenor")), qPrintable(m_page->piiWarning()));
    QCOMPARE(m_page->model()->index(row, EvidenceModel::Attention).data().toString(),
             QStringLiteral("Identity numbers (confirmed)"));
    QVERIFY(!m_page->model()->index(row, 0).data(EvidenceModel::NeedsAttentionRole).toBool());
}

void TestEvidencePage::stalenessIsShown()
{
    VV_HELPER(dropAndWait({path(QStringLiteral("material/metrics.json"))}));
    const qint64 id = m_page->currentId();
    QVERIFY(m_page->stalenessWarning().isEmpty());
    evidence::EvidenceLibrary library(*m_session->store());
    EvidenceItem e = *library.item(id);
    e.expiryDate = QDate(2001, 1, 1);
    e.systemVersion = QStringLiteral("1.2");
    QVERIFY(library.update(e).ok());
    m_session->notifyChanged(QStringLiteral("evidence"));
    QVERIFY(m_page->stalenessWarning().contains(QStringLiteral("has passed")));
    QVERIFY(m_page->stalenessWarning().contains(QStringLiteral("version 1.2")));
    QCOMPARE(m_page->model()->index(m_page->model()->rowOf(id), EvidenceModel::Attention).data().toString(),
             QStringLiteral("Expired, Older system version"));
    // The project moving back to 1.2 clears the version flag.
    QVERIFY(m_session->store()->updateProject(QStringLiteral("Sepsis"), QStringLiteral("1.2"), ProjectRole::Provider).ok());
    m_session->notifyChanged(QStringLiteral("project"));
    QVERIFY(!m_page->stalenessWarning().contains(QStringLiteral("version 1.2")));
}

void TestEvidencePage::cancelledImportLeavesNoTrace()
{
    const QString big = path(QStringLiteral("big.bin"));
    {
        test::GeneratedDevice dev(96ll << 20, 3);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray buf(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = dev.read(buf.data(), buf.size())) > 0;)
            QCOMPARE(f.write(buf.constData(), n), n);
    }
    const QString before = test::fileSha256(m_session->store()->location());
    QVERIFY(drop({big}));
    QVERIFY(m_page->isImporting());
    m_page->cancelImport();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isImporting(), 60000);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("cancelled")), qPrintable(m_page->messageText()));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(test::fileSha256(m_session->store()->location()), before);
    QCOMPARE(m_session->store()->info()->counts.value(QStringLiteral("blobs")), 0);
}

void TestEvidencePage::mainWindowHasThePage()
{
    MainWindow w;
    QStringList titles;
    for (int i = 0; i < w.navigator()->count(); ++i)
        titles << w.navigator()->item(i)->text();
    QVERIFY2(titles.contains(QStringLiteral("Evidence")), qPrintable(titles.join(QStringLiteral(", "))));
    QVERIFY(w.openProject(m_session->store()->location()));
}

// Opening a project with evidence shows the first item's details, not a form of disabled fields. The list names
// linked requirements by title, with the URN in the tooltip, as does the requirements tab; the columns other than
// the title are as wide as their content, and the title takes the rest.
void TestEvidencePage::listNamesRequirementsAndShowsAnItem()
{
    dropAndWait({path(QStringLiteral("material/metrics.json")), path(QStringLiteral("material/roc.csv"))});
    const QString urn = QStringLiteral("urn:veiviser:hdir:local-validation");
    const QString title = m_session->library()->requirement(urn)->title.current();
    selectByTitle(QStringLiteral("roc.csv"));
    const qint64 rocId = m_page->currentId();
    QVERIFY(m_page->linkCurrent(urn).ok());
    QCOMPARE(m_page->linkList()->count(), 1);
    QCOMPARE(m_page->linkList()->item(0)->text(), title);
    QCOMPARE(m_page->linkList()->item(0)->toolTip(), urn);

    const QString file = m_session->store()->location();
    m_session->close();
    QCOMPARE(m_page->currentId(), 0);
    QVERIFY(m_session->open(file).ok());
    QTableView *table = m_page->table();
    QVERIFY(m_page->currentId() != 0);
    QCOMPARE(m_page->currentId(), table->model()->index(0, 0).data(EvidenceModel::IdRole).toLongLong());
    QVERIFY(m_page->titleEdit()->isEnabled());
    QCOMPARE(m_page->titleEdit()->text(), table->model()->index(0, EvidenceModel::Title).data().toString());

    const QModelIndex linked = m_page->model()->index(m_page->model()->rowOf(rocId), EvidenceModel::Requirements);
    QCOMPARE(linked.data().toString(), title);
    QVERIFY(!linked.data().toString().contains(QStringLiteral("urn:")));
    QCOMPARE(linked.data(Qt::ToolTipRole).toString(), QStringLiteral("%1 (%2)").arg(title, urn));

    QCoreApplication::processEvents();
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(EvidenceModel::Title), QHeaderView::Stretch);
    for (int c : {EvidenceModel::Kind, EvidenceModel::State, EvidenceModel::Size, EvidenceModel::Attention})
        QCOMPARE(header->sectionResizeMode(c), QHeaderView::ResizeToContents);
    // The title's and the short columns' texts fit; the requirements' titles up to half the room the short columns
    // leave.
    const QFontMetrics metrics(table->font());
    int others = 0;
    for (int c : {EvidenceModel::Kind, EvidenceModel::State, EvidenceModel::Size, EvidenceModel::Attention})
        others += table->columnWidth(c);
    const int half = std::max(80, (table->viewport()->width() - others) / 2);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        for (int c = 0; c < EvidenceModel::ColumnCount; ++c) {
            const QString text = table->model()->index(r, c).data().toString();
            const int needed = std::min(metrics.horizontalAdvance(text),
                                        c == EvidenceModel::Requirements ? half - 12 : 100000);
            QVERIFY2(table->columnWidth(c) >= needed,
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(text).arg(table->columnWidth(c)).arg(needed)));
        }
    QVERIFY(table->columnWidth(EvidenceModel::Requirements) <= half);
}

// A metadata edit goes on the session's undo stack, as link edits do: undo saves the earlier value again (and the
// form shows it), redo the later one; a change saved by someone else in between is not overwritten.
void TestEvidencePage::metadataEditsCanBeUndone()
{
    dropAndWait({path(QStringLiteral("material/metrics.json"))});
    selectByTitle(QStringLiteral("metrics.json"));
    const qint64 id = m_page->currentId();
    QUndoStack *stack = m_session->undoStack();
    const int depth = stack->count();
    QLineEdit *title = m_page->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Metrics, external validation"));
    QTest::keyClick(title, Qt::Key_Return);
    evidence::EvidenceLibrary library(*m_session->store());
    QCOMPARE(library.item(id)->title, QStringLiteral("Metrics, external validation"));
    QCOMPARE(stack->count(), depth + 1);

    stack->undo();
    QCOMPARE(library.item(id)->title, QStringLiteral("metrics.json"));
    QCOMPARE(title->text(), QStringLiteral("metrics.json"));
    stack->redo();
    QCOMPARE(library.item(id)->title, QStringLiteral("Metrics, external validation"));
    QCOMPARE(title->text(), QStringLiteral("Metrics, external validation"));

    EvidenceItem theirs = *library.item(id);
    theirs.author = QStringLiteral("Kari Nordmann");
    QVERIFY(library.update(theirs).ok());
    stack->undo();
    QCOMPARE(library.item(id)->title, QStringLiteral("Metrics, external validation"));
    QCOMPARE(library.item(id)->author, QStringLiteral("Kari Nordmann"));
}

// The details form (its layout in EvidenceDetails.ui): each label's mnemonic reaches the field it names, every
// field has its accessible name, and Tab walks the fields in reading order (the date only once it is switched on).
void TestEvidencePage::detailsFormNamesAndTabOrder()
{
    VV_HELPER(dropAndWait({path(QStringLiteral("material/roc.csv"))}));
    QVERIFY(m_page->currentId() > 0);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("&Title:"), QStringLiteral("Title")},
        {QStringLiteral("&Kind:"), QStringLiteral("Kind")},
        {QStringLiteral("Re&view state:"), QStringLiteral("Review state")},
        {QStringLiteral("Des&cription:"), QStringLiteral("Description")},
        {QStringLiteral("&Author:"), QStringLiteral("Author")},
        {QStringLiteral("Revie&wer:"), QStringLiteral("Reviewer")},
        {QStringLiteral("Effective fro&m:"), QStringLiteral("Has an effective date")},
        {QStringLiteral("Exp&ires:"), QStringLiteral("Has an expiry date")},
        {QStringLiteral("S&ystem version:"), QStringLiteral("System version the evidence concerns")},
        {QStringLiteral("Source:"), QString()}};
    const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
    for (const auto &[text, buddy] : rows) {
        const auto label = std::find_if(labels.begin(), labels.end(), [&](QLabel *l) { return l->text() == text; });
        QVERIFY2(label != labels.end(), qPrintable(text));
        if (buddy.isEmpty())
            continue;
        QVERIFY2((*label)->buddy(), qPrintable(text));
        QCOMPARE((*label)->buddy()->accessibleName(), buddy);
        QVERIFY2((*label)->buddy()->isVisibleTo(m_page.get()), qPrintable(text));
    }
    const QStringList named = {QStringLiteral("Effective date"), QStringLiteral("Expiry date"), QStringLiteral("Source")};
    for (const QString &name : named) {
        const auto widgets = m_page->findChildren<QWidget *>();
        QVERIFY2(std::any_of(widgets.begin(), widgets.end(), [&](QWidget *w) { return w->accessibleName() == name; }),
                 qPrintable(name));
    }
    const auto walk = [this] {
        QStringList order;
        m_page->titleEdit()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 20 && QApplication::focusWidget(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (order.isEmpty() || order.last() != focus->accessibleName()) // Tab walks a date's day, month and year
                order << focus->accessibleName();
            if (focus->accessibleName() == QStringLiteral("System version the evidence concerns"))
                break;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return order;
    };
    QStringList expected = {QStringLiteral("Title"), QStringLiteral("Kind"), QStringLiteral("Review state"),
                            QStringLiteral("Description"), QStringLiteral("Author"), QStringLiteral("Reviewer"),
                            QStringLiteral("Has an effective date"), QStringLiteral("Has an expiry date"),
                            QStringLiteral("System version the evidence concerns")};
    QCOMPARE(walk(), expected);
    // Switched on, the date is the next stop after its box.
    const auto boxes = m_page->findChildren<QCheckBox *>();
    const auto effective = std::find_if(boxes.begin(), boxes.end(), [](QCheckBox *b) {
        return b->accessibleName() == QStringLiteral("Has an effective date");
    });
    QVERIFY(effective != boxes.end());
    (*effective)->setChecked(true);
    expected.insert(7, QStringLiteral("Effective date"));
    QCOMPARE(walk(), expected);
}

QTEST_MAIN(TestEvidencePage)
#include "tst_evidencepage.moc"
