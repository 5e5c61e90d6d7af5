// The GSPR checklist page (issue 26), offscreen in the main window: a point edited in the table as a user edits it
// (F2, a choice, typing, Enter, Ctrl+S) is stored as the project's details and comes back after reopening; a value
// the checklist refuses is not stored and the edits stay; leaving with unsaved changes asks; the package build's
// missing GSPR items are links that open the point's cell.

#include "ModalAnswers.h"
#include "EvidenceFixture.h"
#include "TestSupport.h"

#include "core/Translation.h"
#include "packaging/PackageBuilder.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"
#include "ui/DashboardPage.h"
#include "ui/GsprModel.h"
#include "ui/GsprPage.h"
#include "ui/MainWindow.h"
#include "ui/PackagesPage.h"
#include "ui/ProjectSession.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

using namespace vv;
using namespace vv::ui;
using namespace vv::packaging;

namespace {

class NoTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>{}; }
};

std::map<QString, LocalizedText> storedDetails(const QString &project)
{
    std::map<QString, LocalizedText> out;
    auto store = ProjectStore::open(project, StoreOptions::readOnly());
    if (!store)
        return out;
    auto all = DocumentDetailTable(**store).all();
    if (all)
        for (const DocumentDetail &d : *all)
            out[d.key] = d.text;
    return out;
}

} // namespace

class TestGsprPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void editSaveAndReopen();
    void refusedValueKeepsTheEdits();
    void onlyLackingHidesCompletePoints();
    void leavingWithUnsavedChangesAsks();
    void missingItemLinkOpensThePoint();
    void deployerNoteFollowsTheLanguage();

private:
    GsprPage *openPage();
    QModelIndex cell(const QString &point, int column) const;
    /// Opens the cell's editor with F2, as a user does, and returns it.
    QWidget *editCell(const QString &point, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    qint64 m_evidence = 0;
};

void TestGsprPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VeiviserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gsprpage"));
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    Translation::install(QStringLiteral("en"));
}

void TestGsprPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("p.veiviser"));
    {
        auto store = ProjectStore::create(m_project, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Provider});
        QVERIFY(store);
        auto imported = test::importTextEvidence(**store, m_dir->filePath(QStringLiteral("vr-2.txt")),
                                                 "Verification report VR-2\n", QStringLiteral("Verification report VR-2"));
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
        m_evidence = *imported;
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
}

void TestGsprPage::cleanup()
{
    if (m_window && m_window->gsprPage()->hasUnsavedChanges())
        m_window->gsprPage()->revert();
    m_window.reset();
}

GsprPage *TestGsprPage::openPage()
{
    GsprPage *page = m_window->gsprPage();
    m_window->showPage(page);
    return m_window->currentPage() == page ? page : nullptr;
}

QModelIndex TestGsprPage::cell(const QString &point, int column) const
{
    // Through the table's own model: a row the filter hides has no cell.
    const QAbstractItemModel *shown = m_window->gsprPage()->table()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, GsprModel::Point).data().toString() == point)
            return shown->index(r, column);
    return {};
}

QWidget *TestGsprPage::editCell(const QString &point, int column)
{
    QTableView *table = m_window->gsprPage()->table();
    const QModelIndex at = cell(point, column);
    if (!at.isValid())
        return nullptr;
    table->setFocus();
    table->setCurrentIndex(at);
    table->scrollTo(at);
    QTest::keyClick(table, Qt::Key_F2);
    return table->indexWidget(at) ? table->indexWidget(at) : QApplication::focusWidget();
}

void TestGsprPage::modelPassesTheTester()
{
    GsprPage *page = openPage();
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 77);
    QCOMPARE(page->model()->columnCount(), int(GsprModel::ColumnCount));
    // Edits, a revert and a reload under the tester.
    QVERIFY(page->model()->setData(page->model()->index(0, GsprModel::Applies), QStringLiteral("no")));
    QVERIFY(!page->model()->setData(page->model()->index(0, GsprModel::Applies), QStringLiteral("maybe")));
    QVERIFY(!page->model()->setData(page->model()->index(0, GsprModel::Requirement), QStringLiteral("x")));
    page->revert();
    page->model()->setCatalog(GsprCatalog{});
    QCOMPARE(page->model()->rowCount(), 0);
}

void TestGsprPage::editSaveAndReopen()
{
    GsprPage *page = openPage();
    QVERIFY(page);
    // Applies: chosen from a list.
    auto *applies = qobject_cast<QComboBox *>(editCell(QStringLiteral("17.2"), GsprModel::Applies));
    QVERIFY(applies);
    applies->setCurrentIndex(applies->findData(QStringLiteral("yes")));
    QTest::keyClick(applies, Qt::Key_Return);
    // The method: typed.
    auto *method = qobject_cast<QLineEdit *>(editCell(QStringLiteral("17.2"), GsprModel::MethodEn));
    QVERIFY(method);
    method->selectAll();
    QTest::keyClicks(method, QStringLiteral("Unit, integration and system tests"));
    QTest::keyClick(method, Qt::Key_Return);
    // The evidence: chosen among the project's items.
    auto *evidence = qobject_cast<QComboBox *>(editCell(QStringLiteral("17.2"), GsprModel::Evidence));
    QVERIFY(evidence);
    const int item = evidence->findData(QString::number(m_evidence));
    QVERIFY2(item > 0, "the evidence item is not offered");
    QVERIFY(evidence->itemText(item).contains(QStringLiteral("Verification report VR-2")));
    evidence->setCurrentIndex(item);
    QTest::keyClick(evidence, Qt::Key_Return);
    // The delegate commits on the next pass of the event loop.
    QTRY_COMPARE(cell(QStringLiteral("17.2"), GsprModel::Evidence).data(Qt::EditRole).toString(), QString::number(m_evidence));
    QCOMPARE(cell(QStringLiteral("17.2"), GsprModel::Status).data().toString(), QStringLiteral("Complete"));
    QVERIFY(page->hasUnsavedChanges());
    QTest::keySequence(page->table(), QKeySequence::Save);
    QVERIFY2(!page->hasUnsavedChanges(), qPrintable(page->statusText()));

    auto stored = storedDetails(m_project);
    QCOMPARE(stored[QStringLiteral("gspr.17.2.applies")].nb, QStringLiteral("yes"));
    QCOMPARE(stored[QStringLiteral("gspr.17.2.method")].en, QStringLiteral("Unit, integration and system tests"));
    QVERIFY(stored[QStringLiteral("gspr.17.2.method")].nb.isEmpty());
    QCOMPARE(stored[QStringLiteral("gspr.17.2.evidence")].nb, QString::number(m_evidence));

    m_window->closeProject();
    QVERIFY(m_window->openProject(m_project));
    QVERIFY(openPage());
    QCOMPARE(cell(QStringLiteral("17.2"), GsprModel::Applies).data(Qt::EditRole).toString(), QStringLiteral("yes"));
    QCOMPARE(cell(QStringLiteral("17.2"), GsprModel::MethodEn).data().toString(),
             QStringLiteral("Unit, integration and system tests"));
    QVERIFY(cell(QStringLiteral("17.2"), GsprModel::Evidence).data().toString().contains(QStringLiteral("VR-2")));
}

void TestGsprPage::refusedValueKeepsTheEdits()
{
    GsprPage *page = openPage();
    QVERIFY(page);
    // A number the combo never offers (an item deleted meanwhile, say).
    QVERIFY(page->model()->setData(page->model()->index(page->model()->rowOf(QStringLiteral("17.4")), GsprModel::Evidence),
                                   QStringLiteral("9999")));
    QVERIFY(!page->save());
    QVERIFY(page->hasUnsavedChanges());
    QVERIFY2(page->statusText().contains(QStringLiteral("9999")), qPrintable(page->statusText()));
    QVERIFY(storedDetails(m_project).empty());
}

void TestGsprPage::onlyLackingHidesCompletePoints()
{
    GsprPage *page = openPage();
    QVERIFY(page);
    GsprModel *model = page->model();
    const int row = model->rowOf(QStringLiteral("16.4"));
    QVERIFY(model->setData(model->index(row, GsprModel::Applies), QStringLiteral("no")));
    QVERIFY(model->setData(model->index(row, GsprModel::ReasonEn), QStringLiteral("Emits no radiation")));
    QVERIFY(cell(QStringLiteral("16.4"), GsprModel::Point).isValid());
    page->onlyLackingBox()->setChecked(true);
    QVERIFY(!cell(QStringLiteral("16.4"), GsprModel::Point).isValid());
    QCOMPARE(page->table()->model()->rowCount(), 76);
    // Removing the reason shows it again.
    QVERIFY(model->setData(model->index(row, GsprModel::ReasonEn), QString()));
    QVERIFY(cell(QStringLiteral("16.4"), GsprModel::Point).isValid());
}

void TestGsprPage::leavingWithUnsavedChangesAsks()
{
    GsprPage *page = openPage();
    QVERIFY(page);
    QVERIFY(page->model()->setData(page->model()->index(0, GsprModel::Applies), QStringLiteral("yes")));
    auto asked = test::answerNextMessageBox(QMessageBox::Cancel);
    m_window->showPage(m_window->dashboardPage());
    QVERIFY2(!asked->isEmpty(), "leaving did not ask");
    QCOMPARE(m_window->currentPage(), page);
    asked = test::answerNextMessageBox(QMessageBox::Save);
    m_window->showPage(m_window->dashboardPage());
    QVERIFY(!asked->isEmpty());
    QCOMPARE(m_window->currentPage(), static_cast<Page *>(m_window->dashboardPage()));
    QCOMPARE(storedDetails(m_project)[QStringLiteral("gspr.1.applies")].nb, QStringLiteral("yes"));
}

void TestGsprPage::missingItemLinkOpensThePoint()
{
    auto library = guidance::GuidanceLibrary::loadShipped();
    QVERIFY(library);
    auto templates = TemplateLibrary::loadShipped(*library);
    QVERIFY(templates);
    PackageRequest request;
    request.documents = {QStringLiteral("mdr-technical-file")};
    request.languages = {QStringLiteral("en")};
    request.formats = {QStringLiteral("html")};
    request.outPath = m_dir->filePath(QStringLiteral("p.zip"));
    auto result = PackageBuilder::build(*m_window->store(), *library, *templates, NoTestRuns(), request);
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    auto *packages = m_window->findChild<PackagesPage *>();
    QVERIFY(packages);
    m_window->showPage(packages);
    packages->showMissing(result->warnings);
    const QTextBrowser *view = packages->missingView();
    QString href;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (const QTextFragment f = it.fragment(); f.charFormat().isAnchor() && f.text().contains(QStringLiteral("GSPR")))
                href = f.charFormat().anchorHref();
    QVERIFY2(!href.isEmpty(), qPrintable(view->toHtml()));
    Q_EMIT const_cast<QTextBrowser *>(view)->anchorClicked(QUrl(href));
    GsprPage *page = m_window->gsprPage();
    QCOMPARE(m_window->currentPage(), page);
    const QModelIndex current = page->table()->currentIndex();
    QCOMPARE(current.sibling(current.row(), GsprModel::Point).data().toString(), QStringLiteral("1"));
    QCOMPARE(current.column(), int(GsprModel::Applies));
}

// A deployer's project keeps no checklist, and the page says why in the language of the moment (the English
// screenshots showed the Bokmål note: it was written once, when the project opened).
void TestGsprPage::deployerNoteFollowsTheLanguage()
{
    const QString deployer = m_dir->filePath(QStringLiteral("deployer.veiviser"));
    QVERIFY(ProjectStore::create(deployer, {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Deployer}).ok());
    QVERIFY(m_window->openProject(deployer));
    GsprPage *page = m_window->gsprPage();
    const auto shows = [page](const QString &text) {
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text().contains(text); });
    };
    QVERIFY(shows(QStringLiteral("manufacturer's duty")));
    m_window->setLanguage(QStringLiteral("nb"));
    QCoreApplication::processEvents();
    const bool nb = shows(QStringLiteral("produsentens plikt")), stale = shows(QStringLiteral("manufacturer's duty"));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QVERIFY(nb);
    QVERIFY(!stale);
    QVERIFY(shows(QStringLiteral("manufacturer's duty")));
}

QTEST_MAIN(TestGsprPage)
#include "tst_gsprpage.moc"
