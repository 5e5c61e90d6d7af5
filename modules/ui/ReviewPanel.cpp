#include "ui/ReviewPanel.h"

#include "core/WorkFolder.h"
#include "packaging/Review.h"
#include "packaging/TemplateLibrary.h"
#include "store/ProjectStore.h"
#include "ui/ChildSignals.h"
#include "ui/EvidenceViewer.h"
#include "ui/Labels.h"
#include "ui/MessageBar.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include "ui/SelfContainedText.h"
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vv::ui {

namespace {

/// A package file's path as a plain file name for the private folder: no folders, nothing hidden.
QString localName(const QString &path)
{
    QString name = path;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return name.startsWith(QLatin1Char('.')) || name.isEmpty() ? QStringLiteral("_") + name : name;
}

bool isPdf(const QString &path)
{
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

bool isHtml(const QString &path)
{
    return path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive);
}

} // namespace

ReviewPanel::ReviewPanel(ProjectSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent), m_session(session), m_messages(messages), m_findingBox(new QGroupBox(this)),
      m_documentsBox(new QGroupBox(this)), m_current(new QLabel(this)), m_verdictLabel(new QLabel(this)),
      m_commentLabel(new QLabel(this)), m_noDocuments(new QLabel(this)), m_verdict(new QComboBox(this)),
      m_comment(new QPlainTextEdit(this)), m_save(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_open(new QPushButton(this)), m_documents(new QListWidget(this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_noDocuments->setWordWrap(true);
    for (Verdict v : allVerdicts())
        m_verdict->addItem(QString(), verdictName(v));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(110);
    m_verdictLabel->setBuddy(m_verdict);
    m_commentLabel->setBuddy(m_comment);
    m_documents->setMaximumHeight(140);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_verdictLabel, m_verdict);
    form->addRow(m_commentLabel, m_comment);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *findingLayout = new QVBoxLayout(m_findingBox);
    findingLayout->addWidget(m_current);
    findingLayout->addLayout(form);
    findingLayout->addLayout(buttons);

    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch();
    auto *documentsLayout = new QVBoxLayout(m_documentsBox);
    documentsLayout->addWidget(m_documents);
    documentsLayout->addWidget(m_noDocuments);
    documentsLayout->addLayout(openRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findingBox);
    layout->addWidget(m_documentsBox);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (auto s = saveFinding(); !s)
            m_messages->show(MessageBar::Kind::Error, s.error().toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto s = removeFinding(); !s)
            m_messages->show(MessageBar::Kind::Error, s.error().toString());
    });
    const auto openCurrent = [this] {
        if (QListWidgetItem *item = m_documents->currentItem())
            openDocument(item->data(Qt::UserRole).toString());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_documents, &QListWidget::itemActivated, this, openCurrent);
    connect(m_documents, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    connect(session, &ProjectSession::opened, this, [this] {
        m_urn.clear();
        m_folder.reset();
        refresh();
    });
    connect(session, &ProjectSession::closed, this, [this] {
        m_folder.reset();
        refresh();
    });
    retranslate();
    refresh();
}

ReviewPanel::~ReviewPanel()
{
    disconnectChildren(this);
}

void ReviewPanel::showRequirement(const QString &urn)
{
    if (urn != m_urn)
        m_comment->clear();
    m_urn = urn;
    refresh();
}

void ReviewPanel::refresh()
{
    ProjectStore *store = m_session->store();
    m_package.reset();
    m_finding.reset();
    if (store && store->isReviewProject()) {
        if (auto stored = ReviewTable(*store).package(); stored && *stored)
            m_package = **stored;
        if (auto findings = ReviewTable(*store).findings()) {
            for (const ReviewFinding &f : *findings)
                if (f.urn == m_urn)
                    m_finding = f;
        }
    }
    setVisible(m_package.has_value());
    if (!m_package) {
        m_documents->clear();
        return;
    }

    if (m_finding) {
        m_current->setText(tr("Your finding: %1. %2 (%3, %4)")
                               .arg(verdictLabel(m_finding->verdict),
                                    m_finding->comment.isEmpty() ? tr("No comment.") : m_finding->comment,
                                    m_finding->updatedBy,
                                    dateTimeText(m_finding->updatedAt)));
        // The form starts from what is recorded, unless the reviewer is writing in it.
        if (!m_comment->hasFocus()) {
            m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(verdictName(m_finding->verdict))));
            m_comment->setPlainText(m_finding->comment);
        }
    } else {
        m_current->setText(tr("No finding on this requirement yet. Choose a verdict; a deficiency or a question "
                              "needs a comment that says what is missing or what the vendor should answer."));
    }
    m_remove->setEnabled(m_finding.has_value());
    m_save->setEnabled(!m_urn.isEmpty());
    fillDocuments();
}

void ReviewPanel::fillDocuments()
{
    ProjectStore *store = m_session->store();
    const QString chosen = m_documents->currentItem() ? m_documents->currentItem()->data(Qt::UserRole).toString()
                                                      : QString();
    m_documents->clear();
    auto files = ReviewTable(*store).packageFiles();
    if (!files) {
        m_messages->show(MessageBar::Kind::Error, files.error().toString());
        return;
    }
    // Document titles from the shipped templates, read once; a document they do not know is shown by its id.
    if (m_documentTitles.empty())
        if (const guidance::GuidanceLibrary *library = m_session->library())
            if (auto templates = packaging::TemplateLibrary::loadShipped(*library))
                for (const packaging::DocumentTemplate &doc : templates->documents())
                    m_documentTitles[doc.id] = doc.title;
    for (const ReviewPackageFile &f : *files) {
        if (f.kind != QStringLiteral("document"))
            continue;
        // documents/LANG/ID.FORMAT
        const QStringList parts = f.path.split(QLatin1Char('/'));
        const QString id = QFileInfo(f.path).completeBaseName();
        const QString lang = parts.size() == 3 ? parts[1] : QString();
        const auto known = m_documentTitles.find(id);
        const QString title = known == m_documentTitles.end() ? id : known->second.current();
        const QString language = lang == QStringLiteral("nb")   ? tr("Bokmål")
                                 : lang == QStringLiteral("en") ? tr("English")
                                                                : lang;
        auto *item = new QListWidgetItem(tr("%1 (%2, %3)").arg(title, QFileInfo(f.path).suffix().toUpper(), language),
                                         m_documents);
        item->setData(Qt::UserRole, f.path);
        item->setToolTip(tr("%1, SHA-256 %2").arg(f.path, f.sha256));
        if (f.path == chosen)
            m_documents->setCurrentItem(item);
    }
    const bool none = m_documents->count() == 0;
    m_documents->setVisible(!none);
    m_noDocuments->setVisible(none);
    m_open->setEnabled(m_documents->currentItem() != nullptr);
}

QString ReviewPanel::packageNote() const
{
    if (!m_package)
        return {};
    const QString signature = m_package->signerFingerprint.isEmpty()
                                  ? tr("It is not signed.")
                                  : m_package->keyPinned
                                        ? tr("Its signature was checked against your key %1.")
                                              .arg(m_package->signerFingerprint.left(23))
                                        : tr("It is signed by %1; check this fingerprint with the sender.")
                                              .arg(m_package->signerFingerprint.left(23));
    return tr("This is a review of the package %1. %2 The vendor's answers, statuses, evidence and documents are "
              "read-only here; record your finding on each requirement.")
        .arg(m_package->fileName, signature);
}

QString ReviewPanel::findingText() const
{
    return m_current->text();
}

Status ReviewPanel::saveFinding()
{
    ProjectStore *store = m_session->store();
    if (!store || !m_package || m_urn.isEmpty())
        return Error::input(tr("no requirement of a review project is shown"));
    ReviewFinding finding;
    finding.urn = m_urn;
    finding.verdict = verdictFromName(m_verdict->currentData().toString()).value_or(Verdict::Question);
    finding.comment = m_comment->toPlainText().trimmed();
    if (finding.verdict != Verdict::Accepted && finding.comment.isEmpty()) {
        m_comment->setFocus();
        return Error::input(finding.verdict == Verdict::Deficiency ? tr("A deficiency needs a comment.")
                                                                   : tr("A question needs a comment."),
                            tr("Say what is missing or what the vendor should answer, then save again."));
    }
    VV_TRY(ReviewTable(*store).saveFinding(finding));
    m_messages->show(MessageBar::Kind::Information, tr("Saved your finding on this requirement."));
    m_comment->clearFocus();
    m_session->notifyChanged(QStringLiteral("reviews"));
    return {};
}

Status ReviewPanel::removeFinding()
{
    ProjectStore *store = m_session->store();
    if (!store || !m_package || m_urn.isEmpty())
        return Error::input(tr("no requirement of a review project is shown"));
    auto removed = ReviewTable(*store).removeFinding(m_urn);
    if (!removed)
        return removed.error();
    m_comment->clear();
    m_verdict->setCurrentIndex(0);
    m_session->notifyChanged(QStringLiteral("reviews"));
    return {};
}

Result<QString> ReviewPanel::extractDocument(const QString &path)
{
    ProjectStore *store = m_session->store();
    if (!store || !m_package)
        return Error::input(tr("no review project is open"));
    auto content = packaging::Review::packageFile(*store, path);
    if (!content)
        return content.error();
    if (!m_folder || !m_folder->isValid()) {
        m_folder = std::make_unique<WorkFolder>(QStringLiteral("review"));
        if (!m_folder->isValid())
            return Error::runtime(tr("cannot create a private folder for the package's documents"),
                                  tr("Check that the temporary folder %1 is writable.").arg(QDir::tempPath()));
    }
    const QString file = m_folder->filePath(localName(path));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*content) != content->size())
        return Error::runtime(tr("%1: cannot write the document").arg(file), tr("Check the temporary folder."));
    out.close();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file;
}

void ReviewPanel::openDocument(const QString &path)
{
    auto file = extractDocument(path);
    if (!file) {
        m_messages->show(MessageBar::Kind::Error, file.error().toString());
        return;
    }
    if (!isPdf(path) && !isHtml(path)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(*file));
        return;
    }
    QFile in(*file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_messages->show(MessageBar::Kind::Error, tr("%1: cannot read the document").arg(*file));
        return;
    }
    if (m_window)
        m_window->close();
    m_window = new PackageDocumentWindow(path, in.readAll(), *file, window());
    m_window->show();
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ReviewPanel::retranslate()
{
    m_findingBox->setTitle(tr("Your finding"));
    m_documentsBox->setTitle(tr("The package's documents"));
    m_verdictLabel->setText(tr("&Verdict:"));
    m_commentLabel->setText(tr("Co&mment:"));
    for (int i = 0; i < m_verdict->count(); ++i)
        m_verdict->setItemText(i, verdictLabel(verdictFromName(m_verdict->itemData(i).toString()).value_or(Verdict::Question)));
    m_verdict->setAccessibleName(tr("Verdict on this requirement"));
    m_comment->setAccessibleName(tr("Comment on this requirement"));
    m_comment->setPlaceholderText(tr("What is missing, or what should the vendor answer? (needed for a deficiency or a "
                                     "question)"));
    m_save->setText(tr("&Save finding"));
    m_save->setAccessibleName(tr("Save the finding on this requirement"));
    m_remove->setText(tr("Remove finding"));
    m_remove->setAccessibleName(tr("Remove the finding on this requirement"));
    m_documents->setAccessibleName(tr("Documents in the package"));
    m_noDocuments->setText(tr("The package holds no documents."));
    m_open->setText(tr("Open &document"));
    m_open->setAccessibleName(tr("Open the chosen document"));
}

PackageDocumentWindow::PackageDocumentWindow(const QString &path, const QByteArray &content, const QString &localFile,
                                             QWidget *parent)
    : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 (read-only)").arg(path));
    resize(900, 1000);
    auto *layout = new QVBoxLayout(this);
    if (isPdf(path)) {
        m_pdf = new EvidenceViewer(this);
        EvidenceItem item;
        item.fileName = QFileInfo(path).fileName();
        item.mediaType = QStringLiteral("application/pdf");
        item.size = content.size();
        item.title = path;
        m_pdf->showItem(item, content);
        layout->addWidget(m_pdf, 1);
    } else {
        // Qt's rich text reads the document's own HTML and its table layout; links open only when clicked, and
        // nothing is loaded from anywhere (the documents are self-contained).
        m_html = new SelfContainedText(this);
        m_html->setOpenLinks(false);
        m_html->setAccessibleName(tr("Document text"));
        m_html->setHtml(QString::fromUtf8(content));
        connect(m_html, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
            if (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"))
                QDesktopServices::openUrl(url);
            else if (url.hasFragment())
                m_html->scrollToAnchor(url.fragment());
        });
        layout->addWidget(m_html, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *external = buttons->addButton(tr("Open in another &program"), QDialogButtonBox::ActionRole);
    external->setAccessibleName(tr("Open the document in the desktop's program for it"));
    connect(external, &QPushButton::clicked, this,
            [localFile] { QDesktopServices::openUrl(QUrl::fromLocalFile(localFile)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

} // namespace vv::ui
