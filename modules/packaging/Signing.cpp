#include "packaging/Signing.h"

#include "core/RegularFile.h"
#include "core/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vv::packaging {

struct KeyHandle {
    EVP_PKEY *key = nullptr;
    ~KeyHandle() { EVP_PKEY_free(key); }
};

namespace {

constexpr qsizetype rawKeyBytes = 32;
constexpr qsizetype signatureBytes = 64;

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return QStringLiteral("unknown OpenSSL error");
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

std::shared_ptr<KeyHandle> wrap(EVP_PKEY *key)
{
    auto h = std::make_shared<KeyHandle>();
    h->key = key;
    return h;
}

struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, n);
}

Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes)
{
    QFile f;
    VV_TRY(openRegularFile(f, path));
    if (f.size() > maxBytes)
        return Error::input(QCoreApplication::translate("vv::packaging::SigningKey", "%1 is too large to be a key file")
                                .arg(path));
    return f.read(maxBytes);
}

// The passphrase callback: OpenSSL asks only for encrypted keys, so being asked without one means "needs one".
struct PassphraseRequest {
    const QByteArray *passphrase = nullptr;
    bool asked = false;
};

int passphraseCallback(char *buf, int size, int, void *userData)
{
    auto *req = static_cast<PassphraseRequest *>(userData);
    req->asked = true;
    if (!req->passphrase || req->passphrase->isEmpty() || req->passphrase->size() > size)
        return -1;
    std::memcpy(buf, req->passphrase->constData(), std::size_t(req->passphrase->size()));
    return int(req->passphrase->size());
}

// Creates the file with the given mode atomically (O_EXCL): it never exists with wider permissions, and an
// existing file is never replaced.
Status writeNewFile(const QString &path, const QByteArray &content, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            return Error::input(QCoreApplication::translate("vv::packaging::SigningKey", "%1 exists already").arg(path),
                                QCoreApplication::translate("vv::packaging::SigningKey",
                                                            "Key files are never overwritten; choose another folder."));
        return Error::runtime(QCoreApplication::translate("vv::packaging::SigningKey", "cannot create %1: %2")
                                  .arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, std::size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(native.constData());
            return Error::runtime(QCoreApplication::translate("vv::packaging::SigningKey", "cannot write %1: %2")
                                      .arg(path, QString::fromLocal8Bit(std::strerror(err))));
        }
        done += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return Error::runtime(QCoreApplication::translate("vv::packaging::SigningKey", "cannot write %1 to disk").arg(path));
    return {};
}

} // namespace

// ---- PublicKey ----

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem, const QString &sourceName)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key) {
        ERR_clear_error();
        return Error::input(tr("%1 is not a PEM public key").arg(sourceName),
                            tr("Give the public key file that 'veiviser-cli keys generate' wrote (%1).")
                                .arg(SigningKey::publicKeyFileName()));
    }
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return Error::input(tr("%1 is not an Ed25519 key").arg(sourceName),
                            tr("Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'."));
    }
    PublicKey k;
    k.d = wrap(key);
    return k;
}

Result<PublicKey> PublicKey::fromRaw(QByteArrayView raw, const QString &sourceName)
{
    if (raw.size() != rawKeyBytes)
        return Error::input(tr("%1 is not an Ed25519 public key (it has %2 bytes, not 32)").arg(sourceName).arg(raw.size()));
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char *>(raw.data()), std::size_t(raw.size()));
    if (!key)
        return Error::input(tr("%1 is not a valid Ed25519 public key: %2").arg(sourceName, opensslError()));
    PublicKey k;
    k.d = wrap(key);
    return k;
}

Result<PublicKey> PublicKey::readFile(const QString &path)
{
    auto bytes = readSmallFile(path, 64 << 10);
    if (!bytes)
        return bytes.error();
    return fromPem(*bytes, path);
}

QByteArray PublicKey::raw() const
{
    if (!d)
        return {};
    QByteArray out(rawKeyBytes, Qt::Uninitialized);
    std::size_t len = std::size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(d->key, reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        return {};
    out.resize(qsizetype(len));
    return out;
}

QByteArray PublicKey::pem() const
{
    if (!d)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), d->key) != 1)
        return {};
    return bioBytes(bio.get());
}

QString PublicKey::fingerprint() const
{
    return d ? QStringLiteral("sha256:") + Sha256::hex(raw()) : QString();
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (!d || signature.size() != signatureBytes)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, d->key) == 1 &&
              EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.data()), std::size_t(signature.size()),
                               reinterpret_cast<const unsigned char *>(message.data()), std::size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

// ---- SigningKey ----

Result<SigningKey> SigningKey::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return Error::runtime(tr("cannot make an Ed25519 key: %1").arg(opensslError()));
    SigningKey k;
    k.d = wrap(key);
    return k;
}

Result<SigningKey> SigningKey::readFile(const QString &path, const QByteArray &passphrase)
{
    auto bytes = readSmallFile(path, 64 << 10);
    if (!bytes)
        return bytes.error();
    BioPtr bio(BIO_new_mem_buf(bytes->constData(), int(bytes->size())));
    PassphraseRequest req{&passphrase, false};
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &req);
    if (!key) {
        ERR_clear_error();
        if (req.asked && passphrase.isEmpty())
            return Error::input(tr("the key %1 is protected by a passphrase").arg(path),
                                tr("Give the passphrase with --passphrase-file FILE."));
        if (req.asked)
            return Error::input(tr("cannot unlock the key %1: wrong passphrase").arg(path),
                                tr("Check the passphrase file."));
        return Error::input(tr("%1 is not a PEM private key").arg(path),
                            tr("Give the private key file that 'veiviser-cli keys generate' wrote (%1).")
                                .arg(privateKeyFileName()));
    }
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return Error::input(tr("%1 is not an Ed25519 key").arg(path),
                            tr("Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'."));
    }
    SigningKey k;
    k.d = wrap(key);
    return k;
}

Result<bool> SigningKey::needsPassphrase(const QString &path)
{
    auto bytes = readSmallFile(path, 64 << 10);
    if (!bytes)
        return bytes.error();
    // writeFiles() writes encrypted keys as PKCS#8 ("ENCRYPTED PRIVATE KEY"); older PEM encryption says so in a
    // "Proc-Type: 4,ENCRYPTED" header.
    return bytes->contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || bytes->contains("Proc-Type: 4,ENCRYPTED");
}

Result<QString> SigningKey::writeFiles(const QString &dir, const QByteArray &passphrase) const
{
    if (!d)
        return Error::runtime(tr("no key to write"));
    QFileInfo info(dir);
    if (!info.exists()) {
        // The whole path, as on a new account where not even ~/.local/share exists yet; every folder made here is
        // private, since the innermost will hold a private key.
        const QStringList parts = QDir::cleanPath(QDir(dir).absolutePath()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString path;
        for (const QString &part : parts) {
            path += QLatin1Char('/') + part;
            if (QFileInfo(path).isDir())
                continue;
            if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
                return Error::input(tr("cannot create the folder %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                                    tr("Choose a folder you may write to."));
        }
    } else if (!info.isDir()) {
        return Error::input(tr("%1 is not a folder").arg(dir));
    }
    const QString privatePath = QDir(dir).filePath(privateKeyFileName());
    const QString publicPath = QDir(dir).filePath(publicKeyFileName());
    for (const QString &p : {privatePath, publicPath})
        if (QFileInfo::exists(p))
            return Error::input(tr("%1 exists already").arg(p),
                                tr("Key files are never overwritten; choose another folder."));

    BioPtr bio(BIO_new(BIO_s_mem()));
    bool written = false;
    if (passphrase.isEmpty()) {
        written = PEM_write_bio_PKCS8PrivateKey(bio.get(), d->key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    } else {
        // PKCS#8 with PBES2: scrypt (N = 2^14, r = 8, p = 1, as `openssl pkcs8 -scrypt`) and AES-256-CBC. OpenSSL
        // derives PBES2 keys within 32 MiB, so a larger N (2^15 needs 32 MiB and more) can be neither written nor
        // read back.
        PKCS8_PRIV_KEY_INFO *p8 = EVP_PKEY2PKCS8(d->key);
        unsigned char salt[16];
        X509_ALGOR *pbe = nullptr;
        if (p8 && RAND_bytes(salt, sizeof salt) == 1)
            pbe = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), salt, sizeof salt, nullptr, 1 << 14, 8, 1);
        X509_SIG *sig = pbe ? PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), p8, pbe) : nullptr;
        if (!sig)
            X509_ALGOR_free(pbe);
        written = sig && PEM_write_bio_PKCS8(bio.get(), sig) == 1;
        X509_SIG_free(sig);
        PKCS8_PRIV_KEY_INFO_free(p8);
    }
    if (!written)
        return Error::runtime(tr("cannot encode the private key: %1").arg(opensslError()));
    VV_TRY(writeNewFile(privatePath, bioBytes(bio.get()), 0600));
    if (auto s = writeNewFile(publicPath, publicKey().pem(), 0644); !s) {
        QFile::remove(privatePath);
        return s.error();
    }
    return privatePath;
}

Result<QByteArray> SigningKey::sign(QByteArrayView message) const
{
    if (!d)
        return Error::runtime(tr("no key to sign with"));
    QByteArray out(signatureBytes, Qt::Uninitialized);
    std::size_t len = std::size_t(out.size());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, d->key) == 1 &&
                    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                                   reinterpret_cast<const unsigned char *>(message.data()), std::size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error::runtime(tr("cannot sign: %1").arg(opensslError()));
    out.resize(qsizetype(len));
    return out;
}

PublicKey SigningKey::publicKey() const
{
    if (!d)
        return {};
    unsigned char raw[rawKeyBytes];
    std::size_t len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(d->key, raw, &len) != 1)
        return {};
    auto k = PublicKey::fromRaw(QByteArrayView(reinterpret_cast<const char *>(raw), qsizetype(len)), QString());
    return k ? *k : PublicKey();
}

Result<QByteArray> readPassphraseFile(const QString &path)
{
    auto bytes = readSmallFile(path, 1024);
    if (!bytes)
        return bytes.error();
    QByteArray line = bytes->left(bytes->indexOf('\n') < 0 ? bytes->size() : bytes->indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::input(QCoreApplication::translate("vv::packaging::SigningKey", "the passphrase file %1 is empty")
                                .arg(path),
                            QCoreApplication::translate("vv::packaging::SigningKey",
                                                        "Write the passphrase on the file's first line."));
    return line;
}

} // namespace vv::packaging
