#include "evidence/ImportFiles.h"

#include "store/ProjectFilePin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>

namespace vv::evidence::detail {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(vv::evidence::EvidenceLibrary)
};

constexpr int maxDepth = 64;

QString systemError(int err)
{
    return qt_error_string(err);
}

struct Walk {
    std::vector<ImportFile> files;
    int maxFiles = 0;
    const CancellationToken *cancel = nullptr;

    Status add(const QByteArray &native, const QString &display, const QString &source, qint64 size)
    {
        if (static_cast<int>(files.size()) >= maxFiles)
            return Error::input(Text::tr("more than %1 files to import").arg(maxFiles),
                                Text::tr("Import a smaller folder, or its subfolders one at a time."));
        ImportFile f;
        f.nativePath = native;
        f.displayPath = display;
        f.source = source;
        f.fileName = source.section(QLatin1Char('/'), -1);
        f.size = size;
        files.push_back(std::move(f));
        return {};
    }

    Status folder(const QByteArray &native, const QString &display, const QString &source, int depth)
    {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        if (depth > maxDepth)
            return Error::input(Text::tr("%1 is nested more than %2 folders deep").arg(display).arg(maxDepth),
                                Text::tr("Import a folder further down."));
        DIR *dir = ::opendir(native.constData());
        if (!dir)
            return Error::input(Text::tr("cannot read the folder %1: %2").arg(display, systemError(errno)),
                                Text::tr("Check its permissions; nothing was imported."));
        std::vector<QByteArray> names;
        errno = 0;
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            // Hidden entries (.git, .DS_Store, editor backups) are not evidence someone chose to add.
            if (!name.startsWith('.'))
                names.push_back(name);
        }
        const int readError = errno;
        ::closedir(dir);
        if (readError != 0)
            return Error::input(Text::tr("cannot read the folder %1: %2").arg(display, systemError(readError)),
                                Text::tr("Check the folder; nothing was imported."));
        std::sort(names.begin(), names.end());
        for (const QByteArray &name : names) {
            const QByteArray child = native + '/' + name;
            const QString childName = nameFromNative(name);
            const QString childDisplay = display + QLatin1Char('/') + childName;
            const QString childSource = source + QLatin1Char('/') + childName;
            struct stat st {};
            if (::lstat(child.constData(), &st) != 0)
                return Error::input(Text::tr("%1 vanished while the folder was read").arg(childDisplay),
                                    Text::tr("Import the folder again when it is no longer changing."));
            if (S_ISDIR(st.st_mode)) {
                VV_TRY(folder(child, childDisplay, childSource, depth + 1));
            } else if (S_ISREG(st.st_mode)) {
                // An open project's own files are not evidence, and reading them would drop the project's locks.
                if (!isPartOfOpenProject(nameFromNative(child)))
                    VV_TRY(add(child, childDisplay, childSource, st.st_size));
            } else if (S_ISLNK(st.st_mode)) {
                // A link to a file imports the file; a link to a folder is not followed (it could loop).
                struct stat target {};
                if (::stat(child.constData(), &target) == 0 && S_ISREG(target.st_mode))
                    VV_TRY(add(child, childDisplay, childSource, target.st_size));
            }
            // Sockets, pipes and devices are not documents.
        }
        return {};
    }
};

} // namespace

QString nameFromNative(const QByteArray &native)
{
    const QString decoded = QFile::decodeName(native);
    if (QFile::encodeName(decoded) == native)
        return decoded;
    return QString::fromLatin1(native);
}

Result<std::vector<ImportFile>> collectImportFiles(const QStringList &paths, int maxFiles,
                                                   const CancellationToken *cancel)
{
    Walk walk;
    walk.maxFiles = maxFiles;
    walk.cancel = cancel;
    if (paths.isEmpty())
        return Error::input(Text::tr("no files or folders to import"), Text::tr("Name at least one file or folder."));
    for (const QString &path : paths) {
        const QByteArray native = QFile::encodeName(path);
        struct stat st {};
        if (::stat(native.constData(), &st) != 0) {
            const int err = errno;
            QString hint = Text::tr("Check the path; nothing was imported.");
            if (path.contains(QChar::ReplacementCharacter))
                hint = Text::tr("Its name is not valid UTF-8, so it cannot be named on the command line; rename it, "
                                "or import the folder that holds it.");
            if (err == ENOENT || err == ENOTDIR)
                return Error::input(Text::tr("%1 does not exist").arg(path), hint);
            return Error::input(Text::tr("cannot read %1: %2").arg(path, systemError(err)), hint);
        }
        if (S_ISDIR(st.st_mode)) {
            QString name = QFileInfo(QDir::cleanPath(QDir(path).absolutePath())).fileName();
            if (name.isEmpty())
                name = QStringLiteral("root");
            VV_TRY(walk.folder(native, QDir::cleanPath(path), name, 0));
        } else if (S_ISREG(st.st_mode)) {
            if (isPartOfOpenProject(path))
                return Error::input(Text::tr("%1 belongs to a project that is open in Veiviser").arg(path),
                                    Text::tr("A project cannot be evidence in itself; export it with 'project copy' "
                                             "and import the copy."));
            VV_TRY(walk.add(native, path, QFileInfo(path).fileName(), st.st_size));
        } else {
            return Error::input(Text::tr("%1 is neither a file nor a folder").arg(path),
                                Text::tr("Import regular files or folders."));
        }
    }
    if (walk.files.empty())
        return Error::input(Text::tr("there are no files to import in %1").arg(paths.join(QStringLiteral(", "))),
                            Text::tr("Hidden files and links to folders inside a folder are skipped."));
    return std::move(walk.files);
}

} // namespace vv::evidence::detail
