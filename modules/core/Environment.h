#pragma once

#include <QString>

namespace vv {

/// The operating-system account running Veiviser; recorded as the actor of audit entries.
QString currentOsUser();
/// This machine's host name, recorded in test-run provenance.
QString hostName();

} // namespace vv
