#include "ui/ProjectEdits.h"

#include "evidence/EvidenceLibrary.h"
#include "guidance/GuidanceLibrary.h"
#include "risk/RiskFile.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementTitle.h"

#include <QUndoStack>

namespace vv::ui {

void ProjectEdit::redo()
{
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    if (auto s = save(true); !s) {
        m_session->reportEditFailure(s.error());
        stepBackAfterFailure(false);
    }
    m_session->notifyChanged(area());
}

void ProjectEdit::undo()
{
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    if (auto s = save(false); !s) {
        m_session->reportEditFailure(s.error());
        stepBackAfterFailure(true);
    }
    m_session->notifyChanged(area());
}

void ProjectEdit::stepBackAfterFailure(bool wasUndo)
{
    m_skipNext = true;
    QUndoStack *stack = m_session->undoStack();
    // Queued: the stack is still inside its own undo() or redo() here.
    QMetaObject::invokeMethod(
        stack, [stack, wasUndo] { wasUndo ? stack->redo() : stack->undo(); }, Qt::QueuedConnection);
}

// ---- answers ----

AnswerEdit::AnswerEdit(ProjectSession *session, QString fact, Json before, Json after, bool mergeable)
    : ProjectEdit(session), m_fact(std::move(fact)), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeable(mergeable)
{
    retranslate();
}

bool AnswerEdit::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const AnswerEdit *>(other);
    if (!next || next->m_fact != m_fact)
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

void AnswerEdit::retranslate()
{
    const guidance::Question *q = session()->library() ? session()->library()->question(m_fact) : nullptr;
    setText(tr("answer to “%1”").arg(q ? q->text.current() : m_fact));
}

Status AnswerEdit::save(bool forward)
{
    auto changed = session()->writeAnswer(m_fact, forward ? m_after : m_before);
    if (!changed)
        return changed.error();
    return {};
}

// ---- requirement states ----

RequirementStateEdit::RequirementStateEdit(ProjectSession *session, std::optional<RequirementState> before,
                                           RequirementState after)
    : ProjectEdit(session), m_before(std::move(before)), m_after(std::move(after))
{
    retranslate();
}

void RequirementStateEdit::retranslate()
{
    setText(tr("change to “%1”").arg(requirementTitle(session(), m_after.urn)));
}

Status RequirementStateEdit::save(bool forward)
{
    RequirementState state;
    if (forward) {
        state = m_after;
    } else if (m_before) {
        state = *m_before;
    } else {
        // There was no row: the requirement was not started, with nothing recorded.
        state.urn = m_after.urn;
    }
    // On top of the session's own last write of this requirement (by this edit or a later one, since undone), so
    // that only someone else's change in between is a conflict.
    state.rowVersion = session()->writtenVersion(state.urn);
    auto changed = session()->writeRequirementState(state);
    if (!changed)
        return changed.error();
    return {};
}

// ---- evidence links ----

EvidenceLinkEdit::EvidenceLinkEdit(ProjectSession *session, qint64 evidenceId, QString urn, bool linked)
    : ProjectEdit(session), m_id(evidenceId), m_urn(std::move(urn)), m_linked(linked)
{
    retranslate();
}

void EvidenceLinkEdit::retranslate()
{
    const QString title = requirementTitle(session(), m_urn);
    setText(m_linked ? tr("link to “%1”").arg(title) : tr("removed link to “%1”").arg(title));
}

Status EvidenceLinkEdit::save(bool forward)
{
    auto changed = session()->writeEvidenceLink(m_id, m_urn, forward ? m_linked : !m_linked);
    if (!changed)
        return changed.error();
    return {};
}

// ---- evidence metadata ----

EvidenceMetadataEdit::EvidenceMetadataEdit(ProjectSession *session, EvidenceItem before, EvidenceItem after)
    : ProjectEdit(session), m_before(std::move(before)), m_after(std::move(after))
{
    retranslate();
}

void EvidenceMetadataEdit::retranslate()
{
    setText(tr("change to evidence “%1”").arg(m_after.title));
}

// The fields EvidenceLibrary::update() saves.
static bool sameMetadata(const EvidenceItem &a, const EvidenceItem &b)
{
    return a.title == b.title && a.kind == b.kind && a.reviewState == b.reviewState && a.description == b.description &&
           a.author == b.author && a.reviewer == b.reviewer && a.effectiveDate == b.effectiveDate &&
           a.expiryDate == b.expiryDate && a.systemVersion == b.systemVersion;
}

Status EvidenceMetadataEdit::save(bool forward)
{
    if (!session()->store())
        return Error::input(tr("no project is open"));
    evidence::EvidenceLibrary library(*session()->store());
    auto stored = library.item(m_after.id);
    if (!stored)
        return stored.error();
    if (!sameMetadata(*stored, forward ? m_before : m_after))
        return Error::conflict(tr("evidence “%1” was changed by someone else in the meantime").arg(stored->title),
                               tr("Reload to see their change, then make yours again."));
    EvidenceItem target = forward ? m_after : m_before;
    target.rowVersion = stored->rowVersion;
    auto changed = library.update(target);
    if (!changed)
        return changed.error();
    return {};
}

// ---- the risk file ----

static Result<risk::RiskFile> riskFile(ProjectSession *session)
{
    if (!session->store() || !session->library())
        return Error::input(HazardEdit::tr("no project is open"));
    return risk::RiskFile::open(*session->store(), *session->library());
}

HazardEdit::HazardEdit(ProjectSession *session, std::optional<Hazard> before, std::optional<Hazard> after)
    : ProjectEdit(session), m_before(std::move(before)), m_after(std::move(after))
{
    m_id = m_before ? m_before->id : 0;
    retranslate();
}

void HazardEdit::retranslate()
{
    const QString ref = m_after ? m_after->ref : m_before ? m_before->ref : QString();
    setText(!m_before ? tr("new hazard %1").arg(ref) : !m_after ? tr("removed hazard %1").arg(ref)
                                                                 : tr("change to hazard %1").arg(ref));
}

Status HazardEdit::apply()
{
    return save(true);
}

Status HazardEdit::save(bool forward)
{
    auto file = riskFile(session());
    if (!file)
        return file.error();
    const std::optional<Hazard> &target = forward ? m_after : m_before;
    if (!target)
        return file->table().removeHazard(m_id, std::nullopt);
    Hazard h = *target;
    h.id = m_id;
    if (m_id == 0 || (forward ? !m_before : !m_after)) {
        // Added (forward of an addition, or undoing a removal): the store gives it a new id.
        auto id = file->addHazard(h);
        if (!id)
            return id.error();
        m_id = *id;
        return {};
    }
    // The first save is based on the version the form read; undo and redo overwrite this session's own change.
    if (!(forward && m_firstSave))
        h.rowVersion = std::nullopt;
    m_firstSave = false;
    return file->saveHazard(h);
}

RiskControlEdit::RiskControlEdit(ProjectSession *session, std::optional<RiskControl> before, RiskControl after)
    : ProjectEdit(session), m_before(std::move(before)), m_after(std::move(after))
{
    m_id = m_before ? m_before->id : 0;
    retranslate();
}

void RiskControlEdit::retranslate()
{
    setText(m_before ? tr("change to risk control %1").arg(m_id) : tr("new risk control"));
}

Status RiskControlEdit::apply()
{
    return save(true);
}

Status RiskControlEdit::save(bool forward)
{
    auto file = riskFile(session());
    if (!file)
        return file.error();
    if (!forward && !m_before)
        return file->table().removeControl(m_id, std::nullopt);
    RiskControl c = forward ? m_after : *m_before;
    c.id = m_id;
    if (forward && !m_before) {
        auto id = file->addControl(c);
        if (!id)
            return id.error();
        m_id = *id;
        return {};
    }
    c.rowVersion = forward && m_firstSave ? m_after.rowVersion : std::nullopt;
    m_firstSave = false;
    return file->saveControl(c);
}

} // namespace vv::ui
