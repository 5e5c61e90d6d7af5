#pragma once

#include <QString>

namespace vv {

/// The operating-system account running Veiviser; recorded as the actor of audit entries.
QString currentOsUser();
/// This machine's host name, recorded in test-run provenance.
QString hostName();

/// Where Veiviser's shipped data (guidance packs, templates) lives: $VEIVISER_DATA_DIR when set, otherwise
/// `<folder of the executable>/../share/veiviser`, which holds in the build tree and in an installation alike.
QString dataDirectory();

} // namespace vv
