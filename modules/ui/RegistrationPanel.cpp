#include "ui/RegistrationPanel.h"

#include "core/Translation.h"
#include "packaging/PackageBuilder.h"
#include "packaging/Registration.h"
#include "store/ProjectStore.h"
#include "ui/FileDialogs.h"
#include "ui/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

using packaging::Registration;

RegistrationPanel::RegistrationPanel(ProjectSession *session, QWidget *parent)
    : QGroupBox(parent), m_session(session), m_format(new QComboBox(this)), m_json(new QCheckBox(this)),
      m_document(new QCheckBox(this)), m_documentFormat(new QComboBox(this)), m_write(new QPushButton(this)),
      m_status(new QLabel(this))
{
    m_json->setChecked(true);
    m_document->setChecked(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    for (const QString &f : packaging::PackageBuilder::formats())
        m_documentFormat->addItem(f.toUpper(), f);
    auto *row = new QHBoxLayout;
    row->addWidget(m_format, 1);
    row->addWidget(m_json);
    row->addWidget(m_document);
    row->addWidget(m_documentFormat);
    row->addWidget(m_write);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_document, &QCheckBox::toggled, m_documentFormat, &QWidget::setEnabled);
    connect(m_write, &QPushButton::clicked, this, &RegistrationPanel::writeChosen);
    connect(session, &ProjectSession::opened, this, &RegistrationPanel::refresh);
    connect(session, &ProjectSession::closed, this, &RegistrationPanel::refresh);
    retranslate();
    refresh();
}

// The line below the box takes room only when it says something.
void RegistrationPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString RegistrationPanel::statusText() const
{
    return m_status->text();
}

void RegistrationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void RegistrationPanel::retranslate()
{
    setTitle(tr("Registrations"));
    setToolTip(tr("The fields the EU database (AI Act Art. 49), EUDAMED (MDR Art. 29) or a public register of "
                  "algorithms asks for, filled from the project, with what is missing."));
    m_format->setAccessibleName(tr("Registration"));
    m_json->setText(tr("JSON"));
    m_json->setToolTip(tr("The fields as a JSON document, to enter in the register (docs/registration.md)."));
    m_document->setText(tr("Readable document:"));
    m_documentFormat->setAccessibleName(tr("Format of the readable document"));
    m_write->setText(tr("&Write the registration…"));
    // The formats' titles are data, in both languages.
    const QString chosen = m_format->currentData().toString();
    m_format->clear();
    if (auto formats = Registration::loadShipped()) {
        for (const Registration &r : *formats)
            m_format->addItem(r.title.current(), r.id);
    } else {
        showStatus(formats.error().toString());
    }
    m_format->setCurrentIndex(std::max(0, m_format->findData(chosen)));
}

void RegistrationPanel::refresh()
{
    const bool open = m_session->store() != nullptr;
    m_write->setEnabled(open && m_format->count() > 0);
    if (!open)
        showStatus(QString());
}

void RegistrationPanel::writeChosen()
{
    ProjectStore *store = m_session->store();
    if (!store || (!m_json->isChecked() && !m_document->isChecked())) {
        showStatus(tr("Choose JSON, the readable document, or both."));
        return;
    }
    const QString format = m_format->currentData().toString();
    QString base;
    if (auto info = store->info())
        base = FileDialogs::inDocuments(QStringLiteral("%1 %2 %3").arg(info->name, info->systemVersion, format), QString());
    // The save dialogs ask before an existing file is replaced; what they return is confirmed.
    QString jsonPath;
    if (m_json->isChecked()) {
        jsonPath = FileDialogs::saveFileEndingIn(this, tr("Save the registration (JSON)"), base + QStringLiteral(".json"),
                                                 tr("JSON files (*.json)"), QStringLiteral(".json"));
        if (jsonPath.isEmpty())
            return;
    }
    QString documentPath;
    if (m_document->isChecked()) {
        const QString suffix = QLatin1Char('.') + m_documentFormat->currentData().toString();
        documentPath = FileDialogs::saveFileEndingIn(this, tr("Save the registration (readable document)"),
                                                     base + suffix, tr("%1 files (*%2)").arg(suffix.mid(1).toUpper(), suffix),
                                                     suffix);
        if (documentPath.isEmpty())
            return;
    }
    const QString lang = Translation::current() == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("nb");
    showStatus(QString());
    Q_EMIT writeRequested({format, jsonPath, documentPath, lang, ExistingFile::Replace});
}

Result<QString> RegistrationPanel::write(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                         const RegistrationRequest &request)
{
    for (const QString &path : {request.jsonPath, request.documentPath})
        if (!path.isEmpty())
            VV_TRY(checkOutputPath(path, request.existing));
    auto formats = Registration::loadShipped();
    if (!formats)
        return formats.error();
    auto chosen = std::find_if(formats->begin(), formats->end(),
                               [&](const Registration &r) { return r.id == request.format; });
    if (chosen == formats->end())
        return Error::input(tr("unknown registration '%1'").arg(request.format));
    VV_TRY(chosen->fill(store, library, request.language));
    const Json doc = chosen->toJson(request.language);
    if (!request.jsonPath.isEmpty())
        VV_TRY(writeOutputFile(request.jsonPath, QByteArray::fromStdString(doc.dump(2)) + '\n', request.existing));
    if (!request.documentPath.isEmpty())
        VV_TRY(chosen->writeDocument(library, request.language, request.documentPath, request.existing));
    QStringList written;
    for (const QString &path : {request.jsonPath, request.documentPath})
        if (!path.isEmpty())
            written << QDir::toNativeSeparators(path);
    QStringList missing;
    for (const Json &m : doc["missing"])
        missing << fromStd(m.get<std::string>());
    return missing.isEmpty() ? tr("Wrote %1; no field is missing.").arg(written.join(QStringLiteral(", ")))
                             : tr("Wrote %1; %n field(s) missing: %2", nullptr, int(missing.size()))
                                   .arg(written.join(QStringLiteral(", ")), missing.join(QStringLiteral("; ")));
}

} // namespace vv::ui
