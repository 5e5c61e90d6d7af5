#include "monitoring/IncidentRules.h"

#include "core/Clock.h"
#include "core/Environment.h"
#include "core/RegularFile.h"
#include "guidance/GuidanceLibrary.h"
#include "guidance/YamlFields.h"
#include "store/ProjectStore.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <map>
#include <set>

namespace vv::monitoring {

using guidance::Condition;
using guidance::FactSpec;
using guidance::Truth;

namespace {

bool validId(const QString &id, const QString &prefix = {})
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,80}$"));
    return pattern.match(id).hasMatch() && id.startsWith(prefix);
}

/// Reads guidance/incident-reports.yaml; every problem is collected with its place.
class RulesParser : public YamlFields {
public:
    RulesParser(QString file, std::vector<Error> &problems, const guidance::GuidanceLibrary &library)
        : YamlFields(std::move(file), problems), m_library(library)
    {
    }

    void readAll(const YAML::Node &root, IncidentRules &rules)
    {
        if (!keys(root, {QStringLiteral("sources"), QStringLiteral("facts"), QStringLiteral("reports")},
                  IncidentRulesReader::tr("the reporting rules")))
            return;
        for (const char *key : {"sources", "facts", "reports"})
            if (!root[key] || !root[key].IsSequence() || root[key].size() == 0)
                error(root[key] ? root[key] : root,
                      IncidentRulesReader::tr("'%1' must be a non-empty list").arg(QString::fromLatin1(key)));
        if (root["sources"] && root["sources"].IsSequence())
            for (const auto &n : root["sources"])
                readSource(n, rules);
        if (root["facts"] && root["facts"].IsSequence())
            for (const auto &n : root["facts"])
                readFact(n, rules);
        if (root["reports"] && root["reports"].IsSequence())
            for (const auto &n : root["reports"])
                readReport(n, rules);
    }

private:
    void readSource(const YAML::Node &n, IncidentRules &rules)
    {
        if (!keys(n, {QStringLiteral("id"), QStringLiteral("citation"), QStringLiteral("url"), QStringLiteral("note")},
                  IncidentRulesReader::tr("a source")))
            return;
        guidance::Source s;
        s.where = at(n);
        if (!n["id"] || !n["citation"] || !n["url"]) {
            error(n, IncidentRulesReader::tr("a source needs 'id', 'citation' and 'url'"));
            return;
        }
        s.id = text(n["id"], QStringLiteral("id")).value_or(QString());
        if (!validId(s.id))
            error(n["id"],
                  IncidentRulesReader::tr("'%1' is not a valid id (lowercase letters, digits, '-', '_' and '.')")
                      .arg(s.id));
        if (rules.source(s.id))
            error(n["id"], IncidentRulesReader::tr("the source '%1' is defined twice").arg(s.id));
        s.citation = localized(n["citation"], QStringLiteral("citation")).value_or(LocalizedText{});
        s.url = text(n["url"], QStringLiteral("url")).value_or(QString());
        if (!s.url.startsWith(QStringLiteral("https://")))
            error(n["url"], IncidentRulesReader::tr("a source's url must start with https://"));
        if (n["note"])
            s.note = localized(n["note"], QStringLiteral("note")).value_or(LocalizedText{});
        rules.sources.push_back(s);
    }

    void readFact(const YAML::Node &n, IncidentRules &rules)
    {
        if (!keys(n, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("help")},
                  IncidentRulesReader::tr("a fact")))
            return;
        if (!n["id"] || !n["title"] || !n["help"]) {
            error(n, IncidentRulesReader::tr("a fact needs 'id', 'title' and 'help'"));
            return;
        }
        IncidentFact f;
        f.id = text(n["id"], QStringLiteral("id")).value_or(QString());
        if (!validId(f.id, QStringLiteral("incident.")))
            error(n["id"],
                  IncidentRulesReader::tr("an incident fact's id starts with 'incident.', not '%1'").arg(f.id));
        if (rules.fact(f.id))
            error(n["id"], IncidentRulesReader::tr("the fact '%1' is defined twice").arg(f.id));
        f.title = localized(n["title"], QStringLiteral("title")).value_or(LocalizedText{});
        f.help = localized(n["help"], QStringLiteral("help")).value_or(LocalizedText{});
        rules.facts.push_back(f);
        FactSpec spec;
        spec.id = f.id;
        spec.type = guidance::FactType::Bool;
        m_incidentFacts[f.id] = spec;
    }

    std::optional<Condition> condition(const YAML::Node &n, const QString &key)
    {
        auto t = text(n, key);
        if (!t)
            return std::nullopt;
        auto c = Condition::parse(*t);
        if (!c) {
            SourceLocation where = at(n);
            where.column += std::max(0, c.error().where().column - 1);
            add(Error::input(c.error().what(), c.error().hint(), where));
            return std::nullopt;
        }
        const auto lookup = [this](const QString &id) -> const FactSpec * {
            const auto it = m_incidentFacts.find(id);
            return it != m_incidentFacts.end() ? &it->second : m_library.fact(id);
        };
        const auto why = [](const QString &id) {
            return IncidentRulesReader::tr(
                       "there is no fact '%1': use an incident fact defined above or a fact of the guidance packs")
                .arg(id);
        };
        for (const Error &e : c->typeCheck(lookup, why)) {
            SourceLocation where = at(n);
            where.column += std::max(0, e.where().column - 1);
            add(Error::input(e.what(), e.hint(), where));
        }
        return *c;
    }

    void checkSources(const YAML::Node &n, const QStringList &ids, const IncidentRules &rules)
    {
        for (const QString &id : ids)
            if (!rules.source(id))
                error(n, IncidentRulesReader::tr("the source '%1' is not defined under 'sources'").arg(id));
    }

    void readDeadline(const YAML::Node &n, IncidentReportRule &report, const IncidentRules &rules)
    {
        if (!keys(n,
                  {QStringLiteral("when"), QStringLiteral("days"), QStringLiteral("immediately"),
                   QStringLiteral("sources")},
                  IncidentRulesReader::tr("a deadline")))
            return;
        ReportDeadline d;
        if (n["when"])
            d.when = condition(n["when"], QStringLiteral("when"));
        if (!n["days"] || !n["sources"]) {
            error(n, IncidentRulesReader::tr("a deadline needs 'days' and 'sources'"));
            return;
        }
        d.days = static_cast<int>(count(n["days"], QStringLiteral("days"), 0).value_or(0));
        if (d.days > 366)
            error(n["days"], IncidentRulesReader::tr("a deadline of more than a year is not a reporting deadline"));
        if (n["immediately"])
            d.immediately = boolean(n["immediately"], QStringLiteral("immediately")).value_or(false);
        if (d.immediately && d.days != 0)
            error(n["days"], IncidentRulesReader::tr("an immediate deadline has 'days: 0'"));
        d.sources = list(n["sources"], QStringLiteral("sources")).value_or(QStringList());
        if (d.sources.isEmpty())
            error(n["sources"], IncidentRulesReader::tr("every deadline cites its source"));
        checkSources(n["sources"], d.sources, rules);
        report.deadlines.push_back(d);
    }

    void readReport(const YAML::Node &n, IncidentRules &rules)
    {
        const QStringList allowed = {
            QStringLiteral("id"),        QStringLiteral("title"),        QStringLiteral("recipient"),
            QStringLiteral("duty"),      QStringLiteral("applies_when"), QStringLiteral("clock"),
            QStringLiteral("deadlines"), QStringLiteral("sources"),      QStringLiteral("unclear")};
        if (!keys(n, allowed, IncidentRulesReader::tr("a report")))
            return;
        for (const char *key : {"id", "title", "recipient", "duty", "applies_when", "clock", "deadlines", "sources"})
            if (!n[key]) {
                error(n, IncidentRulesReader::tr("a report needs '%1'").arg(QString::fromLatin1(key)));
                return;
            }
        IncidentReportRule r;
        r.id = text(n["id"], QStringLiteral("id")).value_or(QString());
        if (!validId(r.id))
            error(n["id"],
                  IncidentRulesReader::tr("'%1' is not a valid id (lowercase letters, digits, '-', '_' and '.')")
                      .arg(r.id));
        if (rules.report(r.id))
            error(n["id"], IncidentRulesReader::tr("the report '%1' is defined twice").arg(r.id));
        r.title = localized(n["title"], QStringLiteral("title")).value_or(LocalizedText{});
        r.recipient = localized(n["recipient"], QStringLiteral("recipient")).value_or(LocalizedText{});
        r.clock = localized(n["clock"], QStringLiteral("clock")).value_or(LocalizedText{});
        if (n["unclear"])
            r.unclear = localized(n["unclear"], QStringLiteral("unclear")).value_or(LocalizedText{});
        r.duty = text(n["duty"], QStringLiteral("duty")).value_or(QString());
        if (r.duty != QStringLiteral("provider") && r.duty != QStringLiteral("deployer"))
            error(n["duty"], IncidentRulesReader::tr("'duty' must be provider or deployer, not '%1'").arg(r.duty));
        r.appliesWhen = condition(n["applies_when"], QStringLiteral("applies_when"));
        r.sources = list(n["sources"], QStringLiteral("sources")).value_or(QStringList());
        checkSources(n["sources"], r.sources, rules);
        if (!n["deadlines"].IsSequence() || n["deadlines"].size() == 0) {
            error(n["deadlines"], IncidentRulesReader::tr("'deadlines' must be a non-empty list"));
        } else {
            for (const auto &d : n["deadlines"])
                readDeadline(d, r, rules);
            const bool fallback =
                std::any_of(r.deadlines.begin(), r.deadlines.end(), [](const ReportDeadline &d) { return !d.when; });
            if (!fallback)
                error(n["deadlines"],
                      IncidentRulesReader::tr("a report needs one deadline without 'when', which applies when no "
                                              "other does"));
        }
        rules.reports.push_back(std::move(r));
    }

private:
    const guidance::GuidanceLibrary &m_library;
    std::map<QString, FactSpec> m_incidentFacts;
};

} // namespace

const guidance::Source *IncidentRules::source(const QString &id) const
{
    for (const auto &s : sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

const IncidentFact *IncidentRules::fact(const QString &id) const
{
    for (const auto &f : facts)
        if (f.id == id)
            return &f;
    return nullptr;
}

const IncidentReportRule *IncidentRules::report(const QString &id) const
{
    for (const auto &r : reports)
        if (r.id == id)
            return &r;
    return nullptr;
}

Result<IncidentRules> IncidentRulesReader::read(const QByteArray &yaml, const QString &fileName,
                                                const guidance::GuidanceLibrary &library, std::vector<Error> *problems)
{
    std::vector<Error> found;
    IncidentRules rules;
    RulesParser parser(fileName, found, library);
    if (auto root = parser.parse(yaml)) {
        try {
            parser.readAll(*root, rules);
        } catch (const YAML::Exception &e) {
            found.push_back(Error::input(tr("the rules cannot be read: %1").arg(QString::fromStdString(e.msg)), {},
                                         {fileName, std::max(e.mark.line, 0) + 1, std::max(e.mark.column, 0) + 1}));
        }
    }
    std::sort(found.begin(), found.end(), [](const Error &a, const Error &b) {
        return std::tie(a.where().line, a.where().column) < std::tie(b.where().line, b.where().column);
    });
    if (problems)
        *problems = found;
    if (!found.empty())
        return found.front();
    return rules;
}

Result<IncidentRules> IncidentRulesReader::readFile(const QString &path, const guidance::GuidanceLibrary &library,
                                                    std::vector<Error> *problems)
{
    auto bytes = readRegularFile(path, maxFileBytes);
    if (!bytes)
        return bytes.error();
    return read(*bytes, path, library, problems);
}

Result<IncidentRules> IncidentRulesReader::loadShipped(const guidance::GuidanceLibrary &library)
{
    return readFile(dataDirectory() + QStringLiteral("/guidance/incident-reports.yaml"), library);
}

std::vector<DueReport> dueReports(const IncidentRules &rules,
                                  const std::function<std::optional<guidance::Value>(const QString &)> &value,
                                  const QDate &start)
{
    std::vector<DueReport> out;
    for (const IncidentReportRule &rule : rules.reports) {
        DueReport due;
        due.rule = &rule;
        const auto applies = rule.appliesWhen->evaluate(value);
        if (applies.truth == Truth::False)
            continue;
        due.applies = applies.truth;
        due.missingFacts = applies.unknownFacts;
        // Every deadline that certainly applies bounds the report; one that may apply leaves the days open,
        // because an answer could make them shorter.
        std::optional<int> days;
        bool undecided = false;
        for (const ReportDeadline &d : rule.deadlines) {
            Truth t = Truth::True;
            if (d.when) {
                const auto e = d.when->evaluate(value);
                t = e.truth;
                for (const QString &f : e.unknownFacts)
                    if (!due.deadlineFacts.contains(f))
                        due.deadlineFacts << f;
            }
            if (t == Truth::Unknown) {
                undecided = true;
            } else if (t == Truth::True && (!days || d.days < *days)) {
                days = d.days;
                due.immediately = d.immediately;
                due.deadlineSources = d.sources;
            }
        }
        // An undecided shorter deadline matters only if it could be shorter than the one that is certain.
        if (undecided) {
            int shortestOpen = 1 << 30;
            for (const ReportDeadline &d : rule.deadlines)
                if (d.when && d.when->evaluate(value).truth == Truth::Unknown)
                    shortestOpen = std::min(shortestOpen, d.days);
            if (days && shortestOpen >= *days)
                undecided = false;
        }
        if (!undecided)
            due.deadlineFacts.clear();
        if (!undecided && days) {
            due.days = days;
            if (start.isValid())
                due.due = start.addDays(*days);
        }
        out.push_back(due);
    }
    return out;
}

std::vector<IncidentReportStatus> incidentReports(
    const IncidentRules &rules, const Incident &incident,
    const std::function<std::optional<guidance::Value>(const QString &)> &projectValue, const QDate &today)
{
    const auto value = [&](const QString &id) -> std::optional<guidance::Value> {
        if (id.startsWith(QStringLiteral("incident."))) {
            const std::string key = id.toStdString();
            if (incident.facts.is_object() && incident.facts.contains(key) && incident.facts[key].is_boolean())
                return guidance::Value::boolean(incident.facts[key].get<bool>());
            return std::nullopt;
        }
        return projectValue(id);
    };
    std::vector<IncidentReportStatus> out;
    for (const DueReport &due : dueReports(rules, value, incident.awareOn)) {
        IncidentReportStatus s;
        s.due = due;
        const std::string key = due.rule->id.toStdString();
        if (incident.reports.is_object() && incident.reports.contains(key)) {
            const Json &sent = incident.reports[key];
            s.sentOn = QDate::fromString(QString::fromStdString(sent.value("sent_on", std::string())), Qt::ISODate);
            s.reference = QString::fromStdString(sent.value("reference", std::string()));
        }
        if (!s.sentOn.isValid() && due.due.isValid() && today.isValid())
            s.daysLeft = today.daysTo(due.due);
        out.push_back(s);
    }
    return out;
}

Result<std::vector<PendingReport>> pendingReports(
    ProjectStore &store, const IncidentRules &rules,
    const std::function<std::optional<guidance::Value>(const QString &)> &projectValue, const QDate &today)
{
    auto incidents = DeviationTable(store).incidents();
    if (!incidents)
        return incidents.error();
    std::vector<PendingReport> out;
    for (const Incident &incident : *incidents)
        for (const IncidentReportStatus &s : incidentReports(rules, incident, projectValue, today))
            if (!s.sentOn.isValid())
                out.push_back({incident.id, incident.deviationId, s});
    // Reports with a known deadline first, soonest first; those still undetermined after them.
    std::stable_sort(out.begin(), out.end(), [](const PendingReport &a, const PendingReport &b) {
        const QDate x = a.status.due.due, y = b.status.due.due;
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x < y;
    });
    return out;
}

QDate incidentToday(const Clock &clock)
{
    return clock.nowUtc().toTimeZone(QTimeZone("Europe/Oslo")).date();
}

Result<ReportsDue> reportsDue(ProjectStore &store, const guidance::GuidanceLibrary &library,
                              const std::function<std::optional<guidance::Value>(const QString &)> &projectValue)
{
    ReportsDue out;
    out.today = incidentToday(store.clock());
    auto incidents = DeviationTable(store).incidents();
    if (!incidents)
        return incidents.error();
    if (incidents->empty())
        return out;
    auto rules = IncidentRulesReader::loadShipped(library);
    if (!rules)
        return rules.error();
    out.rules = std::make_shared<const IncidentRules>(std::move(*rules));
    auto reports = pendingReports(store, *out.rules, projectValue, out.today);
    if (!reports)
        return reports.error();
    out.reports = std::move(*reports);
    return out;
}

} // namespace vv::monitoring
