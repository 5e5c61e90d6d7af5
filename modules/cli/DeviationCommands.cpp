// deviation add | list | show | set | close, incident add | list | show | set

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "cli/RowCommands.h"
#include "core/Clock.h"
#include "core/Translation.h"
#include "guidance/GuidanceLibrary.h"
#include "monitoring/IncidentRules.h"
#include "store/DeviationTable.h"
#include "store/ProjectStore.h"
#include "tracking/ProjectProgress.h"

#include <QTimeZone>

namespace vv::cli {

using namespace vv::monitoring;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

// The options that set a deviation's fields, shared by add and set.
static const std::pair<const char *, QString Deviation::*> deviationTexts[] = {
    {"title", &Deviation::title},
    {"description", &Deviation::description},
    {"severity", &Deviation::severity},
    {"owner", &Deviation::owner},
    {"assessment", &Deviation::assessment},
    {"cause", &Deviation::cause},
    {"action", &Deviation::correctiveAction},
    {"check", &Deviation::closingCheck},
};

static Args deviationArgs()
{
    Args a;
    for (const auto &[option, field] : deviationTexts)
        a.option(QString::fromLatin1(option));
    a.option(QStringLiteral("expect-version"));
    a.repeatable(QStringLiteral("alarm")).repeatable(QStringLiteral("test-run")).repeatable(QStringLiteral("evidence"));
    a.repeatable(QStringLiteral("hazard"));
    return a;
}

static void applyDeviationArgs(const Args &a, Deviation &d)
{
    for (const auto &[option, field] : deviationTexts)
        if (a.has(QString::fromLatin1(option)))
            d.*field = a.value(QString::fromLatin1(option));
    const std::pair<const char *, const char *> kinds[] = {
        {"alarm", "alarm"}, {"test-run", "test_run"}, {"evidence", "evidence"}, {"hazard", "hazard"}};
    for (const auto &[option, kind] : kinds)
        for (const QString &ref : a.values(QString::fromLatin1(option))) {
            const DeviationLink link{QString::fromLatin1(kind), ref};
            if (std::find(d.links.begin(), d.links.end(), link) == d.links.end())
                d.links.push_back(link);
        }
}

static Json deviationJson(const Deviation &d)
{
    Json links = Json::array();
    for (const DeviationLink &l : d.links)
        links.push_back(Json{{"kind", toStd(l.kind)}, {"ref", toStd(l.ref)}});
    return Json{{"id", d.id},
                {"title", toStd(d.title)},
                {"description", toStd(d.description)},
                {"severity", toStd(d.severity)},
                {"owner", toStd(d.owner)},
                {"assessment", toStd(d.assessment)},
                {"cause", toStd(d.cause)},
                {"corrective_action", toStd(d.correctiveAction)},
                {"closing_check", toStd(d.closingCheck)},
                {"links", links},
                {"status", d.closed ? "closed" : "open"},
                {"opened_at", toStd(isoUtc(d.openedAt))},
                {"opened_by", toStd(d.openedBy)},
                {"closed_at", d.closed ? Json(toStd(isoUtc(d.closedAt))) : Json(nullptr)},
                {"row_version", d.rowVersion.value_or(0)}};
}

static int deviationAdd(CommandContext &ctx)
{
    Args a = deviationArgs();
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    if (!a.has(QStringLiteral("title")))
        return ctx.fail(usageError(tr("--title is required"), ctx.usage()));
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    Deviation d;
    applyDeviationArgs(a, d);
    auto id = DeviationTable(**project).open(d);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", *id}});
    else
        ctx.line(tr("Opened deviation %1.").arg(*id));
    return 0;
}

static int deviationList(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto project = openProjectRows(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto all = DeviationTable(**project).all();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json()) {
        Json list = Json::array();
        for (const Deviation &d : *all)
            list.push_back(deviationJson(d));
        ctx.printJson(Json{{"deviations", list}});
        return 0;
    }
    if (all->empty())
        ctx.line(tr("No deviations."));
    for (const Deviation &d : *all)
        ctx.line(tr("%1  %2  %3  %4  %5")
                     .arg(d.id)
                     .arg(d.closed ? tr("closed") : tr("open"), d.severity,
                          d.owner.isEmpty() ? QStringLiteral("–") : d.owner, d.title));
    return 0;
}

static int deviationShow(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    const auto id = rowIdFrom(a.positional()[1]);
    if (!id)
        return ctx.fail(usageError(tr("the deviation's id is a number"), ctx.usage()));
    auto project = openProjectRows(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto d = DeviationTable(**project).get(*id);
    if (!d)
        return ctx.fail(d.error());
    if (ctx.json()) {
        ctx.printJson(deviationJson(*d));
        return 0;
    }
    ctx.line(tr("Deviation %1 (%2, severity %3, version %4)")
                 .arg(d->id)
                 .arg(d->closed ? tr("closed") : tr("open"), d->severity)
                 .arg(d->rowVersion.value_or(0)));
    const std::pair<QString, QString> rows[] = {
        {tr("Title"), d->title},
        {tr("Description"), d->description},
        {tr("Owner"), d->owner},
        {tr("Assessment"), d->assessment},
        {tr("Cause"), d->cause},
        {tr("Corrective action"), d->correctiveAction},
        {tr("Closing check"), d->closingCheck},
    };
    for (const auto &[label, value] : rows)
        ctx.line(QStringLiteral("%1: %2").arg(label, value.isEmpty() ? QStringLiteral("–") : value));
    for (const DeviationLink &l : d->links)
        ctx.line(tr("Linked %1: %2").arg(l.kind, l.ref));
    ctx.line(tr("Opened %1 by %2.").arg(isoUtc(d->openedAt), d->openedBy));
    return 0;
}

static int deviationSet(CommandContext &ctx)
{
    Args a = deviationArgs();
    auto change = rowChange(ctx, a, tr("the deviation's id is a number"));
    if (!change)
        return ctx.fail(change.error());
    DeviationTable table(*change->project);
    auto d = table.get(change->id);
    if (!d)
        return ctx.fail(d.error());
    applyDeviationArgs(a, *d);
    d->rowVersion = change->expected;
    if (auto s = table.save(*d); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", change->id}, {"saved", true}});
    else
        ctx.line(tr("Saved deviation %1.").arg(change->id));
    return 0;
}

static int deviationClose(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("expect-version"));
    auto change = rowChange(ctx, a, tr("the deviation's id is a number"));
    if (!change)
        return ctx.fail(change.error());
    if (auto s = DeviationTable(*change->project).close(change->id, change->expected); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", change->id}, {"status", "closed"}});
    else
        ctx.line(tr("Closed deviation %1.").arg(change->id));
    return 0;
}

/// The shipped packs and reporting rules, and the project's assessed facts that the rules read.
struct ReportingContext {
    guidance::GuidanceLibrary library;
    IncidentRules rules;
    guidance::Assessment assessment;
};

static Result<ReportingContext> reportingContext(ProjectStore &store)
{
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return library.error();
    auto rules = IncidentRulesReader::loadShipped(*library);
    if (!rules)
        return rules.error();
    auto assessment = tracking::assessProject(store, *library);
    if (!assessment)
        return assessment.error();
    return ReportingContext{std::move(*library), std::move(*rules), std::move(*assessment)};
}

// --fact incident.death=true: checked against the rules' incident facts.
static Status applyFacts(const Args &a, const IncidentRules &rules, Json &facts, const QString &usage)
{
    for (const QString &pair : a.values(QStringLiteral("fact"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString id = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        if (eq <= 0 ||
            (value != QStringLiteral("true") && value != QStringLiteral("false") && value != QStringLiteral("unknown")))
            return usageError(tr("--fact takes FACT=true, FACT=false or FACT=unknown, not '%1'").arg(pair), usage);
        if (!rules.fact(id)) {
            QStringList ids;
            for (const IncidentFact &f : rules.facts)
                ids << f.id;
            return Error::input(tr("there is no incident fact '%1'").arg(id),
                                tr("The facts are %1.").arg(ids.join(QStringLiteral(", "))));
        }
        if (value == QStringLiteral("unknown"))
            facts.erase(id.toStdString());
        else
            facts[id.toStdString()] = value == QStringLiteral("true");
    }
    return {};
}

static Status applySent(const Args &a, const IncidentRules &rules, Json &reports, const QString &usage)
{
    for (const QString &pair : a.values(QStringLiteral("sent"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString id = pair.left(eq);
        const QString rest = pair.mid(eq + 1);
        const QDate on = QDate::fromString(rest.left(10), Qt::ISODate);
        if (eq <= 0 || !on.isValid() || (rest.size() > 10 && rest[10] != QLatin1Char(':')))
            return usageError(tr("--sent takes REPORT=YYYY-MM-DD or REPORT=YYYY-MM-DD:REFERENCE, not '%1'").arg(pair),
                              usage);
        if (!rules.report(id))
            return Error::input(tr("there is no report '%1'").arg(id), tr("'incident show' lists the reports by id."));
        reports[id.toStdString()] =
            Json{{"sent_on", toStd(on.toString(Qt::ISODate))}, {"reference", toStd(rest.mid(11))}};
    }
    return {};
}

Json incidentReportJson(const IncidentReportStatus &s)
{
    const QString lang = Translation::current();
    Json missing = Json::array();
    for (const QString &f : s.due.missingFacts + s.due.deadlineFacts)
        if (std::find(missing.begin(), missing.end(), Json(toStd(f))) == missing.end())
            missing.push_back(toStd(f));
    return Json{{"report", toStd(s.due.rule->id)},
                {"title", toStd(s.due.rule->title.in(lang))},
                {"recipient", toStd(s.due.rule->recipient.in(lang))},
                {"duty", toStd(s.due.rule->duty)},
                {"applies", toStd(guidance::truthName(s.due.applies))},
                {"missing_facts", missing},
                {"days", s.due.days ? Json(*s.due.days) : Json(nullptr)},
                {"immediately", s.due.immediately},
                {"due", s.due.due.isValid() ? Json(toStd(s.due.due.toString(Qt::ISODate))) : Json(nullptr)},
                {"sent_on", s.sentOn.isValid() ? Json(toStd(s.sentOn.toString(Qt::ISODate))) : Json(nullptr)},
                {"reference", toStd(s.reference)},
                {"days_left", s.daysLeft ? Json(*s.daysLeft) : Json(nullptr)},
                {"overdue", s.overdue()},
                {"sources", toJson(s.due.deadlineSources)}};
}

QString incidentReportLine(const IncidentReportStatus &s)
{
    const QString lang = Translation::current();
    QString when;
    if (s.sentOn.isValid())
        when = tr("sent %1").arg(s.sentOn.toString(Qt::ISODate));
    else if (!s.due.due.isValid())
        when = tr("deadline not yet known: answer %1").arg(s.due.deadlineFacts.join(QStringLiteral(", ")));
    else if (s.overdue())
        when = tr("OVERDUE by %n day(s) (due %1)", nullptr, static_cast<int>(-*s.daysLeft))
                   .arg(s.due.due.toString(Qt::ISODate));
    else if (s.due.immediately)
        when = tr("immediately (due %1)").arg(s.due.due.toString(Qt::ISODate));
    else
        when =
            tr("due %1, %n day(s) left", nullptr, static_cast<int>(*s.daysLeft)).arg(s.due.due.toString(Qt::ISODate));
    QString line = QStringLiteral("%1 → %2: %3").arg(s.due.rule->title.in(lang), s.due.rule->recipient.in(lang), when);
    if (s.due.applies == guidance::Truth::Unknown)
        line += tr(" (may apply: answer %1)").arg(s.due.missingFacts.join(QStringLiteral(", ")));
    return line;
}

static Args incidentArgs()
{
    Args a;
    a.option(QStringLiteral("deviation")).option(QStringLiteral("aware")).option(QStringLiteral("notes"));
    a.option(QStringLiteral("expect-version"));
    a.repeatable(QStringLiteral("fact")).repeatable(QStringLiteral("sent"));
    return a;
}

static Status applyIncidentArgs(const Args &a, const IncidentRules &rules, Incident &incident, const QString &usage)
{
    if (a.has(QStringLiteral("aware"))) {
        incident.awareOn = QDate::fromString(a.value(QStringLiteral("aware")), Qt::ISODate);
        if (!incident.awareOn.isValid())
            return usageError(tr("--aware takes a date, YYYY-MM-DD"), usage);
    }
    if (a.has(QStringLiteral("notes")))
        incident.notes = a.value(QStringLiteral("notes"));
    VV_TRY(applyFacts(a, rules, incident.facts, usage));
    return applySent(a, rules, incident.reports, usage);
}

static int incidentAdd(CommandContext &ctx)
{
    Args a = incidentArgs();
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const auto deviation = rowIdFrom(a.value(QStringLiteral("deviation")));
    if (!deviation || !a.has(QStringLiteral("aware")))
        return ctx.fail(usageError(tr("--deviation ID and --aware YYYY-MM-DD are required"), ctx.usage()));
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return ctx.fail(project.error());
    auto context = reportingContext(**project);
    if (!context)
        return ctx.fail(context.error());
    Incident incident;
    incident.deviationId = *deviation;
    if (auto s = applyIncidentArgs(a, context->rules, incident, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto id = DeviationTable(**project).addIncident(incident);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", *id}});
    else
        ctx.line(tr("Recorded incident %1 for deviation %2.").arg(*id).arg(*deviation));
    return 0;
}

static int incidentShowOrList(CommandContext &ctx, bool one)
{
    Args a;
    if (auto s = a.parse(ctx.args(), one ? 2 : 1, one ? 2 : 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    std::optional<qint64> wanted;
    if (one && !(wanted = rowIdFrom(a.positional()[1])))
        return ctx.fail(usageError(tr("the incident's id is a number"), ctx.usage()));
    auto project = openProjectRows(a.positional()[0], false);
    if (!project)
        return ctx.fail(project.error());
    auto context = reportingContext(**project);
    if (!context)
        return ctx.fail(context.error());
    auto all = DeviationTable(**project).incidents();
    if (!all)
        return ctx.fail(all.error());
    const QDate today = monitoring::incidentToday((*project)->clock());
    const auto projectValue = [&](const QString &id) { return context->assessment.value(id); };
    Json list = Json::array();
    bool found = false;
    for (const Incident &incident : *all) {
        if (wanted && incident.id != *wanted)
            continue;
        found = true;
        const auto reports = incidentReports(context->rules, incident, projectValue, today);
        if (ctx.json()) {
            Json r = Json::array();
            for (const auto &s : reports)
                r.push_back(incidentReportJson(s));
            list.push_back(Json{{"id", incident.id},
                                {"deviation", incident.deviationId},
                                {"aware_on", toStd(incident.awareOn.toString(Qt::ISODate))},
                                {"facts", incident.facts},
                                {"notes", toStd(incident.notes)},
                                {"row_version", incident.rowVersion.value_or(0)},
                                {"reports", r}});
            continue;
        }
        ctx.line(tr("Incident %1 (deviation %2), aware %3, version %4")
                     .arg(incident.id)
                     .arg(incident.deviationId)
                     .arg(incident.awareOn.toString(Qt::ISODate))
                     .arg(incident.rowVersion.value_or(0)));
        if (one)
            for (const IncidentFact &f : context->rules.facts) {
                const std::string key = f.id.toStdString();
                const QString v = incident.facts.contains(key)
                    ? (incident.facts[key].get<bool>() ? tr("yes") : tr("no"))
                    : tr("not answered");
                ctx.line(QStringLiteral("  %1 (%2): %3").arg(f.title.in(Translation::current()), f.id, v));
            }
        if (reports.empty())
            ctx.line(tr("  No report is due under the rules."));
        for (const auto &s : reports)
            ctx.line(QStringLiteral("  ") + incidentReportLine(s));
        for (const auto &s : reports)
            if (one && !s.due.rule->unclear.isEmpty())
                ctx.line(tr("  Note on %1: %2").arg(s.due.rule->id, s.due.rule->unclear.in(Translation::current())));
    }
    if (one && !found)
        return ctx.fail(
            Error::input(tr("there is no incident %1").arg(*wanted), tr("'incident list' shows the incidents.")));
    if (ctx.json())
        ctx.printJson(one ? list.front() : Json{{"incidents", list}});
    else if (!one && all->empty())
        ctx.line(tr("No incidents."));
    return 0;
}

static int incidentList(CommandContext &ctx)
{
    return incidentShowOrList(ctx, false);
}

static int incidentShow(CommandContext &ctx)
{
    return incidentShowOrList(ctx, true);
}

static int incidentSet(CommandContext &ctx)
{
    Args a = incidentArgs();
    auto change = rowChange(ctx, a, tr("the incident's id is a number"));
    if (!change)
        return ctx.fail(change.error());
    if (a.has(QStringLiteral("deviation")))
        return ctx.fail(usageError(tr("an incident stays with the deviation it was recorded for"), ctx.usage()));
    auto context = reportingContext(*change->project);
    if (!context)
        return ctx.fail(context.error());
    DeviationTable table(*change->project);
    auto incident = table.incident(change->id);
    if (!incident)
        return ctx.fail(incident.error());
    if (auto s = applyIncidentArgs(a, context->rules, *incident, ctx.usage()); !s)
        return ctx.fail(s.error());
    incident->rowVersion = change->expected;
    if (auto s = table.saveIncident(*incident); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", change->id}, {"saved", true}});
    else
        ctx.line(tr("Saved incident %1.").arg(change->id));
    return 0;
}

void registerDeviationCommands(CommandRegistry &registry)
{
    const QString fields = QStringLiteral("[--description TEXT] [--severity low|medium|high|critical] [--owner NAME] "
                                          "[--assessment TEXT] [--cause TEXT] [--action TEXT] [--check TEXT] "
                                          "[--alarm WINDOW:METRIC]... [--test-run ID]... [--evidence ID]... [--hazard REF]...");
    registry.add({QStringLiteral("deviation"), QStringLiteral("add")}, QStringLiteral("FILE --title TEXT ") + fields,
                 QT_TRANSLATE_NOOP("vv::cli", "Open a deviation (avvik); an alarm it links to is acknowledged."),
                 deviationAdd);
    registry.add({QStringLiteral("deviation"), QStringLiteral("list")}, QStringLiteral("FILE"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the deviations."), deviationList);
    registry.add({QStringLiteral("deviation"), QStringLiteral("show")}, QStringLiteral("FILE ID"),
                 QT_TRANSLATE_NOOP("vv::cli", "Show a deviation with its assessment, cause, action and check."),
                 deviationShow);
    registry.add({QStringLiteral("deviation"), QStringLiteral("set")},
                 QStringLiteral("FILE ID [--title TEXT] ") + fields + QStringLiteral(" [--expect-version N]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Change an open deviation; --expect-version refuses a stale change."),
                 deviationSet);
    registry.add({QStringLiteral("deviation"), QStringLiteral("close")}, QStringLiteral("FILE ID [--expect-version N]"),
                 QT_TRANSLATE_NOOP("vv::cli",
                                   "Close a deviation once its assessment, cause, action and check are "
                                   "written."),
                 deviationClose);
    const QString incidentFields = QStringLiteral("[--fact incident.FACT=true|false|unknown]... "
                                                  "[--sent REPORT=YYYY-MM-DD[:REFERENCE]]... [--notes TEXT]");
    registry.add({QStringLiteral("incident"), QStringLiteral("add")},
                 QStringLiteral("FILE --deviation ID --aware YYYY-MM-DD ") + incidentFields,
                 QT_TRANSLATE_NOOP("vv::cli",
                                   "Record a deviation as a serious incident; the reports it makes due "
                                   "follow from its answers and the project's classification."),
                 incidentAdd);
    registry.add({QStringLiteral("incident"), QStringLiteral("list")}, QStringLiteral("FILE"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the incidents with the reports due and overdue."), incidentList);
    registry.add(
        {QStringLiteral("incident"), QStringLiteral("show")}, QStringLiteral("FILE ID"),
        QT_TRANSLATE_NOOP("vv::cli", "Show an incident: its answers, each report with its deadline and source."),
        incidentShow);
    registry.add(
        {QStringLiteral("incident"), QStringLiteral("set")},
        QStringLiteral("FILE ID [--aware YYYY-MM-DD] ") + incidentFields + QStringLiteral(" [--expect-version N]"),
        QT_TRANSLATE_NOOP("vv::cli", "Change an incident's answers, or record a report as sent."), incidentSet);
}

} // namespace vv::cli
