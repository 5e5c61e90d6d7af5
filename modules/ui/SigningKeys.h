#pragma once

#include "core/Error.h"
#include "packaging/Signing.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vv::ui {

/// Reads a signing key for the GUI, asking for its passphrase (not echoed, never kept) when the key file is
/// encrypted. Closing the question is Error::cancelled().
Result<packaging::SigningKey> readSigningKey(QWidget *parent, const QString &path);

/// The key pair a KeyPairDialog made.
struct KeyPairFiles {
    QString privateKey;
    QString publicKey;
    QString fingerprint;
};

/// "Create a key pair…": makes the Ed25519 key pair that signs packages and review files, as `keys generate` does,
/// in a folder the user chooses, optionally protected by a passphrase typed twice.
class KeyPairDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeyPairDialog(QWidget *parent = nullptr);

    /// Makes the key pair in dir (created if needed; existing key files are never overwritten).
    static Result<KeyPairFiles> create(const QString &dir, const QByteArray &passphrase);

    /// Makes the key pair from the form; on success the dialog is accepted and created() holds the files.
    void createFromForm();
    const KeyPairFiles &created() const { return m_created; }

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QString problemText() const;

private:
    void updateState();

    QLineEdit *m_folder;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QPushButton *m_create;
    KeyPairFiles m_created;
};

} // namespace vv::ui
