#include "ui/PackagesPage.h"
#include "ui/FileDialogs.h"

#include "core/Translation.h"
#include "packaging/PackageBuilder.h"
#include "packaging/PackageReader.h"
#include "packaging/Review.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/ImportedReviewTable.h"
#include "store/PackageBuildTable.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"
#include "ui/Labels.h"
#include "ui/Links.h"
#include "ui/PackageDiffModel.h"
#include "ui/ProjectSession.h"
#include "ui/ColourScheme.h"
#include "ui/RegistrationPanel.h"
#include "ui/ReviewDialogs.h"
#include "ui/SigningKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QDate>
#include <QStyle>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vv::ui {

using namespace vv::packaging;

namespace {

QString jsonTitle(const Json &title)
{
    if (title.is_string())
        return QString::fromStdString(title.get<std::string>());
    if (!title.is_object())
        return {};
    guidance::LocalizedText t;
    t.nb = QString::fromStdString(title.value("nb", std::string()));
    t.en = QString::fromStdString(title.value("en", std::string()));
    return t.current();
}

} // namespace

PackagesPage::PackagesPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_documentsLabel(new QLabel(this)),
      m_documents(new QListWidget(this)), m_html(new QCheckBox(this)), m_pdf(new QCheckBox(this)),
      m_docx(new QCheckBox(this)), m_keyLabel(new QLabel(this)), m_key(new QLineEdit(this)),
      m_browseKey(new QPushButton(this)), m_build(new QPushButton(this)), m_verify(new QPushButton(this)),
      m_compare(new QPushButton(this)), m_createKey(new QPushButton(this)), m_importReview(new QPushButton(this)),
      m_exportReview(new QPushButton(this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)), m_status(new QLabel(this)),
      m_history(new QTreeWidget(this)), m_diffHeading(new QLabel(this)), m_diffView(new QTableView(this)),
      m_diffModel(new PackageDiffModel(this)), m_findingForm(new QWidget(this)), m_findingHeading(new QLabel(this)),
      m_requirement(new QComboBox(this)), m_verdict(new QComboBox(this)), m_comment(new QPlainTextEdit(this)),
      m_saveFinding(new QPushButton(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documents->setMaximumHeight(190);
    m_html->setChecked(true);
    m_html->setEnabled(false); // the HTML is what the other formats are made from
    m_pdf->setChecked(true);
    m_keyLabel->setBuddy(m_key);
    m_documentsLabel->setBuddy(m_documents);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel->hide();
    m_history->setColumnCount(3);
    m_history->header()->setStretchLastSection(true);
    m_history->setRootIsDecorated(true);
    m_comment->setMaximumHeight(80);
    m_comment->setTabChangesFocus(true);
    m_diffView->setModel(m_diffModel);
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setWordWrap(false);
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setStretchLastSection(true);
    m_diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_diffHeading->setBuddy(m_diffView);
    m_diffHeading->hide();
    m_diffView->hide();

    auto *formats = new QHBoxLayout;
    formats->addWidget(m_html);
    formats->addWidget(m_pdf);
    formats->addWidget(m_docx);
    formats->addStretch();
    auto *key = new QHBoxLayout;
    key->addWidget(m_keyLabel);
    key->addWidget(m_key, 1);
    key->addWidget(m_browseKey);
    key->addWidget(m_createKey);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_build);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_importReview);
    buttons->addWidget(m_exportReview);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *findingLayout = new QFormLayout(m_findingForm);
    findingLayout->setContentsMargins(0, 0, 0, 0);
    findingLayout->addRow(m_findingHeading);
    findingLayout->addRow(m_requirement);
    findingLayout->addRow(m_verdict);
    findingLayout->addRow(m_comment);
    findingLayout->addRow(m_saveFinding);
    m_findingHeading->setParent(m_findingForm);
    m_findingForm->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_documentsLabel);
    layout->addWidget(m_documents);
    layout->addLayout(formats);
    layout->addLayout(key);
    layout->addLayout(buttons);
    // The outcome of a verify or build shows as a mark too, not in the wording alone.
    m_statusMark = new QLabel(this);
    m_statusMark->setAccessibleName(tr("Outcome"));
    m_statusMark->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusMark, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    m_missing = new QTextBrowser(this);
    m_missing->setMaximumHeight(220);
    m_missing->hide();
    routeLinks(m_missing, this);
    layout->addWidget(m_missing);
    m_registration = new RegistrationPanel(session, this);
    showCheckBoxesOnBase(m_documents);
    connect(m_registration, &RegistrationPanel::writeRequested, this, &PackagesPage::writeRegistration);
    layout->addWidget(m_registration);
    layout->addWidget(m_findingForm);
    layout->addWidget(m_diffHeading);
    layout->addWidget(m_diffView, 1);
    layout->addWidget(m_history, 1);

    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFile(this, tr("Signing key"), m_key->text(),
                                                          tr("PEM keys (*.pem);;All files (*)"));
        if (!file.isEmpty())
            m_key->setText(file);
    });
    connect(m_build, &QPushButton::clicked, this, &PackagesPage::buildPackage);
    connect(m_verify, &QPushButton::clicked, this, &PackagesPage::verifyPackage);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (m_job.isRunning())
            return;
        const QString filter = tr("Veiviser packages (*.zip);;All files (*)");
        const QString older = FileDialogs::openFile(this, tr("The older package"), QString(), filter);
        if (older.isEmpty())
            return;
        const QString newer = FileDialogs::openFile(this, tr("The newer package"), older, filter);
        if (!newer.isEmpty())
            comparePackages(older, newer);
    });
    connect(m_cancel, &QPushButton::clicked, &m_job, &BackgroundJob::cancel);
    connect(m_createKey, &QPushButton::clicked, this, [this] {
        KeyPairDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const KeyPairFiles &made = dialog.created();
        setSigningKeyFile(made.privateKey);
        m_status->setText(tr("Made a key pair; packages are now signed with %1. Give the public key %2 to those who "
                             "check your packages, and read its fingerprint out to them: %3")
                              .arg(QDir::toNativeSeparators(made.privateKey), QDir::toNativeSeparators(made.publicKey),
                                   made.fingerprint));
    });
    connect(m_importReview, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFile(this, tr("Import a review"), QString(),
                                                          tr("Review files (*.json);;All files (*)"));
        if (!file.isEmpty())
            (void)importReview(file);
    });
    connect(m_exportReview, &QPushButton::clicked, this, [this] {
        ReviewExportDialog dialog(this->session()->store(), this);
        dialog.keyEdit()->setText(m_key->text()); // the key the reviewer chose or made on this page
        if (dialog.exec() == QDialog::Accepted) {
            m_status->setText(dialog.resultText());
            this->session()->notifyChanged(QStringLiteral("reviews"));
        }
    });
    connect(m_saveFinding, &QPushButton::clicked, this, &PackagesPage::saveFinding);
    connect(session, &ProjectSession::opened, this, &PackagesPage::refresh);
    connect(session, &ProjectSession::closed, this, &PackagesPage::refresh);
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("packages") || area == QStringLiteral("project") || area == QStringLiteral("reviews"))
            refresh();
    });
    retranslate();
    refresh();
}

// m_job cancels the running work and waits for it.
PackagesPage::~PackagesPage() = default;

QString PackagesPage::pageTitle() const
{
    return tr("Packages");
}

void PackagesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        showCheckBoxesOnBase(m_documents);
    }
    Page::changeEvent(event);
}

void PackagesPage::retranslate()
{
    m_documentsLabel->setText(tr("&Documents to include:"));
    m_documents->setAccessibleName(tr("Documents to include"));
    m_html->setText(tr("HTML"));
    m_pdf->setText(tr("PDF"));
    m_docx->setText(tr("Word (DOCX)"));
    m_keyLabel->setText(tr("Signing &key:"));
    m_key->setPlaceholderText(tr("Private key file (empty: an unsigned package)"));
    m_key->setAccessibleName(tr("Signing key file"));
    m_browseKey->setText(tr("Choose…"));
    m_browseKey->setAccessibleName(tr("Choose the signing key file"));
    m_build->setText(tr("&Build package…"));
    m_verify->setText(tr("&Verify a package…"));
    m_compare->setText(tr("Co&mpare two packages…"));
    m_compare->setAccessibleName(tr("Compare two versions of a package"));
    m_createKey->setText(tr("Create a key &pair…"));
    m_createKey->setToolTip(tr("Make the key pair that signs your packages and review files."));
    m_importReview->setText(tr("&Import a review…"));
    m_importReview->setToolTip(tr("Import the review file a regulator sent back; its findings appear on the "
                                  "requirements."));
    m_exportReview->setText(tr("&Export the review…"));
    m_exportReview->setToolTip(tr("Write the signed review file with your findings, to send back to the vendor."));
    m_diffHeading->setText(tr("C&hanges between the two packages:"));
    m_diffView->setAccessibleName(tr("Changes between the two packages"));
    m_cancel->setText(tr("Cancel"));
    m_history->setHeaderLabels({tr("What"), tr("When"), tr("Details")});
    m_history->setAccessibleName(tr("Packages built and reviews received"));
    m_findingHeading->setText(tr("Record a finding on a requirement of the reviewed package:"));
    m_requirement->setAccessibleName(tr("Requirement"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment (needed for a deficiency or a question)"));
    m_saveFinding->setText(tr("&Save finding"));
    const int verdict = m_verdict->currentIndex();
    m_verdict->clear();
    for (Verdict v : allVerdicts())
        m_verdict->addItem(verdictLabel(v), verdictName(v));
    m_verdict->setCurrentIndex(std::max(verdict, 0));
}

QString PackagesPage::introText() const
{
    return m_heading->text() + QLatin1Char('\n') + m_intro->text();
}

QStringList PackagesPage::historyGroups() const
{
    QStringList groups;
    for (int i = 0; i < m_history->topLevelItemCount(); ++i)
        groups << m_history->topLevelItem(i)->text(0);
    return groups;
}

QString PackagesPage::signedByText(const QString &fingerprint)
{
    return fingerprint.isEmpty() ? tr("not signed") : tr("signed by %1").arg(fingerprint.left(23));
}

void PackagesPage::showIntro(const ReviewedPackage *reviewed)
{
    if (reviewed) {
        m_heading->setText(tr("Review of a package"));
        m_intro->setText(tr("This project reviews %1 (%2). Record a finding on each requirement, here or on the "
                            "requirement's page, then export the signed review file and send it back to the vendor.")
                             .arg(reviewed->fileName, signedByText(reviewed->signerFingerprint)));
        return;
    }
    m_heading->setText(tr("Documentation packages"));
    m_intro->setText(tr("A package holds the documents, the evidence files and machine-readable exports, with a "
                        "manifest of every file's SHA-256 signed with your key. Anyone can check that nothing was "
                        "changed; a regulator opens it for review and sends findings back."));
}

void PackagesPage::showMark(bool ok)
{
    const QIcon icon = style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
    m_statusMark->setPixmap(icon.pixmap(QSize(24, 24)));
    m_statusMark->setToolTip(ok ? tr("Succeeded") : tr("Failed"));
    m_statusMark->setAccessibleDescription(m_statusMark->toolTip());
    m_statusMark->show();
}

void PackagesPage::refresh()
{
    ProjectStore *store = session()->store();
    m_history->clear();
    m_build->setEnabled(store && !m_job.isRunning());
    if (!store) {
        showIntro(nullptr);
        m_documents->clear();
        m_findingForm->hide();
        m_importReview->setEnabled(false);
        m_exportReview->hide();
        return;
    }

    // The documents the shipped templates offer, checked as the user left them.
    QStringList checked;
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() == Qt::Checked)
            checked << m_documents->item(i)->data(Qt::UserRole).toString();
    const bool firstFill = m_documents->count() == 0;
    m_documents->clear();
    const auto info = store->info();
    const QString role = info ? roleToString(info->role) : QStringLiteral("both");
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (library) {
        auto templates = TemplateLibrary::loadShipped(*library);
        if (templates) {
            for (const DocumentTemplate &doc : templates->documents()) {
                m_documentTitles[doc.id] = doc.title;
                // A document for the other role can be built only as a draft, and the list says so.
                const bool forRole = doc.isFor(role);
                if (firstFill && forRole && checked.isEmpty())
                    checked << doc.id;
                auto *item = new QListWidgetItem(
                    forRole ? doc.title.current()
                            : tr("%1 (only as a draft: it is the %2's document)")
                                  .arg(doc.title.current(),
                                       PackageBuilder::roleLabel(info && info->role == ProjectRole::Deployer
                                                                     ? ProjectRole::Provider
                                                                     : ProjectRole::Deployer)),
                    m_documents);
                item->setData(Qt::UserRole, doc.id);
                item->setData(Qt::UserRole + 1, forRole);
                item->setToolTip(doc.basis.current());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(checked.contains(doc.id) ? Qt::Checked : Qt::Unchecked);
            }
        } else {
            m_status->setText(templates.error().toString());
        }
    } else {
        m_status->setText(library.error().toString());
    }

    // A review project: the package's content is sealed, and the page records findings instead of building.
    ReviewTable reviewTable(*store);
    auto package = reviewTable.package();
    const bool isReview = package && package->has_value();
    showIntro(isReview ? &**package : nullptr);

    // The vendor's history; a review project has built nothing and received nothing.
    if (!isReview) {
        // A list that cannot be read says so; an empty heading would tell the user nothing was built.
        auto unreadable = [this](const QString &heading, const Error &e) {
            auto *top = new QTreeWidgetItem(m_history, {heading});
            auto *item = new QTreeWidgetItem(top, {tr("Cannot be read: %1").arg(e.toString())});
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            top->setExpanded(true);
        };
        if (auto builds = PackageBuildTable::list(*store)) {
            auto *top = new QTreeWidgetItem(m_history, {tr("Packages built (%1)").arg(builds->size())});
            for (const PackageBuild &b : *builds)
                new QTreeWidgetItem(top, {b.fileName, dateTimeText(b.created),
                                          signedByText(b.signerFingerprint)});
            top->setExpanded(true);
        } else {
            unreadable(tr("Packages built"), builds.error());
        }
        auto reviews = ImportedReviewTable::list(*store);
        if (!reviews)
            unreadable(tr("Reviews received"), reviews.error());
        if (reviews) {
            auto *top = new QTreeWidgetItem(m_history, {tr("Reviews received (%1)").arg(reviews->size())});
            for (const ImportedReview &r : *reviews) {
                auto *item = new QTreeWidgetItem(top, {tr("%1, %2").arg(r.reviewerName, r.reviewerOrganisation),
                                                       dateTimeText(r.importedAt),
                                                       r.summary});
                for (const ReviewFinding &f : r.findings)
                    new QTreeWidgetItem(item, {verdictLabel(f.verdict), f.urn, f.comment});
                item->setExpanded(true);
            }
            top->setExpanded(true);
        }
    }

    m_findingForm->setVisible(isReview);
    m_build->setEnabled(!isReview && !m_job.isRunning());
    // The vendor builds packages and imports reviews; the reviewer exports the review.
    const bool mayChange = store->mayChange().ok();
    for (QWidget *w : std::initializer_list<QWidget *>{m_documentsLabel, m_documents, m_html, m_pdf, m_docx, m_build})
        w->setVisible(!isReview);
    m_importReview->setVisible(!isReview);
    m_importReview->setEnabled(mayChange && !m_job.isRunning());
    m_exportReview->setVisible(isReview);
    if (isReview) {
        auto *top = new QTreeWidgetItem(m_history, {tr("Findings in this review")});
        if (auto findings = reviewTable.findings())
            for (const ReviewFinding &f : *findings)
                new QTreeWidgetItem(top, {verdictLabel(f.verdict), f.urn, f.comment});
        top->setExpanded(true);
    }
    for (int column = 0; column < 2; ++column)
        m_history->resizeColumnToContents(column);
    if (!isReview)
        return;
    const QString current = m_requirement->currentData().toString();
    m_requirement->clear();
    if (auto assessment = Review::packageAssessment(*store)) {
        for (const Json &r : assessment->value("requirements", Json::array())) {
            if (!r.is_object())
                continue;
            const QString urn = QString::fromStdString(r.value("urn", std::string()));
            m_requirement->addItem(QStringLiteral("%1 (%2)").arg(jsonTitle(r.value("title", Json())), urn), urn);
        }
    }
    const int at = m_requirement->findData(current);
    if (at >= 0)
        m_requirement->setCurrentIndex(at);
}

void PackagesPage::startJob(const QString &what, std::function<JobOutcome(const CancellationToken &)> job)
{
    m_build->setEnabled(false);
    m_verify->setEnabled(false);
    m_compare->setEnabled(false);
    m_importReview->setEnabled(false);
    m_registration->setEnabled(false);
    m_progress->show();
    m_cancel->show();
    m_missing->hide();
    m_status->setText(what);
    m_job.start<JobOutcome>([job = std::move(job)](const CancellationToken &cancel,
                                                   const ProgressSink &) { return job(cancel); },
                            [this](JobOutcome outcome) { showOutcome(outcome); });
}

void PackagesPage::showOutcome(const JobOutcome &outcome)
{
    m_progress->hide();
    m_cancel->hide();
    m_build->setEnabled(session()->isOpen());
    m_verify->setEnabled(true);
    m_compare->setEnabled(true);
    m_importReview->setEnabled(session()->store() && session()->store()->mayChange().ok());
    m_registration->setEnabled(true);
    m_status->setText(outcome.text);
    showMissing(outcome.warnings);
    showMark(outcome.ok);
    if (outcome.changes) {
        m_diffModel->setChanges(*outcome.changes);
        m_diffView->resizeColumnsToContents();
        m_diffHeading->show();
        m_diffView->show();
        return;
    }
    if (outcome.ok)
        session()->notifyChanged(QStringLiteral("packages"));
}

void PackagesPage::buildPackage()
{
    ProjectStore *store = session()->store();
    if (!store || m_job.isRunning())
        return;
    PackageRequest request;
    request.documents.clear();
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() == Qt::Checked) {
            request.documents << m_documents->item(i)->data(Qt::UserRole).toString();
            // Chosen although labelled "only as a draft": the user asked for the draft.
            request.draft = request.draft || !m_documents->item(i)->data(Qt::UserRole + 1).toBool();
        }
    if (request.documents.isEmpty()) {
        m_status->setText(tr("Choose at least one document."));
        return;
    }
    request.formats = {QStringLiteral("html")};
    if (m_pdf->isChecked())
        request.formats << QStringLiteral("pdf");
    if (m_docx->isChecked())
        request.formats << QStringLiteral("docx");
    request.languages = {Translation::current() == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("nb")};
    // A name that says what and when: "Sepsis model 2.1 2026-12-06.zip".
    QString suggested;
    if (auto info = session()->store()->info())
        suggested = FileDialogs::inDocuments(QStringLiteral("%1 %2 %3").arg(info->name, info->systemVersion,
                                                                         QDate::currentDate().toString(Qt::ISODate)),
                                             QStringLiteral(".zip"));
    request.outPath = FileDialogs::saveFileEndingIn(this, tr("Save the package"), suggested,
                                                    tr("Veiviser packages (*.zip)"), QStringLiteral(".zip"));
    if (request.outPath.isEmpty())
        return;
    request.existing = ExistingFile::Replace;
    // Read here, not on the worker: an encrypted key asks for its passphrase.
    if (const QString keyFile = QDir::fromNativeSeparators(m_key->text().trimmed()); !keyFile.isEmpty()) {
        auto key = readSigningKey(this, keyFile);
        if (!key) {
            m_status->setText(key.error().kind() == Error::Kind::Cancelled ? tr("Not built: no passphrase was given.")
                                                                           : key.error().toString());
            return;
        }
        request.signingKey = *key;
    }
    auto reopened = store->reopen();
    if (!reopened) {
        m_status->setText(reopened.error().toString());
        return;
    }
    std::shared_ptr<ProjectStore> worker(std::move(*reopened));
    startJob(tr("Building the package…"), [worker, request](const CancellationToken &cancel) mutable {
        JobOutcome outcome;
        ExternalPdfPrinter pdf;
        request.pdf = &pdf;
        auto library = guidance::GuidanceLibrary::loadShipped();
        if (!library) {
            outcome.text = library.error().toString();
            return outcome;
        }
        auto templates = TemplateLibrary::loadShipped(*library);
        if (!templates) {
            outcome.text = templates.error().toString();
            return outcome;
        }
        auto result = PackageBuilder::build(*worker, *library, *templates, *testRunSource(), request, &cancel);
        if (!result) {
            outcome.text = result.error().toString();
            return outcome;
        }
        outcome.ok = true;
        outcome.text = PackagesPage::tr("Wrote %1 (%n file(s)).", nullptr, int(result->manifest.files.size()))
                           .arg(result->path);
        // Listed under the outcome, each a link to where it is filled in (showMissing).
        outcome.warnings = result->warnings;
        return outcome;
    });
}

bool PackagesPage::writeRegistration(const RegistrationRequest &request)
{
    ProjectStore *store = session()->store();
    if (!store || m_job.isRunning())
        return false;
    auto reopened = store->reopen();
    if (!reopened) {
        m_status->setText(reopened.error().toString());
        showMark(false);
        return false;
    }
    std::shared_ptr<ProjectStore> worker(std::move(*reopened));
    startJob(tr("Writing the registration…"), [worker, request](const CancellationToken &) {
        JobOutcome outcome;
        auto library = guidance::GuidanceLibrary::loadShipped();
        if (!library) {
            outcome.text = library.error().toString();
            return outcome;
        }
        auto written = RegistrationPanel::write(*worker, *library, request);
        outcome.ok = written.ok();
        outcome.text = written ? *written : written.error().toString();
        return outcome;
    });
    return true;
}

void PackagesPage::verifyPackage()
{
    if (m_job.isRunning())
        return;
    const QString file = FileDialogs::openFile(this, tr("Verify a package"), QString(),
                                                      tr("Veiviser packages (*.zip);;All files (*)"));
    if (file.isEmpty())
        return;
    startJob(tr("Verifying %1…").arg(file), [file](const CancellationToken &cancel) {
        JobOutcome outcome;
        PackageReadOptions options;
        options.allowUnsigned = true;
        options.cancel = &cancel;
        auto v = PackageReader::read(file, options);
        if (!v) {
            outcome.text = v.error().toString();
            return outcome;
        }
        if (!v->ok()) {
            outcome.text = PackagesPage::tr("%1 does not verify: %2").arg(file, v->problems.join(QStringLiteral("; ")));
            return outcome;
        }
        outcome.ok = true;
        outcome.text = v->signatureChecked
                           ? PackagesPage::tr("%1 verifies: every file matches, signed by %2. Check this fingerprint "
                                              "with the sender.").arg(file, v->signerFingerprint)
                           : PackagesPage::tr("%1: every file matches, but it is not signed.").arg(file);
        return outcome;
    });
}

void PackagesPage::comparePackages(const QString &older, const QString &newer)
{
    if (m_job.isRunning())
        return;
    startJob(tr("Comparing %1 with %2…").arg(older, newer), [older, newer](const CancellationToken &) {
        JobOutcome outcome;
        auto diff = PackageDiff::compare(older, newer);
        if (!diff) {
            outcome.text = diff.error().toString();
            return outcome;
        }
        outcome.ok = true;
        outcome.text = diff->changes.empty()
                           ? PackagesPage::tr("No changes between %1 and %2.").arg(older, newer)
                           : PackagesPage::tr("%n change(s) between %1 and %2.", nullptr, int(diff->changes.size()))
                                 .arg(older, newer);
        // A package that does not verify is still compared, but the reader must know.
        for (const auto &[file, v] : {std::pair{older, &diff->a}, std::pair{newer, &diff->b}})
            if (!v->ok())
                outcome.text += QLatin1Char('\n') + PackagesPage::tr("%1 does not verify: %2")
                                                         .arg(file, v->problems.join(QStringLiteral("; ")));
        outcome.changes = std::move(diff->changes);
        return outcome;
    });
}

Status PackagesPage::importReview(const QString &file)
{
    ProjectStore *store = session()->store();
    if (!store)
        return Error::input(tr("no project is open"));
    const auto fail = [this](const Error &e) -> Status {
        m_status->setText(e.toString());
        return e;
    };
    // Look first, so that the user decides on an unsigned review knowing it is one.
    auto checked = Review::readReviewFile(file, PublicKey(), true);
    if (!checked)
        return fail(checked.error());
    if (!checked->isSigned &&
        QMessageBox::question(this, tr("Unsigned review"),
                              tr("%1 is not signed, so nothing shows who wrote it or that it is unchanged. Import it "
                                 "anyway?").arg(QDir::toNativeSeparators(file)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        m_status->setText(tr("Not imported: %1 is not signed.").arg(QDir::toNativeSeparators(file)));
        return Error::cancelled();
    }
    auto imported = Review::import(*store, file, PublicKey(), !checked->isSigned);
    if (!imported)
        return fail(imported.error());
    if (!*imported) {
        m_status->setText(tr("This review was imported before."));
        return {};
    }
    const ImportedReview &r = **imported;
    QString text = tr("Imported the review by %1 (%2): %n finding(s), shown on the requirements.", nullptr,
                      int(r.findings.size()))
                       .arg(r.reviewerName, r.reviewerOrganisation);
    if (!r.reviewerFingerprint.isEmpty())
        text += QLatin1Char(' ') + tr("Signed by %1: check this fingerprint with the reviewer.").arg(r.reviewerFingerprint);
    m_status->setText(text);
    session()->notifyChanged(QStringLiteral("reviews"));
    return {};
}

void PackagesPage::setSigningKeyFile(const QString &path)
{
    m_key->setText(QDir::toNativeSeparators(path));
}

namespace {

/// Where a missing item of a build is filled in: a detail's field, a requirement, a derived fact's reasons, the
/// walkthrough; nothing for what is not filled in one place (test runs, the monitoring plan, evidence checks).
std::optional<LinkTarget> whereToFill(const PackageWarning &w)
{
    const QString kind = w.key.section(QLatin1Char(':'), 0, 0);
    const QString rest = w.key.section(QLatin1Char(':'), 1);
    if (kind == QStringLiteral("detail"))
        return LinkTarget::detail(w.document, rest);
    if (kind == QStringLiteral("untranslated")) // untranslated:LANG:KEY
        return LinkTarget::detail(w.document, rest.section(QLatin1Char(':'), 1), rest.section(QLatin1Char(':'), 0, 0));
    if (kind == QStringLiteral("requirement") || kind == QStringLiteral("evidence"))
        return LinkTarget::requirement(rest);
    if (kind == QStringLiteral("fact"))
        return LinkTarget::outcome(rest);
    if (kind == QStringLiteral("answers"))
        return LinkTarget::page(QStringLiteral("walkthrough"));
    if (kind == QStringLiteral("gspr")) // gspr:POINT:FIELD, the first point that lacks the field
        return LinkTarget::gspr(rest.section(QLatin1Char(':'), 0, 0), rest.section(QLatin1Char(':'), 1));
    return std::nullopt;
}

} // namespace

// By document, under its title; each item in the user's words, a link where it can be filled in.
void PackagesPage::showMissing(const std::vector<PackageWarning> &warnings)
{
    if (warnings.empty()) {
        m_missing->clear();
        m_missing->hide();
        return;
    }
    QString html = QStringLiteral("<p>%1</p>").arg(tr("What the documents lack (%n item(s)); follow a link to fill it in:",
                                                      nullptr, int(warnings.size()))
                                                       .toHtmlEscaped());
    QString document = QStringLiteral("\x01"); // no document yet
    for (const PackageWarning &w : warnings) {
        if (w.document != document) {
            if (document != QStringLiteral("\x01"))
                html += QStringLiteral("</ul>");
            document = w.document;
            const auto title = m_documentTitles.find(w.document);
            const QString heading = w.document.isEmpty() ? tr("Evidence")
                                    : title != m_documentTitles.end() ? title->second.current()
                                                                      : w.document;
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(heading.toHtmlEscaped());
        }
        const QString label = w.label.isEmpty() ? w.text : w.label;
        const auto target = whereToFill(w);
        html += QStringLiteral("<li>%1</li>").arg(target ? linkHtml(*target, label) : label.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_missing->setHtml(html);
    m_missing->setAccessibleName(tr("What the documents lack"));
    m_missing->show();
}

QString PackagesPage::statusText() const
{
    return m_status->text();
}

void PackagesPage::saveFinding()
{
    ProjectStore *store = session()->store();
    if (!store || m_requirement->currentIndex() < 0)
        return;
    ReviewFinding finding;
    finding.urn = m_requirement->currentData().toString();
    finding.verdict = verdictFromName(m_verdict->currentData().toString()).value_or(Verdict::Question);
    finding.comment = m_comment->toPlainText().trimmed();
    if (auto s = ReviewTable(*store).saveFinding(finding); !s) {
        m_status->setText(s.error().toString());
        return;
    }
    m_comment->clear();
    m_status->setText(tr("Saved the finding on %1.").arg(finding.urn));
    session()->notifyChanged(QStringLiteral("reviews"));
}

} // namespace vv::ui
