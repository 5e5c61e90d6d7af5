#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "guidance/GuidanceLibrary.h"
#include "store/RequirementStateTable.h"
#include "tracking/ProjectProgress.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

class QUndoStack;

namespace vv {
class Clock;
class ProjectStore;
struct NewProject;
}

namespace vv::ui {

/// The open project as the GUI sees it: owns the store, the loaded guidance and the undo stack, saves the edits
/// every page makes, and tells every page when something changed.
class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    /// The clock for audit entries, due dates and staleness (the system clock unless set); used from the next open.
    void setClock(const Clock *clock);

    Status open(const QString &path);
    Status create(const QString &path, const NewProject &project);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    /// The open project's store, or nullptr.
    ProjectStore *store() const { return m_store.get(); }

    /// The installed guidance packs, loaded on first use; nullptr when they cannot be loaded (see libraryError()).
    const guidance::GuidanceLibrary *library();
    QString libraryError() const { return m_libraryError; }

    /// The open project's assessment, requirement states and evidence, recomputed after each change; nullptr when
    /// no project is open or it cannot be computed (see progressError()).
    const tracking::ProjectProgress *progress();
    QString progressError() const { return m_progressError; }

    /// The session's edits (answers, requirement states, evidence links). Undo and redo save new audited changes.
    /// Why the session holds it, not each page: one Edit > Undo reaches edits made on any page, in the order they
    /// were made, and the stack ends with the project it edits (cleared on close).
    QUndoStack *undoStack() const { return m_undo; }

    /// Stores an answer (JSON null removes it) under the current version of its pack, after checking it. With
    /// seenVersion (the answer's row version when the user saw it; 0 for no answer), a newer answer saved by
    /// someone else in the meantime makes this a Conflict error instead of overwriting it.
    Status setAnswer(const QString &fact, const Json &value, std::optional<qint64> seenVersion = std::nullopt);
    /// The row version of every stored answer, to pass back to setAnswer().
    QHash<QString, qint64> answerVersions() const;
    /// Confirms answers given under an older pack version, so that they count as reviewed.
    Status confirmAnswers(const QStringList &facts);
    /// Stores the team's state of a requirement (the pack id and version are filled in).
    Status saveRequirementState(const RequirementState &state);
    /// Confirms after a pack update that a requirement's state and the answers it rests on still hold.
    Status confirmRequirement(const QString &urn);
    /// Links an evidence item to a requirement, or removes the link.
    Status setEvidenceLink(qint64 evidenceId, const QString &urn, bool linked);

    /// Pages call this after they saved a change, so that the others show its consequences at once.
    /// area names what changed ("project", "answers", "requirements", "evidence", "runs", ...).
    void notifyChanged(const QString &area);
    /// For undo and redo: an edit could not be saved.
    void reportEditFailure(const Error &error);
    /// The error as a user reads it: requirement URNs and fact ids replaced by their titles in the current language
    /// (the ids stay in the store's messages, which the CLI prints).
    Error inUsersWords(const Error &error);

Q_SIGNALS:
    void opened();
    void aboutToClose();
    void closed();
    void changed(const QString &area);
    /// An undo or redo could not be saved; message says why.
    /// An undo or redo could not be saved; conflict when someone else's change came first.
    void editFailed(const QString &message, bool conflict);

private:
    friend class AnswerEdit;
    friend class RequirementStateEdit;
    friend class EvidenceLinkEdit;
    Status requireOpen();
    // The writes behind the edits, without touching the undo stack; each returns whether anything changed.
    Result<bool> writeAnswer(const QString &fact, const Json &value, std::optional<qint64> seenVersion = std::nullopt);
    Result<bool> writeRequirementState(const RequirementState &state);
    /// The row version of a requirement's state that this session's last write of it left (none before one).
    std::optional<qint64> writtenVersion(const QString &urn) const;
    Result<bool> writeEvidenceLink(qint64 evidenceId, const QString &urn, bool linked);

    std::unique_ptr<ProjectStore> m_store;
    std::map<QString, qint64> m_writtenVersions; ///< per requirement URN, see writtenVersion()
    const Clock *m_clock = nullptr;
    std::optional<guidance::GuidanceLibrary> m_library;
    QString m_libraryError;
    std::optional<tracking::ProjectProgress> m_progress;
    QString m_progressError;
    QUndoStack *m_undo;
};

} // namespace vv::ui
