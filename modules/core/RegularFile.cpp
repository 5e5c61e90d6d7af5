#include "core/RegularFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vv {

static QString tr(const char *text)
{
    return QCoreApplication::translate("vv::RegularFile", text);
}

Result<int> openRegularFileNative(const QByteArray &nativePath, const QString &displayPath, int *osError)
{
    if (osError)
        *osError = 0;
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        if (osError)
            *osError = err;
        return Error::input(tr("cannot read %1: %2").arg(displayPath, QString::fromLocal8Bit(std::strerror(err))),
                            tr("Check the path and the file's permissions."));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool isDir = S_ISDIR(st.st_mode);
        ::close(fd);
        if (osError)
            *osError = isDir ? EISDIR : EINVAL;
        return Error::input(isDir ? tr("%1 is a folder, not a file").arg(displayPath)
                                  : tr("%1 is not a regular file (it is a pipe, device or socket)").arg(displayPath),
                            tr("Give the path of an ordinary file."));
    }
    // A regular file never blocks; clearing the flag keeps later reads ordinary.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

Status openRegularFile(QFile &file, const QString &path)
{
    auto fd = openRegularFileNative(QFile::encodeName(path), path);
    if (!fd)
        return fd.error();
    if (!file.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*fd);
        return Error::input(tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return {};
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    QFile f;
    VV_TRY(openRegularFile(f, path));
    if (f.size() > maxBytes)
        return Error::input(tr("%1 is %2 bytes; the limit for this file is %3 bytes").arg(path).arg(f.size()).arg(maxBytes),
                            tr("Check that this is the right file."));
    QByteArray data = f.read(maxBytes + 1);
    if (data.size() > maxBytes) // it grew after the size check
        return Error::input(tr("%1 is larger than %2 bytes").arg(path).arg(maxBytes), tr("Check that this is the right file."));
    if (f.error() != QFileDevice::NoError)
        return Error::input(tr("cannot read %1: %2").arg(path, f.errorString()));
    return data;
}

} // namespace vv
