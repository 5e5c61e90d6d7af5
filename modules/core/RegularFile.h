#pragma once

// Reading a file that someone outside the program named. Such a path may be a FIFO, a device or a folder, or be
// swapped for one between a check and the read; a plain open() of a FIFO waits for a writer forever, and reading
// /dev/zero never ends. Every reader of such a path goes through here.

#include "core/Error.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace vv {

/// Opens nativePath for reading without blocking (O_NONBLOCK, so a FIFO or device cannot stall the open), then
/// checks with fstat that the open descriptor is a regular file and switches it back to blocking reads. Returns the
/// descriptor, which the caller closes; on failure osError (if given) gets errno. displayPath names it in messages.
Result<int> openRegularFileNative(const QByteArray &nativePath, const QString &displayPath, int *osError = nullptr);

/// openRegularFileNative() for a QString path, handing the descriptor to file (which closes it).
Status openRegularFile(QFile &file, const QString &path);

/// Reads a whole regular file of at most maxBytes; larger files, FIFOs, devices and folders are input errors.
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

} // namespace vv
