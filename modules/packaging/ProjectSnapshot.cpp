#include "packaging/ProjectSnapshot.h"

#include "store/DocumentDetailTable.h"
#include "tracking/GuidanceRequirementCatalog.h"

#include <QSet>

namespace vv::packaging {

using namespace vv::guidance;

Result<ProjectSnapshot> ProjectSnapshot::read(ProjectStore &store, const GuidanceLibrary &library,
                                              const TestRunSource &testRuns, SnapshotParts parts)
{
    ProjectSnapshot s;
    s.library = library;
    auto info = store.info();
    if (!info)
        return info.error();
    s.info = *info;
    auto answers = AnswerTable(store).all();
    if (!answers)
        return answers.error();
    s.answers = *answers;
    s.assessment = assessStored(library, s.answers, roleFromName(roleToString(s.info.role)).value_or(Role::Both));
    auto states = RequirementStateTable(store).all();
    if (!states)
        return states.error();
    for (const RequirementState &st : *states)
        s.states[st.urn] = st;
    evidence::EvidenceLibrary evidenceLibrary(store, std::make_shared<tracking::GuidanceRequirementCatalog>(library));
    auto statuses = evidenceLibrary.statuses();
    if (!statuses)
        return statuses.error();
    s.evidence = *statuses;
    auto details = DocumentDetailTable(store).all();
    if (!details)
        return details.error();
    for (const DocumentDetail &d : *details)
        s.details[d.key] = d.text;
    auto runs = testRuns.runs(store);
    if (!runs)
        return runs.error();
    s.testRuns = *runs;
    auto postMarket = PostMarketData::read(store, library, parts.measuredWindows);
    if (!postMarket)
        return postMarket.error();
    s.postMarket = std::move(*postMarket);
    auto risk = RiskData::read(store, library, parts.trace, s.postMarket.status ? &*s.postMarket.status : nullptr);
    if (!risk)
        return risk.error();
    s.risk = std::move(*risk);
    s.created = store.clock().nowUtc();
    return s;
}

std::vector<std::pair<const evidence::EvidenceStatus *, QString>> ProjectSnapshot::evidenceFor(const QString &urn) const
{
    std::vector<std::pair<const evidence::EvidenceStatus *, QString>> out;
    QSet<qint64> seen;
    for (const evidence::EvidenceStatus &e : evidence)
        if (e.links.contains(urn)) {
            out.emplace_back(&e, QString());
            seen.insert(e.item.id);
        }
    for (const CrosswalkLink *link : library.crosswalkFor(urn))
        for (const Ref &other : link->requirements) {
            if (other.id == urn)
                continue;
            for (const evidence::EvidenceStatus &e : evidence)
                if (!seen.contains(e.item.id) && e.links.contains(other.id)) {
                    out.emplace_back(&e, other.id);
                    seen.insert(e.item.id);
                }
        }
    return out;
}

QString ProjectSnapshot::detail(const QString &key) const
{
    const auto it = details.find(key);
    if (it == details.end())
        return {};
    const QString nb = it->second.nb.trimmed();
    return nb.isEmpty() ? it->second.en.trimmed() : nb;
}

tracking::TrackedStatus ProjectSnapshot::requirementStatus(const QString &urn) const
{
    const RequirementApplicability *r = assessment.requirement(urn);
    if (!r)
        return tracking::TrackedStatus::Undetermined;
    const auto it = states.find(urn);
    return tracking::trackedStatus(*r, it == states.end() ? std::nullopt : std::optional<RequirementState>(it->second));
}

} // namespace vv::packaging
