#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace vv {

/// Incremental SHA-256 (OpenSSL); the project's one hashing helper.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const char *data, qsizetype size);
    void update(QByteArrayView data) { update(data.data(), data.size()); }
    /// The 32-byte digest; the object cannot be updated afterwards.
    QByteArray finish();
    /// The digest as 64 lowercase hex digits.
    QString finishHex();

    static QByteArray digest(QByteArrayView data);
    static QString hex(QByteArrayView data);
    /// Hashes a file in 1 MiB reads, so memory use does not grow with its size.
    static Result<QString> hexOfFile(const QString &path);

private:
    struct State;
    std::unique_ptr<State> d;
};

/// True for a string of exactly 64 lowercase hex digits.
bool isSha256Hex(QStringView s);

} // namespace vv
