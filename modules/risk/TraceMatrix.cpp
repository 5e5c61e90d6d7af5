#include "risk/TraceMatrix.h"

#include <set>

namespace vv::risk {

namespace {

struct GapName {
    const char *id;
    const char *text;
};

const GapName gapNames[traceGapCount] = {
    {"requirement_without_trace", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "requirement without trace")},
    {"hazard_without_control", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "hazard without control")},
    {"control_without_verification", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "control without verification")},
    {"verification_missing", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "verification not found")},
    {"verification_failed", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "verification failed")},
    {"verification_outdated", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "verification for an older version")},
    {"evidence_stale", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "stale evidence")},
    {"residual_not_estimated", QT_TRANSLATE_NOOP("vv::risk::TraceMatrix", "residual risk not estimated")},
};

QStringList merged(const QStringList &a, const QStringList &b)
{
    QStringList out = a;
    for (const QString &s : b)
        if (!out.contains(s))
            out << s;
    return out;
}

std::optional<qint64> idFrom(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v > 0 ? std::optional<qint64>(v) : std::nullopt;
}

void checkEvidence(const TraceInputs &in, qint64 id, TraceRow &row)
{
    auto e = in.evidence.find(id);
    if (e == in.evidence.end())
        return;
    row.evidenceId = id;
    if (e->second.stale)
        row.gaps.push_back(TraceGap::EvidenceStale);
}

void checkRun(const TraceInputs &in, const Verification &v, TraceRow &row)
{
    const auto id = idFrom(v.ref);
    auto run = id ? in.runs.find(*id) : in.runs.end();
    if (run == in.runs.end()) {
        row.gaps.push_back(TraceGap::VerificationMissing);
        return;
    }
    row.verificationTitle = run->second.title;
    if (!run->second.completed)
        row.gaps.push_back(TraceGap::VerificationFailed);
    if (run->second.outdated)
        row.gaps.push_back(TraceGap::VerificationOutdated);
    if (run->second.evidenceId) {
        auto e = in.evidence.find(*run->second.evidenceId);
        row.evidenceId = run->second.evidenceId;
        // An item outdated with its run is already counted as the run's gap.
        if (e != in.evidence.end() && e->second.stale && !(e->second.outdated && run->second.outdated))
            row.gaps.push_back(TraceGap::EvidenceStale);
    }
}

void checkVerification(const TraceInputs &in, const Verification &v, TraceRow &row)
{
    row.verification = v;
    if (v.kind == QStringLiteral("test_run")) {
        checkRun(in, v, row);
    } else if (v.kind == QStringLiteral("evidence")) {
        const auto id = idFrom(v.ref);
        auto e = id ? in.evidence.find(*id) : in.evidence.end();
        if (e == in.evidence.end()) {
            row.gaps.push_back(TraceGap::VerificationMissing);
            return;
        }
        row.verificationTitle = e->second.title;
        checkEvidence(in, *id, row);
    } else {
        auto m = in.monitoring.find(v.ref);
        if (m == in.monitoring.end())
            row.gaps.push_back(TraceGap::VerificationMissing);
        else if (m->second == QStringLiteral("alarm"))
            row.gaps.push_back(TraceGap::VerificationFailed);
    }
}

QString regionOf(const Hazard &h, const RiskMatrix &matrix)
{
    const RiskRegion *r = h.residualSeverity && h.residualProbability
                              ? matrix.region(*h.residualSeverity, *h.residualProbability)
                              : matrix.region(h.severity, h.probability);
    return r ? r->id : QString();
}

void addHazardRows(const TraceInputs &in, const RiskMatrix &matrix, const Hazard &h, TraceMatrix &out)
{
    TraceRow base;
    base.hazardId = h.id;
    base.hazardRef = h.ref;
    base.requirements = h.requirements;
    base.region = regionOf(h, matrix);
    const std::size_t first = out.rows.size();
    for (const RiskControl &c : in.controls) {
        if (c.hazardId != h.id)
            continue;
        TraceRow row = base;
        row.requirements = merged(h.requirements, c.requirements);
        row.controlId = c.id;
        row.controlType = c.type;
        if (c.verifications.empty()) {
            row.gaps.push_back(TraceGap::ControlWithoutVerification);
            out.rows.push_back(row);
        }
        for (const Verification &v : c.verifications) {
            TraceRow verified = row;
            checkVerification(in, v, verified);
            out.rows.push_back(verified);
        }
    }
    if (out.rows.size() == first) {
        base.gaps.push_back(TraceGap::HazardWithoutControl);
        out.rows.push_back(base);
    } else if (!h.residualSeverity || !h.residualProbability) {
        out.rows[first].gaps.push_back(TraceGap::ResidualNotEstimated);
    }
}

} // namespace

QString traceGapId(TraceGap gap)
{
    return QString::fromLatin1(gapNames[int(gap)].id);
}

QString traceGapText(TraceGap gap)
{
    return QCoreApplication::translate("vv::risk::TraceMatrix", gapNames[int(gap)].text);
}

int TraceMatrix::gaps() const
{
    int n = 0;
    for (int c : gapCounts)
        n += c;
    return n;
}

TraceMatrix buildTraceMatrix(const TraceInputs &in, const RiskMatrix &matrix)
{
    TraceMatrix out;
    std::set<QString> traced;
    for (const Hazard &h : in.hazards) {
        addHazardRows(in, matrix, h, out);
        traced.insert(h.requirements.begin(), h.requirements.end());
    }
    for (const RiskControl &c : in.controls)
        traced.insert(c.requirements.begin(), c.requirements.end());
    for (const TraceRequirement &r : in.requirements) {
        if (traced.count(r.urn))
            continue;
        TraceRow row;
        row.requirements = {r.urn};
        if (r.evidence == 0)
            row.gaps.push_back(TraceGap::RequirementWithoutTrace);
        out.rows.push_back(row);
    }
    for (const TraceRow &row : out.rows)
        for (TraceGap g : row.gaps)
            ++out.gapCounts[std::size_t(g)];
    return out;
}

Json TraceMatrix::toJson(bool onlyGaps) const
{
    Json list = Json::array();
    for (const TraceRow &r : rows) {
        if (onlyGaps && r.ok())
            continue;
        Json reqs = Json::array();
        for (const QString &u : r.requirements)
            reqs.push_back(toStd(u));
        Json gapIds = Json::array();
        for (TraceGap g : r.gaps)
            gapIds.push_back(toStd(traceGapId(g)));
        list.push_back(Json{
            {"requirements", reqs},
            {"hazard", r.hazardId ? Json{{"id", r.hazardId}, {"ref", toStd(r.hazardRef)}} : Json(nullptr)},
            {"region", r.region.isEmpty() ? Json(nullptr) : Json(toStd(r.region))},
            {"control", r.controlId ? Json{{"id", r.controlId}, {"type", toStd(r.controlType)}} : Json(nullptr)},
            {"verification", r.verification ? Json{{"kind", toStd(r.verification->kind)},
                                                   {"ref", toStd(r.verification->ref)},
                                                   {"title", toStd(r.verificationTitle)}}
                                            : Json(nullptr)},
            {"evidence", r.evidenceId ? Json(*r.evidenceId) : Json(nullptr)},
            {"status", r.ok() ? "ok" : "gap"},
            {"gaps", gapIds}});
    }
    Json counts = Json::object();
    for (int g = 0; g < traceGapCount; ++g)
        counts[toStd(traceGapId(TraceGap(g)))] = gapCounts[std::size_t(g)];
    return Json{{"rows", list}, {"gaps", gaps()}, {"gap_counts", counts}};
}

} // namespace vv::risk
