#include "core/Sha256.h"

#include "core/RegularFile.h"

#include <QFile>

#include <openssl/evp.h>

namespace vv {

struct Sha256::State {
    EVP_MD_CTX *ctx = nullptr;
    bool finished = false;
};

Sha256::Sha256() : d(std::make_unique<State>())
{
    d->ctx = EVP_MD_CTX_new();
    if (!d->ctx || EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL could not initialise SHA-256");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
}

void Sha256::update(const char *data, qsizetype size)
{
    Q_ASSERT(!d->finished);
    if (size > 0)
        EVP_DigestUpdate(d->ctx, data, static_cast<size_t>(size));
}

QByteArray Sha256::finish()
{
    Q_ASSERT(!d->finished);
    d->finished = true;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, md, &len);
    return QByteArray(reinterpret_cast<const char *>(md), static_cast<qsizetype>(len));
}

QString Sha256::finishHex()
{
    return QString::fromLatin1(finish().toHex());
}

QByteArray Sha256::digest(QByteArrayView data)
{
    Sha256 h;
    h.update(data);
    return h.finish();
}

QString Sha256::hex(QByteArrayView data)
{
    return QString::fromLatin1(digest(data).toHex());
}

Result<QString> Sha256::hexOfFile(const QString &path)
{
    QFile f;
    VV_TRY(openRegularFile(f, path));
    Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return Error::input(QCoreApplication::translate("vv::Sha256", "cannot read %1: %2").arg(path, f.errorString()));
        if (n == 0)
            break;
        h.update(buf.constData(), n);
    }
    return h.finishHex();
}

bool isSha256Hex(QStringView s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace vv
