#include "packaging/DocumentModel.h"

#include "core/Version.h"
#include "guidance/FactWords.h"
#include "packaging/Charts.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace vv::packaging {

using namespace vv::guidance;

QLocale documentLocale(const QString &lang)
{
    return lang == QStringLiteral("nb") ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// ---- the model ----

namespace {

/// The document's vocabulary: shared strings and the document's own, in one language.
class Words {
public:
    Words(const TemplateLibrary &templates, const DocumentTemplate &doc, const QString &lang) : m_lang(lang)
    {
        for (const auto &[k, t] : templates.sharedStrings())
            m_words[k] = t.in(lang);
        for (const auto &[k, t] : doc.strings)
            m_words[k] = t.in(lang);
    }
    /// The string, or the key itself when a template folder lacks it (the check reports that).
    QString operator()(const QString &key) const
    {
        const auto it = m_words.find(key);
        return it == m_words.end() ? key : it->second;
    }
    Json json() const
    {
        Json j = Json::object();
        for (const auto &[k, v] : m_words)
            j[toStd(k)] = toStd(v);
        return j;
    }
    const QString &lang() const { return m_lang; }

private:
    QString m_lang;
    std::map<QString, QString> m_words;
};

QString formatNumber(double v, const QString &lang)
{
    if (!std::isfinite(v))
        return {};
    const double a = std::abs(v);
    const int decimals = (a == std::floor(a) && a < 1e9) ? 0 : a >= 100 ? 1 : 3;
    return documentLocale(lang).toString(v, 'f', decimals);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Json paragraphs(const QString &text)
{
    Json out = Json::array();
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.push_back(toStd(t));
    }
    return out;
}

/// Sets a value at a dotted path ("mdr.class") inside nested objects.
void setPath(Json &root, const QString &path, Json value)
{
    Json *at = &root;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (int i = 0; i < parts.size() - 1; ++i) {
        Json &next = (*at)[toStd(parts[i])];
        if (!next.is_object())
            next = Json::object();
        at = &next;
    }
    (*at)[toStd(parts.back())] = std::move(value);
}

Json sourcesJson(const std::vector<Source> &sources, const QString &lang)
{
    Json out = Json::array();
    for (const Source &s : sources)
        out.push_back({{"citation", toStd(s.citation.in(lang))}, {"url", toStd(s.url)}});
    return out;
}

Json sourceRefsJson(const Pack *pack, const std::vector<Ref> &refs, const QString &lang)
{
    std::vector<Source> sources;
    if (pack)
        for (const Ref &r : refs)
            if (const Source *s = pack->source(r.id))
                sources.push_back(*s);
    return sourcesJson(sources, lang);
}

QString valueText(const std::optional<Value> &v, const FactSpec *spec, const GuidanceLibrary &library, const Words &w)
{
    if (!v)
        return w(QStringLiteral("value_unknown"));
    if (v->isNull())
        return w(QStringLiteral("value_not_applicable"));
    if (v->kind() == Value::Kind::Bool)
        return w(v->toBool() ? QStringLiteral("value_yes") : QStringLiteral("value_no"));
    if (v->kind() == Value::Kind::Number)
        return formatNumber(v->toNumber(), w.lang());
    auto label = [&](const QString &choice) {
        return spec ? answerLabel(library, spec->id, choice, w.lang()) : choice;
    };
    if (v->kind() == Value::Kind::Set) {
        QStringList items;
        for (const QString &c : v->toSet())
            items << label(c);
        return items.isEmpty() ? w(QStringLiteral("value_none")) : items.join(QStringLiteral(", "));
    }
    return label(v->toString());
}

/// A condition in the document's words and language: facts by their titles, values by their labels.
QString conditionText(const GuidanceLibrary &library, const QString &condition, const Words &w)
{
    Condition::Vocabulary words;
    words.factTitle = [&](const QString &fact) { return factTitle(library, fact, w.lang()); };
    words.valueText = [&](const QString &fact, const Value &value) {
        return valueText(value, library.fact(fact), library, w);
    };
    words.andWord = w(QStringLiteral("condition_and"));
    words.orWord = w(QStringLiteral("condition_or"));
    words.notFormat = w(QStringLiteral("condition_not"));
    words.includesFormat = w(QStringLiteral("condition_includes"));
    words.excludesFormat = w(QStringLiteral("condition_excludes"));
    return GuidanceLibrary::readableCondition(condition, words);
}

/// The facts a rule or condition used, with their values: "Is it a medical device? = Yes; ...".
QString factsUsedText(const GuidanceLibrary &library, const std::vector<FactUse> &uses, const Words &w)
{
    QStringList used;
    for (const FactUse &u : uses)
        used << QStringLiteral("%1 = %2").arg(factTitle(library, u.fact, w.lang()),
                                              valueText(u.value, library.fact(u.fact), library, w));
    return used.join(QStringLiteral("; "));
}

Json factJsonFor(const ProjectSnapshot &s, const QString &fact, const Words &w, bool withTrace)
{
    const GuidanceLibrary &lib = s.library;
    const std::optional<Value> value = s.assessment.value(fact);
    Json j = {{"id", toStd(fact)},
              {"title", toStd(factTitle(lib, fact, w.lang()))},
              {"text", toStd(valueText(value, lib.fact(fact), lib, w))},
              {"known", value.has_value()},
              {"not_applicable", value && value->isNull()},
              {"is_true", value && value->kind() == Value::Kind::Bool && value->toBool()},
              {"is_false", value && value->kind() == Value::Kind::Bool && !value->toBool()},
              {"value", value && !value->isNull() ? toStd(value->display()) : std::string()}};
    const DecisionTrace *trace = s.assessment.trace(fact);
    Json reasons = Json::array();
    Json steps = Json::array();
    if (trace) {
        for (const TraceStep &step : trace->steps) {
            const QString result = step.result == Truth::True    ? w(QStringLiteral("rule_matched"))
                                   : step.result == Truth::False ? w(QStringLiteral("rule_not_matched"))
                                                                 : w(QStringLiteral("rule_unknown"));
            Json sj = {{"rule", toStd(step.ruleId)},
                       {"condition", toStd(step.condition.isEmpty() ? w(QStringLiteral("rule_otherwise"))
                                                                    : conditionText(lib, step.condition, w))},
                       {"expression", toStd(step.condition)},
                       {"result_text", toStd(result)},
                       {"matched", step.result == Truth::True},
                       {"reason", toStd(step.reason.in(w.lang()))},
                       {"facts_text", toStd(factsUsedText(lib, step.factsUsed, w))},
                       {"sources", sourcesJson(step.sources, w.lang())}};
            steps.push_back(sj);
            if (step.result == Truth::True)
                reasons.push_back({{"text", toStd(step.reason.in(w.lang()))}, {"sources", sourcesJson(step.sources, w.lang())}});
        }
        QStringList missing;
        for (const QString &f : trace->missing)
            missing << factTitle(lib, f, w.lang());
        j["missing_text"] = toStd(missing.join(QStringLiteral("; ")));
        j["needs_review"] = !trace->needsReview.isEmpty();
    } else {
        j["missing_text"] = "";
        j["needs_review"] = false;
    }
    j["reasons"] = reasons;
    j["has_reasons"] = !reasons.empty();
    if (withTrace)
        j["steps"] = steps;
    return j;
}

std::optional<double> num(const Json &obj, const char *key)
{
    if (!obj.is_object() || !obj.contains(key) || !obj[key].is_number())
        return std::nullopt;
    return obj[key].get<double>();
}

/// The test run the validation's numbers come from: the last completed run whose result is the metrics engine's
/// (it counts the patients and has an AUROC). Null when the project has none.
const TestRunRecord *metricsRun(const ProjectSnapshot &s)
{
    const TestRunRecord *found = nullptr;
    for (const TestRunRecord &run : s.testRuns)
        if (run.status == QStringLiteral("completed") && num(run.result, "n") && run.result.contains("auroc") &&
            (!found || run.finished >= found->finished))
            found = &run;
    return found;
}

/// What a completed test run says itself about a detail, in paragraphs: the participants and outcome events in the
/// analysis and the rows left out (TRIPOD+AI items 20a and 21) come from the run instead of being typed in.
QStringList runParagraphs(const ProjectSnapshot &s, const QString &key, const Words &w)
{
    if (key != QStringLiteral("validation.participant_flow"))
        return {};
    const TestRunRecord *run = metricsRun(s);
    if (!run)
        return {};
    const Json &r = run->result;
    const double n = *num(r, "n");
    const auto events = num(r, "positives");
    if (!events)
        return {};
    const QString file = jsonString(r.value("input", Json::object()), "file_name");
    QStringList out;
    out << w(QStringLiteral("run_flow"))
               .arg(run->title, file, formatNumber(n, w.lang()), formatNumber(*events, w.lang()),
                    formatNumber(n - *events, w.lang()));
    if (const auto read = num(r, "rows_read"))
        out << w(QStringLiteral("run_flow_rows"))
                   .arg(formatNumber(*read, w.lang()), formatNumber(num(r, "dropped_rows").value_or(0), w.lang()));
    return out;
}

/// A detail in the document's language. A text given only in the other language is shown all the same, but marked
/// as untranslated, with its language, never silently (docs/packages.md, "Details in two languages").
Json detailJson(const ProjectSnapshot &s, const TemplateLibrary &templates, const QString &key, const Words &w)
{
    const DetailSpec *spec = templates.detail(key);
    const auto it = s.details.find(key);
    const LocalizedText stored = it == s.details.end() ? LocalizedText{} : it->second;
    const QString otherLang = w.lang() == QStringLiteral("nb") ? QStringLiteral("en") : QStringLiteral("nb");
    const QString own = (w.lang() == QStringLiteral("nb") ? stored.nb : stored.en).trimmed();
    const QString foreign = own.isEmpty() ? (otherLang == QStringLiteral("nb") ? stored.nb : stored.en).trimmed() : QString();
    const bool untranslated = !foreign.isEmpty();
    // Numbers the test run has are shown from it, before anything the team wrote, which is kept.
    const QStringList fromRun = runParagraphs(s, key, w);
    const QString written = untranslated ? foreign : own;
    const QString text = (fromRun + QStringList{written}).join(QStringLiteral("\n\n")).trimmed();
    Json items = Json::array();
    const QString note = w(QStringLiteral("detail_untranslated"));
    auto addItems = [&](const QString &t, bool isForeign) {
        for (const Json &p : paragraphs(t))
            items.push_back({{"text", p}, {"foreign", isForeign}, {"note", false},
                             {"lang", toStd(isForeign ? otherLang : w.lang())}});
    };
    addItems(fromRun.join(QStringLiteral("\n\n")), false);
    // The note comes before the other language's paragraphs, as an item of its own in the document's language.
    if (untranslated)
        items.push_back({{"text", toStd(note)}, {"foreign", false}, {"note", true}, {"lang", toStd(w.lang())}});
    addItems(written, untranslated);
    QString html = written.toHtmlEscaped();
    if (untranslated)
        html = QStringLiteral("<span lang=\"%1\" class=\"untranslated\">%2</span> <span class=\"untranslated-note\">(%3)</span>")
                   .arg(otherLang, html, note.toHtmlEscaped());
    if (!fromRun.isEmpty())
        html = QString(fromRun.join(QStringLiteral("\n\n")).toHtmlEscaped() + QStringLiteral("\n\n") + html).trimmed();
    return {{"key", toStd(key)},
            {"label", toStd(spec ? spec->label.in(w.lang()) : key)},
            {"text", toStd(text)},
            {"text_html", toStd(html)},
            {"given", !text.isEmpty()},
            {"from_run", !fromRun.isEmpty()},
            {"paragraphs", paragraphs(text)},
            {"paragraph_items", items},
            {"untranslated", untranslated},
            {"text_lang", toStd(untranslated ? otherLang : w.lang())},
            {"untranslated_note", toStd(untranslated ? note : QString())}};
}

QString sizeText(qint64 bytes, const QString &lang)
{
    return documentLocale(lang).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Json evidenceJson(const evidence::EvidenceStatus &e, const ProjectSnapshot &s, const PackageContext &ctx, const Words &w)
{
    const EvidenceItem &i = e.item;
    const auto path = ctx.evidencePaths.find(i.id);
    QStringList stale;
    if (e.staleness.expired)
        stale << w(QStringLiteral("evidence_expired"));
    if (e.staleness.olderSystemVersion)
        stale << w(QStringLiteral("evidence_older_version"));
    QString pii;
    if (!i.piiScanned && i.piiFindings == 0)
        pii = w(QStringLiteral("pii_not_scanned"));
    else if (i.piiFindings == 0)
        pii = w(QStringLiteral("pii_none"));
    else
        pii = w(QStringLiteral("pii_confirmed")).arg(i.piiFindings).arg(i.piiClearedBy);
    Json links = Json::array();
    for (const QString &urn : e.links) {
        const Requirement *r = s.library.requirement(urn);
        links.push_back({{"urn", toStd(urn)}, {"title", toStd(r ? r->title.in(w.lang()) : urn)}});
    }
    return {{"id", i.id},
            {"title", toStd(i.title)},
            {"kind_text", toStd(w(QStringLiteral("kind_") + evidenceKindToString(i.kind)))},
            {"sha256", toStd(i.sha256)},
            {"sha256_short", toStd(i.sha256.left(16))},
            {"size", i.size},
            {"size_text", toStd(sizeText(i.size, w.lang()))},
            {"file_name", toStd(i.fileName)},
            {"path", path == ctx.evidencePaths.end() ? std::string() : toStd(path->second)},
            {"in_package", path != ctx.evidencePaths.end()},
            {"review_state_text", toStd(w(QStringLiteral("review_state_") + reviewStateToString(i.reviewState)))},
            {"effective", toStd(dateText(i.effectiveDate))},
            {"expires", toStd(dateText(i.expiryDate))},
            {"author", toStd(i.author)},
            {"reviewer", toStd(i.reviewer)},
            {"system_version", toStd(i.systemVersion)},
            {"stale", e.staleness.isStale()},
            {"stale_text", toStd(stale.join(QStringLiteral(", ")))},
            {"pii_text", toStd(pii)},
            {"links", links},
            {"via", ""},
            {"via_crosswalk", false}};
}

/// The GSPR checklist of MDR Annex II 4 as a table: every point of Annex I with whether it applies (and why not),
/// how conformity is shown, the standards applied and the evidence item that proves it.
Json gsprJson(const ProjectSnapshot &s, const TemplateLibrary &templates, const PackageContext &ctx, const Words &w)
{
    const GsprCatalog &catalog = templates.gspr();
    Json groups = Json::array();
    int decided = 0, points = 0;
    for (const GsprGroup &g : catalog.groups) {
        Json rows = Json::array();
        for (const GsprPoint &p : g.points) {
            const GsprEntry e = GsprChecklist::entry(s.details, p.point);
            ++points;
            decided += e.applies.isEmpty() ? 0 : 1;
            const bool applies = e.applies == QStringLiteral("yes");
            const bool notApplies = e.applies == QStringLiteral("no");
            auto textHtml = [&](GsprChecklist::Field f) {
                return detailJson(s, templates, GsprChecklist::key(p.point, f), w)["text_html"];
            };
            Json evidence = nullptr;
            if (!e.evidence.isEmpty()) {
                const qint64 id = e.evidence.toLongLong();
                for (const evidence::EvidenceStatus &item : s.evidence)
                    if (item.item.id == id)
                        evidence = evidenceJson(item, s, ctx, w);
            }
            rows.push_back({{"point", toStd(p.point)},
                            {"title", toStd(p.title.in(w.lang()))},
                            {"applies", applies},
                            {"not_applies", notApplies},
                            {"undecided", !applies && !notApplies},
                            {"applies_text", toStd(w(applies      ? QStringLiteral("gspr_yes")
                                                     : notApplies ? QStringLiteral("gspr_no")
                                                                  : QStringLiteral("gspr_undecided")))},
                            {"reason_html", textHtml(GsprChecklist::Field::Reason)},
                            {"method_html", textHtml(GsprChecklist::Field::Method)},
                            {"standards", toStd(e.standards)},
                            {"has_evidence", !evidence.is_null()},
                            {"evidence", evidence.is_null() ? Json::object() : evidence},
                            {"evidence_unknown", !e.evidence.isEmpty() && evidence.is_null()},
                            {"evidence_id", toStd(e.evidence)},
                            {"complete", GsprChecklist::lacking(e).empty()}});
        }
        groups.push_back({{"title", toStd(g.title.in(w.lang()))}, {"points", rows}});
    }
    return {{"groups", groups},
            {"has_points", points > 0},
            {"basis", toStd(catalog.basis.in(w.lang()))},
            {"source", toStd(catalog.source)},
            {"decided_text", toStd(w(QStringLiteral("gspr_decided_format")).arg(decided).arg(points))}};
}

/// What the checklist still lacks, one line per kind of gap, naming its points: a reviewer reads "no method for
/// 17.2, 17.4" where 77 lines would bury the rest of the list. Each line's key names its first point, where the
/// program opens the checklist.
std::vector<MissingItem> gsprMissing(const ProjectSnapshot &s, const TemplateLibrary &templates, const Words &w)
{
    using Field = GsprChecklist::Field;
    std::map<Field, QStringList> lacking;
    for (const GsprGroup &g : templates.gspr().groups)
        for (const GsprPoint &p : g.points)
            for (Field f : GsprChecklist::lacking(GsprChecklist::entry(s.details, p.point)))
                lacking[f] << p.point;
    std::vector<MissingItem> out;
    for (const auto &[field, points] : lacking)
        out.push_back({QStringLiteral("gspr:%1:%2").arg(points.first(), GsprChecklist::fieldName(field)),
                       w(QStringLiteral("missing_gspr_") + GsprChecklist::fieldName(field))
                           .arg(points.join(QStringLiteral(", ")))});
    return out;
}

/// Why a requirement applies or not, in the document's language (RequirementApplicability::reason() speaks the
/// interface's).
QString reasonText(const ProjectSnapshot &s, const RequirementApplicability &r, const Words &w)
{
    const GuidanceLibrary &lib = s.library;
    if (r.state == Applicability::Applies)
        return r.condition.isEmpty() ? w(QStringLiteral("reason_always"))
                                     : w(QStringLiteral("reason_condition_true")).arg(conditionText(lib, r.condition, w));
    if (r.state == Applicability::Undetermined) {
        QStringList needed;
        for (const QString &f : r.missing)
            needed << factTitle(lib, f, w.lang());
        return w(QStringLiteral("reason_undetermined")).arg(needed.join(QStringLiteral("; ")));
    }
    if (r.roleExcludes)
        return w(QStringLiteral("reason_role")).arg(w(QStringLiteral("role_") + roleName(r.binds)),
                                                    w(QStringLiteral("role_") + roleName(r.projectRole)));
    return w(QStringLiteral("reason_condition_false"))
        .arg(conditionText(lib, r.condition, w), factsUsedText(lib, r.factsUsed, w));
}

// The date in the EU and in Norway, in the document's words; an unconfirmed date says so where it is printed.
QString appliesFromText(const RequirementApplicability &r, const Words &w)
{
    if (!r.appliesFrom)
        return w(QStringLiteral("applies_from_unknown"));
    const ApplicationStart &a = *r.appliesFrom;
    QString text = w(QStringLiteral("applies_from_format"))
                       .arg(dateText(a.eu), a.no ? dateText(*a.no) : w(QStringLiteral("applies_from_no_date")));
    if (!a.confirmed)
        text += QStringLiteral(" (%1)").arg(w(QStringLiteral("applies_from_unconfirmed")));
    return text;
}

Json requirementJson(const ProjectSnapshot &s, const RequirementApplicability &r, const PackageContext &ctx,
                     const Words &w)
{
    const Requirement *req = s.library.requirement(r.urn);
    const Pack *pack = s.library.packOfRequirement(r.urn);
    const tracking::TrackedStatus status = s.requirementStatus(r.urn);
    const QString statusName = tracking::trackedStatusName(status);
    const auto st = s.states.find(r.urn);
    Json evidence = Json::array();
    for (const auto &[e, via] : s.evidenceFor(r.urn)) {
        Json ej = evidenceJson(*e, s, ctx, w);
        const Requirement *viaReq = via.isEmpty() ? nullptr : s.library.requirement(via);
        ej["via"] = toStd(viaReq ? viaReq->title.in(w.lang()) : via);
        ej["via_crosswalk"] = !via.isEmpty();
        evidence.push_back(ej);
    }
    Json expected = Json::array();
    if (req)
        for (const LocalizedText &t : req->evidenceExpected)
            expected.push_back({{"text", toStd(t.in(w.lang()))}});
    // Only a completed run supports a requirement; a failed or cancelled one tested too little to claim anything.
    Json runs = Json::array();
    for (const TestRunRecord &run : s.testRuns)
        if (run.supports.contains(r.urn) && run.status == QStringLiteral("completed"))
            runs.push_back({{"id", toStd(run.id)}, {"title", toStd(run.title)}});
    const Agency *agency = req ? s.library.agency(req->agency.id) : nullptr;
    const bool hasState = st != s.states.end();
    return {{"urn", toStd(r.urn)},
            {"title", toStd(req ? req->title.in(w.lang()) : r.urn)},
            {"text", toStd(req ? req->text.in(w.lang()) : QString())},
            {"paragraphs", paragraphs(req ? req->text.in(w.lang()) : QString())},
            {"pack", toStd(pack ? pack->title.in(w.lang()) : QString())},
            {"agency", toStd(agency ? agency->name.in(w.lang()) : QString())},
            {"sources", sourceRefsJson(pack, req ? req->sources : std::vector<Ref>(), w.lang())},
            {"applies", r.state == Applicability::Applies},
            {"does_not_apply", r.state == Applicability::DoesNotApply},
            {"undetermined", r.state == Applicability::Undetermined},
            {"reason", toStd(reasonText(s, r, w))},
            {"applies_from", toStd(appliesFromText(r, w))},
            {"status", toStd(statusName)},
            {"status_text", toStd(w(QStringLiteral("status_") + statusName))},
            {"met", status == tracking::TrackedStatus::Met},
            {"open", status == tracking::TrackedStatus::NotStarted || status == tracking::TrackedStatus::InProgress},
            {"justification", toStd(hasState ? st->second.justification : QString())},
            {"has_justification", hasState && !st->second.justification.isEmpty()},
            {"owner", toStd(hasState ? st->second.owner : QString())},
            {"due", toStd(hasState && st->second.dueDate ? st->second.dueDate->toString(Qt::ISODate) : QString())},
            {"notes", toStd(hasState ? st->second.notes : QString())},
            {"evidence", evidence},
            {"has_evidence", !evidence.empty()},
            {"evidence_expected", expected},
            {"test_runs", runs},
            {"has_test_runs", !runs.empty()},
            // One claim per requirement: "no evidence" only when neither evidence nor a test run supports it.
            {"has_support", !evidence.empty() || !runs.empty()}};
}

QString metricLabel(const QString &name, const Words &w)
{
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    const QString base = at < 0 ? name : name.left(at);
    const QString label = w(QStringLiteral("metric_") + base);
    const QString known = label == QStringLiteral("metric_") + base ? base : label;
    return at < 0 ? known : QStringLiteral("%1 (%2 ≥ %3)").arg(known, w(QStringLiteral("metric_threshold")), name.mid(at + 1));
}

Json intervalText(const std::optional<double> &lo, const std::optional<double> &hi, const Words &w)
{
    if (!lo || !hi)
        return "";
    return toStd(w(QStringLiteral("interval_format")).arg(formatNumber(*lo, w.lang()), formatNumber(*hi, w.lang())));
}

/// The goal of each key metric, from the lines of model_card.metric_goals that start with a metric's name or label
/// and a colon ("auroc: at least 0.80 ..."); other lines are prose for the whole section and are left alone.
std::map<QString, QString> metricGoals(const ProjectSnapshot &s, const Words &w)
{
    std::map<QString, QString> goals;
    const auto it = s.details.find(QStringLiteral("model_card.metric_goals"));
    if (it == s.details.end())
        return goals;
    // The document's own language first; the other language's text (shown marked as untranslated) otherwise.
    const QString own = (w.lang() == QStringLiteral("nb") ? it->second.nb : it->second.en).trimmed();
    const QString text = own.isEmpty() ? s.detail(QStringLiteral("model_card.metric_goals")) : own;
    std::map<QString, QString> byWord; // a metric's name and its label, in lower case -> its name
    for (const TestRunRecord &run : s.testRuns)
        for (const TestRunMetric &m : run.metrics) {
            byWord[m.name.toLower()] = m.name;
            byWord[metricLabel(m.name, w).toLower()] = m.name;
        }
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const auto metric = byWord.find(line.left(colon).trimmed().toLower());
        const QString goal = line.mid(colon + 1).trimmed();
        if (metric != byWord.end() && !goal.isEmpty())
            goals[metric->second] = goal;
    }
    return goals;
}

Json testRunJson(const TestRunRecord &run, const ProjectSnapshot &s, const Words &w)
{
    Json metrics = Json::array();
    for (const TestRunMetric &m : run.metrics)
        metrics.push_back({{"name", toStd(m.name)},
                           {"label", toStd(metricLabel(m.name, w))},
                           {"value", m.value ? toStd(formatNumber(*m.value, w.lang())) : toStd(w(QStringLiteral("value_unknown")))},
                           {"ci", intervalText(m.ciLower, m.ciUpper, w)},
                           {"has_ci", m.ciLower && m.ciUpper}});
    const Json &r = run.result;
    Json charts = Json::array();
    auto addChart = [&](const QString &svg, const QString &key) {
        if (!svg.isEmpty())
            charts.push_back({{"title", toStd(w(key))}, {"chart_svg", toStd(svg)}});
    };
    if (r.is_object()) {
        const QString auc = num(r.value("auroc", Json::object()), "estimate")
                                ? formatNumber(*num(r["auroc"], "estimate"), w.lang())
                                : QString();
        addChart(charts::roc(r.value("roc_curve", Json::array()),
                             {w(QStringLiteral("chart_roc")), w(QStringLiteral("chart_fpr")), w(QStringLiteral("chart_tpr")),
                              {auc.isEmpty() ? w(QStringLiteral("chart_model")) : QStringLiteral("AUROC %1").arg(auc)}}),
                 QStringLiteral("chart_roc"));
        addChart(charts::calibration(r.value("calibration", Json::object()).value("curve", Json::array()),
                                     {w(QStringLiteral("chart_calibration")), w(QStringLiteral("chart_predicted")),
                                      w(QStringLiteral("chart_observed")), {w(QStringLiteral("chart_model"))}}),
                 QStringLiteral("chart_calibration"));
        addChart(charts::decisionCurve(r.value("net_benefit", Json::array()),
                                       {w(QStringLiteral("chart_decision")), w(QStringLiteral("chart_threshold")),
                                        w(QStringLiteral("chart_net_benefit")),
                                        {w(QStringLiteral("chart_model")), w(QStringLiteral("chart_treat_all")),
                                         w(QStringLiteral("chart_treat_none"))}}),
                 QStringLiteral("chart_decision"));
    }
    Json subgroups = Json::array();
    if (r.is_object() && r.contains("subgroups") && r["subgroups"].is_object())
        for (auto it = r["subgroups"].begin(); it != r["subgroups"].end(); ++it) {
            const Json auroc = it.value().value("auroc", Json::object());
            subgroups.push_back({{"name", it.key()},
                                 {"n", num(it.value(), "n") ? toStd(formatNumber(*num(it.value(), "n"), w.lang())) : ""},
                                 {"auroc", num(auroc, "estimate") ? toStd(formatNumber(*num(auroc, "estimate"), w.lang())) : toStd(w(QStringLiteral("value_unknown")))},
                                 {"ci", intervalText(num(auroc, "ci_lower"), num(auroc, "ci_upper"), w)}});
        }
    Json thresholds = Json::array();
    if (r.is_object())
        for (const Json &t : r.value("thresholds", Json::array())) {
            auto cell = [&](const char *key) {
                const Json v = t.value(key, Json::object());
                const auto e = num(v, "estimate");
                return Json{{"value", e ? toStd(formatNumber(*e, w.lang())) : toStd(w(QStringLiteral("value_unknown")))},
                            {"ci", intervalText(num(v, "ci_lower"), num(v, "ci_upper"), w)}};
            };
            thresholds.push_back({{"threshold", num(t, "threshold") ? toStd(formatNumber(*num(t, "threshold"), w.lang())) : ""},
                                  {"sensitivity", cell("sensitivity")}, {"specificity", cell("specificity")},
                                  {"ppv", cell("ppv")}, {"npv", cell("npv")}});
        }
    const Json input = r.is_object() ? r.value("input", Json::object()) : Json::object();
    Json supports = Json::array();
    for (const QString &urn : run.supports) {
        const Requirement *req = s.library.requirement(urn);
        supports.push_back({{"urn", toStd(urn)}, {"title", toStd(req ? req->title.in(w.lang()) : urn)}});
    }
    auto numberText = [&](const char *key) { return num(r, key) ? toStd(formatNumber(*num(r, key), w.lang())) : std::string(); };
    // Errored cases were never tested, so their share qualifies every pass rate of the run (issue 20).
    const qint64 done = run.cases.done();
    const QString casesText =
        run.cases.notGraded > 0
            ? w(QStringLiteral("run_cases_not_graded"))
                  .arg(run.cases.passed).arg(run.cases.failed).arg(run.cases.errored).arg(run.cases.notGraded)
                  .arg(run.casesTotal)
            : w(QStringLiteral("run_cases"))
                  .arg(run.cases.passed).arg(run.cases.failed).arg(run.cases.errored).arg(run.casesTotal);
    const QString erroredText = run.cases.errored > 0 && done > 0
                                    ? w(QStringLiteral("run_errored_cases"))
                                          .arg(run.cases.errored)
                                          .arg(done)
                                          .arg(formatNumber(100.0 * double(run.cases.errored) / double(done), w.lang()))
                                          .arg(done - run.cases.errored)
                                    : QString();
    // A model judge's verdicts carry their label wherever the run is shown (docs/human-evaluation.md).
    const Json judge = r.is_object() ? r.value("judge", Json::object()) : Json::object();
    const QString judgeText = judge.is_object() && judge.value("checked_against_clinicians", true) == false
                                  ? w(QStringLiteral("run_judge_not_checked")).arg(judge.value("verdicts", qint64(0)))
                                  : QString();
    return {{"id", toStd(run.id)},
            {"has_cases", run.casesTotal > 0},
            {"has_judge_results", !judgeText.isEmpty()},
            {"judge_text", toStd(judgeText)},
            {"cases_text", toStd(casesText)},
            {"has_errored_cases", !erroredText.isEmpty()},
            {"errored_text", toStd(erroredText)},
            {"title", toStd(run.title)},
            {"engine", toStd(run.engineId)},
            {"engine_version", toStd(run.engineVersion)},
            {"kind", toStd(run.kind)},
            {"status_text", toStd(w(QStringLiteral("run_") + run.status))},
            {"completed", run.status == QStringLiteral("completed")},
            {"started", toStd(isoUtc(run.started))},
            {"finished", run.finished.isValid() ? toStd(isoUtc(run.finished)) : std::string()},
            {"metrics", metrics},
            {"has_metrics", !metrics.empty()},
            {"charts", charts},
            {"has_charts", !charts.empty()},
            {"subgroups", subgroups},
            {"has_subgroups", !subgroups.empty()},
            {"thresholds", thresholds},
            {"has_thresholds", !thresholds.empty()},
            {"input", {{"file_name", toStd(jsonString(input, "file_name"))},
                       {"sha256", toStd(jsonString(input, "sha256"))},
                       {"n", numberText("n")},
                       {"positives", numberText("positives")},
                       {"prevalence", numberText("prevalence")}}},
            {"has_input", !input.empty()},
            {"supports", supports}};
}

/// TRIPOD+AI item 23a from the test run: discrimination, calibration, overall accuracy and clinical utility, each
/// with its interval where the engine gives one (Van Calster et al. 2025 name these the essential measures).
Json performanceJson(const ProjectSnapshot &s, const Words &w)
{
    const TestRunRecord *run = metricsRun(s);
    if (!run)
        return {{"has", false}};
    const Json &r = run->result;
    // Scores outside [0, 1] (a points score, a biomarker) rank patients but are not risks: the engine computes no
    // calibration, Brier score or net benefit for them, and the table says why instead of "unknown".
    const QString absent = r.value("scores_are_probabilities", true) ? w(QStringLiteral("value_unknown"))
                                                                      : w(QStringLiteral("performance_not_probabilities"));
    Json rows = Json::array();
    auto row = [&](const char *aspect, const QString &measure, std::optional<double> v, std::optional<double> lo,
                   std::optional<double> hi) {
        rows.push_back({{"aspect", toStd(w(QStringLiteral("aspect_") + QLatin1String(aspect)))},
                        {"measure", toStd(measure)},
                        {"value", v ? toStd(formatNumber(*v, w.lang())) : toStd(absent)},
                        {"ci", intervalText(lo, hi, w)}});
    };
    const Json auroc = r.value("auroc", Json::object());
    row("discrimination", metricLabel(QStringLiteral("auroc"), w), num(auroc, "estimate"), num(auroc, "ci_lower"),
        num(auroc, "ci_upper"));
    const Json cal = r.value("calibration", Json::object());
    row("calibration", metricLabel(QStringLiteral("calibration_intercept"), w), num(cal, "intercept"),
        num(cal, "intercept_ci_lower"), num(cal, "intercept_ci_upper"));
    row("calibration", metricLabel(QStringLiteral("calibration_slope"), w), num(cal, "slope"), num(cal, "slope_ci_lower"),
        num(cal, "slope_ci_upper"));
    row("overall", metricLabel(QStringLiteral("brier"), w), num(r, "brier"), std::nullopt, std::nullopt);
    // Clinical utility at the thresholds the run classified at, read off the decision curve's grid.
    const Json curve = r.value("net_benefit", Json::array());
    bool utility = false;
    for (const Json &t : r.value("thresholds", Json::array())) {
        const auto at = num(t, "threshold");
        if (!at)
            continue;
        for (const Json &p : curve)
            if (const auto pt = num(p, "threshold"); pt && std::abs(*pt - *at) < 1e-9) {
                const auto all = num(p, "treat_all");
                row("utility",
                    w(QStringLiteral("metric_net_benefit"))
                        .arg(formatNumber(*at, w.lang()), all ? formatNumber(*all, w.lang()) : w(QStringLiteral("value_unknown"))),
                    num(p, "model"), std::nullopt, std::nullopt);
                utility = true;
            }
    }
    if (!utility)
        row("utility", w(QStringLiteral("metric_decision_curve")), std::nullopt, std::nullopt, std::nullopt);
    if (!curve.empty() && !utility)
        rows.back()["value"] = toStd(w(QStringLiteral("performance_see_chart")));
    const Json input = r.value("input", Json::object());
    return {{"has", true},
            {"source_text", toStd(w(QStringLiteral("performance_source"))
                                      .arg(run->title, jsonString(input, "file_name"),
                                           formatNumber(*num(r, "n"), w.lang())))},
            {"sha256", toStd(jsonString(input, "sha256"))},
            {"rows", rows}};
}

QString roleText(ProjectRole role, const Words &w)
{
    return w(QStringLiteral("role_") + roleToString(role));
}

} // namespace

const QStringList &DocumentModel::vocabulary()
{
    static const QStringList words = [] {
        QStringList k = {
            QStringLiteral("value_unknown"), QStringLiteral("value_not_applicable"), QStringLiteral("value_yes"),
            QStringLiteral("value_no"), QStringLiteral("value_none"), QStringLiteral("rule_matched"),
            QStringLiteral("rule_not_matched"), QStringLiteral("rule_unknown"), QStringLiteral("rule_otherwise"),
            QStringLiteral("evidence_expired"), QStringLiteral("evidence_older_version"), QStringLiteral("pii_not_scanned"),
            QStringLiteral("pii_none"), QStringLiteral("pii_confirmed"), QStringLiteral("metric_threshold"),
            QStringLiteral("interval_format"), QStringLiteral("chart_roc"), QStringLiteral("chart_fpr"),
            QStringLiteral("chart_tpr"), QStringLiteral("chart_model"), QStringLiteral("chart_calibration"),
            QStringLiteral("chart_predicted"), QStringLiteral("chart_observed"), QStringLiteral("chart_decision"),
            QStringLiteral("chart_threshold"), QStringLiteral("chart_net_benefit"), QStringLiteral("chart_treat_all"),
            QStringLiteral("chart_treat_none"), QStringLiteral("footer_format"), QStringLiteral("missing_detail"),
            QStringLiteral("detail_untranslated"),
            QStringLiteral("missing_fact"), QStringLiteral("missing_applicability"), QStringLiteral("missing_status"),
            QStringLiteral("missing_evidence"), QStringLiteral("missing_test_runs"), QStringLiteral("missing_answers"),
            QStringLiteral("missing_role"), QStringLiteral("missing_in_progress"), QStringLiteral("draft_mark"),
            QStringLiteral("not_required_text"), QStringLiteral("no_goal"), QStringLiteral("missing_metric_goals"),
            QStringLiteral("run_cases"), QStringLiteral("run_cases_not_graded"), QStringLiteral("run_errored_cases"),
            QStringLiteral("run_judge_not_checked"),
            QStringLiteral("reason_always"), QStringLiteral("reason_condition_true"), QStringLiteral("reason_undetermined"),
            QStringLiteral("reason_role"), QStringLiteral("reason_condition_false"), QStringLiteral("condition_and"),
            QStringLiteral("condition_or"), QStringLiteral("condition_not"), QStringLiteral("condition_includes"),
            QStringLiteral("condition_excludes"), QStringLiteral("gspr_yes"), QStringLiteral("gspr_no"),
            QStringLiteral("gspr_undecided"), QStringLiteral("gspr_decided_format"), QStringLiteral("missing_gspr_applies"), QStringLiteral("missing_gspr_reason"),
            QStringLiteral("missing_gspr_method"), QStringLiteral("missing_gspr_evidence")};
        for (EvidenceKind kind : allEvidenceKinds())
            k << QStringLiteral("kind_") + evidenceKindToString(kind);
        for (ReviewState state : allReviewStates())
            k << QStringLiteral("review_state_") + reviewStateToString(state);
        for (int i = 0; i < tracking::trackedStatusCount; ++i)
            k << QStringLiteral("status_") + tracking::trackedStatusName(tracking::TrackedStatus(i));
        for (const char *s : {"completed", "failed", "cancelled", "running"})
            k << QStringLiteral("run_") + QLatin1String(s);
        for (const char *s : {"provider", "deployer", "both"})
            k << QStringLiteral("role_") + QLatin1String(s);
        for (const char *s : {"auroc", "n", "prevalence", "brier", "scaled_brier", "calibration_intercept",
                              "calibration_slope", "ece", "sensitivity", "specificity", "ppv", "npv", "auroc_difference",
                              "net_benefit", "decision_curve"})
            k << QStringLiteral("metric_") + QLatin1String(s);
        for (const char *s : {"discrimination", "calibration", "overall", "utility"})
            k << QStringLiteral("aspect_") + QLatin1String(s);
        k << QStringLiteral("run_flow") << QStringLiteral("run_flow_rows") << QStringLiteral("performance_source")
          << QStringLiteral("performance_see_chart") << QStringLiteral("performance_not_probabilities");
        k << PostMarketModel::vocabulary();
        k << RiskDocumentModel::vocabulary();
        k.removeDuplicates();
        return k;
    }();
    return words;
}

Json DocumentModel::build(const ProjectSnapshot &s, const TemplateLibrary &templates, const DocumentTemplate &doc,
                          const QString &lang, const PackageContext &context)
{
    const Words w(templates, doc, lang);
    const GuidanceLibrary &lib = s.library;
    Json m = Json::object();
    m["lang"] = toStd(lang);
    m["t"] = w.json();
    m["document"] = {{"id", toStd(doc.id)},
                     {"title", toStd(doc.title.in(lang))},
                     {"description", toStd(doc.description.in(lang))},
                     {"basis", toStd(doc.basis.in(lang))}};
    m["project"] = {{"name", toStd(s.info.name)},
                    {"system_version", toStd(s.info.systemVersion)},
                    {"role", toStd(roleToString(s.info.role))},
                    {"role_text", toStd(roleText(s.info.role, w))}};
    const QString version = context.programVersion.isEmpty() ? QStringLiteral(VV_VERSION) : context.programVersion;
    QStringList packTexts;
    Json packs = Json::array();
    for (const Pack &p : lib.packs()) {
        packTexts << QStringLiteral("%1 %2").arg(p.id, p.version);
        packs.push_back({{"id", toStd(p.id)}, {"version", toStd(p.version)}, {"title", toStd(p.title.in(lang))}});
    }
    m["packs"] = packs;
    m["generated"] = {{"time", toStd(isoUtc(s.created))},
                      {"date", toStd(s.created.date().toString(Qt::ISODate))},
                      {"program_version", toStd(version)},
                      {"packs_text", toStd(packTexts.join(QStringLiteral(", ")))}};
    m["footer_text"] = toStd(w(QStringLiteral("footer_format"))
                                 .arg(doc.title.in(lang), s.info.name, s.info.systemVersion, version,
                                      packTexts.join(QStringLiteral(", ")), isoUtc(s.created)));

    // Details, by group and name, each with its label and whether it is given.
    Json details = Json::object();
    for (const DetailSpec &d : templates.details())
        setPath(details, d.key, detailJson(s, templates, d.key, w));
    m["details"] = details;

    // Every fact, by area and name; and the derived ones per pack with their traces.
    Json facts = Json::object();
    for (const auto &[id, outcome] : s.assessment.facts)
        setPath(facts, id, factJsonFor(s, id, w, false));
    m["facts"] = facts;
    Json classification = Json::array();
    for (const Pack &p : lib.packs()) {
        Json items = Json::array();
        for (const DecisionTrace &t : s.assessment.traces)
            if (t.packId == p.id)
                items.push_back(factJsonFor(s, t.fact, w, true));
        if (!items.empty())
            classification.push_back({{"id", toStd(p.id)}, {"title", toStd(p.title.in(lang))},
                                      {"version", toStd(p.version)}, {"facts", items}});
    }
    m["classification"] = classification;

    Json answers = Json::array();
    for (const StoredAnswer &a : s.answers) {
        auto parsed = lib.parseAnswer(a.factId, a.value);
        const std::optional<Value> v = parsed && *parsed ? std::optional<Value>(**parsed) : std::nullopt;
        answers.push_back({{"id", toStd(a.factId)},
                           {"question", toStd(factTitle(lib, a.factId, lang))},
                           {"value_text", toStd(valueText(v, lib.fact(a.factId), lib, w))},
                           {"pack", toStd(a.packId)},
                           {"version", toStd(a.packVersion)}});
    }
    m["answers"] = answers;
    m["has_answers"] = !answers.empty();
    Json questionsMissing = Json::array();
    for (const QString &q : s.assessment.missing)
        questionsMissing.push_back({{"id", toStd(q)}, {"text", toStd(factTitle(lib, q, lang))}});
    m["questions_missing"] = questionsMissing;
    m["has_questions_missing"] = !questionsMissing.empty();

    // Requirements: those that apply, those that do not, those not yet known.
    Json applies = Json::array(), notApplying = Json::array(), undetermined = Json::array();
    int met = 0, open = 0;
    for (const RequirementApplicability &r : s.assessment.requirements) {
        Json rj = requirementJson(s, r, context, w);
        if (r.state == Applicability::Applies) {
            met += rj["met"].get<bool>() ? 1 : 0;
            open += rj["open"].get<bool>() ? 1 : 0;
            applies.push_back(std::move(rj));
        } else if (r.state == Applicability::DoesNotApply) {
            notApplying.push_back(std::move(rj));
        } else {
            undetermined.push_back(std::move(rj));
        }
    }
    m["requirements"] = applies;
    m["has_requirements"] = !applies.empty();
    m["requirements_not_applying"] = notApplying;
    m["has_requirements_not_applying"] = !notApplying.empty();
    m["requirements_undetermined"] = undetermined;
    m["has_requirements_undetermined"] = !undetermined.empty();
    m["requirement_counts"] = {{"applicable", applies.size()}, {"met", met}, {"open", open},
                               {"not_applying", notApplying.size()}, {"undetermined", undetermined.size()}};

    // Sections as the manifest lists them.
    Json sections = Json::array();
    int number = 0;
    for (const TemplateSection &sec : doc.sections) {
        Json sd = Json::array(), sr = Json::array(), sf = Json::array();
        for (const QString &k : sec.details)
            sd.push_back(detailJson(s, templates, k, w));
        for (const QString &urn : sec.requirements)
            if (const RequirementApplicability *r = s.assessment.requirement(urn))
                sr.push_back(requirementJson(s, *r, context, w));
        for (const QString &f : sec.facts)
            sf.push_back(factJsonFor(s, f, w, false));
        Json show = Json::object();
        for (const QString &b : sectionBlocks())
            show[toStd(b)] = sec.show.contains(b);
        sections.push_back({{"id", toStd(sec.id)},
                            {"number", ++number},
                            {"title", toStd(sec.title.in(lang))},
                            {"intro", toStd(sec.intro.in(lang))},
                            {"section_details", sd},
                            {"has_section_details", !sd.empty()},
                            {"section_requirements", sr},
                            {"has_section_requirements", !sr.empty()},
                            {"section_facts", sf},
                            {"has_section_facts", !sf.empty()},
                            {"show", show}});
    }
    m["sections"] = sections;

    Json evidence = Json::array();
    for (const evidence::EvidenceStatus &e : s.evidence)
        evidence.push_back(evidenceJson(e, s, context, w));
    m["evidence"] = evidence;
    m["has_evidence"] = !evidence.empty();

    Json runs = Json::array(), keyMetrics = Json::array();
    const auto goals = metricGoals(s, w);
    for (const TestRunRecord &run : s.testRuns) {
        Json rj = testRunJson(run, s, w);
        // CHAI's model card names the test data of each metric: the run's input file and its size on every row,
        // its SHA-256 once per run (on its first row), since all of a run's metrics share it.
        bool first = true;
        for (const Json &metric : rj["metrics"]) {
            const auto goal = goals.find(QString::fromStdString(metric["name"].get<std::string>()));
            keyMetrics.push_back({{"label", metric["label"]}, {"value", metric["value"]}, {"ci", metric["ci"]},
                                  {"run", toStd(run.title)}, {"test_data", rj["input"]}, {"has_test_data", rj["has_input"]},
                                  {"show_hash", first},
                                  {"goal", goal == goals.end() ? toStd(w(QStringLiteral("no_goal"))) : toStd(goal->second)},
                                  {"has_goal", goal != goals.end()}});
            first = false;
        }
        runs.push_back(std::move(rj));
    }
    m["test_runs"] = runs;
    m["has_test_runs"] = !runs.empty();
    m["performance"] = performanceJson(s, w);
    m["key_metrics"] = keyMetrics;
    m["has_metric_goals"] = !goals.empty();
    m["has_key_metrics"] = !keyMetrics.empty();
    m["post_market"] = PostMarketModel::build(s, std::cref(w), lang);
    m["risk"] = RiskDocumentModel::build(s, std::cref(w), lang);
    m["gspr"] = gsprJson(s, templates, context, w);

    Json missing = Json::array();
    for (const MissingItem &item : DocumentModel::missing(s, templates, doc, lang))
        missing.push_back({{"key", toStd(item.key)}, {"label", toStd(item.label)}});
    m["missing_count"] = missing.size();
    m["missing"] = missing;
    m["has_missing"] = !missing.empty();
    const auto notRequired = notRequiredBecause(s, doc, lang);
    m["not_required"] = notRequired.has_value();
    m["not_required_text"] = toStd(notRequired ? w(QStringLiteral("not_required_text")).arg(*notRequired) : QString());
    // Anything missing or open makes the document a draft, marked on every printed page.
    m["is_draft"] = !missing.empty();
    return m;
}

std::optional<QString> DocumentModel::notRequiredBecause(const ProjectSnapshot &s, const DocumentTemplate &doc,
                                                         const QString &lang)
{
    if (doc.requiredIf.isEmpty())
        return std::nullopt;
    const auto value = s.assessment.value(doc.requiredIf);
    if (!value || value->kind() != Value::Kind::Bool || value->toBool())
        return std::nullopt;
    // The classification's own reason (the rule that matched), so the document says why in the pack's words.
    QStringList reasons;
    if (const DecisionTrace *trace = s.assessment.trace(doc.requiredIf))
        for (const TraceStep &step : trace->steps)
            if (step.result == Truth::True)
                reasons << step.reason.in(lang);
    return reasons.join(QLatin1Char(' '));
}

QStringList DocumentModel::untranslated(const ProjectSnapshot &s, const DocumentTemplate &doc, const QString &lang)
{
    QStringList out;
    for (const QString &key : doc.detailKeys()) {
        const auto it = s.details.find(key);
        if (it == s.details.end())
            continue;
        const QString own = lang == QStringLiteral("nb") ? it->second.nb : it->second.en;
        if (own.trimmed().isEmpty() && !s.detail(key).isEmpty())
            out << key;
    }
    return out;
}

std::vector<MissingItem> DocumentModel::missing(const ProjectSnapshot &s, const TemplateLibrary &templates,
                                                const DocumentTemplate &doc, const QString &lang)
{
    const Words w(templates, doc, lang);
    std::vector<MissingItem> out;
    const bool required = !notRequiredBecause(s, doc, lang);
    // A document for another role (a deployer building the provider's declaration) is at best a draft.
    if (const QString role = roleToString(s.info.role); !doc.isFor(role)) {
        QStringList forWhom;
        for (const QString &r : doc.roles)
            forWhom << w(QStringLiteral("role_") + r);
        out.push_back({QStringLiteral("role"), w(QStringLiteral("missing_role"))
                                                   .arg(forWhom.join(QStringLiteral(" / ")), w(QStringLiteral("role_") + role))});
    }
    // What is reported undetermined once (a requirement and its evidence) is not listed twice.
    QSet<QString> undetermined;
    for (const RequiredItem &item : doc.required) {
        if (!required)
            break; // the law does not ask for this document here: nothing in it can be missing
        if (!item.role.isEmpty() && s.info.role != ProjectRole::Both && roleToString(s.info.role) != item.role)
            continue; // another role's duty (a hospital writes no PMCF plan)
        switch (item.kind) {
        case RequiredItem::Kind::Detail: {
            // Given in either language is given: the other language's text is shown, marked as untranslated.
            if (s.detail(item.ref).isEmpty() && runParagraphs(s, item.ref, w).isEmpty()) {
                const DetailSpec *spec = templates.detail(item.ref);
                out.push_back({QStringLiteral("detail:") + item.ref,
                               w(QStringLiteral("missing_detail")).arg(spec ? spec->label.in(lang) : item.ref)});
            } else if (item.ref == QStringLiteral("model_card.metric_goals")) {
                // CHAI's card gives each key metric its goal; goals written for some metrics only leave the rest open.
                const auto goals = metricGoals(s, w);
                QStringList without;
                // The number of patients and the prevalence describe the test data; they are not aimed at.
                const QStringList descriptive = {QStringLiteral("n"), QStringLiteral("prevalence")};
                for (const TestRunRecord &run : s.testRuns)
                    for (const TestRunMetric &m : run.metrics)
                        if (!goals.count(m.name) && !descriptive.contains(m.name) &&
                            !without.contains(metricLabel(m.name, w)))
                            without << metricLabel(m.name, w);
                if (!without.isEmpty()) // not a missing detail: the text is there, some metrics lack a goal in it
                    out.push_back({QStringLiteral("metric_goals"),
                                   w(QStringLiteral("missing_metric_goals")).arg(without.join(QStringLiteral(", ")))});
            }
            break;
        }
        case RequiredItem::Kind::Fact:
            if (!s.assessment.value(item.ref))
                out.push_back({QStringLiteral("fact:") + item.ref,
                               w(QStringLiteral("missing_fact")).arg(factTitle(s.library, item.ref, lang))});
            break;
        case RequiredItem::Kind::Requirement:
        case RequiredItem::Kind::Evidence: {
            const Requirement *req = s.library.requirement(item.ref);
            const QString title = req ? req->title.in(lang) : item.ref;
            const tracking::TrackedStatus status = s.requirementStatus(item.ref);
            const bool evidence = item.kind == RequiredItem::Kind::Evidence;
            const QString key = (evidence ? QStringLiteral("evidence:") : QStringLiteral("requirement:")) + item.ref;
            if (status == tracking::TrackedStatus::Undetermined) {
                if (!undetermined.contains(item.ref))
                    out.push_back({key, w(QStringLiteral("missing_applicability")).arg(title)});
                undetermined.insert(item.ref);
            }
            else if (status == tracking::TrackedStatus::DoesNotApply)
                break;
            else if (!evidence && status == tracking::TrackedStatus::NotStarted)
                out.push_back({key, w(QStringLiteral("missing_status")).arg(title)});
            else if (!evidence && status == tracking::TrackedStatus::InProgress) // begun is not fulfilled
                out.push_back({key, w(QStringLiteral("missing_in_progress")).arg(title)});
            else if (evidence && s.evidenceFor(item.ref).empty())
                out.push_back({key, w(QStringLiteral("missing_evidence")).arg(title)});
            break;
        }
        case RequiredItem::Kind::TestRuns:
            if (std::none_of(s.testRuns.begin(), s.testRuns.end(),
                             [](const TestRunRecord &r) { return r.status == QStringLiteral("completed"); }))
                out.push_back({QStringLiteral("test_runs"), w(QStringLiteral("missing_test_runs"))});
            break;
        case RequiredItem::Kind::Answers:
            if (!s.assessment.missing.isEmpty())
                out.push_back({QStringLiteral("answers"),
                               w(QStringLiteral("missing_answers")).arg(s.assessment.missing.size())});
            break;
        case RequiredItem::Kind::Gspr:
            for (MissingItem &m : gsprMissing(s, templates, w))
                out.push_back(std::move(m));
            break;
        case RequiredItem::Kind::PostMarket:
            if (auto lacking = PostMarketModel::missing(s, item.ref, std::cref(w)))
                out.push_back(*lacking);
            break;
        case RequiredItem::Kind::Risk:
            for (MissingItem &m : RiskDocumentModel::missing(s, item.ref, std::cref(w)))
                out.push_back(std::move(m));
            break;
        }
    }
    return out;
}

} // namespace vv::packaging
