#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vv::packaging {

struct KeyHandle;

/// An Ed25519 public key: checks signatures of manifests and reviews, and names its holder by fingerprint.
class PublicKey {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::PublicKey)
public:
    PublicKey() = default;
    /// A key in PEM (SubjectPublicKeyInfo), as `keys generate` writes it and `--pubkey` reads it.
    static Result<PublicKey> fromPem(QByteArrayView pem, const QString &sourceName);
    /// The 32 raw bytes of an Ed25519 key.
    static Result<PublicKey> fromRaw(QByteArrayView raw, const QString &sourceName);
    /// Reads a PEM public key file (at most 64 KiB).
    static Result<PublicKey> readFile(const QString &path);

    bool isNull() const { return !d; }
    QByteArray raw() const;
    QByteArray pem() const;
    /// "sha256:" and the SHA-256 of the raw key in hex: what a signer reads out to whoever verifies.
    QString fingerprint() const;
    bool verify(QByteArrayView message, QByteArrayView signature) const;

    bool operator==(const PublicKey &other) const { return raw() == other.raw(); }

private:
    std::shared_ptr<KeyHandle> d;
    friend class SigningKey;
};

/// An Ed25519 private key (OpenSSL 3) that signs package manifests and review files.
class SigningKey {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::SigningKey)
public:
    /// File names inside the folder `keys generate DIR` writes.
    static QString privateKeyFileName() { return QStringLiteral("veiviser-signing-key.pem"); }
    static QString publicKeyFileName() { return QStringLiteral("veiviser-signing-key.pub.pem"); }

    static Result<SigningKey> generate();
    /// Reads a PEM private key (PKCS#8, encrypted or not). An encrypted key needs its passphrase.
    static Result<SigningKey> readFile(const QString &path, const QByteArray &passphrase = {});
    /// Whether a private key file is encrypted, so that readFile() needs its passphrase (the GUI asks for it).
    static Result<bool> needsPassphrase(const QString &path);

    /// Writes the private key (mode 0600 from the moment it is created; PKCS#8 encrypted with AES-256-CBC and scrypt
    /// when a passphrase is given) and the public key into dir, which is created (mode 0700) if it does not exist.
    /// Existing key files are never overwritten. Returns the private key's path.
    Result<QString> writeFiles(const QString &dir, const QByteArray &passphrase) const;

    Result<QByteArray> sign(QByteArrayView message) const;
    PublicKey publicKey() const;
    bool isNull() const { return !d; }

private:
    std::shared_ptr<KeyHandle> d;
};

/// Reads a passphrase from the first line of a file (at most 1 KiB; the line end is not part of it).
Result<QByteArray> readPassphraseFile(const QString &path);

} // namespace vv::packaging
