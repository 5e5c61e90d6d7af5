#include "store/ProjectFilePin.h"

#include "store/ProjectStore.h"

#include <QFile>
#include <QMutex>

#include <cerrno>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace vv {

namespace {

// SQLite's unix VFS locks these bytes of the database file (os_unix.c: PENDING_BYTE 0x40000000, then RESERVED,
// then the 510-byte SHARED range). A read lock on the whole SHARED range is what every open connection holds; a
// connection that wants to remove the -wal file first needs a write lock on all of it.
constexpr off_t sharedFirst = 0x40000002;
constexpr off_t sharedSize = 510;
// A byte no SQLite lock touches: every Veiviser process that has the project open holds a read lock on it, so
// another process can ask whether anyone does.
constexpr off_t presenceByte = 0x40000000 + 600;
// In the -shm file: the "dead man switch" byte (UNIX_SHM_DMS = (22 + 8) * 4 + 8). The first connection of a system
// takes it for writing and resets the shared memory; while anyone holds it for reading, nobody resets it.
constexpr off_t shmDeadManSwitch = 128;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(vv::ProjectStore)
};

using Key = std::pair<unsigned long long, unsigned long long>;

struct Registry {
    QMutex mutex;
    std::map<Key, std::weak_ptr<ProjectFilePin>> pins;
};

Registry &registry()
{
    static Registry r;
    return r;
}

#ifdef F_OFD_SETLK
bool ofdLock(int fd, short type, off_t start, off_t length)
{
    struct flock lock {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    return ::fcntl(fd, F_OFD_SETLK, &lock) == 0;
}
#endif

QString systemError(int err)
{
    return qt_error_string(err);
}

} // namespace

ProjectFilePin::ProjectFilePin(QString path, int fd, unsigned long long device, unsigned long long inode)
    : m_path(std::move(path)), m_fd(fd), m_device(device), m_inode(inode)
{
}

ProjectFilePin::~ProjectFilePin()
{
    // Only reached when no connection of this process is left on the file (closeWith), so these closes drop no
    // SQLite lock.
    release();
    if (m_shmFd >= 0)
        ::close(m_shmFd);
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::shared_ptr<ProjectFilePin>> ProjectFilePin::acquire(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return Error::input(Text::tr("no project at %1").arg(path),
                                Text::tr("Check the path, or create a project with 'project init'."));
        return Error::input(Text::tr("cannot read %1: %2").arg(path, systemError(err)),
                            Text::tr("Check the file's permissions and those of its folder."));
    }
    if (!S_ISREG(st.st_mode))
        return Error::input(Text::tr("%1 is not a file").arg(path), Text::tr("Give the path of a .veiviser file."));

    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    const Key key{st.st_dev, st.st_ino};
    if (auto it = r.pins.find(key); it != r.pins.end()) {
        if (auto pin = it->second.lock())
            return pin;
    }
    // Never blocks (a FIFO swapped in after the stat would), and never becomes the process's controlling terminal.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        return Error::input(Text::tr("cannot read %1: %2").arg(path, systemError(err)),
                            err == EACCES ? Text::tr("You may not read this file; ask its owner for access.")
                                          : Text::tr("Check the file's permissions."));
    }
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_dev != st.st_dev ||
        opened.st_ino != st.st_ino) {
        ::close(fd);
        return Error::input(Text::tr("%1 changed while it was opened").arg(path),
                            Text::tr("Open it again when nothing else is replacing it."));
    }
    std::shared_ptr<ProjectFilePin> pin(new ProjectFilePin(path, fd, st.st_dev, st.st_ino));
    r.pins[key] = pin;
    return pin;
}

QByteArray ProjectFilePin::header(int bytes) const
{
    QByteArray out(bytes, '\0');
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = ::pread(m_fd, out.data() + done, size_t(bytes - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    out.truncate(int(done));
    return out;
}

qint64 ProjectFilePin::size() const
{
    struct stat st {};
    return ::fstat(m_fd, &st) == 0 ? qint64(st.st_size) : -1;
}

void ProjectFilePin::hold()
{
#ifdef F_OFD_SETLK
    QMutexLocker locker(&registry().mutex);
    if (m_held)
        return;
    if (!ofdLock(m_fd, F_RDLCK, sharedFirst, sharedSize))
        return;
    ofdLock(m_fd, F_RDLCK, presenceByte, 1);
    if (m_shmFd < 0)
        m_shmFd = ::open(QFile::encodeName(m_path + QStringLiteral("-shm")).constData(),
                         O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    // Without -shm (a read-only folder) SQLite keeps the index in memory and nothing can reset it.
    if (m_shmFd >= 0)
        ofdLock(m_shmFd, F_RDLCK, shmDeadManSwitch, 1);
    m_held = true;
#endif
}

void ProjectFilePin::release()
{
#ifdef F_OFD_SETLK
    if (!m_held)
        return;
    ofdLock(m_fd, F_UNLCK, 0, 0);
    if (m_shmFd >= 0)
        ofdLock(m_shmFd, F_UNLCK, 0, 0);
    m_held = false;
#endif
}

bool ProjectFilePin::openElsewhere() const
{
#ifdef F_OFD_GETLK
    // Locks of the pin's own open file description never conflict with this probe, so what it finds is another
    // process's.
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = presenceByte;
    probe.l_len = 1;
    if (::fcntl(m_fd, F_OFD_GETLK, &probe) != 0)
        return false;
    return probe.l_type != F_UNLCK;
#else
    return false;
#endif
}

void ProjectFilePin::closeWith(std::shared_ptr<ProjectFilePin> &pin, const std::function<void()> &closeConnection)
{
    if (!pin) {
        closeConnection();
        return;
    }
    // Under the registry's lock no other store can acquire the pin between "last user" and the close.
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    if (pin.use_count() == 1) {
        pin->release();
        r.pins.erase(Key{pin->m_device, pin->m_inode});
    }
    closeConnection();
    pin.reset();
}

bool isPartOfOpenProject(const QString &path)
{
    const QString base = ProjectStore::companionOf(path);
    struct stat st {};
    if (::stat(QFile::encodeName(base).constData(), &st) != 0)
        return false;
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    auto it = r.pins.find(Key{st.st_dev, st.st_ino});
    return it != r.pins.end() && !it->second.expired();
}

} // namespace vv
