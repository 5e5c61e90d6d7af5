// The Packages page: it lists the shipped documents, every input has an accessible name, a normal project offers
// building, and a review project made from a package records findings per requirement.

#include "TestSupport.h"

#include "store/ProjectStore.h"
#include "store/ReviewTable.h"
#include "ui/PackagesPage.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;

class TestPackagesPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsDocumentsWithAccessibleInputs();
    void reviewProjectRecordsFindings();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestPackagesPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    m_project = m_dir.filePath(QStringLiteral("demo.veiviser"));
    auto r = test::runCli({QStringLiteral("project"), QStringLiteral("init"), m_project});
    QCOMPARE(r.exitCode, 0);
    r = test::runCli({QStringLiteral("answer"), m_project, QStringLiteral("--from"),
                      QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPackagesPage::listsDocumentsWithAccessibleInputs()
{
    ProjectSession session;
    PackagesPage page(&session);
    QVERIFY(session.open(m_project));
    auto *documents = page.findChild<QListWidget *>();
    QVERIFY(documents);
    QCOMPARE(documents->count(), 9);
    int checked = 0;
    for (int i = 0; i < documents->count(); ++i)
        checked += documents->item(i)->checkState() == Qt::Checked;
    QCOMPARE(checked, 1); // Annex IV by default
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QListWidget *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QPlainTextEdit *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    // Not a review project: no finding form, building is offered.
    auto *comment = page.findChild<QPlainTextEdit *>();
    QVERIFY(comment);
    QVERIFY(comment->isHidden() || !comment->parentWidget()->isVisibleTo(&page));
    bool buildEnabled = false;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Build")) || b->text().contains(QStringLiteral("Bygg")))
            buildEnabled = b->isEnabled();
    QVERIFY(buildEnabled);
}

void TestPackagesPage::reviewProjectRecordsFindings()
{
    const QString package = m_dir.filePath(QStringLiteral("p.zip"));
    const QString review = m_dir.filePath(QStringLiteral("review.veiviser"));
    auto r = test::runCli({QStringLiteral("keys"), QStringLiteral("generate"), m_dir.filePath(QStringLiteral("k"))});
    QCOMPARE(r.exitCode, 0);
    r = test::runCli({QStringLiteral("package"), QStringLiteral("build"), m_project, QStringLiteral("--document"),
                      QStringLiteral("model-card"), QStringLiteral("--out"), package, QStringLiteral("--sign"),
                      m_dir.filePath(QStringLiteral("k/veiviser-signing-key.pem"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli({QStringLiteral("review"), QStringLiteral("open"), package, QStringLiteral("--out"), review});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    ProjectSession session;
    PackagesPage page(&session);
    QVERIFY(session.open(review));
    auto *requirement = page.findChild<QComboBox *>();
    QVERIFY(requirement);
    QVERIFY(requirement->count() > 10);
    QVERIFY(requirement->parentWidget()->isVisibleTo(&page));
    requirement->setCurrentIndex(0);
    const QString urn = requirement->currentData().toString();
    QVERIFY(urn.startsWith(QStringLiteral("urn:")));
    auto combos = page.findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 2);
    QComboBox *verdict = combos[1];
    verdict->setCurrentIndex(verdict->findData(QStringLiteral("question")));
    QPushButton *save = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->parentWidget() == requirement->parentWidget())
            save = b;
    QVERIFY(save);
    // A question without a comment is refused and nothing is stored.
    save->click();
    auto findings = ReviewTable(*session.store()).findings();
    QVERIFY(findings);
    QCOMPARE(findings->size(), std::size_t(0));
    page.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Which population was the model validated on?"));
    save->click();
    findings = ReviewTable(*session.store()).findings();
    QVERIFY(findings);
    QCOMPARE(findings->size(), std::size_t(1));
    QCOMPARE(findings->front().urn, urn);
    QCOMPARE(findings->front().verdict, Verdict::Question);
}

QTEST_MAIN(TestPackagesPage)
#include "tst_packagespage.moc"
