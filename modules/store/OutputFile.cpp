#include "store/OutputFile.h"

#include "store/ProjectFilePin.h"

#include "core/RegularFile.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace vv {

static QString tr(const char *text)
{
    return QCoreApplication::translate("vv::OutputFile", text);
}

bool isProjectFile(const QString &path)
{
    // A project this process has open is known without opening it again: reading its header through a second
    // descriptor would drop the process's locks on it when that descriptor closes (ProjectFilePin).
    if (isPartOfOpenProject(path))
        return true;
    auto fd = openRegularFileNative(QFile::encodeName(path), path);
    if (!fd)
        return false;
    char header[100];
    qint64 got = 0;
    while (got < qint64(sizeof header)) {
        const ssize_t n = ::read(*fd, header + got, sizeof header - size_t(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(*fd);
    return ProjectStore::headerKind(QByteArrayView(header, got)) == ProjectStore::HeaderKind::Project;
}

// SQLite keeps a project's uncommitted and shared state in files beside it; replacing one damages the project.
static QString projectOfCompanion(const QString &path)
{
    const QString base = ProjectStore::companionOf(path);
    return base != path && isProjectFile(base) ? base : QString();
}

Status checkOutputPath(const QString &path, ExistingFile existing)
{
    if (path.isEmpty())
        return Error::input(tr("no output file given"), tr("Name the file to write."));
    const QString hint = tr("Choose another name for the output.");
    if (const QString project = projectOfCompanion(path); !project.isEmpty())
        return Error::input(tr("%1 belongs to the Veiviser project %2; it is never replaced").arg(path, project), hint);
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return {};
        return Error::input(tr("cannot check %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))), hint);
    }
    if (S_ISDIR(st.st_mode))
        return Error::input(tr("%1 is a folder").arg(path), tr("Give the name of a file to write."));
    if (!S_ISREG(st.st_mode))
        return Error::input(tr("%1 is not a regular file (it is a pipe, device or socket)").arg(path), hint);
    if (isProjectFile(path))
        return Error::input(tr("%1 is a Veiviser project; it is never replaced").arg(path), hint);
    if (existing == ExistingFile::Refuse)
        return Error::input(tr("%1 exists already").arg(path), tr("Give --force to replace it, or choose another name."));
    if (existing == ExistingFile::Never)
        return Error::input(tr("%1 exists already").arg(path),
                            tr("This makes a new file and never replaces one; choose a name that is not taken."));
    return {};
}

Status writeOutputFile(const QString &path, const QByteArray &bytes, ExistingFile existing)
{
    VV_TRY(checkOutputPath(path, existing));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::runtime(tr("cannot write %1: %2").arg(path, f.errorString()),
                              tr("Check that the folder exists and is writable, and that the disk has room."));
    return {};
}

} // namespace vv
