#pragma once

// Writing to a path a user named (package build --out, review export --out, evidence export, ...). Such a path may
// already hold something valuable, at worst the very project being worked on, so every such write goes through here.

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace vv {

/// What a write may do with a file that is already at its path.
enum class ExistingFile {
    Refuse,  ///< an existing file is an input error that offers --force (nothing is replaced unasked)
    Replace, ///< the user asked to replace it (--force, or a save dialog that asked)
    Never,   ///< the command only makes new files (a project, say): an existing file is an input error
};

/// Whether path holds a Veiviser project: the SQLite magic and Veiviser's application_id at offset 68. Reads at
/// most 100 bytes, without blocking on a FIFO or device.
bool isProjectFile(const QString &path);

/// Checks a user-named output path before anything is written to it. Refuses, as input errors naming the file:
/// a Veiviser project or its -wal/-shm/-journal file (always, even with Replace), a folder, a FIFO, device or
/// socket, and any other existing file unless existing is Replace.
Status checkOutputPath(const QString &path, ExistingFile existing);

/// Writes bytes whole or not at all: checkOutputPath, then a temporary file beside path renamed over it.
Status writeOutputFile(const QString &path, const QByteArray &bytes, ExistingFile existing);

} // namespace vv
