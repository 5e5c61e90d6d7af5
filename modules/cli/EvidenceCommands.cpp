// evidence add | list | show | export | link | unlink | set | confirm-pii | remove

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "evidence/EvidenceLibrary.h"
#include "tracking/GuidanceRequirementCatalog.h"
#include "store/ProjectStore.h"

#include <QLocale>

namespace vv::cli {

using evidence::EvidenceLibrary;
using evidence::EvidenceStatus;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

namespace {

Result<qint64> parseId(const QString &text, const QString &usage)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return usageError(tr("'%1' is not an evidence id (a positive whole number)").arg(text), usage);
    return id;
}

Result<std::unique_ptr<ProjectStore>> openProject(const QString &file, bool write)
{
    // Links are checked against the installed guidance packs and their crosswalk; where the packs cannot be
    // loaded (`assess` says why), only the URN's form is checked.
    static const bool catalogInstalled = tracking::installShippedRequirementCatalog().ok();
    Q_UNUSED(catalogInstalled);
    return ProjectStore::open(file, write ? StoreOptions() : StoreOptions::readOnly());
}

/// What every command on one item starts with: FILE ID ... parsed, the id checked, the project opened.
struct OpenedItem {
    std::unique_ptr<ProjectStore> store;
    qint64 id = 0;
};

Result<OpenedItem> openItem(CommandContext &ctx, Args &a, int positionals, bool write)
{
    VV_TRY(a.parse(ctx.args(), positionals, positionals, ctx.usage()));
    auto id = parseId(a.positional()[1], ctx.usage());
    if (!id)
        return id.error();
    auto store = openProject(a.positional()[0], write);
    if (!store)
        return store.error();
    return OpenedItem{std::move(*store), *id};
}

Json dateJson(const QDate &d)
{
    return d.isValid() ? Json(toStd(d.toString(Qt::ISODate))) : Json(nullptr);
}

Json statusJson(const EvidenceStatus &s, bool full)
{
    const EvidenceItem &e = s.item;
    Json j = {{"id", e.id},
              {"title", toStd(e.title)},
              {"kind", toStd(evidenceKindToString(e.kind))},
              {"sha256", toStd(e.sha256)},
              {"size", e.size},
              {"file_name", toStd(e.fileName)},
              {"media_type", toStd(e.mediaType)},
              {"review_state", toStd(reviewStateToString(e.reviewState))},
              {"effective_date", dateJson(e.effectiveDate)},
              {"expiry_date", dateJson(e.expiryDate)},
              {"system_version", toStd(e.systemVersion)},
              {"pii_scanned", e.piiScanned},
              {"pii_findings", e.piiFindings},
              {"cleared_for_package", s.clearedForPackage},
              {"links", toJson(s.links)},
              {"stale", {{"expired", s.staleness.expired}, {"older_system_version", s.staleness.olderSystemVersion}}}};
    if (full) {
        j["description"] = toStd(e.description);
        j["author"] = toStd(e.author);
        j["reviewer"] = toStd(e.reviewer);
        j["source"] = {{"kind", toStd(evidenceSourceToString(e.sourceKind))}, {"name", toStd(e.source)}};
        j["created"] = toStd(isoUtc(e.created));
        j["modified"] = toStd(isoUtc(e.modified));
        j["pii_report"] = e.piiReport;
        if (!e.piiClearedBy.isEmpty())
            j["pii_confirmation"] = {{"by", toStd(e.piiClearedBy)},
                                     {"at", toStd(isoUtc(e.piiClearedAt))},
                                     {"reason", toStd(e.piiClearReason)}};
        else
            j["pii_confirmation"] = nullptr;
    }
    return j;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString linesText(const Json &report)
{
    QStringList lines;
    for (const Json &l : report.value("lines", Json::array()))
        lines << QString::number(l.get<qint64>());
    QString text = lines.join(QStringLiteral(", "));
    if (report.value("lines_truncated", false))
        text += QStringLiteral(", …");
    return text;
}

QString piiText(const EvidenceItem &e)
{
    if (!e.piiScanned && e.piiFindings == 0)
        return tr("not scanned");
    if (e.piiFindings == 0)
        return tr("none found");
    QString text = tr("%n identity number(s)", nullptr, static_cast<int>(e.piiFindings));
    const QString lines = linesText(e.piiReport);
    if (!lines.isEmpty())
        text += QLatin1Char(' ') + tr("on lines %1").arg(lines);
    if (e.piiReport.value("in_name", 0) > 0)
        text += QLatin1Char(' ') + tr("(in the file name too)");
    if (!e.piiClearedBy.isEmpty())
        text += QLatin1Char(' ') + tr("(confirmed for packages by %1)").arg(e.piiClearedBy);
    return text;
}

Result<QDate> parseDate(const QString &text, const QString &usage)
{
    if (text == QStringLiteral("none") || text.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return usageError(tr("'%1' is not a date; use YYYY-MM-DD, or 'none'").arg(text), usage);
    return d;
}

int evidenceAdd(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("title")).option(QStringLiteral("kind")).repeatable(QStringLiteral("link"));
    if (auto s = a.parse(ctx.args(), 2, -1, ctx.usage()); !s)
        return ctx.fail(s.error());
    evidence::ImportRequest request;
    request.paths = a.positional().mid(1);
    request.title = a.value(QStringLiteral("title"));
    request.links = a.values(QStringLiteral("link"));
    if (a.has(QStringLiteral("kind"))) {
        const auto kind = evidenceKindFromString(a.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.fail(usageError(tr("unknown kind '%1'; allowed: report, dataset_description, risk_analysis, "
                                          "test_result, log, configuration, declaration, other")
                                           .arg(a.value(QStringLiteral("kind"))),
                                       ctx.usage()));
        request.kind = *kind;
    }
    auto store = openProject(a.positional()[0], true);
    if (!store)
        return ctx.fail(store.error());
    EvidenceLibrary library(**store);
    auto imported = library.import(request);
    if (!imported)
        return ctx.fail(imported.error());
    int fresh = 0;
    for (const auto &i : *imported)
        fresh += i.alreadyInLibrary ? 0 : 1;
    const int known = static_cast<int>(imported->size()) - fresh;
    if (ctx.json()) {
        Json items = Json::array();
        for (const auto &i : *imported)
            items.push_back({{"id", i.id},
                             {"source", toStd(i.source)},
                             {"sha256", toStd(i.sha256)},
                             {"size", i.size},
                             {"already_in_library", i.alreadyInLibrary},
                             {"pii_scanned", i.piiScanned},
                             {"pii_findings", i.piiFindings}});
        ctx.printJson(Json{{"imported", items}, {"new", fresh}, {"already_in_library", known}});
    } else {
        for (const auto &i : *imported) {
            ctx.line(QStringLiteral("#%1  %2  %3%4")
                         .arg(i.id)
                         .arg(i.source, sizeText(i.size),
                              i.alreadyInLibrary ? QString(QStringLiteral("  ") + tr("(already in the library)"))
                                                 : QString()));
        }
        ctx.line(tr("Imported %n file(s)", nullptr, static_cast<int>(imported->size())) + QStringLiteral(": ")
                 + tr("%n new", nullptr, fresh) + QStringLiteral(", ") + tr("%n already in the library", nullptr, known));
    }
    for (const auto &i : *imported) {
        if (i.size == 0 && !i.alreadyInLibrary)
            ctx.note(tr("warning: ") + tr("#%1 %2 is empty (0 bytes); check that this is the file you meant")
                                           .arg(i.id)
                                           .arg(i.source));
        if (i.piiFindings > 0 && !i.alreadyInLibrary) {
            auto item = library.item(i.id);
            ctx.note(tr("warning: ") + tr("#%1 %2 holds %3; it cannot go into a package until someone confirms "
                                          "it with 'evidence confirm-pii'")
                                           .arg(i.id)
                                           .arg(i.source, item ? piiText(*item) : QString::number(i.piiFindings)));
        }
    }
    return 0;
}

int evidenceList(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("requirement")).flag(QStringLiteral("stale")).flag(QStringLiteral("pii"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = openProject(a.positional()[0], false);
    if (!store)
        return ctx.fail(store.error());
    EvidenceLibrary library(**store);
    Result<std::vector<EvidenceStatus>> items = std::vector<EvidenceStatus>();
    if (a.has(QStringLiteral("requirement"))) {
        const QString urn = a.value(QStringLiteral("requirement"));
        if (!evidence::isRequirementUrn(urn))
            return ctx.fail(usageError(tr("'%1' is not a requirement URN").arg(urn), ctx.usage()));
        items = library.evidenceFor(urn);
    } else {
        items = library.statuses();
    }
    if (!items)
        return ctx.fail(items.error());
    std::vector<EvidenceStatus> shown;
    for (auto &s : *items) {
        if (a.has(QStringLiteral("stale")) && !s.staleness.isStale())
            continue;
        if (a.has(QStringLiteral("pii")) && !s.piiFlagged)
            continue;
        shown.push_back(std::move(s));
    }
    if (ctx.json()) {
        Json arr = Json::array();
        for (const auto &s : shown) {
            Json j = statusJson(s, false);
            if (!s.viaCrosswalk.isEmpty())
                j["via_crosswalk"] = toStd(s.viaCrosswalk);
            arr.push_back(j);
        }
        ctx.printJson(arr);
        return 0;
    }
    if (shown.empty()) {
        ctx.line(tr("No evidence."));
        return 0;
    }
    for (const auto &s : shown) {
        QStringList flags;
        if (s.piiFlagged)
            flags << (s.clearedForPackage ? tr("PII confirmed") : tr("PII!"));
        if (s.staleness.expired)
            flags << tr("expired");
        if (s.staleness.olderSystemVersion)
            flags << tr("older system version");
        ctx.line(QStringLiteral("#%1  %2  [%3, %4, %5]%6%7")
                     .arg(s.item.id)
                     .arg(s.item.title, evidenceKindToString(s.item.kind), reviewStateToString(s.item.reviewState),
                          sizeText(s.item.size),
                          s.links.isEmpty() ? QString() : QString(QStringLiteral("  → ") + s.links.join(QStringLiteral(", "))),
                          flags.isEmpty() ? QString() : QString(QStringLiteral("  ") + flags.join(QStringLiteral(", ")))));
    }
    return 0;
}

int evidenceShow(CommandContext &ctx)
{
    Args a;
    auto opened = openItem(ctx, a, 2, false);
    if (!opened)
        return ctx.fail(opened.error());
    const qint64 id = opened->id;
    std::unique_ptr<ProjectStore> &store = opened->store;
    EvidenceLibrary library(*store);
    auto s = library.status(id);
    if (!s)
        return ctx.fail(s.error());
    auto reuse = library.crosswalkReuse(id);
    if (!reuse)
        return ctx.fail(reuse.error());
    if (ctx.json()) {
        Json j = statusJson(*s, true);
        j["crosswalk_reuse"] = toJson(*reuse);
        ctx.printJson(j);
        return 0;
    }
    const EvidenceItem &e = s->item;
    const QString none = tr("(none)");
    auto orNone = [&](const QString &t) { return t.isEmpty() ? none : t; };
    auto date = [&](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : none; };
    QStringList stale;
    if (s->staleness.expired)
        stale << tr("expired");
    if (s->staleness.olderSystemVersion)
        stale << tr("older system version");
    const QList<std::pair<QString, QString>> rows = {
        {tr("Id"), QString::number(e.id)},
        {tr("Title"), e.title},
        {tr("Kind"), evidenceKindToString(e.kind)},
        {tr("Review state"), reviewStateToString(e.reviewState)},
        {tr("Description"), orNone(e.description)},
        {tr("Author"), orNone(e.author)},
        {tr("Reviewer"), orNone(e.reviewer)},
        {tr("Effective date"), date(e.effectiveDate)},
        {tr("Expiry date"), date(e.expiryDate)},
        {tr("System version"), orNone(e.systemVersion)},
        {tr("Source"), QStringLiteral("%1 (%2)").arg(e.source, evidenceSourceToString(e.sourceKind))},
        {tr("Content"), QStringLiteral("%1, %2, SHA-256 %3").arg(sizeText(e.size), e.mediaType, e.sha256)},
        {tr("Identity numbers"), piiText(e)},
        {tr("Links"), orNone(s->links.join(QStringLiteral(", ")))},
        {tr("Through the crosswalk"), orNone(reuse->join(QStringLiteral(", ")))},
        {tr("Stale"), stale.isEmpty() ? tr("no") : stale.join(QStringLiteral(", "))},
    };
    qsizetype width = 0;
    for (const auto &r : rows)
        width = std::max(width, r.first.size());
    for (const auto &r : rows)
        ctx.line(QString(r.first + QLatin1Char(':')).leftJustified(width + 2) + r.second);
    if (!e.piiClearedBy.isEmpty())
        ctx.line(QString(tr("Confirmation") + QLatin1Char(':')).leftJustified(width + 2)
                 + tr("%1 on %2: %3").arg(e.piiClearedBy, isoUtc(e.piiClearedAt), e.piiClearReason));
    return 0;
}

int evidenceExport(CommandContext &ctx)
{
    Args a;
    a.flag(QStringLiteral("force"));
    auto opened = openItem(ctx, a, 3, false);
    if (!opened)
        return ctx.fail(opened.error());
    const qint64 id = opened->id;
    std::unique_ptr<ProjectStore> &store = opened->store;
    EvidenceLibrary library(*store);
    auto written = library.exportToFile(id, a.positional()[2], a.has(QStringLiteral("force")));
    if (!written)
        return ctx.fail(written.error());
    auto item = library.item(id);
    if (!item)
        return ctx.fail(item.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", id}, {"path", toStd(*written)}, {"sha256", toStd(item->sha256)}, {"size", item->size}});
    else
        ctx.line(tr("Wrote #%1 to %2 (%3, SHA-256 verified)").arg(id).arg(*written, sizeText(item->size)));
    return 0;
}

int evidenceLinkOrUnlink(CommandContext &ctx, bool link)
{
    Args a;
    auto opened = openItem(ctx, a, 3, true);
    if (!opened)
        return ctx.fail(opened.error());
    const qint64 id = opened->id;
    std::unique_ptr<ProjectStore> &store = opened->store;
    const QString urn = a.positional()[2];
    EvidenceLibrary library(*store);
    auto changed = link ? library.link(id, urn) : library.unlink(id, urn);
    if (!changed)
        return ctx.fail(changed.error());
    auto links = library.requirementsFor(id);
    if (!links)
        return ctx.fail(links.error());
    if (ctx.json()) {
        ctx.printJson(Json{{"id", id}, {"urn", toStd(urn)}, {"changed", *changed}, {"links", toJson(*links)}});
        return 0;
    }
    if (link)
        ctx.line(*changed ? tr("Linked #%1 to %2").arg(id).arg(urn) : tr("#%1 was already linked to %2").arg(id).arg(urn));
    else
        ctx.line(*changed ? tr("Removed the link from #%1 to %2").arg(id).arg(urn)
                          : tr("#%1 was not linked to %2").arg(id).arg(urn));
    return 0;
}

int evidenceLink(CommandContext &ctx)
{
    return evidenceLinkOrUnlink(ctx, true);
}

int evidenceUnlink(CommandContext &ctx)
{
    return evidenceLinkOrUnlink(ctx, false);
}

int evidenceSet(CommandContext &ctx)
{
    Args a;
    for (const char *o : {"title", "kind", "description", "author", "reviewer", "effective", "expires",
                          "system-version", "state"})
        a.option(QString::fromLatin1(o));
    auto opened = openItem(ctx, a, 2, true);
    if (!opened)
        return ctx.fail(opened.error());
    const qint64 id = opened->id;
    std::unique_ptr<ProjectStore> &store = opened->store;
    EvidenceLibrary library(*store);
    auto item = library.item(id);
    if (!item)
        return ctx.fail(item.error());
    EvidenceItem e = *item;
    if (a.has(QStringLiteral("title")))
        e.title = a.value(QStringLiteral("title"));
    if (a.has(QStringLiteral("kind"))) {
        const auto kind = evidenceKindFromString(a.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.fail(usageError(tr("unknown kind '%1'").arg(a.value(QStringLiteral("kind"))), ctx.usage()));
        e.kind = *kind;
    }
    if (a.has(QStringLiteral("state"))) {
        const auto state = reviewStateFromString(a.value(QStringLiteral("state")));
        if (!state)
            return ctx.fail(usageError(tr("unknown review state '%1'; allowed: draft, submitted, in_review, approved")
                                           .arg(a.value(QStringLiteral("state"))),
                                       ctx.usage()));
        e.reviewState = *state;
    }
    if (a.has(QStringLiteral("description")))
        e.description = a.value(QStringLiteral("description"));
    if (a.has(QStringLiteral("author")))
        e.author = a.value(QStringLiteral("author"));
    if (a.has(QStringLiteral("reviewer")))
        e.reviewer = a.value(QStringLiteral("reviewer"));
    if (a.has(QStringLiteral("system-version")))
        e.systemVersion = a.value(QStringLiteral("system-version"));
    for (const auto &[option, target] : {std::pair{"effective", &e.effectiveDate}, std::pair{"expires", &e.expiryDate}}) {
        if (!a.has(QString::fromLatin1(option)))
            continue;
        auto d = parseDate(a.value(QString::fromLatin1(option)), ctx.usage());
        if (!d)
            return ctx.fail(d.error());
        *target = *d;
    }
    auto changed = library.update(e);
    if (!changed)
        return ctx.fail(changed.error());
    auto s = library.status(id);
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        Json j = statusJson(*s, true);
        j["changed"] = *changed;
        ctx.printJson(j);
    } else {
        ctx.line(*changed ? tr("Saved #%1").arg(id) : tr("Nothing to change in #%1").arg(id));
    }
    return 0;
}

int evidenceConfirmPii(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("reason"));
    auto opened = openItem(ctx, a, 2, true);
    if (!opened)
        return ctx.fail(opened.error());
    const qint64 id = opened->id;
    std::unique_ptr<ProjectStore> &store = opened->store;
    if (a.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.fail(usageError(tr("--reason is required: say why the item may be shared"), ctx.usage()));
    EvidenceLibrary library(*store);
    if (auto s = library.confirmPii(id, a.value(QStringLiteral("reason"))); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", id}, {"cleared_for_package", true}, {"by", toStd(store->actor())}});
    else
        ctx.line(tr("#%1 may now go into packages; the confirmation is in the audit log").arg(id));
    return 0;
}

int evidenceRemove(CommandContext &ctx)
{
    Args a;
    a.flag(QStringLiteral("purge"));
    auto opened = openItem(ctx, a, 2, true);
    if (!opened)
        return ctx.fail(opened.error());
    const qint64 id = opened->id;
    std::unique_ptr<ProjectStore> &store = opened->store;
    EvidenceLibrary library(*store);
    const bool purge = a.has(QStringLiteral("purge"));
    if (auto s = library.remove(id, purge); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"id", id}, {"removed", true}, {"content_purged", purge}});
    else
        ctx.line(purge ? tr("Removed #%1 and its content").arg(id) : tr("Removed #%1").arg(id));
    return 0;
}

} // namespace

void registerEvidenceCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("evidence"), QStringLiteral("add")},
        QStringLiteral("FILE PATH... [--title T] [--kind KIND] [--link URN]..."),
        QT_TRANSLATE_NOOP("vv::cli", "Import files and folders (recursively) into the evidence library."), evidenceAdd);
    registry.add({QStringLiteral("evidence"), QStringLiteral("list")},
        QStringLiteral("FILE [--requirement URN] [--stale] [--pii]"),
        QT_TRANSLATE_NOOP("vv::cli", "List the evidence with links, PII and staleness flags."), evidenceList);
    registry.add({QStringLiteral("evidence"), QStringLiteral("show")}, QStringLiteral("FILE ID"),
        QT_TRANSLATE_NOOP("vv::cli", "Show one evidence item's metadata, links and PII report."), evidenceShow);
    registry.add({QStringLiteral("evidence"), QStringLiteral("export")}, QStringLiteral("FILE ID OUT [--force]"),
        QT_TRANSLATE_NOOP("vv::cli", "Write an item's content, byte for byte, to OUT (a file or a folder)."),
        evidenceExport);
    registry.add({QStringLiteral("evidence"), QStringLiteral("link")}, QStringLiteral("FILE ID URN"),
        QT_TRANSLATE_NOOP("vv::cli", "Link an evidence item to a requirement."), evidenceLink);
    registry.add({QStringLiteral("evidence"), QStringLiteral("unlink")}, QStringLiteral("FILE ID URN"),
        QT_TRANSLATE_NOOP("vv::cli", "Remove the link between an evidence item and a requirement."), evidenceUnlink);
    registry.add({QStringLiteral("evidence"), QStringLiteral("set")},
        QStringLiteral("FILE ID [--title T] [--kind KIND] [--description D] [--author A] [--reviewer R] "
                       "[--effective YYYY-MM-DD|none] [--expires YYYY-MM-DD|none] [--system-version V] [--state STATE]"),
        QT_TRANSLATE_NOOP("vv::cli", "Change an evidence item's metadata."), evidenceSet);
    registry.add({QStringLiteral("evidence"), QStringLiteral("confirm-pii")}, QStringLiteral("FILE ID --reason TEXT"),
        QT_TRANSLATE_NOOP("vv::cli", "Confirm that an item with identity numbers may go into packages, with a reason."),
        evidenceConfirmPii);
    registry.add({QStringLiteral("evidence"), QStringLiteral("remove")}, QStringLiteral("FILE ID [--purge]"),
        QT_TRANSLATE_NOOP("vv::cli", "Remove an item; --purge also erases its content when no other item uses it."),
        evidenceRemove);
}

} // namespace vv::cli
