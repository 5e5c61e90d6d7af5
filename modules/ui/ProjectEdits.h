#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "store/EvidenceTable.h"
#include "store/RequirementStateTable.h"
#include "store/RiskTable.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace vv::ui {

class ProjectSession;

/// An edit made in this session that can be undone. It is saved when it is made; undo and redo save the earlier
/// or later value again, as a new audited change (the audit chain only grows).
class ProjectEdit : public QUndoCommand {
public:
    explicit ProjectEdit(ProjectSession *session) : m_session(session) {}
    void undo() override;
    void redo() override;
    /// Sets the text for the Edit menu in the current language.
    virtual void retranslate() = 0;

protected:
    /// Saves the value after (forward) or before the edit.
    virtual Status save(bool forward) = 0;
    /// What the edit changes, for ProjectSession::notifyChanged().
    virtual QString area() const = 0;
    ProjectSession *session() const { return m_session; }

private:
    /// A failed save puts the stack back where it was (the stack has moved before it calls undo() or redo()), by
    /// moving it the other way once without saving.
    void stepBackAfterFailure(bool wasUndo);
    ProjectSession *m_session;
    // Skip the next undo() or redo(): the first redo() comes from QUndoStack::push(), after the edit was saved, and
    // the step back after a failed save saves nothing either.
    bool m_skipNext = true;
};

/// A changed answer; consecutive changes of one multiple-choice answer merge into one step.
class AnswerEdit final : public ProjectEdit {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::AnswerEdit)
public:
    AnswerEdit(ProjectSession *session, QString fact, Json before, Json after, bool mergeable);
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    void retranslate() override;

protected:
    Status save(bool forward) override;
    QString area() const override { return QStringLiteral("answers"); }

private:
    QString m_fact;
    Json m_before, m_after;
    bool m_mergeable;
};

/// A changed requirement state (status, justification, owner, due date, notes).
class RequirementStateEdit final : public ProjectEdit {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::RequirementStateEdit)
public:
    RequirementStateEdit(ProjectSession *session, std::optional<RequirementState> before, RequirementState after);
    void retranslate() override;

protected:
    Status save(bool forward) override;
    QString area() const override { return QStringLiteral("requirements"); }

private:
    std::optional<RequirementState> m_before;
    RequirementState m_after;
};

/// An evidence item linked to or unlinked from a requirement.
class EvidenceLinkEdit final : public ProjectEdit {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::EvidenceLinkEdit)
public:
    EvidenceLinkEdit(ProjectSession *session, qint64 evidenceId, QString urn, bool linked);
    void retranslate() override;

protected:
    Status save(bool forward) override;
    QString area() const override { return QStringLiteral("evidence"); }

private:
    qint64 m_id;
    QString m_urn;
    bool m_linked;
};

/// Changed metadata of an evidence item (title, kind, review state, description, author, reviewer, dates, system
/// version). Undo and redo write the other side only while the stored metadata is what this edit left; a change
/// saved in between by someone else is a conflict, not overwritten.
class EvidenceMetadataEdit final : public ProjectEdit {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::EvidenceMetadataEdit)
public:
    EvidenceMetadataEdit(ProjectSession *session, EvidenceItem before, EvidenceItem after);
    void retranslate() override;

protected:
    Status save(bool forward) override;
    QString area() const override { return QStringLiteral("evidence"); }

private:
    EvidenceItem m_before, m_after;
};

/// A hazard added, changed or removed in the risk file: before or after is empty for an added or removed one.
/// Saving it goes through risk::RiskFile, so each step is checked against the matrix and the project.
class HazardEdit final : public ProjectEdit {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::HazardEdit)
public:
    HazardEdit(ProjectSession *session, std::optional<Hazard> before, std::optional<Hazard> after);
    /// Saves the edit the first time; the caller pushes it on the undo stack only when this worked.
    Status apply();
    /// The hazard's id once saved (an added hazard gets it from the store).
    qint64 hazardId() const { return m_id; }
    void retranslate() override;

protected:
    Status save(bool forward) override;
    QString area() const override { return QStringLiteral("risk"); }

private:
    std::optional<Hazard> m_before, m_after;
    qint64 m_id = 0;
    bool m_firstSave = true; ///< the first save is based on the version the form read
};

/// A risk control added or changed (its verifications included): before is empty for an added one.
class RiskControlEdit final : public ProjectEdit {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::RiskControlEdit)
public:
    RiskControlEdit(ProjectSession *session, std::optional<RiskControl> before, RiskControl after);
    Status apply();
    qint64 controlId() const { return m_id; }
    void retranslate() override;

protected:
    Status save(bool forward) override;
    QString area() const override { return QStringLiteral("risk"); }

private:
    std::optional<RiskControl> m_before;
    RiskControl m_after;
    qint64 m_id = 0;
    bool m_firstSave = true;
};

} // namespace vv::ui
