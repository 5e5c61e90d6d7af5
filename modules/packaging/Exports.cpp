#include "packaging/Exports.h"

#include "core/Version.h"
#include "packaging/PackageFormat.h"

#include <QUuid>

namespace vv::packaging {

using namespace vv::guidance;

namespace {

Json dateJson(const QDate &d)
{
    return d.isValid() ? Json(toStd(d.toString(Qt::ISODate))) : Json(nullptr);
}

Json optNumber(const std::optional<double> &v)
{
    return v ? Json(*v) : Json(nullptr);
}

QString detail(const ProjectSnapshot &s, const char *key)
{
    return s.detail(QString::fromLatin1(key));
}

} // namespace

Json Exports::assessment(const ProjectSnapshot &s, const PackageContext &ctx, const Json &documents)
{
    Json packs = Json::array();
    for (const Pack &p : s.library.packs())
        packs.push_back({{"id", toStd(p.id)}, {"version", toStd(p.version)}, {"title", p.title.toJson()}});
    Json answers = Json::array();
    for (const StoredAnswer &a : s.answers)
        answers.push_back({{"fact", toStd(a.factId)}, {"value", a.value}, {"pack", toStd(a.packId)},
                           {"version", toStd(a.packVersion)}, {"answered_at", toStd(isoUtc(a.answeredAt))},
                           {"actor", toStd(a.actor)}});
    Json requirements = Json::array();
    for (const RequirementApplicability &r : s.assessment.requirements) {
        const Requirement *req = s.library.requirement(r.urn);
        Json j = r.toJson();
        j["title"] = req ? req->title.toJson() : Json(nullptr);
        j["status"] = toStd(tracking::trackedStatusName(s.requirementStatus(r.urn)));
        const auto st = s.states.find(r.urn);
        if (st != s.states.end())
            j["state"] = {{"status", toStd(requirementStatusName(st->second.status))},
                          {"justification", toStd(st->second.justification)},
                          {"owner", toStd(st->second.owner)},
                          {"due_date", st->second.dueDate ? Json(toStd(st->second.dueDate->toString(Qt::ISODate))) : Json(nullptr)},
                          {"notes", toStd(st->second.notes)},
                          {"pack", toStd(st->second.packId)},
                          {"version", toStd(st->second.packVersion)},
                          {"updated_at", toStd(isoUtc(st->second.updatedAt))},
                          {"updated_by", toStd(st->second.updatedBy)}};
        else
            j["state"] = nullptr;
        Json evidence = Json::array();
        for (const auto &[e, via] : s.evidenceFor(r.urn))
            evidence.push_back({{"id", e->item.id}, {"via_crosswalk", via.isEmpty() ? Json(nullptr) : Json(toStd(via))}});
        j["evidence"] = evidence;
        Json runs = Json::array();
        for (const TestRunRecord &run : s.testRuns)
            if (run.supports.contains(r.urn))
                runs.push_back(toStd(run.id));
        j["test_runs"] = runs;
        requirements.push_back(j);
    }
    Json evidence = Json::array();
    for (const evidence::EvidenceStatus &st : s.evidence) {
        const EvidenceItem &e = st.item;
        const auto path = ctx.evidencePaths.find(e.id);
        evidence.push_back(
            {{"id", e.id},
             {"title", toStd(e.title)},
             {"kind", toStd(evidenceKindToString(e.kind))},
             {"description", toStd(e.description)},
             {"author", toStd(e.author)},
             {"reviewer", toStd(e.reviewer)},
             {"effective_date", dateJson(e.effectiveDate)},
             {"expiry_date", dateJson(e.expiryDate)},
             {"system_version", toStd(e.systemVersion)},
             {"source", {{"kind", toStd(evidenceSourceToString(e.sourceKind))}, {"name", toStd(e.source)}}},
             {"file_name", toStd(e.fileName)},
             {"media_type", toStd(e.mediaType)},
             {"review_state", toStd(reviewStateToString(e.reviewState))},
             {"sha256", toStd(e.sha256)},
             {"size", e.size},
             {"path", path == ctx.evidencePaths.end() ? Json(nullptr) : Json(toStd(path->second))},
             {"links", toJson(st.links)},
             {"pii", {{"scanned", e.piiScanned},
                      {"findings", e.piiFindings},
                      {"report", e.piiReport},
                      {"confirmation", e.piiClearedBy.isEmpty()
                                           ? Json(nullptr)
                                           : Json{{"by", toStd(e.piiClearedBy)}, {"at", toStd(isoUtc(e.piiClearedAt))},
                                                  {"reason", toStd(e.piiClearReason)}}}}},
             {"stale", {{"expired", st.staleness.expired}, {"older_system_version", st.staleness.olderSystemVersion}}},
             {"created", toStd(isoUtc(e.created))},
             {"modified", toStd(isoUtc(e.modified))}});
    }
    Json runs = Json::array();
    for (const TestRunRecord &run : s.testRuns) {
        Json metrics = Json::array();
        for (const TestRunMetric &m : run.metrics)
            metrics.push_back({{"name", toStd(m.name)}, {"value", optNumber(m.value)}, {"ci_lower", optNumber(m.ciLower)},
                               {"ci_upper", optNumber(m.ciUpper)}});
        runs.push_back({{"id", toStd(run.id)},
                        {"title", toStd(run.title)},
                        {"engine", {{"id", toStd(run.engineId)}, {"version", toStd(run.engineVersion)}}},
                        {"kind", toStd(run.kind)},
                        {"status", toStd(run.status)},
                        {"started", toStd(isoUtc(run.started))},
                        {"finished", run.finished.isValid() ? Json(toStd(isoUtc(run.finished))) : Json(nullptr)},
                        {"metrics", metrics},
                        {"supports", toJson(run.supports)},
                        {"provenance", run.provenance},
                        {"result", run.result}});
    }
    // details keeps its shape (one text per key, Bokmål or else English) for readers of format version 1;
    // detail_languages has both texts.
    Json details = Json::object(), detailLanguages = Json::object();
    for (const auto &[k, v] : s.details) {
        details[toStd(k)] = toStd(v.nb.isEmpty() ? v.en : v.nb);
        detailLanguages[toStd(k)] = v.toJson();
    }
    return {{"format", "veiviser-assessment"},
            {"format_version", 1},
            {"generator", {{"name", "Veiviser"}, {"version", toStd(ctx.programVersion.isEmpty() ? QStringLiteral(VV_VERSION) : ctx.programVersion)}}},
            {"created", toStd(isoUtc(s.created))},
            {"project", {{"name", toStd(s.info.name)},
                         {"system_version", toStd(s.info.systemVersion)},
                         {"role", toStd(roleToString(s.info.role))},
                         {"created", toStd(isoUtc(s.info.created))},
                         {"modified", toStd(isoUtc(s.info.modified))}}},
            {"packs", packs},
            {"answers", answers},
            {"assessment", s.assessment.toJson()},
            {"requirements", requirements},
            {"evidence", evidence},
            {"test_runs", runs},
            {"details", details},
            {"detail_languages", detailLanguages},
            {"documents", documents}};
}

Json Exports::cycloneDx(const ProjectSnapshot &s, const PackageContext &ctx)
{
    const QString version = ctx.programVersion.isEmpty() ? QStringLiteral(VV_VERSION) : ctx.programVersion;
    const QString timestamp = isoUtc(s.created);
    // The serial number is derived from the project and the time, so the same build gives the same BOM.
    const QUuid serial = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")),
                                             (QStringLiteral("veiviser:") + s.info.name + QLatin1Char(':') +
                                              s.info.systemVersion + QLatin1Char(':') + timestamp).toUtf8());
    const QString vendor = detail(s, "manufacturer.name").isEmpty() ? s.info.name : detail(s, "manufacturer.name");

    Json system = {{"type", "application"}, {"bom-ref", "system"}, {"name", toStd(s.info.name)},
                   {"version", toStd(s.info.systemVersion)}};
    if (!detail(s, "system.description").isEmpty())
        system["description"] = toStd(detail(s, "system.description"));

    // The model card: every test run's metrics, with intervals, for all patients and per subgroup.
    Json metrics = Json::array();
    for (const TestRunRecord &run : s.testRuns) {
        for (const TestRunMetric &m : run.metrics) {
            if (!m.value)
                continue;
            Json pm = {{"type", toStd(m.name)}, {"value", toStd(QString::number(*m.value, 'g', 10))},
                       {"slice", toStd(run.title)}};
            if (m.ciLower && m.ciUpper)
                pm["confidenceInterval"] = {{"lowerBound", toStd(QString::number(*m.ciLower, 'g', 10))},
                                            {"upperBound", toStd(QString::number(*m.ciUpper, 'g', 10))}};
            metrics.push_back(pm);
        }
        if (run.result.is_object() && run.result.contains("subgroups") && run.result["subgroups"].is_object())
            for (auto it = run.result["subgroups"].begin(); it != run.result["subgroups"].end(); ++it) {
                const Json a = it.value().value("auroc", Json::object());
                if (!a.contains("estimate") || !a["estimate"].is_number())
                    continue;
                Json pm = {{"type", "auroc"}, {"value", toStd(QString::number(a["estimate"].get<double>(), 'g', 10))},
                           {"slice", toStd(run.title + QStringLiteral(" / ") + fromStd(it.key()))}};
                if (a.contains("ci_lower") && a["ci_lower"].is_number() && a.contains("ci_upper") && a["ci_upper"].is_number())
                    pm["confidenceInterval"] = {{"lowerBound", toStd(QString::number(a["ci_lower"].get<double>(), 'g', 10))},
                                                {"upperBound", toStd(QString::number(a["ci_upper"].get<double>(), 'g', 10))}};
                metrics.push_back(pm);
            }
    }
    Json considerations = Json::object();
    auto listOf = [&](const char *key) {
        Json out = Json::array();
        for (const QString &p : detail(s, key).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            out.push_back(toStd(p.trimmed()));
        return out;
    };
    if (!detail(s, "system.intended_users").isEmpty())
        considerations["users"] = listOf("system.intended_users");
    if (!detail(s, "system.intended_purpose").isEmpty())
        considerations["useCases"] = listOf("system.intended_purpose");
    if (!detail(s, "system.capabilities_limitations").isEmpty())
        considerations["technicalLimitations"] = listOf("system.capabilities_limitations");
    if (!detail(s, "model.ethical_considerations").isEmpty())
        considerations["ethicalConsiderations"] = Json::array(
            {{{"name", toStd(detail(s, "model.ethical_considerations"))},
              {"mitigationStrategy", toStd(detail(s, "data.bias_mitigation"))}}});
    Json modelCard = {{"bom-ref", "model-card"}, {"quantitativeAnalysis", {{"performanceMetrics", metrics}}}};
    if (!considerations.empty())
        modelCard["considerations"] = considerations;
    if (!detail(s, "model.task").isEmpty() || !detail(s, "model.architecture").isEmpty()) {
        Json params = Json::object();
        if (!detail(s, "model.task").isEmpty())
            params["task"] = toStd(detail(s, "model.task"));
        if (!detail(s, "model.architecture").isEmpty())
            params["modelArchitecture"] = toStd(detail(s, "model.architecture"));
        modelCard["modelParameters"] = params;
    }
    Json model = {{"type", "machine-learning-model"}, {"bom-ref", "model"}, {"name", toStd(s.info.name)},
                  {"version", toStd(s.info.systemVersion)}, {"modelCard", modelCard}};

    // The guidance packs as standards; their requirements are what the attestations map to.
    Json standards = Json::array();
    for (const Pack &p : s.library.packs()) {
        Json reqs = Json::array();
        for (const Requirement &r : p.requirements) {
            Json descriptions = Json::array();
            for (const Ref &ref : r.sources)
                if (const Source *src = p.source(ref.id))
                    descriptions.push_back(toStd(src->citation.en + QStringLiteral(" <") + src->url + QLatin1Char('>')));
            reqs.push_back({{"bom-ref", toStd(r.urn)}, {"identifier", toStd(r.urn)}, {"title", toStd(r.title.en)},
                            {"text", toStd(r.text.en)}, {"descriptions", descriptions}});
        }
        if (reqs.empty())
            continue;
        standards.push_back({{"bom-ref", toStd(QStringLiteral("pack:") + p.id)}, {"name", toStd(p.title.en)},
                             {"version", toStd(p.version)}, {"description", toStd(p.summary.en)},
                             {"owner", toStd(refIds(p.agencies).join(QStringLiteral(", ")))}, {"requirements", reqs}});
    }

    // Declarations: a claim per applicable requirement, backed by its evidence and test runs.
    Json claims = Json::array(), map = Json::array(), evidence = Json::array();
    for (const evidence::EvidenceStatus &st : s.evidence) {
        const EvidenceItem &e = st.item;
        const auto path = ctx.evidencePaths.find(e.id);
        Json data = {{"name", toStd(e.fileName)}};
        if (path != ctx.evidencePaths.end())
            data["contents"] = {{"url", toStd(path->second)}};
        Json ev = {{"bom-ref", toStd(QStringLiteral("evidence:%1").arg(e.id))},
                   {"description", toStd(e.title + (e.description.isEmpty() ? QString() : QStringLiteral(": ") + e.description))},
                   {"data", Json::array({data})},
                   {"created", toStd(isoUtc(e.created))}};
        if (e.expiryDate.isValid())
            ev["expires"] = toStd(isoUtc(QDateTime(e.expiryDate, QTime(0, 0), Qt::UTC)));
        if (!e.author.isEmpty())
            ev["author"] = {{"name", toStd(e.author)}};
        if (!e.reviewer.isEmpty())
            ev["reviewer"] = {{"name", toStd(e.reviewer)}};
        evidence.push_back(ev);
    }
    for (const TestRunRecord &run : s.testRuns)
        evidence.push_back({{"bom-ref", toStd(QStringLiteral("test-run:") + run.id)},
                            {"description", toStd(QStringLiteral("%1 (%2 %3)").arg(run.title, run.engineId, run.engineVersion))},
                            {"data", Json::array({{{"name", toStd(run.title)},
                                                   {"contents", {{"url", toStd(PackageNames::assessmentExport())}}}}})},
                            {"created", toStd(isoUtc(run.finished.isValid() ? run.finished : run.started))}});
    for (const RequirementApplicability &r : s.assessment.requirements) {
        if (r.state != Applicability::Applies)
            continue;
        const Requirement *req = s.library.requirement(r.urn);
        const tracking::TrackedStatus status = s.requirementStatus(r.urn);
        const auto st = s.states.find(r.urn);
        Json refs = Json::array();
        for (const auto &[e, via] : s.evidenceFor(r.urn))
            refs.push_back(toStd(QStringLiteral("evidence:%1").arg(e->item.id)));
        for (const TestRunRecord &run : s.testRuns)
            if (run.supports.contains(r.urn))
                refs.push_back(toStd(QStringLiteral("test-run:") + run.id));
        const QString claimRef = QStringLiteral("claim:") + r.urn;
        Json claim = {{"bom-ref", toStd(claimRef)}, {"target", "system"},
                      {"predicate", toStd(QStringLiteral("The system meets: ") + (req ? req->title.en : r.urn))},
                      {"evidence", refs}};
        if (st != s.states.end() && !st->second.justification.isEmpty())
            claim["reasoning"] = toStd(st->second.justification);
        claims.push_back(claim);
        const double score = status == tracking::TrackedStatus::Met || status == tracking::TrackedStatus::NotApplicable
                                 ? 1.0
                             : status == tracking::TrackedStatus::InProgress ? 0.5
                                                                             : 0.0;
        QString rationale = QStringLiteral("status: ") + tracking::trackedStatusName(status);
        if (st != s.states.end() && !st->second.justification.isEmpty())
            rationale += QStringLiteral("; ") + st->second.justification;
        map.push_back({{"requirement", toStd(r.urn)}, {"claims", Json::array({toStd(claimRef)})},
                       {"conformance", {{"score", score}, {"rationale", toStd(rationale)}}}});
    }
    Json declarations = {{"assessors", Json::array({{{"bom-ref", "assessor"}, {"thirdParty", false},
                                                      {"organization", {{"name", toStd(vendor)}}}}})},
                         {"attestations", Json::array({{{"summary", toStd(QStringLiteral("Self-assessment of %1 %2 with Veiviser %3")
                                                                               .arg(s.info.name, s.info.systemVersion, version))},
                                                        {"assessor", "assessor"},
                                                        {"map", map}}})},
                         {"claims", claims},
                         {"evidence", evidence}};
    return {{"bomFormat", "CycloneDX"},
            {"specVersion", "1.6"},
            {"serialNumber", toStd(QStringLiteral("urn:uuid:") + serial.toString(QUuid::WithoutBraces))},
            {"version", 1},
            {"metadata", {{"timestamp", toStd(timestamp)},
                          {"tools", {{"components", Json::array({{{"type", "application"}, {"name", "Veiviser"},
                                                                   {"version", toStd(version)}}})}}},
                          {"component", system}}},
            {"components", Json::array({model})},
            {"definitions", {{"standards", standards}}},
            {"declarations", declarations}};
}

Json Exports::declarationOfConformity(const ProjectSnapshot &s, const DocumentTemplate &doc, const PackageContext &ctx,
                                      const QString &signerFingerprint)
{
    // The points of AI Act Annex V (and, for a device, MDR Annex IV) as fields, in the order of the annexes. Each
    // field is filled from the same detail or fact the HTML declaration shows, so the two cannot say different
    // things; a field whose value the project lacks stays null and is named in `missing`, as the document names it.
    const QString version = ctx.programVersion.isEmpty() ? QStringLiteral(VV_VERSION) : ctx.programVersion;
    Json fields = Json::object();
    Json missing = Json::array();
    auto add = [&](const char *id, const char *source, Json value, const QString &from, bool required = true) {
        if (value.is_null() && required)
            missing.push_back(id);
        Json field = {{"source", source}, {"value", std::move(value)}, {"from", from.isEmpty() ? Json(nullptr) : Json(toStd(from))}};
        if (!required)
            field["required"] = false;
        fields[id] = std::move(field);
    };
    auto detailValue = [&](const char *key) {
        const QString text = detail(s, key);
        return text.isEmpty() ? Json(nullptr) : Json(toStd(text));
    };
    auto addDetail = [&](const char *id, const char *source, const char *key, bool required = true) {
        add(id, source, detailValue(key), QStringLiteral("detail:") + QLatin1String(key), required);
    };
    auto statement = [&](const char *key) {
        const auto it = doc.strings.find(QLatin1String(key));
        return it == doc.strings.end() ? Json(nullptr) : it->second.toJson();
    };
    auto factIs = [&](const char *fact) -> std::optional<bool> {
        const std::optional<guidance::Value> v = s.assessment.value(QLatin1String(fact));
        if (!v || v->kind() != guidance::Value::Kind::Bool)
            return std::nullopt;
        return v->toBool();
    };
    // Unanswered, whether the system is a device is open, and so are the acts the declaration covers (Art. 47(3))
    // and whether a notified body takes part.
    const std::optional<bool> isDevice = factIs("mdr.is_medical_device");
    const bool device = isDevice.value_or(false);

    // Annex V 1: the system's name (the trade name, as the document prints it, else the project's name), its type
    // or other reference, and its version.
    if (!detail(s, "device.trade_name").isEmpty())
        add("ai_system.name", "AI Act Annex V point 1", toStd(detail(s, "device.trade_name")), QStringLiteral("detail:device.trade_name"));
    else
        add("ai_system.name", "AI Act Annex V point 1", toStd(s.info.name), QStringLiteral("project.name"));
    addDetail("ai_system.type_reference", "AI Act Annex V point 1", "device.reference");
    add("ai_system.version", "AI Act Annex V point 1",
        s.info.systemVersion.isEmpty() ? Json(nullptr) : Json(toStd(s.info.systemVersion)), QStringLiteral("project.system_version"));
    // 2: the provider, or where applicable its authorised representative (only providers outside the Union need one).
    addDetail("provider.name", "AI Act Annex V point 2", "manufacturer.name");
    addDetail("provider.address", "AI Act Annex V point 2", "manufacturer.address");
    addDetail("provider.authorised_representative", "AI Act Annex V point 2", "manufacturer.authorised_representative", false);
    // 3 and 4: the statements, in the words of the document's template.
    add("sole_responsibility", "AI Act Annex V point 3", statement("doc_sole_responsibility"), QStringLiteral("template"));
    add("conformity", "AI Act Annex V point 4", statement("doc_conformity_ai"), QStringLiteral("template"));
    // Art. 47(3): one declaration for all Union law that asks for one, naming each act it covers.
    Json acts = Json::array({{{"act", "Regulation (EU) 2024/1689"}, {"name", "Artificial Intelligence Act"},
                              {"url", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"}}});
    if (device)
        acts.push_back({{"act", "Regulation (EU) 2017/745"}, {"name", "Medical Device Regulation"},
                        {"url", "https://eur-lex.europa.eu/eli/reg/2017/745/oj"}});
    add("union_legislation", "AI Act Annex V point 4; AI Act Art. 47(3)", isDevice ? acts : Json(nullptr),
        QStringLiteral("fact:mdr.is_medical_device"));
    // 5: only where the system processes personal data; unanswered, the declaration cannot say either way.
    const std::optional<bool> personal = factIs("data.personal");
    add("processes_personal_data", "AI Act Annex V point 5", personal ? Json(*personal) : Json(nullptr),
        QStringLiteral("fact:data.personal"));
    add("data_protection", "AI Act Annex V point 5", personal.value_or(false) ? statement("doc_gdpr") : Json(nullptr),
        QStringLiteral("template"), personal.value_or(false));
    // 6: harmonised standards and common specifications.
    addDetail("standards", "AI Act Annex V point 6", "standards.applied");
    // 7: where applicable. For a device the notified body is the MDR's (AI Act Art. 43(3)); the Annex III points a
    // health system falls under (2 to 8) are assessed by internal control (Art. 43(2)), so without a device there is
    // none. While the MDR's answer is undetermined the fields are asked for.
    const std::optional<bool> notifiedBody =
        !isDevice ? std::nullopt : *isDevice ? factIs("mdr.notified_body_required") : std::optional<bool>(false);
    const bool bodyRequired = notifiedBody.value_or(true);
    addDetail("notified_body.name_number", "AI Act Annex V point 7", "notified_body.name", bodyRequired);
    addDetail("notified_body.procedure", "AI Act Annex V point 7", "notified_body.procedure", bodyRequired);
    addDetail("notified_body.certificate", "AI Act Annex V point 7", "notified_body.certificate", bodyRequired);
    // 8: place and date of issue (the date the provider gives, not the build date), the signatory and for whom.
    addDetail("issue.place", "AI Act Annex V point 8", "declaration.place");
    addDetail("issue.date", "AI Act Annex V point 8", "declaration.date");
    addDetail("signatory.name_function", "AI Act Annex V point 8", "declaration.signatory");
    addDetail("signatory.on_behalf_of", "AI Act Annex V point 8", "declaration.on_behalf_of");
    // The electronic signature Art. 47(1) asks for: the package's Ed25519 signature over the manifest, which lists
    // this file's SHA-256. It proves who holds the key, not who the signatory is; docs/packages.md says so.
    add("signature", "AI Act Art. 47(1); AI Act Annex V point 8",
        signerFingerprint.isEmpty()
            ? Json(nullptr)
            : Json{{"kind", "package-manifest"}, {"algorithm", "Ed25519"}, {"fingerprint", toStd(signerFingerprint)},
                   {"signed_file", toStd(PackageNames::manifest())}, {"signature_file", toStd(PackageNames::signature())}},
        QStringLiteral("package"));

    if (device) {
        // The single declaration also holds what MDR Annex IV asks beyond Annex V (Art. 47(3)).
        addDetail("mdr.srn", "MDR Annex IV point 1", "manufacturer.srn");
        addDetail("mdr.basic_udi_di", "MDR Annex IV point 3", "device.basic_udi_di");
        addDetail("mdr.intended_purpose", "MDR Annex IV point 4", "system.intended_purpose");
        const std::optional<guidance::Value> mdrClass = s.assessment.value(QStringLiteral("mdr.class"));
        add("mdr.risk_class", "MDR Annex IV point 5", mdrClass && !mdrClass->isNull() ? mdrClass->toJson() : Json(nullptr),
            QStringLiteral("fact:mdr.class"));
        add("mdr.conformity", "MDR Annex IV point 6", statement("doc_conformity_mdr"), QStringLiteral("template"));
        addDetail("mdr.additional_information", "MDR Annex IV point 9", "declaration.additional_information", false);
    }

    return {{"format", "veiviser-declaration-of-conformity"},
            {"format_version", 1},
            {"generator", {{"name", "Veiviser"}, {"version", toStd(version)}}},
            {"created", toStd(isoUtc(s.created))},
            {"basis", "AI Act Art. 47 and Annex V" + std::string(device ? "; MDR Art. 19 and Annex IV" : "")},
            {"project", {{"name", toStd(s.info.name)}, {"system_version", toStd(s.info.systemVersion)}}},
            {"single_declaration", isDevice ? Json(device) : Json(nullptr)},
            {"fields", fields},
            {"missing", missing},
            {"complete", missing.empty()}};
}

} // namespace vv::packaging
