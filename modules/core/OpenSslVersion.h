#pragma once

#include <QString>

namespace vv {

/// The version of the OpenSSL library core hashes with (Sha256), for the About box; callers need not link OpenSSL.
QString openSslVersion();

} // namespace vv
