#include "packaging/SpecimenProject.h"

#include "core/Version.h"

namespace vv::packaging {

using namespace vv::guidance;

ProjectSnapshot specimenProject(const GuidanceLibrary &library, const TemplateLibrary &templates, bool full)
{
    ProjectSnapshot s;
    s.library = library;
    s.info.name = QStringLiteral("Specimen");
    s.info.systemVersion = QStringLiteral("1.0");
    s.info.role = ProjectRole::Both;
    s.created = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
    s.info.created = s.created;
    s.info.modified = s.created;
    s.assessment = library.assess({}, Role::Both);
    if (!full)
        return s;
    s.postMarket = PostMarketData::specimen(library, s.created.date());
    s.risk = RiskData::specimen(s.created);

    // Every list non-empty and every value known, so that each name a template uses is looked up.
    for (const Pack &p : library.packs())
        for (const Question &q : p.questions) {
            if (q.type == FactType::Bool)
                s.answers.push_back({q.id, Json(true), p.id, p.version, s.created, QStringLiteral("specimen")});
        }
    Source source;
    source.id = QStringLiteral("specimen");
    source.citation = {QStringLiteral("Kilde"), QStringLiteral("Source")};
    source.url = QStringLiteral("https://example.org/");
    for (DecisionTrace &t : s.assessment.traces) {
        if (t.steps.empty())
            continue;
        t.steps.front().result = Truth::True;
        t.steps.front().value = t.steps.front().value.isNull() ? Value::string(QStringLiteral("x")) : t.steps.front().value;
        t.steps.front().sources.push_back(source);
        t.value = t.steps.front().value;
        s.assessment.facts[t.fact].value = t.value;
    }
    for (RequirementApplicability &r : s.assessment.requirements)
        r.state = Applicability::Applies;
    s.assessment.missing = {library.questionOrder().value(0)};
    const QStringList urns = [&] {
        QStringList u;
        for (const RequirementApplicability &r : s.assessment.requirements)
            u << r.urn;
        return u;
    }();
    for (const QString &urn : urns) {
        RequirementState st;
        st.urn = urn;
        st.status = RequirementStatus::Met;
        st.justification = QStringLiteral("Specimen");
        st.owner = QStringLiteral("Specimen");
        st.dueDate = QDate(2025, 6, 1);
        st.notes = QStringLiteral("Specimen");
        s.states[urn] = st;
    }
    evidence::EvidenceStatus e;
    e.item.id = 1;
    e.item.sha256 = QString(64, QLatin1Char('0'));
    e.item.size = 1234;
    e.item.title = QStringLiteral("Specimen");
    e.item.fileName = QStringLiteral("specimen.pdf");
    e.item.author = QStringLiteral("Specimen");
    e.item.reviewer = QStringLiteral("Specimen");
    e.item.effectiveDate = QDate(2025, 1, 1);
    e.item.expiryDate = QDate(2026, 1, 1);
    e.item.piiFindings = 1;
    e.item.piiClearedBy = QStringLiteral("Specimen");
    e.links = urns;
    e.staleness.expired = true;
    e.viaCrosswalk = QString();
    s.evidence.push_back(e);
    // Bokmål only, so that the English documents show every detail as untranslated and use those names too.
    for (const DetailSpec &d : templates.details())
        s.details[d.key] = LocalizedText{QStringLiteral("Specimen\n\nSpecimen"), QString()};

    TestRunRecord run;
    run.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
    run.title = QStringLiteral("Specimen");
    run.engineId = QStringLiteral("clinical-metrics");
    run.engineVersion = QStringLiteral(VV_VERSION);
    run.kind = QStringLiteral("classifier");
    run.status = QStringLiteral("completed");
    run.started = run.finished = s.created;
    run.metrics = {{QStringLiteral("auroc"), 0.8, 0.7, 0.9}, {QStringLiteral("n"), 100.0, std::nullopt, std::nullopt}};
    run.supports = urns.mid(0, 1);
    Json interval = {{"estimate", 0.8}, {"ci_lower", 0.7}, {"ci_upper", 0.9}};
    Json metrics = {{"n", 100}, {"positives", 20}, {"prevalence", 0.2}, {"auroc", interval}, {"brier", 0.1},
                    {"roc_curve", Json::array({{{"fpr", 0.0}, {"tpr", 0.0}}, {{"fpr", 1.0}, {"tpr", 1.0}}})},
                    {"calibration", {{"intercept", 0.0}, {"intercept_ci_lower", -0.1}, {"intercept_ci_upper", 0.1},
                                     {"slope", 1.0}, {"slope_ci_lower", 0.9}, {"slope_ci_upper", 1.1}, {"ece", 0.02},
                                     {"curve", Json::array({{{"mean_predicted", 0.5}, {"observed", 0.5}}})}}},
                    {"thresholds", Json::array({{{"threshold", 0.5}, {"sensitivity", interval}, {"specificity", interval},
                                                 {"ppv", interval}, {"npv", interval}}})},
                    {"net_benefit", Json::array({{{"threshold", 0.1}, {"model", 0.1}, {"treat_all", 0.05}},
                                                 {{"threshold", 0.2}, {"model", 0.08}, {"treat_all", 0.0}}})}};
    metrics["subgroups"] = {{"A", metrics}};
    metrics["input"] = {{"file_name", "specimen.csv"}, {"sha256", std::string(64, '0')}};
    run.result = metrics;
    s.testRuns.push_back(run);
    return s;
}

} // namespace vv::packaging
