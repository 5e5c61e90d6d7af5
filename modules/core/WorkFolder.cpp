#include "core/WorkFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QRegularExpression>

#include <mutex>

namespace vv {

namespace {

const QString prefix = QStringLiteral("veiviser-");

std::unique_ptr<QLockFile> lockIn(const QString &folder)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(WorkFolder::lockName()));
    lock->setStaleLockTime(0); // stale only when its process is gone, however long the work takes
    return lock;
}

} // namespace

QString WorkFolder::lockName()
{
    return QStringLiteral(".veiviser-work.lock");
}

WorkFolder::WorkFolder(const QString &purpose)
    : m_dir(QDir(QDir::tempPath()).filePath(prefix + QString(purpose).remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]"))) +
                                            QStringLiteral("-XXXXXX")))
{
    // Once a process: a folder is left only by a process that has ended, so a sweep at start-up finds them all
    // but those of processes killed since, which the next process finds.
    static std::once_flag swept;
    std::call_once(swept, [] { removeLeftovers(); });
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    auto lock = lockIn(m_dir.path());
    if (!lock->tryLock(0)) {
        m_error = QCoreApplication::translate("vv::WorkFolder", "cannot create the lock file in %1").arg(m_dir.path());
        return;
    }
    m_lock = std::move(lock);
}

WorkFolder::~WorkFolder()
{
    // QTemporaryDir removes the folder with the lock file in it; unlock first so that the lock is not left for a
    // moment in a folder that is going.
    if (m_lock)
        m_lock->unlock();
}

int WorkFolder::removeLeftovers(const QString &root)
{
    const QDir dir(root.isEmpty() ? QDir::tempPath() : root);
    // QTemporaryDir replaces the six X with letters and digits.
    static const QRegularExpression name(QStringLiteral("^veiviser-[A-Za-z0-9-]*-[A-Za-z0-9]{6}$"));
    int removed = 0;
    const auto folders = dir.entryInfoList({prefix + QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &folder : folders) {
        if (!name.match(folder.fileName()).hasMatch() || folder.isSymLink() || !folder.isWritable())
            continue;
        const QString lockPath = QDir(folder.absoluteFilePath()).filePath(lockName());
        if (!QFileInfo::exists(lockPath))
            continue; // being made this moment, or not ours
        auto lock = lockIn(folder.absoluteFilePath());
        if (!lock->tryLock(0))
            continue; // its process is alive (here or on another host sharing the folder)
        lock->unlock();
        if (QDir(folder.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace vv
