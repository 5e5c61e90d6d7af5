#pragma once

// Internal to vv_store, apart from isPartOfOpenProject().

#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace vv {

/// Keeps a project file safe from this process's own file handling while any connection to it is open.
///
/// On POSIX systems closing any descriptor of a file drops all of the process's advisory (fcntl) locks on it,
/// including the ones SQLite holds for its connections. A second process then believes the file unused, checkpoints
/// and deletes the -wal and -shm files under our feet, and the next checkpoint here writes stale pages over the
/// database. So while a project is open in this process:
/// - its header is read through the one descriptor kept here, never by opening and closing the file again;
/// - an open-file-description lock (F_OFD_SETLK), which a close elsewhere cannot drop, holds the database's shared
///   lock range and the -shm file's "dead man switch" byte, so no other SQLite connection can take the exclusive
///   locks it needs to delete or reset them;
/// - isPartOfOpenProject() lets imports and outputs keep their hands off the project's files.
/// One pin exists per file (device and inode) and process, shared by every ProjectStore on it.
class ProjectFilePin {
public:
    /// The pin of the file at path: the one already held, or a new one (opening the file without blocking, and
    /// refusing anything that is not a regular file).
    static Result<std::shared_ptr<ProjectFilePin>> acquire(const QString &path);
    ~ProjectFilePin();
    ProjectFilePin(const ProjectFilePin &) = delete;
    ProjectFilePin &operator=(const ProjectFilePin &) = delete;

    /// The first bytes of the file (the SQLite header), read through the kept descriptor.
    QByteArray header(int bytes = 100) const;
    /// The file's size now, through the kept descriptor (-1 if it cannot be had).
    qint64 size() const;
    /// Takes the locks once SQLite has set up the file's shared memory (after the first query of a connection).
    /// Idempotent; a lock that cannot be had now (another process is closing the file) is tried again next time.
    void hold();
    /// True when another Veiviser process (the CLI next to the GUI, a colleague's GUI) has the project open now.
    bool openElsewhere() const;

    /// Closes one of this process's connections to the pinned file through closeConnection and lets the pin go.
    /// When it is the last connection, the locks are given up first, so that SQLite may checkpoint and remove the
    /// -wal and -shm files as it closes.
    static void closeWith(std::shared_ptr<ProjectFilePin> &pin, const std::function<void()> &closeConnection);

private:
    ProjectFilePin(QString path, int fd, unsigned long long device, unsigned long long inode);
    void release();
    QString m_path;
    int m_fd = -1;
    int m_shmFd = -1;
    unsigned long long m_device = 0;
    unsigned long long m_inode = 0;
    bool m_held = false;
};

/// True when path is a project file open in this process, or its -wal, -shm or -journal file. Reading or writing
/// such a file through another descriptor would drop the locks that keep the project consistent (see
/// ProjectFilePin), so imports skip it and outputs refuse it. Decided with stat(), without opening anything.
bool isPartOfOpenProject(const QString &path);

} // namespace vv
