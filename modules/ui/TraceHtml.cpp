#include "ui/TraceHtml.h"

#include "ui/Links.h"
#include "ui/OutcomeModel.h"

namespace vv::ui {

using namespace vv::guidance;

static QString stepResult(Truth t)
{
    switch (t) {
    case Truth::True: return TraceHtml::tr("this is the case");
    case Truth::False: return TraceHtml::tr("not the case");
    case Truth::Unknown: return TraceHtml::tr("not yet known");
    }
    return {};
}

QString TraceHtml::sources(const std::vector<Source> &sources)
{
    QStringList out;
    for (const Source &src : sources) {
        QString link = QStringLiteral("<a href=\"%1\">%2</a>").arg(src.url.toHtmlEscaped(), src.citation.current().toHtmlEscaped());
        if (!src.note.isEmpty())
            link += QStringLiteral(" <i>(%1)</i>").arg(src.note.current().toHtmlEscaped());
        out << link;
    }
    return out.join(QStringLiteral("; "));
}

QString TraceHtml::sources(const GuidanceLibrary &library, const QString &packId, const std::vector<Ref> &refs)
{
    const Pack *pack = library.pack(packId);
    std::vector<Source> list;
    for (const Ref &r : refs) {
        const Source *s = pack ? pack->source(r.id) : nullptr;
        // A pack may cite the sources of the packs it depends on.
        for (std::size_t i = 0; !s && i < library.packs().size(); ++i)
            s = library.packs()[i].source(r.id);
        if (s)
            list.push_back(*s);
    }
    return sources(list);
}

QString TraceHtml::factName(const GuidanceLibrary &library, const QString &fact)
{
    return library.factTitle(fact);
}

QString TraceHtml::factUse(const GuidanceLibrary &library, const FactUse &use)
{
    const QString value = library.valueText(use.fact, use.value).toHtmlEscaped();
    if (library.question(use.fact))
        return QStringLiteral("%1: <b>%2</b>").arg(linkHtml(LinkTarget::question(use.fact), factName(library, use.fact)), value);
    return QStringLiteral("%1: <b>%2</b>").arg(linkHtml(LinkTarget::outcome(use.fact), factName(library, use.fact)), value);
}

QString TraceHtml::questionLinks(const GuidanceLibrary &library, const QStringList &facts)
{
    QStringList links;
    for (const QString &f : facts)
        links << linkHtml(LinkTarget::question(f), factName(library, f));
    return links.join(QStringLiteral(" · "));
}

QString TraceHtml::agency(const GuidanceLibrary &library, const QString &agencyId)
{
    const Agency *a = library.agency(agencyId);
    if (!a)
        return agencyId.toHtmlEscaped();
    if (a->url.isEmpty())
        return a->name.current().toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(a->url.toHtmlEscaped(), a->name.current().toHtmlEscaped());
}

// One rule as looked at: its reason and result, its condition in words (and as written), the facts it used and its
// sources.
static QString step(const GuidanceLibrary &library, const TraceStep &s)
{
    const bool matched = s.result == Truth::True;
    QString html = QStringLiteral("<li><p>%1%2%3 — <i>%4</i><br/>")
                       .arg(matched ? QStringLiteral("<b>") : QString(), s.reason.current().toHtmlEscaped(),
                            matched ? QStringLiteral("</b>") : QString(), stepResult(s.result).toHtmlEscaped());
    if (s.condition.isEmpty())
        html += QStringLiteral("<small>%1: %2</small>")
                    .arg(TraceHtml::tr("Rule %1").arg(s.ruleId).toHtmlEscaped(), TraceHtml::tr("otherwise").toHtmlEscaped());
    else // the words first; the expression after them, for those who check the pack
        html += QStringLiteral("<small>%1: %2 <code>[%3]</code></small>")
                    .arg(TraceHtml::tr("Rule %1").arg(s.ruleId).toHtmlEscaped(),
                         library.readableCondition(s.condition).toHtmlEscaped(), s.condition.toHtmlEscaped());
    QStringList used;
    for (const FactUse &u : s.factsUsed)
        used << TraceHtml::factUse(library, u);
    if (!used.isEmpty())
        html += QStringLiteral("<br/><small>%1 %2</small>").arg(TraceHtml::tr("Facts used:").toHtmlEscaped(),
                                                                used.join(QStringLiteral(" · ")));
    if (!s.sources.empty())
        html += QStringLiteral("<br/><small>%1 %2</small>")
                    .arg(TraceHtml::tr("Sources:").toHtmlEscaped(), TraceHtml::sources(s.sources));
    return html + QStringLiteral("</p></li>");
}

QString TraceHtml::trace(const GuidanceLibrary &library, const DecisionTrace &t, bool otherRulesShown)
{
    QString html = QStringLiteral("<h3>%1: %2</h3>")
                       .arg(t.title.current().toHtmlEscaped(),
                            library.valueText(t.fact, t.value).toHtmlEscaped());
    if (!t.value)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Still needed:").toHtmlEscaped(), questionLinks(library, t.missing));
    if (!t.needsReview.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("Rests on answers given under an older version of the guidance:").toHtmlEscaped(),
                         questionLinks(library, t.needsReview));
    if (t.value && !t.steps.empty() && t.steps.back().result == Truth::True) {
        const TraceStep &decided = t.steps.back();
        html += QStringLiteral("<p><b>%1</b></p>").arg(decided.reason.current().toHtmlEscaped());
        if (!decided.sources.empty())
            html += QStringLiteral("<p>%1 %2</p>").arg(tr("Sources:").toHtmlEscaped(), sources(decided.sources));
    }
    // The rule that decided comes first; those that were not the case are folded, as they were most of the page.
    std::vector<const TraceStep *> deciding, others;
    for (const TraceStep &s : t.steps)
        (s.result == Truth::False ? others : deciding).push_back(&s);
    if (!deciding.empty()) {
        const QString heading = t.value ? tr("How it was decided") : tr("Rules that wait for answers");
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(heading.toHtmlEscaped());
        for (const TraceStep *s : deciding)
            html += step(library, *s);
        html += QStringLiteral("</ul>");
    }
    if (!others.empty()) {
        // A triangle that points right when folded and down when open, as in a tree.
        const QString arrow = otherRulesShown ? QStringLiteral("\u25BE") : QStringLiteral("\u25B8");
        html += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                    .arg(arrow, otherRulesLink().toString().toHtmlEscaped(),
                         tr("Other rules checked (%1)").arg(others.size()).toHtmlEscaped());
        if (otherRulesShown) {
            html += QStringLiteral("<ul>");
            for (const TraceStep *s : others)
                html += step(library, *s);
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

QUrl TraceHtml::otherRulesLink()
{
    return QUrl(QStringLiteral("#other-rules"));
}

} // namespace vv::ui
