// The Packages page: it lists the shipped documents, every input has an accessible name, a normal project offers
// building, and a review project made from a package records findings per requirement.

#include "ModalAnswers.h"
#include "TestSupport.h"

#include "core/Json.h"
#include "core/Translation.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"
#include "ui/ColourScheme.h"
#include "ui/PackageDiffModel.h"
#include "ui/PackagesPage.h"
#include "ui/ProjectSession.h"
#include "ui/RegistrationPanel.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QStyle>

using namespace vv;
using namespace vv::ui;

class TestPackagesPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsDocumentsWithAccessibleInputs();
    void untickedDocumentsShowOnADarkPalette();
    void reviewProjectRecordsFindings();
    void diffViewShowsChanges();
    void replacingAFileIsAsked();
    void cancellingABuildWritesNothing();
    void registrationIsWrittenAsJsonAndDocument();

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
    QCOMPARE(documents->count(), 14); // the shipped templates, the post-market and the two risk documents included
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

void TestPackagesPage::untickedDocumentsShowOnADarkPalette()
{
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QSKIP("the dark palette is shown with the Fusion style (applyColourScheme)");
    ProjectSession session;
    PackagesPage page(&session);
    QVERIFY(session.open(m_project));
    page.resize(1000, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *documents = page.findChild<QListWidget *>();
    QVERIFY(documents);
    // The strongest contrast with the list's base in the check box of an unticked document: its outline.
    const auto boxContrast = [documents] {
        int row = 0;
        while (row < documents->count() && documents->item(row)->checkState() == Qt::Checked)
            ++row;
        const QRect item = documents->visualItemRect(documents->item(row));
        // The box and its margin, not the title beside it.
        const int width = documents->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4;
        const QImage image = documents->viewport()->grab(QRect(item.left(), item.top(), width, item.height())).toImage();
        const QColor base = documents->palette().color(QPalette::Base);
        double most = 1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                most = std::max(most, contrastRatio(QColor(image.pixel(x, y)), base));
        return most;
    };
    page.setPalette(darkPalette());
    const double onDark = boxContrast();
    QVERIFY2(onDark >= 3, qPrintable(QStringLiteral("the unticked box contrasts %1:1 with the list").arg(onDark)));
    // Back on a light palette the list inherits its colours again, and the box is drawn as Fusion draws it.
    page.setPalette(QApplication::style()->standardPalette());
    QCOMPARE(documents->palette().color(QPalette::Window), page.palette().color(QPalette::Window));
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
    auto combos = requirement->parentWidget()->findChildren<QComboBox *>();
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

void TestPackagesPage::diffViewShowsChanges()
{
    // Two versions of a package with one detail changed in between; the page compares them off the GUI thread
    // with the same PackageDiff as `package diff` and shows the changes in a table.
    const QString older = m_dir.filePath(QStringLiteral("v1.zip"));
    const QString newer = m_dir.filePath(QStringLiteral("v2.zip"));
    const QStringList build = {QStringLiteral("package"), QStringLiteral("build"), m_project, QStringLiteral("--document"),
                               QStringLiteral("model-card"), QStringLiteral("--out")};
    auto r = test::runCli(build + QStringList{older});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli({QStringLiteral("details"), QStringLiteral("set"), m_project, QStringLiteral("model.task"),
                      QStringLiteral("Binary classification of sepsis within 12 hours.")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli(build + QStringList{newer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::runCli({QStringLiteral("--json"), QStringLiteral("package"), QStringLiteral("diff"), older, newer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto cli = parseJson(r.out, QStringLiteral("stdout"));
    QVERIFY(cli);

    ProjectSession session;
    PackagesPage page(&session);
    QVERIFY(session.open(m_project));
    auto *view = page.findChild<QTableView *>();
    QVERIFY(view);
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(view->isHidden());
    const PackageDiffModel *model = page.diffModel();
    QAbstractItemModelTester tester(const_cast<PackageDiffModel *>(model),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model(), model);
    page.comparePackages(older, newer);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QTRY_VERIFY(!view->isHidden());
    // The outcome is a mark as well as a sentence.
    QLabel *mark = nullptr;
    for (QLabel *l : page.findChildren<QLabel *>())
        if (l->accessibleName() == QStringLiteral("Outcome"))
            mark = l;
    QVERIFY(mark);
    QVERIFY(!mark->isHidden());
    QCOMPARE(mark->accessibleDescription(), QStringLiteral("Succeeded"));

    // The same changes as the CLI reports, in the model's columns.
    QCOMPARE(model->rowCount(), int((*cli)["changes"].size()));
    QCOMPARE(model->columnCount(), int(PackageDiffModel::ColumnCount));
    bool detail = false, document = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString area = model->index(row, PackageDiffModel::AreaColumn).data(Qt::UserRole).toString();
        const QString key = model->index(row, PackageDiffModel::KeyColumn).data().toString();
        if (area == QStringLiteral("details") && key == QStringLiteral("model.task")) {
            detail = true;
            QCOMPARE(model->index(row, PackageDiffModel::AfterColumn).data().toString(),
                     QStringLiteral("Binary classification of sepsis within 12 hours."));
            QCOMPARE(model->index(row, PackageDiffModel::KindColumn).data().toString(),
                     PackageDiffModel::kindTitle(packaging::PackageChange::Kind::Added)); // the demo had none
        }
        document |= area == QStringLiteral("documents");
        QVERIFY(!model->index(row, PackageDiffModel::AreaColumn).data().toString().isEmpty());
    }
    QVERIFY(detail);
    QVERIFY(document);

    // Comparing a package with itself finds nothing, and the table empties.
    page.comparePackages(older, older);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QTRY_COMPARE(model->rowCount(), 0);
}

// A name typed without ".zip" gets it added; the save dialog never asked about that file, so the page does, and
// "No" leaves the user's file as it was. "Yes" replaces it with the package.
void TestPackagesPage::replacingAFileIsAsked()
{
    ProjectSession session;
    PackagesPage page(&session);
    QVERIFY(session.open(m_project));
    for (QCheckBox *box : page.findChildren<QCheckBox *>())
        if (box->text() == QStringLiteral("PDF"))
            box->setChecked(false); // HTML is enough here, and needs no veiviser-pdf
    const QString typed = m_dir.filePath(QStringLiteral("mine"));
    const QString target = typed + QStringLiteral(".zip");
    const QByteArray own("the user's own file\n");
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(own);
    }
    auto readTarget = [&] {
        QFile f(target);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // Every question while the build is asked for, answered with `answer`: the page's own, or the save dialog's when
    // its completer already turned "mine" into "mine.zip". Either way someone asked.
    QStringList questions;
    QMessageBox::StandardButton answer = QMessageBox::No;
    QTimer answering;
    connect(&answering, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            questions << box->text();
            box->button(answer)->click();
        } else if (auto *dialog = qobject_cast<QFileDialog *>(modal); dialog && !questions.isEmpty()) {
            dialog->reject(); // after a "No" to the save dialog's own question, the user cancels it
        }
    });
    answering.start(20);

    auto dialog = test::answerNextFileDialog(typed);
    QTest::mouseClick(page.buildButton(), Qt::LeftButton);
    QVERIFY(!dialog->isEmpty());
    QVERIFY2(!questions.isEmpty(), qPrintable(page.statusText()));
    QVERIFY(!page.isBusy());
    QCOMPARE(readTarget(), own);

    questions.clear();
    answer = QMessageBox::Yes;
    dialog = test::answerNextFileDialog(typed);
    QTest::mouseClick(page.buildButton(), Qt::LeftButton);
    QVERIFY2(!questions.isEmpty(), qPrintable(page.statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QVERIFY2(readTarget().startsWith("PK"), qPrintable(page.statusText()));
}

// Cancel while the package is being built: the build stops, says so, and leaves no file behind. (Seen failing with
// the Cancel button not connected: the package was written.)
void TestPackagesPage::cancellingABuildWritesNothing()
{
    ProjectSession session;
    PackagesPage page(&session);
    page.show();
    QVERIFY(session.open(m_project));
    for (QCheckBox *box : page.findChildren<QCheckBox *>())
        if (box->text() == QStringLiteral("PDF"))
            box->setChecked(false); // HTML is enough here, and needs no veiviser-pdf
    const QString target = m_dir.filePath(QStringLiteral("cancelled.zip"));
    QVERIFY(!QFileInfo::exists(target));
    auto dialog = test::answerNextFileDialog(target);
    QTest::mouseClick(page.buildButton(), Qt::LeftButton);
    QVERIFY(!dialog->isEmpty());
    QVERIFY(page.isBusy());
    QVERIFY(page.cancelButton()->isVisible());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QVERIFY2(page.statusText().contains(QStringLiteral("Cancelled by the user")), qPrintable(page.statusText()));
    QVERIFY(page.cancelButton()->isHidden());
    QVERIFY(page.buildButton()->isEnabled());
    QVERIFY2(!QFileInfo::exists(target), qPrintable(page.statusText()));
    // Nothing half-written either (a QSaveFile's "cancelled.zip.XXXXXX").
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("cancelled.zip*")}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}


// The registrations under Pakker (docs/registration.md): each format of templates/registration.json is offered, the
// JSON and the readable document are written from the project with the missing fields named, an existing file is
// replaced only when the user confirmed it, and the button asks for the files.
void TestPackagesPage::registrationIsWrittenAsJsonAndDocument()
{
    ProjectSession session;
    PackagesPage page(&session);
    QVERIFY(session.open(m_project));
    RegistrationPanel *panel = page.registrationPanel();
    QVERIFY(panel);
    QVERIFY(panel->writeButton()->isEnabled());
    // The formats offered are those of the shipped field lists, read here from the file itself.
    QFile file(QStringLiteral(VV_SOURCE_DIR "/templates/registration.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto shipped = parseJson(file.readAll(), file.fileName());
    QVERIFY(shipped);
    QStringList ids;
    for (const Json &f : (*shipped)["formats"])
        ids << fromStd(f["id"].get<std::string>());
    QCOMPARE(panel->formatBox()->count(), int(ids.size()));
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(panel->formatBox()->itemData(i).toString(), ids[i]);

    // Written as the CLI writes it: the JSON is the same as `register --json`, the document lists what is missing.
    // The public register entry: voluntary, so its missing fields are listed for this deployer too.
    const QString json = m_dir.filePath(QStringLiteral("entry.json"));
    const QString html = m_dir.filePath(QStringLiteral("entry.html"));
    const QString lang = Translation::current() == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("nb");
    // Written off the GUI thread, as a build is: the page is busy until it is done.
    const auto write = [&](const QString &format, const QString &jsonPath, const QString &documentPath) {
        if (!page.writeRegistration({format, jsonPath, documentPath, lang, ExistingFile::Refuse}) || !page.isBusy())
            return false;
        return QTest::qWaitFor([&] { return !page.isBusy(); }, 60000);
    };
    QVERIFY(write(QStringLiteral("public-register"), json, html));
    auto cli = test::runCli({QStringLiteral("--json"), QStringLiteral("register"), m_project, QStringLiteral("--format"),
                             QStringLiteral("public-register"), QStringLiteral("--language"), Translation::current()});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QFile written(json);
    QVERIFY(written.open(QIODevice::ReadOnly));
    auto fromGui = parseJson(written.readAll(), json);
    written.close();
    auto fromCli = parseJson(cli.out, QStringLiteral("stdout"));
    QVERIFY(fromGui && fromCli);
    VV_COMPARE_JSON(*fromGui, *fromCli);
    QFile document(html);
    QVERIFY(document.open(QIODevice::ReadOnly));
    const QByteArray text = document.readAll();
    QVERIFY(text.startsWith("<!DOCTYPE html>"));
    QVERIFY(!(*fromCli)["missing"].empty());
    for (const Json &m : (*fromCli)["missing"])
        QVERIFY2(text.contains(QString(fromStd(m.get<std::string>())).toHtmlEscaped().toUtf8()),
                 m.get<std::string>().c_str());
    QVERIFY2(page.statusText().contains(QString::number((*fromCli)["missing"].size())), qPrintable(page.statusText()));

    // An existing file is not replaced unasked.
    const QByteArray own("the user's own file\n");
    QVERIFY(written.open(QIODevice::WriteOnly | QIODevice::Truncate));
    written.write(own);
    written.close();
    const QString before = page.statusText();
    QVERIFY(write(QStringLiteral("eu-ai-database"), json, QString()));
    QVERIFY2(page.statusText() != before && page.statusText().contains(QDir::toNativeSeparators(json)),
             qPrintable(page.statusText()));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), own);
    written.close();

    // The button: JSON only, to a file the save dialog names; EUDAMED in this case.
    panel->formatBox()->setCurrentIndex(panel->formatBox()->findData(QStringLiteral("eudamed-udi")));
    panel->documentBox()->setChecked(false);
    const QString typed = m_dir.filePath(QStringLiteral("eudamed.json"));
    auto dialog = test::answerNextFileDialog(typed);
    QTest::mouseClick(panel->writeButton(), Qt::LeftButton);
    QVERIFY(!dialog->isEmpty());
    QVERIFY(page.isBusy());
    QVERIFY(!panel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QVERIFY(panel->isEnabled());
    QFile entry(typed);
    QVERIFY2(entry.open(QIODevice::ReadOnly), qPrintable(page.statusText()));
    auto entryJson = parseJson(entry.readAll(), typed);
    QVERIFY(entryJson);
    QCOMPARE((*entryJson)["format"].get<std::string>(), std::string("eudamed-udi"));
}

QTEST_MAIN(TestPackagesPage)
#include "tst_packagespage.moc"
