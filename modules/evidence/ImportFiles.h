#pragma once

// Internal to vv_evidence: finding the files of an import. Paths are handled as the bytes the file system holds,
// so that a folder with names in any encoding imports completely.

#include "core/Error.h"
#include "core/Progress.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace vv::evidence::detail {

/// One file found for an import.
struct ImportFile {
    QByteArray nativePath; ///< the path as the file system spells it
    QString displayPath;   ///< for messages
    QString source;        ///< the name stored: relative to a given folder's parent, or the file's own name
    QString fileName;      ///< the last part of the name
    qint64 size = 0;
};

/// A name from the file system as text: UTF-8 when it is valid UTF-8, else read as Latin-1 so nothing is lost
/// for the reader.
QString nameFromNative(const QByteArray &native);

/// Lists the files of paths (folders recurse; hidden entries inside folders and symbolic links to folders are
/// skipped), sorted by name within each folder. Fails on a path that does not exist, an unreadable folder, more
/// than maxFiles files, or nothing to import.
Result<std::vector<ImportFile>> collectImportFiles(const QStringList &paths, int maxFiles,
                                                   const CancellationToken *cancel);

} // namespace vv::evidence::detail
