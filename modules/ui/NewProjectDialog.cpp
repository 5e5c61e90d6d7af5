#include "ui/NewProjectDialog.h"
#include "ui/FileDialogs.h"

#include "ui/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_version(new QLineEdit(QStringLiteral("1.0"), this)),
      m_role(new QComboBox(this)), m_path(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New project"));
    for (ProjectRole r : {ProjectRole::Deployer, ProjectRole::Provider, ProjectRole::Both})
        m_role->addItem(roleLabel(r), static_cast<int>(r));
    m_name->setAccessibleName(tr("Project name"));
    m_version->setAccessibleName(tr("System version"));
    m_role->setAccessibleName(tr("Role"));
    m_path->setAccessibleName(tr("Project file"));
    m_name->setPlaceholderText(tr("for example: Sepsis risk model, Ward 4"));
    m_problem->setWordWrap(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("System &version:"), m_version);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&File:"), pathRow);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        l->setBuddy(m_path);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_path->isModified())
            m_path->setText(FileDialogs::inDocuments(name, QStringLiteral(".veiviser")));
        updateOk();
    });
    connect(m_path, &QLineEdit::textChanged, this, &NewProjectDialog::updateOk);
    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::createFolderAndAccept);
    // The browse button was made after the buttons; keep it next to the field it fills.
    setTabOrder(m_path, browse);
    setTabOrder(browse, m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QString NewProjectDialog::filePath() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QStringLiteral(".veiviser")))
        p += QStringLiteral(".veiviser");
    return p;
}

NewProject NewProjectDialog::project() const
{
    NewProject p;
    p.name = m_name->text().trimmed();
    p.systemVersion = m_version->text().trimmed();
    p.role = static_cast<ProjectRole>(m_role->currentData().toInt());
    return p;
}

void NewProjectDialog::browse()
{
    const QString chosen = FileDialogs::saveFile(this, tr("Save new project as"), filePath(),
                                                        tr("Veiviser projects (*.veiviser)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        m_path->setModified(true);
    }
}

void NewProjectDialog::updateOk()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the project a name.");
    else if (filePath().isEmpty())
        problem = tr("Choose where to save the project file.");
    else if (QFileInfo::exists(filePath()))
        problem = tr("A file with this name already exists; choose another.");
    QString note;
    if (problem.isEmpty() && !QFileInfo(filePath()).absoluteDir().exists())
        note = tr("The folder %1 will be created.").arg(QDir::toNativeSeparators(QFileInfo(filePath()).absolutePath()));
    m_problem->setText(problem.isEmpty() ? note : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

// The suggested folder (~/Documents) need not exist on a new account.
void NewProjectDialog::createFolderAndAccept()
{
    const QString folder = QFileInfo(filePath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_problem->setText(tr("The folder %1 cannot be created; choose another.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    accept();
}

} // namespace vv::ui
