#include "guidance/Assessment.h"

namespace vv::guidance {

QString applicabilityName(Applicability a)
{
    switch (a) {
    case Applicability::Applies: return QStringLiteral("applicable");
    case Applicability::DoesNotApply: return QStringLiteral("not_applicable");
    case Applicability::Undetermined: return QStringLiteral("undetermined");
    }
    return QStringLiteral("undetermined");
}

Json factJson(const std::optional<Value> &value)
{
    return value ? value->toJson() : Json(nullptr);
}

static void mergeInto(QStringList &into, const QStringList &from)
{
    for (const QString &s : from)
        if (!into.contains(s))
            into << s;
}

static Json factsUsedJson(const std::vector<FactUse> &uses)
{
    Json arr = Json::array();
    for (const FactUse &u : uses) {
        Json item = {{"fact", toStd(u.fact)}};
        if (u.value)
            item["value"] = u.value->toJson();
        else
            item["unknown"] = true;
        arr.push_back(item);
    }
    return arr;
}

static Json sourcesJson(const std::vector<Source> &sources)
{
    Json arr = Json::array();
    for (const Source &s : sources) {
        Json item = {{"id", toStd(s.id)}, {"citation", s.citation.toJson()}, {"url", toStd(s.url)}};
        if (!s.note.isEmpty())
            item["note"] = s.note.toJson();
        arr.push_back(item);
    }
    return arr;
}

static const char *statusOf(const std::optional<Value> &v)
{
    return !v ? "unknown" : v->isNull() ? "not_applicable" : "decided";
}

Json DecisionTrace::toJson() const
{
    Json steps = Json::array();
    for (const TraceStep &s : this->steps) {
        const char *result = s.result == Truth::True ? "matched" : s.result == Truth::False ? "not_matched" : "unknown";
        steps.push_back({{"rule", toStd(s.ruleId)},
                         {"condition", s.condition.isEmpty() ? Json("otherwise") : Json(toStd(s.condition))},
                         {"facts", factsUsedJson(s.factsUsed)},
                         {"result", result},
                         {"value", s.value.toJson()},
                         {"reason", s.reason.toJson()},
                         {"sources", sourcesJson(s.sources)}});
    }
    return {{"fact", toStd(fact)},        {"decision", toStd(decisionId)}, {"pack", toStd(packId)},
            {"title", title.toJson()},    {"value", factJson(value)},      {"status", statusOf(value)},
            {"steps", steps},             {"missing", vv::toJson(missing)},
            {"needs_review", vv::toJson(needsReview)}};
}

QString RequirementApplicability::reason(const GuidanceLibrary *library) const
{
    const QString whom = binds == Role::Both       ? tr("provider and deployer")
                         : binds == Role::Provider ? tr("provider")
                                                   : tr("deployer");
    if (state == Applicability::Applies && condition.isEmpty())
        return tr("Applies to every %1.").arg(whom);
    if (state == Applicability::DoesNotApply && roleExcludes)
        return tr("Does not apply: it binds the %1, and this project's role is %2.")
            .arg(binds == Role::Provider ? tr("provider") : tr("deployer"), roleName(projectRole));
    if (library) {
        QStringList answers, needed;
        for (const FactUse &u : factsUsed) {
            // A question already ends in '?'; an outcome's title needs a colon before its value.
            const QString title = library->factTitle(u.fact);
            answers << QStringLiteral("%1%2 %3").arg(title, title.endsWith(QLatin1Char('?')) ? QString() : QStringLiteral(":"),
                                                     library->valueText(u.fact, u.value));
        }
        for (const QString &f : missing)
            needed << library->factTitle(f);
        const QString readable = library->readableCondition(condition);
        switch (state) {
        case Applicability::Applies: return tr("Applies because this holds: %1.").arg(readable);
        case Applicability::DoesNotApply:
            return tr("Does not apply because this does not hold: %1. The answers: %2.")
                .arg(readable, answers.join(QStringLiteral("; ")));
        case Applicability::Undetermined: return tr("Not yet known: answer %1.").arg(needed.join(QStringLiteral("; ")));
        }
        return {};
    }
    QStringList values;
    for (const FactUse &u : factsUsed)
        values << QStringLiteral("%1 = %2").arg(u.fact, u.value ? u.value->display() : tr("unknown"));
    switch (state) {
    case Applicability::Applies:
        return tr("Applies because %1 holds (%2).").arg(condition, values.join(QStringLiteral(", ")));
    case Applicability::DoesNotApply:
        return tr("Does not apply because %1 is false (%2).").arg(condition, values.join(QStringLiteral(", ")));
    case Applicability::Undetermined:
        return tr("Not yet known: answer %1.").arg(missing.join(QStringLiteral(", ")));
    }
    return {};
}

QString ApplicationStart::text(const std::function<QString(const QDate &)> &formatDate) const
{
    auto write = [&](const QDate &d) { return formatDate ? formatDate(d) : d.toString(Qt::ISODate); };
    const QString noText = no ? write(*no) : RequirementApplicability::tr("no date yet");
    QString s = RequirementApplicability::tr("%1 in the EU; in Norway: %2").arg(write(eu), noText);
    if (!confirmed)
        s += RequirementApplicability::tr(" (not confirmed against the published text)");
    return s;
}

Json ApplicationStart::toJson() const
{
    return {{"eu", toStd(eu.toString(Qt::ISODate))},
            {"no", no ? Json(toStd(no->toString(Qt::ISODate))) : Json(nullptr)},
            {"confirmed", confirmed},
            {"from", fromPack ? "pack" : "requirement"},
            {"sources", sourcesJson(sources)}};
}

Json RequirementApplicability::toJson() const
{
    Json j = {{"urn", toStd(urn)},
              {"pack", toStd(packId)},
              {"applicability", toStd(applicabilityName(state))},
              {"role", toStd(roleName(binds))},
              {"reason", toStd(reason())},
              {"facts", factsUsedJson(factsUsed)},
              {"missing", vv::toJson(missing)},
              {"needs_review", vv::toJson(needsReview)}};
    j["condition"] = condition.isEmpty() ? Json(nullptr) : Json(toStd(condition));
    j["applies_from"] = appliesFrom ? appliesFrom->toJson() : Json(nullptr);
    return j;
}

std::optional<Value> Assessment::value(const QString &fact) const
{
    auto it = facts.find(fact);
    return it == facts.end() ? std::nullopt : it->second.value;
}

const DecisionTrace *Assessment::trace(const QString &fact) const
{
    for (const DecisionTrace &t : traces)
        if (t.fact == fact)
            return &t;
    return nullptr;
}

const RequirementApplicability *Assessment::requirement(const QString &urn) const
{
    for (const RequirementApplicability &r : requirements)
        if (r.urn == urn)
            return &r;
    return nullptr;
}

int Assessment::count(Applicability state) const
{
    return int(std::count_if(requirements.begin(), requirements.end(),
                             [state](const RequirementApplicability &r) { return r.state == state; }));
}

Json Assessment::toJson() const
{
    Json doc = Json::object();
    // The regimes of the stable shape, with the keys that are always present (null while unknown or absent).
    struct Regime {
        const char *key;
        const char *prefix;
        std::vector<const char *> fixed;
    };
    const Regime regimes[] = {
        {"mdr", "mdr.", {"is_medical_device", "class", "in_house_exemption"}},
        {"ai_act", "ai_act.", {"risk", "high_risk_route", "transparency_art50", "fria_required"}},
        {"gdpr", "gdpr.", {"dpia_required", "legal_route"}},
    };
    for (const Regime &r : regimes) {
        Json obj = Json::object();
        for (const char *k : r.fixed)
            obj[k] = nullptr;
        Json trace = Json::array(), unknown = Json::array(), notApplicable = Json::array(), review = Json::array();
        for (const DecisionTrace &t : traces) {
            if (!t.fact.startsWith(QLatin1String(r.prefix)))
                continue;
            const std::string key = toStd(t.fact.mid(qsizetype(strlen(r.prefix))));
            obj[key] = factJson(t.value);
            if (!t.value)
                unknown.push_back(key);
            else if (t.value->isNull())
                notApplicable.push_back(key);
            if (!t.needsReview.isEmpty())
                review.push_back(key);
            trace.push_back(t.toJson());
        }
        obj["trace"] = trace;
        obj["unknown"] = unknown;
        obj["not_applicable"] = notApplicable;
        obj["needs_review"] = review;
        doc[r.key] = obj;
    }
    Json all = Json::object();
    for (const DecisionTrace &t : traces)
        all[toStd(t.fact)] = factJson(t.value);
    doc["facts"] = all;
    doc["missing"] = vv::toJson(missing);

    Json byPack = Json::object();
    Json applicableUrns = Json::array();
    for (const RequirementApplicability &r : requirements) {
        Json &p = byPack[toStd(r.packId)];
        if (p.is_null())
            p = {{"applicable", 0}, {"not_applicable", 0}, {"undetermined", 0}, {"urns", Json::array()}};
        p[toStd(applicabilityName(r.state))] = p[toStd(applicabilityName(r.state))].get<int>() + 1;
        if (r.state == Applicability::Applies) {
            p["urns"].push_back(toStd(r.urn));
            applicableUrns.push_back(toStd(r.urn));
        }
    }
    doc["requirements"] = {{"applicable", count(Applicability::Applies)},
                           {"not_applicable", count(Applicability::DoesNotApply)},
                           {"undetermined", count(Applicability::Undetermined)},
                           {"urns", applicableUrns},
                           {"by_pack", byPack}};
    Json review = Json::array();
    for (const ReviewItem &item : needsReview)
        review.push_back({{"fact", toStd(item.fact)},
                          {"pack", toStd(item.packId)},
                          {"answered_under", toStd(item.answeredUnder)},
                          {"current_version", toStd(item.currentVersion)},
                          {"invalid", item.invalid}});
    doc["needs_review"] = review;
    doc["role"] = toStd(roleName(role));
    return doc;
}

// ---- the engine ----

namespace {

/// Evaluates the facts of a library in order, remembering for each what it is missing and what needs review.
class Engine {
public:
    Engine(const GuidanceLibrary &library, const std::map<QString, GivenAnswer> &answers, Role role)
        : m_lib(library), m_answers(answers)
    {
        m_result.role = role;
    }

    Assessment run()
    {
        for (const auto &[fact, answer] : m_answers) {
            const Pack *pack = m_lib.packOfFact(fact);
            if (pack && m_lib.question(fact) && answer.packVersion != pack->version)
                m_result.needsReview.push_back({fact, pack->id, answer.packVersion, pack->version});
        }
        for (const QString &fact : m_lib.evaluationOrder()) {
            if (const Question *q = m_lib.question(fact))
                evaluateQuestion(*q);
            else if (const Decision *d = m_lib.decision(fact))
                evaluateDecision(*d);
        }
        applyRole();
        for (const Pack &p : m_lib.packs())
            for (const Requirement &r : p.requirements)
                evaluateRequirement(p, r);
        collectMissing();
        return std::move(m_result);
    }

private:
    std::optional<Value> valueOf(const QString &fact) const
    {
        auto it = m_result.facts.find(fact);
        return it == m_result.facts.end() ? std::nullopt : it->second.value;
    }

    /// Evaluates a condition; adds to missing and review what the facts it used carry.
    Evaluation evaluate(const PlacedCondition &pc, std::vector<FactUse> &uses, QStringList &missing,
                        QStringList &review) const
    {
        const Evaluation e = pc.condition.evaluate([this](const QString &f) { return valueOf(f); });
        for (const QString &f : pc.condition.facts()) {
            uses.push_back({f, valueOf(f)});
            if (auto it = m_result.facts.find(f); it != m_result.facts.end())
                mergeInto(review, it->second.needsReview);
        }
        for (const QString &f : e.unknownFacts)
            if (auto it = m_result.facts.find(f); it != m_result.facts.end())
                mergeInto(missing, it->second.missing);
        return e;
    }

    void evaluateQuestion(const Question &q)
    {
        FactOutcome out;
        Truth asked = Truth::True;
        if (q.when) {
            std::vector<FactUse> uses;
            asked = evaluate(*q.when, uses, out.missing, out.needsReview).truth;
        }
        auto answer = m_answers.find(q.id);
        const bool answered = answer != m_answers.end();
        if (asked == Truth::False) {
            // Not asked: the fact is "not applicable", a definite value, so conditions using it can be decided.
            out.value = Value::null();
            out.origin = FactOrigin::NotAsked;
            out.missing.clear();
        } else if (asked == Truth::Unknown) {
            // What is needed next is what decides whether to ask it; the question itself may never be asked.
            out.origin = FactOrigin::WaitingForCondition;
        } else if (answered) {
            out.value = answer->second.value;
            out.origin = FactOrigin::Answered;
            out.missing.clear();
            if (const Pack *p = m_lib.packOfFact(q.id); p && answer->second.packVersion != p->version)
                mergeInto(out.needsReview, {q.id});
        } else {
            out.origin = FactOrigin::Unanswered;
            out.missing = {q.id};
        }
        m_result.facts[q.id] = std::move(out);
    }

    void applyRole()
    {
        // org.role defaults to the project's role; an answer to it overrides that for this assessment.
        const QString roleFact = QStringLiteral("org.role");
        auto it = m_result.facts.find(roleFact);
        if (it != m_result.facts.end() && it->second.value && it->second.value->kind() == Value::Kind::String)
            if (auto r = roleFromName(it->second.value->toString()))
                m_result.role = *r;
    }

    void evaluateDecision(const Decision &d)
    {
        DecisionTrace trace;
        trace.fact = d.output;
        trace.decisionId = d.id;
        trace.packId = m_lib.packOfFact(d.output) ? m_lib.packOfFact(d.output)->id : QString();
        trace.title = d.title;
        const Pack *pack = m_lib.pack(trace.packId);
        bool decided = false;
        for (const Rule &rule : d.rules) {
            TraceStep step;
            step.ruleId = rule.id;
            step.value = rule.value;
            step.reason = rule.reason;
            for (const Ref &s : rule.sources)
                if (const Source *src = pack ? pack->source(s.id) : nullptr)
                    step.sources.push_back(*src);
            if (rule.otherwise) {
                step.result = Truth::True;
            } else if (rule.when) {
                step.condition = rule.when->condition.text();
                step.result = evaluate(*rule.when, step.factsUsed, trace.missing, trace.needsReview).truth;
            } else {
                step.result = Truth::False;
            }
            trace.steps.push_back(std::move(step));
            const Truth t = trace.steps.back().result;
            if (t == Truth::True) {
                trace.value = rule.value;
                trace.missing.clear();
                decided = true;
                break;
            }
            if (t == Truth::Unknown)
                break; // an earlier rule might still match once answered: the outcome is unknown
        }
        if (!decided && !trace.steps.empty() && trace.steps.back().result == Truth::False) {
            // Every rule was false and none says "otherwise": nothing applies.
            trace.value = Value::null();
            trace.missing.clear();
        }
        FactOutcome out;
        out.value = trace.value;
        out.origin = FactOrigin::Derived;
        out.missing = trace.missing;
        out.needsReview = trace.needsReview;
        m_result.facts[d.output] = out;
        m_result.traces.push_back(std::move(trace));
    }

    void evaluateRequirement(const Pack &p, const Requirement &r)
    {
        RequirementApplicability a;
        a.urn = r.urn;
        a.packId = p.id;
        a.binds = r.role;
        a.projectRole = m_result.role;
        if (r.appliesWhen)
            a.condition = r.appliesWhen->condition.text();
        if (!roleBinds(r.role, m_result.role)) {
            a.state = Applicability::DoesNotApply;
            a.roleExcludes = true;
        } else if (!r.appliesWhen) {
            a.state = Applicability::Applies;
        } else {
            const Truth t = evaluate(*r.appliesWhen, a.factsUsed, a.missing, a.needsReview).truth;
            a.state = t == Truth::True ? Applicability::Applies
                    : t == Truth::False ? Applicability::DoesNotApply : Applicability::Undetermined;
            if (t != Truth::Unknown)
                a.missing.clear();
        }
        a.appliesFrom = applicationStart(p, r);
        m_result.requirements.push_back(std::move(a));
    }

    // The first entry whose condition holds decides, as the rules of a decision do. An unknown condition before
    // it leaves the date open: a later entry might be the wrong one.
    std::optional<ApplicationStart> applicationStart(const Pack &p, const Requirement &r) const
    {
        const ApplicationStart packDates{p.effectiveEu, p.effectiveNo, {}, true, true};
        for (const ApplicationDate &d : r.appliesFrom) {
            if (d.when) {
                const Truth t = d.when->condition.evaluate([this](const QString &f) { return valueOf(f); }).truth;
                if (t == Truth::Unknown)
                    return std::nullopt;
                if (t == Truth::False)
                    continue;
            }
            ApplicationStart start{d.eu, d.no, {}, d.confirmed, false};
            for (const Ref &s : d.sources)
                if (const Source *src = p.source(s.id))
                    start.sources.push_back(*src);
            return start;
        }
        // No entry (or none whose condition holds): the pack's general dates.
        return packDates;
    }

    void collectMissing()
    {
        QStringList all;
        for (const DecisionTrace &t : m_result.traces)
            if (!t.value)
                mergeInto(all, t.missing);
        for (const RequirementApplicability &r : m_result.requirements)
            if (r.state == Applicability::Undetermined)
                mergeInto(all, r.missing);
        for (const QString &q : m_lib.questionOrder())
            if (all.contains(q))
                m_result.missing << q;
    }

    const GuidanceLibrary &m_lib;
    const std::map<QString, GivenAnswer> &m_answers;
    Assessment m_result;
};

} // namespace

Assessment GuidanceLibrary::assess(const std::map<QString, GivenAnswer> &answers, Role projectRole) const
{
    // org.role answers itself from the project until the user answers it.
    std::map<QString, GivenAnswer> effective = answers;
    const QString roleFact = QStringLiteral("org.role");
    if (!effective.count(roleFact) && question(roleFact))
        effective[roleFact] = {Value::string(roleName(projectRole)), packOfFact(roleFact)->version};
    Assessment a = Engine(*this, effective, projectRole).run();
    if (auto it = a.facts.find(roleFact); it != a.facts.end() && !answers.count(roleFact))
        it->second.origin = FactOrigin::ProjectRole;
    return a;
}

} // namespace vv::guidance
