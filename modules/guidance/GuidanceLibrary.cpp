#include "guidance/GuidanceLibrary.h"

#include "core/Environment.h"
#include "core/Translation.h"
#include "guidance/FactWords.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <functional>
#include <map>
#include <set>

namespace vv::guidance {

struct GuidanceLibrary::Data {
    std::vector<Pack> packs;
    std::vector<CrosswalkLink> crosswalk;
    std::map<QString, std::size_t> packIndex;
    std::map<QString, FactSpec> facts;
    std::map<QString, std::pair<std::size_t, std::size_t>> questions;    // fact -> (pack, question)
    std::map<QString, std::pair<std::size_t, std::size_t>> decisions;    // fact -> (pack, decision)
    std::map<QString, std::pair<std::size_t, std::size_t>> requirements; // urn -> (pack, requirement)
    std::map<QString, Agency> agencies;
    QStringList evaluationOrder;
    QStringList questionOrder;
};

GuidanceLibrary::GuidanceLibrary() : d(std::make_shared<const Data>()) {}

namespace {

QString here(const SourceLocation &where)
{
    return QStringLiteral("%1:%2").arg(where.file).arg(where.line);
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(std::size_t(b.size()) + 1), cur(prev.size());
    for (std::size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[std::size_t(j)] = std::min({prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1,
                                            prev[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev.back();
}

/// Links loaded packs: everything that needs all of them at once.
class Linker {
public:
    Linker(GuidanceLibrary::Data &data, Diagnostics &diag, QString focus)
        : m(data), m_diag(diag), m_focus(std::move(focus)) {}

    void run()
    {
        dropDuplicatePacks();
        orderPacks();
        collectAgencies();
        collectFacts();
        collectRequirements();
        computeVisibility();
        checkConditions();
        orderFacts();
        checkCrosswalk();
    }

private:
    void add(const SourceLocation &where, const QString &what, const QString &hint = {})
    {
        m_diag.add(Error::input(what, hint, where));
    }

    void dropDuplicatePacks()
    {
        std::map<QString, QString> seen;
        std::vector<Pack> kept;
        // The pack being checked goes last, so a clash is reported in its files.
        std::stable_partition(m.packs.begin(), m.packs.end(), [this](const Pack &p) { return p.id != m_focus; });
        for (Pack &p : m.packs) {
            if (p.id.isEmpty())
                continue;
            auto [it, inserted] = seen.emplace(p.id, p.folder);
            if (!inserted) {
                add(p.where, GuidanceLibrary::tr("the pack id '%1' is also used by the pack in %2").arg(p.id, it->second),
                    GuidanceLibrary::tr("Give every pack its own id."));
                continue;
            }
            kept.push_back(std::move(p));
        }
        m.packs = std::move(kept);
    }

    QStringList dependencies(const Pack &p) const
    {
        QStringList deps;
        // Every pack may use the shared questions of `common`.
        if (p.id != QStringLiteral("common") && m_byId.count(QStringLiteral("common")))
            deps << QStringLiteral("common");
        for (const Ref &r : p.dependsOn)
            if (m_byId.count(r.id) && r.id != p.id && !deps.contains(r.id))
                deps << r.id;
        return deps;
    }

    void orderPacks()
    {
        for (std::size_t i = 0; i < m.packs.size(); ++i)
            m_byId[m.packs[i].id] = i;
        for (const Pack &p : m.packs)
            for (const Ref &r : p.dependsOn) {
                if (r.id == p.id)
                    add(r.where, GuidanceLibrary::tr("a pack cannot depend on itself"));
                else if (!m_byId.count(r.id))
                    add(r.where, GuidanceLibrary::tr("unknown pack '%1' in depends_on").arg(r.id),
                        GuidanceLibrary::tr("Name the id of a pack folder next to this one."));
            }
        // Depth-first, in folder order, so the order is stable; a back edge is a cycle.
        std::map<QString, int> state; // 1 visiting, 2 done
        std::vector<std::size_t> order;
        QStringList stack;
        std::function<void(std::size_t)> visit = [&](std::size_t i) {
            const Pack &p = m.packs[i];
            state[p.id] = 1;
            stack << p.id;
            for (const QString &dep : dependencies(p)) {
                if (state[dep] == 1) {
                    const qsizetype from = stack.indexOf(dep);
                    const QString cycle = (stack.mid(from) << dep).join(QStringLiteral(" → "));
                    SourceLocation where = p.where;
                    for (const Ref &r : p.dependsOn)
                        if (r.id == dep)
                            where = r.where;
                    add(where, GuidanceLibrary::tr("packs depend on each other in a cycle: %1").arg(cycle),
                        GuidanceLibrary::tr("Remove one of these depends_on entries."));
                    continue;
                }
                if (state[dep] == 0)
                    visit(m_byId.at(dep));
            }
            stack.removeLast();
            state[p.id] = 2;
            order.push_back(i);
        };
        for (std::size_t i = 0; i < m.packs.size(); ++i)
            if (state[m.packs[i].id] == 0)
                visit(i);
        std::vector<Pack> sorted;
        for (std::size_t i : order)
            sorted.push_back(std::move(m.packs[i]));
        m.packs = std::move(sorted);
        m_byId.clear();
        for (std::size_t i = 0; i < m.packs.size(); ++i) {
            m_byId[m.packs[i].id] = i;
            m.packIndex[m.packs[i].id] = i;
        }
    }

    void checkAgency(const Ref &ref)
    {
        if (!ref.id.isEmpty() && !m.agencies.count(ref.id))
            add(ref.where, GuidanceLibrary::tr("unknown agency '%1'").arg(ref.id),
                GuidanceLibrary::tr("Use an agency declared under agencies_defined (in common/pack.yaml)."));
    }

    void collectAgencies()
    {
        for (const Pack &p : m.packs)
            for (const Agency &a : p.agenciesDefined) {
                if (a.id.isEmpty())
                    continue;
                auto [it, inserted] = m.agencies.emplace(a.id, a);
                if (!inserted)
                    add(a.where, GuidanceLibrary::tr("duplicate %1 id '%2' (first declared at %3)")
                                     .arg(GuidanceLibrary::tr("agency"), a.id, here(it->second.where)));
            }
        for (const Pack &p : m.packs) {
            for (const Ref &r : p.agencies)
                checkAgency(r);
            for (const Question &q : p.questions)
                checkAgency(q.agency);
            for (const Requirement &r : p.requirements)
                checkAgency(r.agency);
        }
    }

    // Order for reporting clashes: the focus pack last, so its files get the message.
    std::vector<std::size_t> reportOrder() const
    {
        std::vector<std::size_t> order;
        std::size_t focus = m.packs.size();
        for (std::size_t i = 0; i < m.packs.size(); ++i) {
            if (m.packs[i].id == m_focus)
                focus = i;
            else
                order.push_back(i);
        }
        if (focus < m.packs.size())
            order.push_back(focus);
        return order;
    }

    void declareFact(FactSpec spec, const SourceLocation &where)
    {
        if (spec.id.isEmpty())
            return;
        if (auto it = m_factWhere.find(spec.id); it != m_factWhere.end()) {
            // Two questions of one pack with the same id are already reported by the loader.
            const FactSpec &first = m.facts[spec.id];
            if (first.packId == spec.packId && !first.derived && !spec.derived)
                return;
            add(where, GuidanceLibrary::tr("the fact '%1' is already declared at %2").arg(spec.id, here(it->second)),
                GuidanceLibrary::tr("Each fact is asked by one question or derived by one decision."));
            return;
        }
        m_factWhere[spec.id] = where;
        m.facts[spec.id] = std::move(spec);
    }

    void collectFacts()
    {
        for (std::size_t pi : reportOrder()) {
            const Pack &p = m.packs[pi];
            for (std::size_t qi = 0; qi < p.questions.size(); ++qi) {
                const Question &q = p.questions[qi];
                FactSpec spec{q.id, q.type, {}, q.min, q.max, p.id, false, q.typeKnown};
                for (const Choice &c : q.choices)
                    spec.choices << c.value;
                if (!m.facts.count(q.id) && !q.id.isEmpty())
                    m.questions[q.id] = {pi, qi};
                declareFact(std::move(spec), q.where);
            }
            for (std::size_t di = 0; di < p.decisions.size(); ++di) {
                const Decision &dd = p.decisions[di];
                FactSpec spec{dd.output, dd.type, {}, std::nullopt, std::nullopt, p.id, true, dd.typeKnown};
                for (const Choice &c : dd.choices)
                    spec.choices << c.value;
                if (!m.facts.count(dd.output) && !dd.output.isEmpty())
                    m.decisions[dd.output] = {pi, di};
                declareFact(std::move(spec), dd.where);
            }
        }
        for (const Pack &p : m.packs)
            for (const Question &q : p.questions)
                if (!q.id.isEmpty() && m.questions.count(q.id))
                    m.questionOrder << q.id;
        m.questionOrder.removeDuplicates();
    }

    void collectRequirements()
    {
        std::map<QString, SourceLocation> where;
        for (std::size_t pi : reportOrder()) {
            const Pack &p = m.packs[pi];
            for (std::size_t ri = 0; ri < p.requirements.size(); ++ri) {
                const Requirement &r = p.requirements[ri];
                if (r.urn.isEmpty())
                    continue;
                auto [it, inserted] = where.emplace(r.urn, r.where);
                if (!inserted) {
                    add(r.where, GuidanceLibrary::tr("the requirement URN '%1' is already used at %2").arg(r.urn, here(it->second)),
                        GuidanceLibrary::tr("URNs are unique across all packs and never reused."));
                    continue;
                }
                m.requirements[r.urn] = {pi, ri};
            }
        }
    }

    void computeVisibility()
    {
        // Packs are in dependency order, so each pack's dependencies are complete when it is reached.
        for (const Pack &p : m.packs) {
            std::set<QString> &v = m_visible[p.id];
            v.insert(p.id);
            for (const QString &dep : dependencies(p)) {
                const auto &depVisible = m_visible[dep];
                v.insert(depVisible.begin(), depVisible.end());
            }
        }
    }

    QString problem(const QString &packId, const QString &fact) const
    {
        static const QStringList truthWords = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("ja"),
                                               QStringLiteral("nei"), QStringLiteral("True"), QStringLiteral("False")};
        if (truthWords.contains(fact))
            return GuidanceLibrary::tr("'%1' is not a value in conditions; write true or false").arg(fact);
        if (auto it = m.facts.find(fact); it != m.facts.end())
            return GuidanceLibrary::tr("the fact '%1' is declared in pack '%2', which pack '%3' does not depend on; "
                                       "add '%2' to its depends_on")
                .arg(fact, it->second.packId, packId);
        QString best;
        int bestDistance = 4;
        for (const auto &[id, spec] : m.facts) {
            const int dist = editDistance(fact, id);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = id;
            }
        }
        if (!best.isEmpty())
            return GuidanceLibrary::tr("unknown fact '%1' (did you mean '%2'?)").arg(fact, best);
        return GuidanceLibrary::tr("unknown fact '%1'").arg(fact);
    }

    void checkCondition(const QString &packId, const std::optional<PlacedCondition> &pc)
    {
        if (!pc)
            return;
        const auto &visible = m_visible[packId];
        auto lookup = [&](const QString &id) -> const FactSpec * {
            auto it = m.facts.find(id);
            return it != m.facts.end() && visible.count(it->second.packId) ? &it->second : nullptr;
        };
        auto why = [&](const QString &id) { return problem(packId, id); };
        for (const Error &e : pc->condition.typeCheck(lookup, why))
            add(pc->at(e.where().column - 1), e.what(), e.hint());
    }

    void checkConditions()
    {
        for (const Pack &p : m.packs) {
            for (const Question &q : p.questions)
                checkCondition(p.id, q.when);
            for (const Decision &dd : p.decisions)
                for (const Rule &r : dd.rules)
                    checkCondition(p.id, r.when);
            for (const Requirement &r : p.requirements) {
                checkCondition(p.id, r.appliesWhen);
                for (const ApplicationDate &d : r.appliesFrom)
                    checkCondition(p.id, d.when);
            }
        }
    }

    struct FactNode {
        QStringList uses;
        SourceLocation where;
        bool derived = false;
    };

    void orderFacts()
    {
        std::map<QString, FactNode> graph;
        QStringList declared;
        auto addUses = [&](FactNode &node, const std::optional<PlacedCondition> &pc) {
            if (!pc)
                return;
            for (const QString &f : pc->condition.facts())
                if (m.facts.count(f) && !node.uses.contains(f))
                    node.uses << f;
        };
        for (const Pack &p : m.packs) {
            for (const Question &q : p.questions) {
                if (!m.questions.count(q.id) || graph.count(q.id))
                    continue;
                FactNode &node = graph[q.id];
                node.where = q.where;
                addUses(node, q.when);
                declared << q.id;
            }
            for (const Decision &dd : p.decisions) {
                if (!m.decisions.count(dd.output) || graph.count(dd.output))
                    continue;
                FactNode &node = graph[dd.output];
                node.where = dd.where;
                node.derived = true;
                for (const Rule &r : dd.rules)
                    addUses(node, r.when);
                declared << dd.output;
            }
        }
        std::map<QString, int> state;
        QStringList stack;
        std::function<void(const QString &)> visit = [&](const QString &fact) {
            state[fact] = 1;
            stack << fact;
            const FactNode &node = graph[fact];
            for (const QString &used : node.uses) {
                if (!graph.count(used))
                    continue;
                if (state[used] == 1) {
                    const QString cycle = (stack.mid(stack.indexOf(used)) << used).join(QStringLiteral(" → "));
                    add(node.where, GuidanceLibrary::tr("facts depend on each other in a cycle: %1").arg(cycle),
                        GuidanceLibrary::tr("A decision cannot use, directly or through others, the fact it derives."));
                    continue;
                }
                if (state[used] == 0)
                    visit(used);
            }
            stack.removeLast();
            state[fact] = 2;
            m.evaluationOrder << fact;
        };
        for (const QString &fact : declared)
            if (state[fact] == 0)
                visit(fact);
    }

    void checkCrosswalk()
    {
        for (const CrosswalkLink &link : m.crosswalk)
            for (const Ref &r : link.requirements)
                if (!m.requirements.count(r.id))
                    add(r.where, GuidanceLibrary::tr("unknown requirement '%1' in the crosswalk").arg(r.id),
                        GuidanceLibrary::tr("Use the URN of a requirement declared in a pack."));
    }

    GuidanceLibrary::Data &m;
    Diagnostics &m_diag;
    QString m_focus;
    std::map<QString, std::size_t> m_byId;
    std::map<QString, SourceLocation> m_factWhere;
    std::map<QString, std::set<QString>> m_visible;
};

/// The pack folders directly under root, by name.
QStringList packFolders(const QString &root)
{
    QStringList folders;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFileInfo::exists(dir.filePath(name) + QStringLiteral("/pack.yaml")))
            folders << dir.filePath(name);
    return folders;
}

} // namespace

GuidanceLibrary GuidanceLibrary::link(std::vector<Pack> packs, std::vector<CrosswalkLink> crosswalk,
                                      Diagnostics &diagnostics, const QString &focusPack)
{
    auto data = std::make_shared<Data>();
    data->packs = std::move(packs);
    data->crosswalk = std::move(crosswalk);
    Linker(*data, diagnostics, focusPack).run();
    return GuidanceLibrary(std::move(data));
}

GuidanceLibrary GuidanceLibrary::fromPacks(std::vector<Pack> packs, std::vector<CrosswalkLink> crosswalk,
                                           Diagnostics &diagnostics)
{
    return link(std::move(packs), std::move(crosswalk), diagnostics, {});
}

GuidanceLibrary GuidanceLibrary::load(const QString &root, Diagnostics &diagnostics)
{
    std::vector<Pack> packs;
    for (const QString &folder : packFolders(root))
        if (auto pack = PackLoader::loadFolder(folder, diagnostics))
            packs.push_back(std::move(*pack));
    std::vector<CrosswalkLink> crosswalk;
    const QString crosswalkFile = QDir(root).filePath(QStringLiteral("crosswalk.yaml"));
    if (QFileInfo::exists(crosswalkFile))
        crosswalk = PackLoader::loadCrosswalk(crosswalkFile, diagnostics);
    // After a YAML syntax error, cross-pack checks would only list its consequences (unknown facts, agencies).
    Diagnostics linked;
    GuidanceLibrary library = link(std::move(packs), std::move(crosswalk), linked, {});
    if (!diagnostics.hasSyntaxErrors())
        for (const Error &e : linked.errors())
            diagnostics.add(e);
    diagnostics.sort();
    return library;
}

Result<GuidanceLibrary> GuidanceLibrary::loadChecked(const QString &root)
{
    if (!QFileInfo(root).isDir())
        return Error::runtime(tr("the guidance packs are not installed: %1 does not exist").arg(root),
                              tr("Reinstall Veiviser, or set VEIVISER_DATA_DIR to the folder that holds 'guidance'."));
    Diagnostics diagnostics;
    GuidanceLibrary library = load(root, diagnostics);
    if (!diagnostics.isEmpty())
        return Error::runtime(tr("the guidance packs in %1 have %n problem(s); the first: %2", nullptr,
                                 int(diagnostics.size()))
                                  .arg(root, diagnostics.errors().front().toString()),
                              tr("Run 'veiviser-cli guidance check %1' to see them all.").arg(root));
    return library;
}

Result<GuidanceLibrary> GuidanceLibrary::loadShipped()
{
    return loadChecked(dataDirectory() + QStringLiteral("/guidance"));
}

Diagnostics GuidanceLibrary::check(const QString &path, PackCounts *counts)
{
    Diagnostics diagnostics;
    QFileInfo info(path);
    if (!info.exists()) {
        diagnostics.add(Error::input(tr("%1 does not exist").arg(path), tr("Give a pack folder or the guidance folder.")));
        return diagnostics;
    }
    QString target = QDir::cleanPath(path);
    if (info.isFile()) {
        // A file stands for its folder: a pack's file for the pack, crosswalk.yaml for the root.
        target = QDir::cleanPath(info.path());
    }
    const QString name = QFileInfo(target).fileName();
    if (name.isEmpty() || name == QStringLiteral(".") || name == QStringLiteral(".."))
        target = QFileInfo(target).absoluteFilePath();

    GuidanceLibrary library;
    if (!QFileInfo::exists(target + QStringLiteral("/pack.yaml"))) {
        if (packFolders(target).isEmpty() && !QFileInfo::exists(target + QStringLiteral("/crosswalk.yaml"))) {
            diagnostics.add(Error::input(tr("%1 holds no pack.yaml and no pack folders").arg(target),
                                         tr("Give a pack folder or the guidance folder.")));
            return diagnostics;
        }
        library = load(target, diagnostics);
    } else {
        // One pack: load the packs next to it, so its dependencies are there, but report only its own problems
        // and, for a dependency with problems, one line saying so.
        const QString parent = QFileInfo(target).path();
        std::vector<Pack> packs;
        std::map<QString, int> problemsByFolder;
        std::set<QString> syntaxBroken;
        Diagnostics focus;
        QString focusId;
        for (const QString &folder : packFolders(parent)) {
            const bool isFocus = QDir::cleanPath(folder) == target ||
                                 QFileInfo(folder).canonicalFilePath() == QFileInfo(target).canonicalFilePath();
            Diagnostics own;
            auto pack = PackLoader::loadFolder(isFocus ? target : folder, isFocus ? focus : own);
            if (!pack)
                continue;
            if (isFocus)
                focusId = pack->id;
            problemsByFolder[pack->folder] = int(own.size());
            if (own.hasSyntaxErrors())
                syntaxBroken.insert(pack->folder);
            packs.push_back(std::move(*pack));
        }
        Diagnostics linked;
        library = link(std::move(packs), {}, linked, focusId);
        const QString prefix = target + QLatin1Char('/');
        const Pack *self = library.pack(focusId);
        QStringList deps;
        if (self) {
            for (const Ref &r : self->dependsOn)
                deps << r.id;
            if (focusId != QStringLiteral("common"))
                deps.prepend(QStringLiteral("common"));
        }
        // A dependency that does not parse would make this pack's facts look unknown: report only that.
        bool syntaxErrors = focus.hasSyntaxErrors();
        for (const QString &dep : deps)
            if (const Pack *p = library.pack(dep))
                syntaxErrors = syntaxErrors || syntaxBroken.count(p->folder);
        for (const Error &e : linked.errors()) {
            if (e.where().file.startsWith(prefix)) {
                if (!syntaxErrors)
                    focus.add(e);
                continue;
            }
            for (auto &[folder, n] : problemsByFolder)
                if (e.where().file.startsWith(folder + QLatin1Char('/')))
                    ++n;
        }
        for (const QString &dep : deps) {
            const Pack *p = library.pack(dep);
            if (!p || problemsByFolder[p->folder] == 0)
                continue;
            SourceLocation where = self->where;
            for (const Ref &r : self->dependsOn)
                if (r.id == dep)
                    where = r.where;
            focus.add(Error::input(tr("the pack '%1' that this pack depends on has %n problem(s)", nullptr,
                                      problemsByFolder[p->folder])
                                       .arg(dep),
                                   tr("Check it with 'veiviser-cli guidance check %1'.").arg(p->folder), where));
        }
        diagnostics = std::move(focus);
        diagnostics.sort();
        if (counts) {
            *counts = {};
            if (const Pack *self = library.pack(focusId)) {
                counts->packs = 1;
                counts->questions = int(self->questions.size());
                counts->decisions = int(self->decisions.size());
                counts->requirements = int(self->requirements.size());
            }
        }
        return diagnostics;
    }
    if (counts) {
        *counts = {};
        counts->packs = int(library.packs().size());
        for (const Pack &p : library.packs()) {
            counts->questions += int(p.questions.size());
            counts->decisions += int(p.decisions.size());
            counts->requirements += int(p.requirements.size());
        }
        counts->crosswalkLinks = int(library.crosswalk().size());
    }
    return diagnostics;
}

const std::vector<Pack> &GuidanceLibrary::packs() const
{
    return d->packs;
}

const Pack *GuidanceLibrary::pack(const QString &id) const
{
    auto it = d->packIndex.find(id);
    return it == d->packIndex.end() ? nullptr : &d->packs[it->second];
}

const Agency *GuidanceLibrary::agency(const QString &id) const
{
    auto it = d->agencies.find(id);
    return it == d->agencies.end() ? nullptr : &it->second;
}

const FactSpec *GuidanceLibrary::fact(const QString &id) const
{
    auto it = d->facts.find(id);
    return it == d->facts.end() ? nullptr : &it->second;
}

const Question *GuidanceLibrary::question(const QString &factId) const
{
    auto it = d->questions.find(factId);
    return it == d->questions.end() ? nullptr : &d->packs[it->second.first].questions[it->second.second];
}

const Decision *GuidanceLibrary::decision(const QString &factId) const
{
    auto it = d->decisions.find(factId);
    return it == d->decisions.end() ? nullptr : &d->packs[it->second.first].decisions[it->second.second];
}

const Requirement *GuidanceLibrary::requirement(const QString &urn) const
{
    auto it = d->requirements.find(urn);
    return it == d->requirements.end() ? nullptr : &d->packs[it->second.first].requirements[it->second.second];
}

QStringList GuidanceLibrary::requirementsForLevel(const QString &level) const
{
    QStringList urns;
    for (const Pack &p : d->packs)
        for (const Requirement &r : p.requirements)
            if (r.evaluationLevels.contains(level))
                urns << r.urn;
    return urns;
}

QString factTitle(const GuidanceLibrary &library, const QString &factId, const QString &lang)
{
    if (const Question *q = library.question(factId); q && !q->text.isEmpty())
        return q->text.in(lang);
    if (const Decision *dec = library.decision(factId); dec && !dec->title.isEmpty())
        return dec->title.in(lang);
    return factId;
}

QString answerLabel(const GuidanceLibrary &library, const QString &factId, const QString &value, const QString &lang)
{
    const std::vector<Choice> *choices = nullptr;
    if (const Question *q = library.question(factId))
        choices = &q->choices;
    else if (const Decision *dec = library.decision(factId))
        choices = &dec->choices;
    if (choices)
        for (const Choice &c : *choices)
            if (c.value == value && !c.label.isEmpty())
                return c.label.in(lang);
    return value;
}

QString GuidanceLibrary::factTitle(const QString &factId) const
{
    return guidance::factTitle(*this, factId, Translation::current());
}

QString GuidanceLibrary::valueText(const QString &factId, const std::optional<Value> &value) const
{
    if (!value)
        return tr("Not yet known");
    const QString lang = Translation::current();
    const auto label = [&](const QString &v) { return answerLabel(*this, factId, v, lang); };
    switch (value->kind()) {
    case Value::Kind::Null: return tr("Not applicable");
    case Value::Kind::Bool: return value->toBool() ? tr("Yes") : tr("No");
    case Value::Kind::Number: return QLocale().toString(value->toNumber());
    case Value::Kind::String: return label(value->toString());
    case Value::Kind::Set: {
        QStringList labels;
        for (const QString &v : value->toSet())
            labels << label(v);
        return labels.isEmpty() ? tr("None") : labels.join(QStringLiteral("; "));
    }
    }
    return {};
}

QString GuidanceLibrary::readable(const Condition &condition) const
{
    Condition::Vocabulary words;
    words.factTitle = [this](const QString &fact) { return factTitle(fact); };
    words.valueText = [this](const QString &fact, const Value &value) { return valueText(fact, value); };
    return condition.readable(words);
}

QString GuidanceLibrary::readableCondition(const QString &text) const
{
    auto condition = Condition::parse(text);
    return condition ? readable(*condition) : text;
}

QString GuidanceLibrary::readableCondition(const QString &text, const Condition::Vocabulary &words)
{
    auto condition = Condition::parse(text);
    return condition ? condition->readable(words) : text;
}

const Pack *GuidanceLibrary::packOfFact(const QString &factId) const
{
    const FactSpec *spec = fact(factId);
    return spec ? pack(spec->packId) : nullptr;
}

const Pack *GuidanceLibrary::packOfRequirement(const QString &urn) const
{
    auto it = d->requirements.find(urn);
    return it == d->requirements.end() ? nullptr : &d->packs[it->second.first];
}

const std::vector<CrosswalkLink> &GuidanceLibrary::crosswalk() const
{
    return d->crosswalk;
}

std::vector<const CrosswalkLink *> GuidanceLibrary::crosswalkFor(const QString &urn) const
{
    std::vector<const CrosswalkLink *> links;
    for (const CrosswalkLink &link : d->crosswalk)
        for (const Ref &r : link.requirements)
            if (r.id == urn) {
                links.push_back(&link);
                break;
            }
    return links;
}

const QStringList &GuidanceLibrary::evaluationOrder() const
{
    return d->evaluationOrder;
}

const QStringList &GuidanceLibrary::questionOrder() const
{
    return d->questionOrder;
}

Result<std::optional<Value>> GuidanceLibrary::parseAnswer(const QString &factId, const Json &json) const
{
    const FactSpec *spec = fact(factId);
    if (!spec || spec->derived)
        return Error::input(tr("'%1' is not a question in the guidance packs").arg(factId),
                            spec ? tr("It is derived from other answers; answer those instead.")
                                 : tr("Run 'veiviser-cli guidance list --questions' for the question ids."));
    return answerFromJson(*spec, json);
}

Result<std::optional<Value>> GuidanceLibrary::parseAnswerText(const QString &factId, const QString &text) const
{
    const FactSpec *spec = fact(factId);
    if (!spec || spec->derived)
        return parseAnswer(factId, Json());
    return answerFromText(*spec, text);
}

} // namespace vv::guidance
