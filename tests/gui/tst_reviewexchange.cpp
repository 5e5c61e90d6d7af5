// The exchange between vendor and regulator in the GUI alone: a key pair made in the dialog (with a passphrase the
// GUI asks for), a signed package opened for review from the main window, the signed review file exported by the
// reviewer, and imported on the vendor's side, where the findings appear on the requirements. The package itself is
// built with the CLI (the GUI's build asks for a file name in a native dialog).

#include "ModalAnswers.h"
#include "TestSupport.h"

#include "packaging/Review.h"
#include "packaging/Signing.h"
#include "store/ImportedReviewTable.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"
#include "ui/MainWindow.h"
#include "ui/PackagesPage.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementPage.h"
#include "ui/ReviewDialogs.h"
#include "ui/SigningKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using namespace vv::ui;
using namespace vv::packaging;

namespace {

const QString findingUrn = QStringLiteral("urn:veiviser:gdpr:art-35");
const QByteArray passphrase = "tre blå hester i Bodø";

} // namespace

class TestReviewExchange : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyPairDialogChecksItsForm();
    void keyPairFolderOnANewAccount();
    void passphraseIsAskedFor();
    void reviewerOpensThePackage();
    void brokenPackageMakesNoReviewProject();
    void closedWhileOpeningMakesNoReviewProject();
    void reviewerExportsTheReview();
    void vendorImportsTheReview();
    void unsignedReviewNeedsConsent();
    void pageOffersWhatTheProjectAllows();

private:
    void runOk(const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_vendor, m_package, m_review, m_reviewFile, m_unsignedReviewFile;
    KeyPairFiles m_vendorKey, m_reviewerKey;
};

void TestReviewExchange::runOk(const QStringList &args)
{
    const auto r = test::runCli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
}

void TestReviewExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("VEIVISER_DATA_DIR", VV_BIN_DIR "/../share/veiviser");
    m_vendor = path(QStringLiteral("vendor.veiviser"));
    m_package = path(QStringLiteral("sepsis-package.zip"));
    VV_HELPER(runOk({QStringLiteral("project"), QStringLiteral("init"), m_vendor, QStringLiteral("--role"), QStringLiteral("deployer")}));
    VV_HELPER(runOk({QStringLiteral("answer"), m_vendor, QStringLiteral("--from"), QStringLiteral(VV_SOURCE_DIR "/demo/answers.json")}));
    auto vendorKey = KeyPairDialog::create(path(QStringLiteral("vendor-keys")), passphrase);
    QVERIFY2(vendorKey, qPrintable(vendorKey ? QString() : vendorKey.error().toString()));
    m_vendorKey = *vendorKey;
    auto reviewerKey = KeyPairDialog::create(path(QStringLiteral("reviewer-keys")), passphrase);
    QVERIFY2(reviewerKey, qPrintable(reviewerKey ? QString() : reviewerKey.error().toString()));
    m_reviewerKey = *reviewerKey;
    QFile pass(path(QStringLiteral("passphrase.txt")));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(passphrase + '\n');
    pass.close();
    VV_HELPER(runOk({QStringLiteral("package"), QStringLiteral("build"), m_vendor, QStringLiteral("--document"),
           QStringLiteral("dpia"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), m_package,
           QStringLiteral("--sign"), m_vendorKey.privateKey, QStringLiteral("--passphrase-file"), pass.fileName()}));
}

void TestReviewExchange::keyPairDialogChecksItsForm()
{
    KeyPairDialog dialog;
    // A folder that holds a key pair already is refused: keys are never overwritten.
    dialog.folderEdit()->setText(path(QStringLiteral("vendor-keys")));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("holds a key pair already")), qPrintable(dialog.problemText()));
    dialog.folderEdit()->setText(path(QStringLiteral("new-keys")));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("Without a passphrase")), qPrintable(dialog.problemText()));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("one"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("two"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("differ")), qPrintable(dialog.problemText()));
    dialog.repeatEdit()->setText(QStringLiteral("one"));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(dialog.problemText().isEmpty());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const KeyPairFiles &made = dialog.created();
    QVERIFY(QFile::exists(made.privateKey));
    QCOMPARE(QFile::permissions(made.privateKey) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    auto pub = PublicKey::readFile(made.publicKey);
    QVERIFY(pub);
    QCOMPARE(pub->fingerprint(), made.fingerprint);
    QCOMPARE(SigningKey::needsPassphrase(made.privateKey).value(), true);
    QVERIFY(SigningKey::readFile(made.privateKey, "one"));
}

// On a new account not even ~/.local/share exists: the dialog's folder is made with all its parents, each private.
void TestReviewExchange::keyPairFolderOnANewAccount()
{
    KeyPairDialog dialog;
    const QString suggested = QDir::fromNativeSeparators(dialog.folderEdit()->text());
    QVERIFY2(suggested.endsWith(QStringLiteral("/veiviser/keys")), qPrintable(suggested));
    QVERIFY2(!suggested.contains(QStringLiteral("Veiviser/veiviser")), qPrintable(suggested));
    const QString home = path(QStringLiteral("new-account"));
    const QString folder = home + QStringLiteral("/.local/share/veiviser/keys");
    dialog.folderEdit()->setText(folder);
    QVERIFY(dialog.createButton()->isEnabled());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problemText()));
    QVERIFY(QFile::exists(dialog.created().privateKey));
    for (const QString &made : QStringList{home, home + QStringLiteral("/.local"), home + QStringLiteral("/.local/share"), folder})
        QCOMPARE(QFile::permissions(made) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                             QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
}

void TestReviewExchange::passphraseIsAskedFor()
{
    QWidget parent;
    // The right passphrase unlocks the key; the question names the file.
    auto asked = test::answerNextInputDialog(QString::fromUtf8(passphrase));
    auto key = readSigningKey(&parent, m_vendorKey.privateKey);
    QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
    QCOMPARE(key->publicKey().fingerprint(), m_vendorKey.fingerprint);
    QVERIFY2(asked->contains(QStringLiteral("veiviser-signing-key.pem")), qPrintable(*asked));
    // A wrong one says so; closing the question is a cancellation, not an error to show.
    auto wrong = test::answerNextInputDialog(QStringLiteral("wrong"));
    key = readSigningKey(&parent, m_vendorKey.privateKey);
    QVERIFY(!key);
    QVERIFY2(key.error().toString().contains(QStringLiteral("wrong passphrase")), qPrintable(key.error().toString()));
    auto closed = test::answerNextInputDialog(QString(), false);
    key = readSigningKey(&parent, m_vendorKey.privateKey);
    QVERIFY(!key);
    QCOMPARE(key.error().kind(), Error::Kind::Cancelled);
    // A key without a passphrase is read without a question.
    auto plain = KeyPairDialog::create(path(QStringLiteral("plain-keys")), {});
    QVERIFY(plain);
    auto notAsked = test::answerNextInputDialog(QStringLiteral("unused"));
    QVERIFY(readSigningKey(&parent, plain->privateKey));
    QTest::qWait(100);
    QVERIFY(notAsked->isEmpty());
    QVERIFY(!wrong->isEmpty() && !closed->isEmpty());
    notAsked.reset(); // the question that did not come must not be answered later
}

void TestReviewExchange::reviewerOpensThePackage()
{
    MainWindow window;
    ReviewOpenDialog *dialog = window.reviewPackageDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->startButton()->isEnabled());
    dialog->packageEdit()->setText(m_package);
    // The review project goes next to the package by default.
    m_review = path(QStringLiteral("sepsis-package-review.veiviser"));
    QCOMPARE(QDir::fromNativeSeparators(dialog->projectEdit()->text()), m_review);
    QVERIFY(!dialog->reviewerEdit()->text().isEmpty()); // the login, until the reviewer types a name
    dialog->reviewerEdit()->setText(QStringLiteral("Ola Nordmann"));
    dialog->organisationEdit()->setText(QStringLiteral("Direktoratet for medisinske produkter"));
    dialog->publicKeyEdit()->setText(m_vendorKey.publicKey);
    QVERIFY2(dialog->startButton()->isEnabled(), qPrintable(dialog->problemText()));
    QSignalSpy finished(dialog, &ReviewOpenDialog::reviewFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);

    // The main window now has the review project open and says what was verified.
    QVERIFY(window.session()->isOpen());
    ProjectStore *store = window.session()->store();
    QVERIFY(store->isReviewProject());
    QCOMPARE(QFileInfo(store->location()).absoluteFilePath(), QFileInfo(m_review).absoluteFilePath());
    QVERIFY2(window.messageText().contains(QStringLiteral("signed with the key you gave")), qPrintable(window.messageText()));
    QVERIFY2(window.messageText().contains(m_vendorKey.fingerprint), qPrintable(window.messageText()));
    auto package = ReviewTable(*store).package();
    QVERIFY(package && *package);
    QCOMPARE((*package)->reviewerName, QStringLiteral("Ola Nordmann"));
    QVERIFY((*package)->keyPinned);
    QVERIFY(!QFile::exists(m_review + QStringLiteral(".part")));
}

void TestReviewExchange::brokenPackageMakesNoReviewProject()
{
    // One changed byte in a copy of the package.
    const QString broken = path(QStringLiteral("broken.zip"));
    QVERIFY(QFile::copy(m_package, broken));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 at = f.size() / 3;
    QVERIFY(f.seek(at));
    char byte = 0;
    QVERIFY(f.getChar(&byte));
    QVERIFY(f.seek(at));
    QVERIFY(f.putChar(char(byte ^ 0x20)));
    f.close();

    ReviewOpenDialog dialog;
    dialog.packageEdit()->setText(broken);
    const QString project = QDir::fromNativeSeparators(dialog.projectEdit()->text());
    QSignalSpy finished(&dialog, &ReviewOpenDialog::reviewFinished);
    dialog.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!dialog.opened());
    QVERIFY2(!dialog.problemText().isEmpty(), "no reason shown");
    QVERIFY(!QFile::exists(project));
    QVERIFY(!QFile::exists(project + QStringLiteral(".part")));
    // A package signed by someone else than the key given is refused too.
    ReviewOpenDialog pinned;
    pinned.packageEdit()->setText(m_package);
    pinned.projectEdit()->setText(path(QStringLiteral("pinned-review.veiviser")));
    pinned.publicKeyEdit()->setText(m_reviewerKey.publicKey);
    QSignalSpy pinnedFinished(&pinned, &ReviewOpenDialog::reviewFinished);
    pinned.start();
    QVERIFY(pinnedFinished.wait(60000));
    QCOMPARE(pinnedFinished.first().first().toBool(), false);
    QVERIFY2(pinned.problemText().contains(m_reviewerKey.fingerprint) || pinned.problemText().contains(QStringLiteral("key")),
             qPrintable(pinned.problemText()));
    QVERIFY(!QFile::exists(path(QStringLiteral("pinned-review.veiviser"))));
}

// Closing the dialog while the package is being verified cancels the work and waits for it: nothing is made.
void TestReviewExchange::closedWhileOpeningMakesNoReviewProject()
{
    ReviewOpenDialog dialog;
    dialog.packageEdit()->setText(m_package);
    const QString project = path(QStringLiteral("closed-review.veiviser"));
    dialog.projectEdit()->setText(project);
    QSignalSpy finished(&dialog, &ReviewOpenDialog::reviewFinished);
    dialog.start();
    QVERIFY(dialog.isRunning());
    dialog.reject();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!dialog.opened());
    QCOMPARE(dialog.problemText(), QStringLiteral("Cancelled; no review project was made."));
    QVERIFY(!QFile::exists(project));
    QVERIFY(!QFile::exists(project + QStringLiteral(".part")));
}

void TestReviewExchange::reviewerExportsTheReview()
{
    QVERIFY(!m_review.isEmpty());
    auto store = ProjectStore::open(m_review);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    ReviewFinding finding;
    finding.urn = findingUrn;
    finding.verdict = Verdict::Deficiency;
    finding.comment = QStringLiteral("The DPIA does not cover the new data flow to the vendor.");
    QVERIFY(ReviewTable(**store).saveFinding(finding));

    ReviewExportDialog dialog(store->get());
    QCOMPARE(dialog.reviewerEdit()->text(), QStringLiteral("Ola Nordmann"));
    QCOMPARE(dialog.organisationEdit()->text(), QStringLiteral("Direktoratet for medisinske produkter"));
    QVERIFY(!dialog.outEdit()->text().isEmpty());
    m_reviewFile = path(QStringLiteral("review-signed.json"));
    dialog.summaryEdit()->setPlainText(QStringLiteral("One deficiency to correct before approval."));
    dialog.keyEdit()->setText(m_reviewerKey.privateKey);
    dialog.outEdit()->setText(m_reviewFile);
    QVERIFY2(dialog.exportButton()->isEnabled(), qPrintable(dialog.problemText()));
    auto asked = test::answerNextInputDialog(QString::fromUtf8(passphrase));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problemText()));
    QVERIFY2(dialog.resultText().contains(m_reviewerKey.fingerprint), qPrintable(dialog.resultText()));
    QVERIFY(!asked->isEmpty());
    asked.reset();

    auto pub = PublicKey::readFile(m_reviewerKey.publicKey);
    QVERIFY(pub);
    auto checked = Review::readReviewFile(m_reviewFile, *pub, false);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().toString()));
    QVERIFY(checked->isSigned);
    QCOMPARE(checked->document.value("summary", std::string()), std::string("One deficiency to correct before approval."));
    QCOMPARE(checked->document["findings"].size(), std::size_t(1));

    // Without a key the file is written unsigned, and the form said what that means.
    ReviewExportDialog plain(store->get());
    m_unsignedReviewFile = path(QStringLiteral("review-unsigned.json"));
    plain.outEdit()->setText(m_unsignedReviewFile);
    QVERIFY2(plain.problemText().contains(QStringLiteral("cannot check who wrote")), qPrintable(plain.problemText()));
    plain.exportFromForm();
    QCOMPARE(plain.result(), int(QDialog::Accepted));
    auto unsignedReview = Review::readReviewFile(m_unsignedReviewFile, PublicKey(), true);
    QVERIFY(unsignedReview);
    QVERIFY(!unsignedReview->isSigned);
}

void TestReviewExchange::vendorImportsTheReview()
{
    QVERIFY(!m_reviewFile.isEmpty());
    ProjectSession session;
    PackagesPage packages(&session);
    RequirementPage page(&session);
    QVERIFY(session.open(m_vendor));
    page.showRequirement(findingUrn);
    QVERIFY(page.receivedFindingsText().isEmpty());

    QVERIFY(packages.importReview(m_reviewFile));
    QVERIFY2(packages.statusText().contains(QStringLiteral("1 finding")), qPrintable(packages.statusText()));
    QVERIFY2(packages.statusText().contains(m_reviewerKey.fingerprint), qPrintable(packages.statusText()));
    // The finding is on the requirement it concerns, with who made it and why.
    const QString shown = page.receivedFindingsText();
    QVERIFY2(shown.contains(QStringLiteral("Deficiency")) && shown.contains(QStringLiteral("new data flow")) &&
                 shown.contains(QStringLiteral("Ola Nordmann")),
             qPrintable(shown));
    auto reviews = ImportedReviewTable::list(*session.store());
    QVERIFY(reviews);
    QCOMPARE(reviews->size(), std::size_t(1));
    // The same file again changes nothing.
    QVERIFY(packages.importReview(m_reviewFile));
    QVERIFY2(packages.statusText().contains(QStringLiteral("imported before")), qPrintable(packages.statusText()));
    QCOMPARE(ImportedReviewTable::list(*session.store())->size(), std::size_t(1));
    // Another requirement shows nothing received.
    page.showRequirement(QStringLiteral("urn:veiviser:ai-act:art-26"));
    QVERIFY(page.receivedFindingsText().isEmpty());
}

void TestReviewExchange::unsignedReviewNeedsConsent()
{
    QVERIFY(!m_unsignedReviewFile.isEmpty());
    ProjectSession session;
    PackagesPage packages(&session);
    QVERIFY(session.open(m_vendor));
    const std::size_t before = ImportedReviewTable::list(*session.store())->size();
    auto question = test::answerNextMessageBox(QMessageBox::No);
    const Status declined = packages.importReview(m_unsignedReviewFile);
    QVERIFY(!declined);
    QVERIFY2(question->contains(QStringLiteral("not signed")), qPrintable(*question));
    QVERIFY2(packages.statusText().contains(QStringLiteral("Not imported")), qPrintable(packages.statusText()));
    QCOMPARE(ImportedReviewTable::list(*session.store())->size(), before);
    test::answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(packages.importReview(m_unsignedReviewFile));
    QCOMPARE(ImportedReviewTable::list(*session.store())->size(), before + 1);
}

void TestReviewExchange::pageOffersWhatTheProjectAllows()
{
    ProjectSession session;
    PackagesPage packages(&session);
    QVERIFY(session.open(m_vendor));
    QVERIFY(packages.importReviewButton()->isVisibleTo(&packages));
    QVERIFY(packages.importReviewButton()->isEnabled());
    QVERIFY(!packages.exportReviewButton()->isVisibleTo(&packages));
    QVERIFY(packages.buildButton()->isVisibleTo(&packages));
    const QString vendorIntro = packages.introText();
    QVERIFY2(packages.historyGroups().size() == 2 && packages.historyGroups().first().startsWith(QStringLiteral("Packages built")),
             qPrintable(packages.historyGroups().join(u'|')));
    QVERIFY(session.open(m_review));
    QVERIFY(!packages.importReviewButton()->isVisibleTo(&packages));
    QVERIFY(packages.exportReviewButton()->isVisibleTo(&packages));
    QVERIFY(!packages.buildButton()->isVisibleTo(&packages));
    QVERIFY(packages.createKeyButton()->isVisibleTo(&packages));
    // A reviewer has built nothing and received nothing: the page speaks of the package under review.
    QCOMPARE(packages.historyGroups(), QStringList{QStringLiteral("Findings in this review")});
    QVERIFY2(packages.introText().startsWith(QStringLiteral("Review of a package")), qPrintable(packages.introText()));
    QVERIFY2(packages.introText().contains(QFileInfo(m_package).fileName()), qPrintable(packages.introText()));
    QVERIFY(session.open(m_vendor));
    QCOMPARE(packages.introText(), vendorIntro);
}

QTEST_MAIN(TestReviewExchange)
#include "tst_reviewexchange.moc"
