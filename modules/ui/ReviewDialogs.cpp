#include "ui/ReviewDialogs.h"
#include "ui/FileDialogs.h"

#include "core/Environment.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"
#include "ui/ChildSignals.h"
#include "ui/SigningKeys.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

using namespace vv::packaging;

namespace {

/// A form row of a path field and its Browse button, the label's buddy being the field.
void addPathRow(QFormLayout *form, const QString &label, QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(row)))
        l->setBuddy(edit);
}

QString pathOf(const QLineEdit *edit)
{
    return QDir::fromNativeSeparators(edit->text().trimmed());
}

QString packageFilter()
{
    return ReviewOpenDialog::tr("Veiviser packages (*.zip);;All files (*)");
}

} // namespace

// ---- opening a package for review ----

ReviewOpenDialog::ReviewOpenDialog(QWidget *parent)
    : QDialog(parent), m_package(new QLineEdit(this)), m_project(new QLineEdit(this)),
      m_reviewer(new QLineEdit(currentOsUser(), this)), m_organisation(new QLineEdit(this)),
      m_publicKey(new QLineEdit(this)), m_problem(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_start(new QPushButton(tr("&Open for review"), this))
{
    setWindowTitle(tr("Open a package for review"));
    auto *intro = new QLabel(tr("Veiviser checks every file of the package against its signed manifest and makes a "
                                "review project from it: the vendor's answers, requirement statuses, evidence and "
                                "documents, sealed so that only your findings can be recorded."),
                             this);
    intro->setWordWrap(true);
    m_package->setAccessibleName(tr("Package file"));
    m_project->setAccessibleName(tr("Review project file"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->setPlaceholderText(tr("for example: Direktoratet for medisinske produkter"));
    m_publicKey->setAccessibleName(tr("The sender's public key"));
    m_publicKey->setPlaceholderText(tr("optional: the key file the vendor gave you"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();

    auto *browsePackage = new QPushButton(tr("&Browse…"), this);
    browsePackage->setAccessibleName(tr("Choose the package file"));
    auto *browseProject = new QPushButton(tr("B&rowse…"), this);
    browseProject->setAccessibleName(tr("Choose where to save the review project"));
    auto *browseKey = new QPushButton(tr("Bro&wse…"), this);
    browseKey->setAccessibleName(tr("Choose the sender's public key file"));
    auto *form = new QFormLayout;
    addPathRow(form, tr("&Package:"), m_package, browsePackage);
    addPathRow(form, tr("Review pro&ject:"), m_project, browseProject);
    form->addRow(tr("Re&viewer:"), m_reviewer);
    form->addRow(tr("Or&ganisation:"), m_organisation);
    addPathRow(form, tr("Sender's public &key:"), m_publicKey, browseKey);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    connect(browsePackage, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFile(this, tr("Package to review"), pathOf(m_package), packageFilter());
        if (!file.isEmpty())
            m_package->setText(QDir::toNativeSeparators(file));
    });
    connect(browseProject, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::saveFile(this, tr("Save the review project as"), pathOf(m_project),
                                                          tr("Veiviser projects (*.veiviser)"));
        if (!file.isEmpty()) {
            m_project->setText(QDir::toNativeSeparators(file));
            m_project->setModified(true);
        }
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFile(this, tr("The sender's public key"), pathOf(m_publicKey),
                                                          tr("PEM keys (*.pem);;All files (*)"));
        if (!file.isEmpty())
            m_publicKey->setText(QDir::toNativeSeparators(file));
    });
    // The review project goes next to the package unless the user chose a place.
    connect(m_package, &QLineEdit::textChanged, this, [this] {
        if (!m_project->isModified()) {
            const QFileInfo package(pathOf(m_package));
            m_project->setText(package.fileName().isEmpty()
                                   ? QString()
                                   : QDir::toNativeSeparators(package.absoluteDir().filePath(
                                         package.completeBaseName() + tr("-review") + QStringLiteral(".veiviser"))));
        }
    });
    connect(m_project, &QLineEdit::textEdited, this, [this] { m_project->setModified(true); });
    for (QLineEdit *e : {m_package, m_project, m_reviewer, m_publicKey})
        connect(e, &QLineEdit::textChanged, this, &ReviewOpenDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewOpenDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewOpenDialog::reject);
    connect(&m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total, const QString &) {
        if (total > 0) {
            // Bytes can exceed an int: show per mille.
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        }
    });
    updateState();
}

ReviewOpenDialog::~ReviewOpenDialog()
{
    m_job.cancel();
    m_job.wait();
    disconnectChildren(this);
}

void ReviewOpenDialog::updateState()
{
    QString problem;
    const QString package = pathOf(m_package);
    QString project = pathOf(m_project);
    if (package.isEmpty())
        problem = tr("Choose the package to review.");
    else if (!QFileInfo(package).isFile())
        problem = tr("%1 does not exist.").arg(m_package->text().trimmed());
    else if (project.isEmpty())
        problem = tr("Choose where to save the review project.");
    else if (QFileInfo::exists(project))
        problem = tr("%1 exists already; a review project is always a new file.").arg(m_project->text().trimmed());
    else if (!QFileInfo(project).absoluteDir().exists())
        problem = tr("The folder for the review project does not exist.");
    else if (m_reviewer->text().trimmed().isEmpty())
        problem = tr("Give the reviewer's name.");
    else if (!pathOf(m_publicKey).isEmpty() && !QFileInfo(pathOf(m_publicKey)).isFile())
        problem = tr("The public key file %1 does not exist.").arg(m_publicKey->text().trimmed());
    if (!isRunning())
        m_problem->setText(problem);
    m_start->setEnabled(problem.isEmpty() && !isRunning());
}

void ReviewOpenDialog::start()
{
    updateState();
    if (!m_start->isEnabled())
        return;
    ReviewOpenOptions options;
    if (const QString keyFile = pathOf(m_publicKey); !keyFile.isEmpty()) {
        auto key = PublicKey::readFile(keyFile);
        if (!key) {
            m_problem->setText(key.error().toString());
            return;
        }
        options.pinnedKey = *key;
    }
    options.reviewerName = m_reviewer->text().trimmed();
    options.reviewerOrganisation = m_organisation->text().trimmed();
    const QString package = pathOf(m_package);
    QString project = pathOf(m_project);
    if (!project.endsWith(QStringLiteral(".veiviser")))
        project += QStringLiteral(".veiviser");
    m_opened.reset();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_problem->setText(tr("Verifying %1…").arg(QDir::toNativeSeparators(package)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_package, m_project, m_reviewer, m_organisation, m_publicKey})
        w->setEnabled(false);
    m_job.start<Result<ReviewOpened>>(
        [package, project, options](const CancellationToken &cancel, const ProgressSink &progress) {
            return Review::open(package, project, options, &cancel, progress);
        },
        [this](const Result<ReviewOpened> &result) { done(result); });
    updateState();
}

void ReviewOpenDialog::cancel()
{
    m_job.cancel();
}

void ReviewOpenDialog::done(const Result<ReviewOpened> &result)
{
    m_progress->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_package, m_project, m_reviewer, m_organisation, m_publicKey})
        w->setEnabled(true);
    if (!result) {
        updateState();
        m_problem->setText(result.error().kind() == Error::Kind::Cancelled ? tr("Cancelled; no review project was made.")
                                                                           : result.error().toString());
        Q_EMIT reviewFinished(false);
        return;
    }
    m_opened = *result;
    accept();
    Q_EMIT reviewFinished(true);
}

QString ReviewOpenDialog::verificationText() const
{
    if (!m_opened)
        return {};
    const PackageVerification &v = m_opened->verification;
    const QString made = tr("The package verifies: every file matches its signed manifest.");
    return v.keyPinned ? made + QLatin1Char(' ') + tr("It is signed with the key you gave (%1).").arg(v.signerFingerprint)
                       : made + QLatin1Char(' ') + tr("It is signed by %1: check this fingerprint with the sender "
                                                      "before you rely on the package.").arg(v.signerFingerprint);
}

QString ReviewOpenDialog::problemText() const
{
    return m_problem->text();
}

void ReviewOpenDialog::reject()
{
    // Cancel first: the worker stops at its next check and removes what it made.
    if (isRunning()) {
        cancel();
        m_job.wait();
        QCoreApplication::sendPostedEvents(&m_job); // its last progress reports
    }
    QDialog::reject();
}

// ---- exporting the review ----

ReviewExportDialog::ReviewExportDialog(ProjectStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_reviewer(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_summary(new QPlainTextEdit(this)), m_key(new QLineEdit(this)), m_out(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_export(new QPushButton(tr("&Export"), this))
{
    setWindowTitle(tr("Export the review"));
    auto *intro = new QLabel(tr("The review file holds your findings and summary and names the package by its "
                                "manifest. Sign it, so the vendor can see that it comes from you and is unchanged."),
                             this);
    intro->setWordWrap(true);
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("Your overall conclusion for the vendor"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(120);
    m_key->setAccessibleName(tr("Signing key file"));
    m_key->setPlaceholderText(tr("Private key file (empty: an unsigned review)"));
    m_out->setAccessibleName(tr("Review file"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_store) {
        if (auto package = ReviewTable(*m_store).package(); package && *package) {
            m_reviewer->setText((*package)->reviewerName);
            m_organisation->setText((*package)->reviewerOrganisation);
            m_summary->setPlainText((*package)->summary);
            const QFileInfo where(m_store->location());
            m_out->setText(QDir::toNativeSeparators(where.absoluteDir().filePath(where.completeBaseName() +
                                                                                 QStringLiteral(".json"))));
        }
    }

    auto *browseKey = new QPushButton(tr("&Browse…"), this);
    browseKey->setAccessibleName(tr("Choose the signing key file"));
    auto *browseOut = new QPushButton(tr("B&rowse…"), this);
    browseOut->setAccessibleName(tr("Choose where to save the review file"));
    auto *form = new QFormLayout;
    form->addRow(tr("Re&viewer:"), m_reviewer);
    form->addRow(tr("Or&ganisation:"), m_organisation);
    form->addRow(tr("&Summary:"), m_summary);
    addPathRow(form, tr("Signing &key:"), m_key, browseKey);
    addPathRow(form, tr("Review &file:"), m_out, browseOut);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFile(this, tr("Signing key"), pathOf(m_key),
                                                          tr("PEM keys (*.pem);;All files (*)"));
        if (!file.isEmpty())
            m_key->setText(QDir::toNativeSeparators(file));
    });
    connect(browseOut, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::saveFile(this, tr("Save the review file as"), pathOf(m_out),
                                                          tr("Review files (*.json)"));
        if (!file.isEmpty())
            m_out->setText(QDir::toNativeSeparators(file));
    });
    for (QLineEdit *e : {m_reviewer, m_key, m_out})
        connect(e, &QLineEdit::textChanged, this, &ReviewExportDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewExportDialog::exportFromForm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void ReviewExportDialog::updateState()
{
    QString problem;
    if (!m_store)
        problem = tr("No review project is open.");
    else if (m_reviewer->text().trimmed().isEmpty())
        problem = tr("Give the reviewer's name.");
    else if (pathOf(m_out).isEmpty())
        problem = tr("Choose where to save the review file.");
    else if (!QFileInfo(pathOf(m_out)).absoluteDir().exists())
        problem = tr("The folder for the review file does not exist.");
    else if (!pathOf(m_key).isEmpty() && !QFileInfo(pathOf(m_key)).isFile())
        problem = tr("The signing key file %1 does not exist.").arg(m_key->text().trimmed());
    m_problem->setText(!problem.isEmpty()        ? problem
                       : pathOf(m_key).isEmpty() ? tr("Without a signing key the vendor cannot check who wrote the "
                                                      "review.")
                                                 : QString());
    m_export->setEnabled(problem.isEmpty());
}

void ReviewExportDialog::exportFromForm()
{
    updateState();
    if (!m_export->isEnabled())
        return;
    SigningKey key;
    if (const QString keyFile = pathOf(m_key); !keyFile.isEmpty()) {
        auto read = readSigningKey(this, keyFile);
        if (!read) {
            if (read.error().kind() != Error::Kind::Cancelled)
                m_problem->setText(read.error().toString());
            return;
        }
        key = *read;
    }
    const QString out = pathOf(m_out);
    // The path may have been typed rather than chosen in a save dialog that asked already.
    ExistingFile existing = ExistingFile::Refuse;
    if (QFileInfo::exists(out)) {
        if (QMessageBox::question(this, tr("Replace the file?"), tr("%1 exists already. Replace it?").arg(out),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        existing = ExistingFile::Replace;
    }
    if (auto s = ReviewTable(*m_store).setReviewer(m_reviewer->text().trimmed(), m_organisation->text().trimmed(),
                                                   m_summary->toPlainText().trimmed());
        !s) {
        m_problem->setText(s.error().toString());
        return;
    }
    if (auto s = Review::writeReviewFile(*m_store, key, out, existing); !s) {
        m_problem->setText(s.error().toString());
        return;
    }
    m_result = key.isNull() ? tr("Wrote %1, not signed.").arg(QDir::toNativeSeparators(out))
                            : tr("Wrote %1, signed by %2. Send it to the vendor with your public key.")
                                  .arg(QDir::toNativeSeparators(out), key.publicKey().fingerprint());
    accept();
}

QString ReviewExportDialog::problemText() const
{
    return m_problem->text();
}

} // namespace vv::ui
