#include "ui/SigningKeys.h"
#include "ui/FileDialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vv::ui {

using namespace vv::packaging;

Result<SigningKey> readSigningKey(QWidget *parent, const QString &path)
{
    auto locked = SigningKey::needsPassphrase(path);
    if (!locked)
        return locked.error();
    if (!*locked)
        return SigningKey::readFile(path);
    bool ok = false;
    const QString passphrase =
        QInputDialog::getText(parent, KeyPairDialog::tr("Passphrase for the signing key"),
                              KeyPairDialog::tr("The signing key %1 is protected by a passphrase. Passphrase:")
                                  .arg(QDir::toNativeSeparators(path)),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return Error::cancelled();
    return SigningKey::readFile(path, passphrase.toUtf8());
}

KeyPairDialog::KeyPairDialog(QWidget *parent)
    : QDialog(parent), m_folder(new QLineEdit(this)), m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_create(new QPushButton(tr("&Create key pair"), this))
{
    setWindowTitle(tr("Create a key pair"));
    // GenericDataLocation (~/.local/share), not AppDataLocation, which repeats the organisation and application
    // names ("Veiviser/veiviser").
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    m_folder->setText(QDir::toNativeSeparators(QDir(base).filePath(QStringLiteral("veiviser/keys"))));
    m_folder->setAccessibleName(tr("Folder for the key pair"));
    for (QLineEdit *e : {m_passphrase, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("optional, but recommended"));
    m_repeat->setAccessibleName(tr("Passphrase again"));
    m_problem->setWordWrap(true);

    auto *intro = new QLabel(tr("The private key signs your packages and review files; keep it to yourself. The public "
                                "key is what you give to those who check them, and its fingerprint is what you read "
                                "out to them."),
                             this);
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the folder for the key pair"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(folderRow)))
        l->setBuddy(m_folder);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = FileDialogs::folder(this, tr("Folder for the key pair"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    for (QLineEdit *e : {m_folder, m_passphrase, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &KeyPairDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyPairDialog::createFromForm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

Result<KeyPairFiles> KeyPairDialog::create(const QString &dir, const QByteArray &passphrase)
{
    auto key = SigningKey::generate();
    if (!key)
        return key.error();
    auto written = key->writeFiles(dir, passphrase);
    if (!written)
        return written.error();
    return KeyPairFiles{*written, QDir(dir).filePath(SigningKey::publicKeyFileName()), key->publicKey().fingerprint()};
}

void KeyPairDialog::createFromForm()
{
    updateState();
    if (!m_create->isEnabled())
        return;
    auto made = create(QDir::fromNativeSeparators(m_folder->text().trimmed()), m_passphrase->text().toUtf8());
    if (!made) {
        m_problem->setText(made.error().toString());
        return;
    }
    m_created = *made;
    accept();
}

QString KeyPairDialog::problemText() const
{
    return m_problem->text();
}

void KeyPairDialog::updateState()
{
    QString problem;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty())
        problem = tr("Choose a folder for the key pair.");
    else if (QFileInfo::exists(QDir(folder).filePath(SigningKey::privateKeyFileName())))
        problem = tr("This folder holds a key pair already; choose another folder.");
    else if (m_passphrase->text() != m_repeat->text())
        problem = tr("The two passphrases differ.");
    // No passphrase is allowed (a key on an encrypted disk, say), but the user should know what it means.
    m_problem->setText(!problem.isEmpty()                ? problem
                       : m_passphrase->text().isEmpty() ? tr("Without a passphrase, anyone who can read the private "
                                                             "key file can sign in your name.")
                                                        : QString());
    m_create->setEnabled(problem.isEmpty());
}

} // namespace vv::ui
