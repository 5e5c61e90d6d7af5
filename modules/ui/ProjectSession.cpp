#include "ui/ProjectSession.h"

#include <QRegularExpression>

#include "evidence/EvidenceLibrary.h"
#include "store/AnswerTable.h"
#include "store/ProjectStore.h"
#include "ui/ProjectEdits.h"

#include <QUndoStack>

namespace vv::ui {

using namespace vv::guidance;

ProjectSession::ProjectSession(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

ProjectSession::~ProjectSession() = default;

void ProjectSession::setClock(const Clock *clock)
{
    m_clock = clock;
}

Status ProjectSession::open(const QString &path)
{
    StoreOptions options;
    options.clock = m_clock;
    auto store = ProjectStore::open(path, options);
    if (!store)
        return store.error();
    close();
    m_store = std::move(*store);
    m_progress.reset();
    Q_EMIT opened();
    return {};
}

Status ProjectSession::create(const QString &path, const NewProject &project)
{
    StoreOptions options;
    options.clock = m_clock;
    auto store = ProjectStore::create(path, project, options);
    if (!store)
        return store.error();
    store->reset();
    return open(path);
}

void ProjectSession::close()
{
    if (!m_store)
        return;
    Q_EMIT aboutToClose();
    // Edits of one project cannot be undone in another.
    m_undo->clear();
    m_writtenVersions.clear();
    m_progress.reset();
    m_store.reset();
    Q_EMIT closed();
}

const GuidanceLibrary *ProjectSession::library()
{
    if (m_library)
        return &*m_library;
    auto library = GuidanceLibrary::loadShipped();
    if (!library) {
        m_libraryError = library.error().toString();
        return nullptr;
    }
    m_libraryError.clear();
    m_library = std::move(*library);
    return &*m_library;
}

const tracking::ProjectProgress *ProjectSession::progress()
{
    if (m_progress)
        return &*m_progress;
    const GuidanceLibrary *lib = library();
    if (!m_store || !lib) {
        m_progressError = m_store ? m_libraryError : QString();
        return nullptr;
    }
    auto progress = tracking::ProjectProgress::compute(*m_store, *lib);
    if (!progress) {
        m_progressError = progress.error().toString();
        return nullptr;
    }
    m_progressError.clear();
    m_progress = std::move(*progress);
    return &*m_progress;
}

void ProjectSession::notifyChanged(const QString &area)
{
    // Any saved change can move the assessment, a requirement's status or its evidence.
    m_progress.reset();
    Q_EMIT changed(area);
}

void ProjectSession::reportEditFailure(const Error &error)
{
    Q_EMIT editFailed(inUsersWords(error).toString(), error.kind() == Error::Kind::Conflict);
}

Error ProjectSession::inUsersWords(const Error &error)
{
    const guidance::GuidanceLibrary *lib = library();
    if (!lib)
        return error;
    static const QRegularExpression urn(QStringLiteral("urn:veiviser:[A-Za-z0-9._:-]*[A-Za-z0-9]"));
    auto titled = [&](QString text) -> QString { // a QString: "out + ..." alone would be a QStringBuilder of locals
        QString out;
        qsizetype from = 0;
        for (auto it = urn.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const guidance::Requirement *r = lib->requirement(m.captured());
            out += text.mid(from, m.capturedStart() - from);
            out += r ? QStringLiteral("“%1”").arg(r->title.current()) : m.captured();
            from = m.capturedEnd();
        }
        return out + text.mid(from);
    };
    return Error(error.kind(), titled(error.what()), titled(error.hint()), error.where());
}

Status ProjectSession::requireOpen()
{
    if (!m_store)
        return Error::input(tr("no project is open"));
    if (!library())
        return Error::runtime(m_libraryError);
    return {};
}

Result<bool> ProjectSession::writeAnswer(const QString &fact, const Json &value, std::optional<qint64> seenVersion)
{
    VV_TRY(requireOpen());
    const Pack *pack = m_library->packOfFact(fact);
    if (!pack || !m_library->question(fact))
        return Error::input(tr("'%1' is not a question in the guidance packs").arg(fact));
    auto parsed = m_library->parseAnswer(fact, value);
    if (!parsed)
        return parsed.error();
    const Json canonical = *parsed ? (*parsed)->toJson() : Json(nullptr);
    AnswerChange change{fact, canonical, pack->id, pack->version};
    change.expectedVersion = seenVersion;
    auto changed = AnswerTable(*m_store).apply({change});
    if (!changed)
        return changed.error();
    return *changed > 0;
}

QHash<QString, qint64> ProjectSession::answerVersions() const
{
    QHash<QString, qint64> versions;
    if (!m_store)
        return versions;
    if (auto answers = AnswerTable(*m_store).all())
        for (const StoredAnswer &a : *answers)
            versions.insert(a.factId, a.rowVersion);
    return versions;
}

Status ProjectSession::setAnswer(const QString &fact, const Json &value, std::optional<qint64> seenVersion)
{
    VV_TRY(requireOpen());
    auto before = AnswerTable(*m_store).find(fact);
    if (!before)
        return before.error();
    auto changed = writeAnswer(fact, value, seenVersion);
    if (!changed)
        return changed.error();
    if (!*changed)
        return {};
    auto after = AnswerTable(*m_store).find(fact);
    const Json afterValue = after && *after ? (*after)->value : Json(nullptr);
    const Question *q = m_library->question(fact);
    m_undo->push(new AnswerEdit(this, fact, *before ? (*before)->value : Json(nullptr), afterValue,
                                q && q->type == FactType::Multi));
    notifyChanged(QStringLiteral("answers"));
    return {};
}

Status ProjectSession::confirmAnswers(const QStringList &facts)
{
    VV_TRY(requireOpen());
    std::vector<std::pair<QString, QString>> confirm;
    for (const QString &fact : facts)
        if (const Pack *pack = m_library->packOfFact(fact))
            confirm.emplace_back(fact, pack->version);
    auto n = AnswerTable(*m_store).confirm(confirm);
    if (!n)
        return n.error();
    if (*n > 0)
        notifyChanged(QStringLiteral("answers"));
    return {};
}

Result<bool> ProjectSession::writeRequirementState(const RequirementState &state)
{
    VV_TRY(requireOpen());
    const Pack *pack = m_library->packOfRequirement(state.urn);
    if (!pack)
        return Error::input(tr("'%1' is not a requirement in the guidance packs").arg(state.urn));
    RequirementStateTable table(*m_store);
    auto existing = table.find(state.urn);
    if (!existing)
        return existing.error();
    RequirementState next = state;
    next.packId = pack->id;
    next.packVersion = pack->version;
    if (*existing) {
        const RequirementState &e = **existing;
        if (e.status == next.status && e.justification == next.justification && e.owner == next.owner &&
            e.dueDate == next.dueDate && e.notes == next.notes && e.packVersion == next.packVersion)
            return false;
    }
    VV_TRY(table.save(next));
    if (auto saved = table.find(state.urn); saved && *saved && (**saved).rowVersion)
        m_writtenVersions[state.urn] = *(**saved).rowVersion;
    return true;
}

std::optional<qint64> ProjectSession::writtenVersion(const QString &urn) const
{
    const auto it = m_writtenVersions.find(urn);
    return it == m_writtenVersions.end() ? std::nullopt : std::optional<qint64>(it->second);
}

Status ProjectSession::saveRequirementState(const RequirementState &state)
{
    VV_TRY(requireOpen());
    auto before = RequirementStateTable(*m_store).find(state.urn);
    if (!before)
        return before.error();
    auto changed = writeRequirementState(state);
    if (!changed)
        return changed.error();
    if (!*changed)
        return {};
    m_undo->push(new RequirementStateEdit(this, *before, state));
    notifyChanged(QStringLiteral("requirements"));
    return {};
}

Status ProjectSession::confirmRequirement(const QString &urn)
{
    VV_TRY(requireOpen());
    const tracking::ProjectProgress *p = progress();
    const tracking::RequirementProgress *r = p ? p->requirement(urn) : nullptr;
    if (!r)
        return Error::input(tr("'%1' is not a requirement in the guidance packs").arg(urn));
    const QStringList facts = r->applicability.needsReview;
    const bool stateReview = r->stateNeedsReview;
    if (!facts.isEmpty())
        VV_TRY(confirmAnswers(facts));
    if (stateReview) {
        const Pack *pack = m_library->packOfRequirement(urn);
        VV_TRY(RequirementStateTable(*m_store).confirm(urn, pack->version));
        notifyChanged(QStringLiteral("requirements"));
    }
    return {};
}

Result<bool> ProjectSession::writeEvidenceLink(qint64 evidenceId, const QString &urn, bool linked)
{
    if (!m_store)
        return Error::input(tr("no project is open"));
    // The catalog the program installed (the shipped guidance), as the evidence page and the CLI use it.
    evidence::EvidenceLibrary evidence(*m_store);
    return linked ? evidence.link(evidenceId, urn) : evidence.unlink(evidenceId, urn);
}

Status ProjectSession::setEvidenceLink(qint64 evidenceId, const QString &urn, bool linked)
{
    auto changed = writeEvidenceLink(evidenceId, urn, linked);
    if (!changed)
        return changed.error();
    if (!*changed)
        return {};
    m_undo->push(new EvidenceLinkEdit(this, evidenceId, urn, linked));
    notifyChanged(QStringLiteral("evidence"));
    return {};
}

} // namespace vv::ui
