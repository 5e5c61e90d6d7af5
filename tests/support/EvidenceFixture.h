#pragma once

// Evidence for the tests that need an item in a project but are not about importing it.

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace vv {
class ProjectStore;
}

namespace vv::test {

/// Writes text to a new file at path and imports it into store as one evidence item named title (the file's name
/// when title is empty); returns the item's id.
Result<qint64> importTextEvidence(ProjectStore &store, const QString &path, const QByteArray &text,
                                  const QString &title = {});

} // namespace vv::test
