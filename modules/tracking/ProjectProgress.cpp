#include "tracking/ProjectProgress.h"

#include "tracking/GuidanceRequirementCatalog.h"
#include "store/AnswerTable.h"

#include <algorithm>
#include <map>

namespace vv::tracking {

using namespace vv::guidance;

static const std::array<QString, trackedStatusCount> &statusNames()
{
    static const std::array<QString, trackedStatusCount> names = {
        QStringLiteral("does_not_apply"), QStringLiteral("undetermined"), QStringLiteral("not_started"),
        QStringLiteral("in_progress"),    QStringLiteral("met"),          QStringLiteral("not_applicable")};
    return names;
}

QString trackedStatusName(TrackedStatus status)
{
    return statusNames()[std::size_t(status)];
}

std::optional<TrackedStatus> trackedStatusFromName(const QString &name)
{
    const auto &names = statusNames();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return std::nullopt;
    return static_cast<TrackedStatus>(it - names.begin());
}

TrackedStatus trackedStatus(const RequirementApplicability &applicability, const std::optional<RequirementState> &state)
{
    switch (applicability.state) {
    case Applicability::DoesNotApply: return TrackedStatus::DoesNotApply;
    case Applicability::Undetermined: return TrackedStatus::Undetermined;
    case Applicability::Applies: break;
    }
    switch (state ? state->status : RequirementStatus::NotStarted) {
    case RequirementStatus::NotStarted: return TrackedStatus::NotStarted;
    case RequirementStatus::InProgress: return TrackedStatus::InProgress;
    case RequirementStatus::Met: return TrackedStatus::Met;
    case RequirementStatus::NotApplicable: return TrackedStatus::NotApplicable;
    }
    return TrackedStatus::NotStarted;
}

Deadline deadlineOf(const std::optional<QDate> &due, const QDate &today)
{
    if (!due || !due->isValid())
        return Deadline::None;
    if (*due < today)
        return Deadline::Overdue;
    if (today.daysTo(*due) <= ProjectProgress::soonDays)
        return Deadline::Soon;
    return Deadline::Later;
}

Result<Role> guidanceRole(const ProjectStore &store)
{
    auto info = store.info();
    if (!info)
        return info.error();
    return roleFromName(roleToString(info->role)).value_or(Role::Both);
}

Result<Assessment> assessProject(ProjectStore &store, const GuidanceLibrary &library)
{
    auto role = guidanceRole(store);
    if (!role)
        return role.error();
    auto stored = AnswerTable(store).all();
    if (!stored)
        return stored.error();
    return assessStored(library, *stored, *role);
}

int StatusCounts::applicable() const
{
    return count(TrackedStatus::NotStarted) + count(TrackedStatus::InProgress) + done();
}

int StatusCounts::done() const
{
    return count(TrackedStatus::Met) + count(TrackedStatus::NotApplicable);
}

int StatusCounts::total() const
{
    int n = 0;
    for (int c : byStatus)
        n += c;
    return n;
}

Result<ProjectProgress> ProjectProgress::compute(ProjectStore &store, const GuidanceLibrary &library,
                                                 Evidence counting)
{
    ProjectProgress p;
    auto assessment = assessProject(store, library);
    if (!assessment)
        return assessment.error();
    p.assessment = std::move(*assessment);
    p.today = store.clock().nowUtc().toLocalTime().date();

    auto states = RequirementStateTable(store).all();
    if (!states)
        return states.error();
    std::map<QString, RequirementState> byUrn;
    for (RequirementState &s : *states)
        byUrn[s.urn] = std::move(s);

    // Evidence is counted through the loaded packs' crosswalk, whatever catalog the program installed.
    const evidence::EvidenceLibrary evidence(store, std::make_shared<tracking::GuidanceRequirementCatalog>(library));
    QStringList urns;
    for (const RequirementApplicability &r : p.assessment.requirements)
        urns << r.urn;
    std::map<QString, std::vector<evidence::EvidenceStatus>> linked;
    if (counting == Evidence::Counted) {
        auto each = evidence.evidenceForEach(urns);
        if (!each)
            return each.error();
        linked = std::move(*each);
        auto stale = evidence.staleItems();
        if (!stale)
            return stale.error();
        p.staleEvidence = std::move(*stale);
    }

    std::map<QString, std::size_t> packIndex;
    for (const RequirementApplicability &r : p.assessment.requirements) {
        const Requirement *req = library.requirement(r.urn);
        const Pack *pack = library.packOfRequirement(r.urn);
        if (!req || !pack)
            continue;
        RequirementProgress rp;
        rp.urn = r.urn;
        rp.packId = pack->id;
        rp.sectionId = req->section.id;
        rp.applicability = r;
        if (const auto it = byUrn.find(r.urn); it != byUrn.end()) {
            rp.state = it->second;
            rp.stateNeedsReview = it->second.packVersion != pack->version;
        }
        rp.status = trackedStatus(r, rp.state);
        for (const evidence::EvidenceStatus &e : linked[r.urn]) {
            (e.viaCrosswalk.isEmpty() ? rp.directEvidence : rp.crosswalkEvidence)++;
            rp.staleEvidence += e.staleness.isStale() ? 1 : 0;
        }
        if (rp.isOpen())
            rp.deadline = deadlineOf(rp.deadlineDate(p.today), p.today);

        auto [it, fresh] = packIndex.try_emplace(pack->id, p.packs.size());
        if (fresh)
            p.packs.push_back(PackProgress{pack->id, {}, 0, 0, 0});
        PackProgress &pp = p.packs[it->second];
        pp.counts.add(rp.status);
        pp.needsReview += rp.needsReview() ? 1 : 0;
        pp.lacksEvidence += rp.lacksEvidence() ? 1 : 0;
        pp.overdue += rp.deadline == Deadline::Overdue ? 1 : 0;
        p.overall.add(rp.status);
        p.requirements.push_back(std::move(rp));
    }
    return p;
}

const RequirementProgress *ProjectProgress::requirement(const QString &urn) const
{
    for (const RequirementProgress &r : requirements)
        if (r.urn == urn)
            return &r;
    return nullptr;
}

const PackProgress *ProjectProgress::pack(const QString &id) const
{
    for (const PackProgress &p : packs)
        if (p.packId == id)
            return &p;
    return nullptr;
}

std::vector<const RequirementProgress *> ProjectProgress::dueOrOverdue() const
{
    std::vector<const RequirementProgress *> out;
    for (const RequirementProgress &r : requirements)
        if (r.deadline == Deadline::Overdue || r.deadline == Deadline::Soon)
            out.push_back(&r);
    std::stable_sort(out.begin(), out.end(),
                     [this](const RequirementProgress *a, const RequirementProgress *b) {
                         return *a->deadlineDate(today) < *b->deadlineDate(today);
                     });
    return out;
}

std::vector<const RequirementProgress *> ProjectProgress::needingReview() const
{
    std::vector<const RequirementProgress *> out;
    for (const RequirementProgress &r : requirements)
        if (r.needsReview())
            out.push_back(&r);
    return out;
}

static Json countsJson(const StatusCounts &c)
{
    Json j = Json::object();
    for (int i = 0; i < trackedStatusCount; ++i)
        j[toStd(trackedStatusName(TrackedStatus(i)))] = c.byStatus[std::size_t(i)];
    j["applicable"] = c.applicable();
    j["done"] = c.done();
    return j;
}

Json ProjectProgress::toJson() const
{
    Json packList = Json::array();
    for (const PackProgress &p : packs) {
        Json j = countsJson(p.counts);
        j["pack"] = toStd(p.packId);
        j["needs_review"] = p.needsReview;
        j["lacking_evidence"] = p.lacksEvidence;
        j["overdue"] = p.overdue;
        packList.push_back(j);
    }
    Json due = Json::array();
    for (const RequirementProgress *r : dueOrOverdue())
        due.push_back({{"urn", toStd(r->urn)},
                       {"due_date", toStd(r->deadlineDate(today)->toString(Qt::ISODate))},
                       {"starts_to_apply", !r->dueDate()},
                       {"overdue", r->deadline == Deadline::Overdue},
                       {"owner", toStd(r->state ? r->state->owner : QString())},
                       {"status", toStd(trackedStatusName(r->status))}});
    Json review = Json::array();
    for (const RequirementProgress *r : needingReview())
        review.push_back(toStd(r->urn));
    Json lacking = Json::array();
    for (const RequirementProgress &r : requirements)
        if (r.lacksEvidence())
            lacking.push_back(toStd(r.urn));
    Json stale = Json::array();
    for (const evidence::EvidenceStatus &s : staleEvidence)
        stale.push_back({{"id", s.item.id},
                         {"title", toStd(s.item.title)},
                         {"expired", s.staleness.expired},
                         {"older_system_version", s.staleness.olderSystemVersion}});
    return {{"today", toStd(today.toString(Qt::ISODate))},
            {"overall", countsJson(overall)},
            {"packs", packList},
            {"due", due},
            {"needs_review", review},
            {"lacking_evidence", lacking},
            {"stale_evidence", stale},
            {"missing", vv::toJson(assessment.missing)}};
}

} // namespace vv::tracking
