#include "ui/ProjectEdits.h"

#include "guidance/GuidanceLibrary.h"
#include "ui/ProjectSession.h"

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

static QString requirementTitle(ProjectSession *session, const QString &urn)
{
    const guidance::Requirement *r = session->library() ? session->library()->requirement(urn) : nullptr;
    return r ? r->title.current() : urn;
}

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

} // namespace vv::ui
