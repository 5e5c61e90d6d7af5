#include "core/OpenSslVersion.h"

#include <openssl/crypto.h>

namespace vv {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace vv
