#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QLockFile;

namespace vv {

/// A private (0700) temporary folder for one piece of work (printing documents, extracting a package), removed when
/// the work ends, and removed by a later Veiviser process when the one that made it was killed.
///
/// These folders can hold health data (a package's evidence, documents with a project's answers), so none may stay
/// behind in $TMPDIR. QTemporaryDir removes its folder in its destructor, which a killed process never runs. Each
/// WorkFolder therefore holds a lock file inside its folder while it lives; the first WorkFolder a process makes
/// removes every `veiviser-*` folder whose lock belongs to a process that is gone.
class WorkFolder {
public:
    /// purpose names the folder, `$TMPDIR/veiviser-PURPOSE-XXXXXX` (letters, digits and '-' only).
    explicit WorkFolder(const QString &purpose);
    ~WorkFolder();
    WorkFolder(const WorkFolder &) = delete;
    WorkFolder &operator=(const WorkFolder &) = delete;

    bool isValid() const { return m_lock != nullptr; }
    QString errorString() const { return m_error; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Removes the work folders under root (default: the temporary folder) whose process is gone: those whose lock
    /// can be taken over. Folders without a lock (one being made this moment) and those of live processes, also on
    /// other hosts sharing the folder, are kept. Returns how many were removed.
    static int removeLeftovers(const QString &root = QString());

    /// The name of the lock file inside each work folder.
    static QString lockName();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
};

} // namespace vv
