#include "guidance/PackLoader.h"

#include "core/RegularFile.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace vv::guidance {

// ---- roles and references (Pack.h) ----

QString roleName(Role role)
{
    switch (role) {
    case Role::Provider: return QStringLiteral("provider");
    case Role::Deployer: return QStringLiteral("deployer");
    case Role::Both: return QStringLiteral("both");
    }
    return QStringLiteral("both");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Provider, Role::Deployer, Role::Both})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

const QStringList &evaluationLevelNames()
{
    static const QStringList names{QStringLiteral("basic"), QStringLiteral("domain"), QStringLiteral("use_case"),
                                   QStringLiteral("context"), QStringLiteral("guardrails")};
    return names;
}

bool roleBinds(Role binds, Role project)
{
    return binds == Role::Both || project == Role::Both || binds == project;
}

QStringList refIds(const std::vector<Ref> &refs)
{
    QStringList ids;
    for (const Ref &r : refs)
        ids << r.id;
    return ids;
}

SourceLocation PlacedCondition::at(qsizetype offset) const
{
    SourceLocation where = start;
    if (linear)
        where.column += int(offset);
    return where;
}

const Source *Pack::source(const QString &sourceId) const
{
    for (const Source &s : sources)
        if (s.id == sourceId)
            return &s;
    return nullptr;
}

const Section *Pack::section(const QString &sectionId) const
{
    for (const Section &s : sections)
        if (s.id == sectionId)
            return &s;
    return nullptr;
}

// ---- diagnostics ----

void Diagnostics::add(Error error)
{
    if (m_errors.size() >= maxErrors) {
        if (!m_truncated) {
            m_truncated = true;
            m_errors.push_back(Error::input(PackLoader::tr("more than %1 problems; the rest are not listed")
                                                .arg(maxErrors),
                                            PackLoader::tr("Fix these first and check again.")));
        }
        return;
    }
    m_errors.push_back(std::move(error));
}

void Diagnostics::sort()
{
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const Error &a, const Error &b) {
        const auto &x = a.where(), &y = b.where();
        return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
    });
    m_errors.erase(std::unique(m_errors.begin(), m_errors.end(),
                               [](const Error &a, const Error &b) { return a.toString() == b.toString(); }),
                   m_errors.end());
}

namespace {

QString tr(const char *text)
{
    return PackLoader::tr(text);
}

/// The forms ids, versions, dates and addresses must have (docs/guidance-format.md).
enum class Pattern { PackId, FactId, LocalId, Choice, Urn, Version, Date, Url };

const QRegularExpression &pattern(Pattern p)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$")),
        QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$")),
        QRegularExpression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]*$")),
        QRegularExpression(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$")),
        QRegularExpression(QStringLiteral("^urn:veiviser:[a-z0-9]+(-[a-z0-9]+)*:[a-z0-9][a-z0-9._-]*$")),
        QRegularExpression(QStringLiteral("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$")),
        QRegularExpression(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
        QRegularExpression(QStringLiteral("^https?://[^\\s]+$")),
    };
    return patterns[int(p)];
}

// Nodes visited per load: aliases can make a small file describe a huge tree, so the walk is bounded.
constexpr qint64 nodeBudget = 1'000'000;
constexpr std::size_t maxListItems = 10'000;
constexpr qsizetype maxTextChars = 64 * 1024;

/// A map's entries after its keys were checked, looked up by key.
struct Fields {
    std::vector<std::pair<QString, std::pair<YAML::Node, YAML::Node>>> items;
    SourceLocation where;

    YAML::Node value(const char *key) const
    {
        for (const auto &[k, kv] : items)
            if (k == QLatin1String(key))
                return kv.second;
        return YAML::Node(YAML::NodeType::Undefined);
    }
    bool has(const char *key) const
    {
        return std::any_of(items.begin(), items.end(), [key](const auto &i) { return i.first == QLatin1String(key); });
    }
};

/// Reads one YAML file of a pack, reporting each problem at its line and column.
class Reader {
public:
    Reader(QString file, QByteArray raw, Diagnostics &diagnostics, qint64 &budget)
        : m_file(std::move(file)), m_raw(std::move(raw)), m_diag(diagnostics), m_budget(budget) {}

    const QString &file() const { return m_file; }

    std::optional<YAML::Node> parse()
    {
        try {
            return YAML::Load(m_raw.toStdString());
        } catch (const YAML::DeepRecursion &e) {
            // yaml-cpp's own text for this is only "bad file".
            m_diag.noteSyntaxError();
            m_diag.add(Error::input(tr("the YAML is nested too deeply (more than %1 levels)").arg(e.depth() - 1),
                                    tr("Flatten the structure; a pack needs only a few levels."),
                                    {m_file, std::max(e.mark.line, 0) + 1, std::max(e.mark.column, 0) + 1}));
        } catch (const YAML::Exception &e) {
            m_diag.noteSyntaxError();
            QString msg = QString::fromStdString(e.msg);
            m_diag.add(Error::input(tr("the YAML does not parse: %1").arg(msg),
                                    tr("Check indentation, quotes and colons around this place."),
                                    {m_file, std::max(e.mark.line, 0) + 1, std::max(e.mark.column, 0) + 1}));
        } catch (const std::exception &e) {
            m_diag.noteSyntaxError();
            m_diag.add(Error::input(tr("the YAML does not parse: %1").arg(QString::fromLocal8Bit(e.what())), {},
                                    {m_file, 1, 1}));
        }
        return std::nullopt;
    }

    SourceLocation at(const YAML::Node &n, const SourceLocation &fallback = {}) const
    {
        const YAML::Mark m = n.Mark();
        if (m.line < 0 || m.is_null())
            return fallback.isEmpty() ? SourceLocation{m_file, 1, 1} : fallback;
        return {m_file, m.line + 1, m.column + 1};
    }

    void error(const SourceLocation &where, const QString &what, const QString &hint = {})
    {
        m_diag.add(Error::input(what, hint, where));
    }

    bool exhausted()
    {
        if (--m_budget >= 0)
            return false;
        if (m_budget == -1)
            error({m_file, 1, 1}, tr("the file describes too many items (aliases repeated too often?)"),
                  tr("Write the pack without YAML aliases."));
        return true;
    }

    /// Checks a map's keys against the allowed and required ones; reports unknown, duplicate and missing keys.
    std::optional<Fields> fields(const YAML::Node &map, const QString &what, const QStringList &allowed,
                                 const QStringList &required, const SourceLocation &fallback,
                                 const QString &unknownKeyHint = {})
    {
        const SourceLocation where = at(map, fallback);
        if (!map.IsMap()) {
            error(where, tr("%1 must be a map of keys and values").arg(what));
            return std::nullopt;
        }
        Fields f;
        f.where = where;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (exhausted())
                return std::nullopt;
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                error(at(key, where), tr("a key in %1 must be a plain word").arg(what));
                continue;
            }
            const QString name = QString::fromStdString(key.Scalar());
            if (!allowed.contains(name)) {
                error(at(key, where), tr("unknown key '%1' in %2").arg(name, what),
                      unknownKeyHint.isEmpty() ? tr("Allowed keys: %1.").arg(allowed.join(QStringLiteral(", ")))
                                               : unknownKeyHint);
                continue;
            }
            if (f.has(name.toLatin1().constData())) {
                error(at(key, where), tr("the key '%1' appears twice in %2").arg(name, what));
                continue;
            }
            f.items.push_back({name, {key, it->second}});
        }
        for (const QString &r : required)
            if (!f.has(r.toLatin1().constData()))
                error(where, tr("%1 lacks the required key '%2'").arg(what, r));
        return f;
    }

    std::optional<QString> scalar(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        if (!n.IsScalar()) {
            error(at(n, fallback), tr("'%1' must be a single value").arg(field));
            return std::nullopt;
        }
        const QString s = QString::fromStdString(n.Scalar());
        if (s.trimmed().isEmpty()) {
            error(at(n, fallback), tr("'%1' is empty").arg(field));
            return std::nullopt;
        }
        if (s.size() > maxTextChars) {
            error(at(n, fallback), tr("'%1' is longer than %2 characters").arg(field).arg(maxTextChars));
            return std::nullopt;
        }
        return s;
    }

    std::optional<QString> id(const YAML::Node &n, const QString &field, const QRegularExpression &pattern,
                              const QString &formatHint, const SourceLocation &fallback)
    {
        auto s = scalar(n, field, fallback);
        if (!s)
            return std::nullopt;
        if (!pattern.match(*s).hasMatch()) {
            error(at(n, fallback), tr("'%1' is not a valid %2").arg(*s, field), formatHint);
            return std::nullopt;
        }
        return s;
    }

    LocalizedText text(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        LocalizedText t;
        const QString what = tr("the text '%1'").arg(field);
        // The usual cause of a stray key here is a comma inside {nb: a, b, en: c}, which ends the text at the
        // comma, or "nb: Normen: logging", which YAML reads as a nested map.
        auto f = fields(n, what, {QStringLiteral("nb"), QStringLiteral("en")}, {}, fallback,
                        tr("A text has only nb and en. Put a text that contains a comma or ': ' in quotes."));
        if (!f)
            return t;
        for (const char *lang : {"nb", "en"}) {
            if (!f->has(lang)) {
                error(f->where, tr("the text '%1' has no '%2' version").arg(field, QLatin1String(lang)),
                      tr("Every text needs both nb (Norwegian Bokmål) and en (English)."));
                continue;
            }
            auto s = scalar(f->value(lang), field + QLatin1Char('.') + QLatin1String(lang), f->where);
            if (s)
                (QLatin1String(lang) == QLatin1String("nb") ? t.nb : t.en) = s->trimmed();
        }
        return t;
    }

    /// A sequence (or nothing); each item handed to each().
    template <typename F>
    void list(const YAML::Node &n, const QString &field, const SourceLocation &fallback, F each)
    {
        if (!n.IsDefined() || n.IsNull())
            return;
        if (!n.IsSequence()) {
            error(at(n, fallback), tr("'%1' must be a list").arg(field));
            return;
        }
        if (n.size() > maxListItems) {
            error(at(n, fallback), tr("'%1' has more than %2 items").arg(field).arg(maxListItems));
            return;
        }
        for (const YAML::Node &item : n) {
            if (exhausted())
                return;
            each(item);
        }
    }

    Ref ref(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        Ref r;
        r.where = at(n, fallback);
        if (auto s = scalar(n, field, fallback))
            r.id = s->trimmed();
        return r;
    }

    std::vector<Ref> refList(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        std::vector<Ref> refs;
        list(n, field, fallback, [&](const YAML::Node &item) {
            Ref r = ref(item, field, fallback);
            if (!r.id.isEmpty())
                refs.push_back(r);
        });
        return refs;
    }

    std::optional<QDate> date(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        auto s = scalar(n, field, fallback);
        if (!s)
            return std::nullopt;
        const QDate d = QDate::fromString(*s, Qt::ISODate);
        if (!pattern(Pattern::Date).match(*s).hasMatch() || !d.isValid()) {
            error(at(n, fallback), tr("'%1' is not a date").arg(*s), tr("Write dates as YYYY-MM-DD, e.g. 2026-08-02."));
            return std::nullopt;
        }
        return d;
    }

    std::optional<bool> boolean(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        auto s = scalar(n, field, fallback);
        if (!s)
            return std::nullopt;
        if (*s == QStringLiteral("true") || *s == QStringLiteral("false"))
            return *s == QStringLiteral("true");
        error(at(n, fallback), tr("'%1' must be true or false, not '%2'").arg(field, *s));
        return std::nullopt;
    }

    std::optional<double> number(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        auto s = scalar(n, field, fallback);
        if (!s)
            return std::nullopt;
        bool ok = false;
        const double d = s->toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            error(at(n, fallback), tr("'%1' must be a number, not '%2'").arg(field, *s));
            return std::nullopt;
        }
        return d;
    }

    /// Parses a condition and remembers where its text starts in the file, so later errors point into it.
    std::optional<PlacedCondition> condition(const YAML::Node &n, const QString &field, const SourceLocation &fallback)
    {
        auto s = scalar(n, field, fallback);
        if (!s)
            return std::nullopt;
        SourceLocation start = at(n, fallback);
        bool linear = false;
        // Quoted scalars start one column later; a condition that stands as written on one line maps offsets
        // to columns exactly, a folded one is reported at its start.
        const YAML::Mark m = n.Mark();
        if (m.pos >= 0 && m.pos < m_raw.size()) {
            qsizetype pos = m.pos;
            const char c = m_raw[pos];
            if (c == '\'' || c == '"') {
                ++pos;
                start.column += 1;
            }
            const QByteArray written = m_raw.mid(pos, s->toUtf8().size());
            linear = written == s->toUtf8() && !written.contains('\n');
        }
        auto parsed = Condition::parse(*s);
        if (!parsed) {
            SourceLocation where = start;
            if (linear)
                where.column += parsed.error().where().column - 1;
            error(where,
                  tr("the condition in '%1' does not parse: %2").arg(field, parsed.error().what()),
                  parsed.error().hint());
            return std::nullopt;
        }
        return PlacedCondition{std::move(*parsed), start, linear};
    }

private:
    QString m_file;
    QByteArray m_raw;
    Diagnostics &m_diag;
    qint64 &m_budget;
};

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QLatin1String(k);
    return out;
}

/// Reads every part of a pack from its files, then checks what spans the files (ids, references).
class PackBuilder {
public:
    PackBuilder(Pack &pack, Diagnostics &diagnostics) : m_pack(pack), m_diag(diagnostics) {}

    void packYamlParsed() { m_packYamlParsed = true; }

    void readFile(Reader &r, const YAML::Node &root)
    {
        if (!root.IsDefined() || root.IsNull())
            return;
        static const QStringList allowed =
            keys({"id", "version", "title", "summary", "agencies", "effective", "depends_on", "sources", "sections",
                  "agencies_defined", "questions", "decisions", "requirements"});
        auto f = r.fields(root, tr("a pack file"), allowed, {}, {r.file(), 1, 1});
        if (!f)
            return;
        for (const auto &[key, kv] : f->items) {
            const YAML::Node &keyNode = kv.first;
            const YAML::Node &v = kv.second;
            const SourceLocation where = r.at(keyNode);
            static const QStringList singletons =
                keys({"id", "version", "title", "summary", "agencies", "effective", "depends_on"});
            if (singletons.contains(key)) {
                if (m_singletons.count(key)) {
                    const SourceLocation &first = m_singletons[key];
                    r.error(where, tr("'%1' is already set at %2:%3").arg(key, first.file).arg(first.line));
                    continue;
                }
                m_singletons[key] = where;
            }
            if (key == QLatin1String("id")) {
                if (auto id = r.id(v, QStringLiteral("id"), pattern(Pattern::PackId),
                                   tr("Pack ids are lowercase letters, digits and '-', e.g. eu-mdr."), where))
                    m_pack.id = *id;
            } else if (key == QLatin1String("version")) {
                if (auto s = r.scalar(v, key, where)) {
                    if (pattern(Pattern::Version).match(*s).hasMatch())
                        m_pack.version = *s;
                    else
                        r.error(r.at(v, where), tr("'%1' is not a version").arg(*s),
                                tr("Write MAJOR.MINOR.PATCH, e.g. 1.0.0."));
                }
            } else if (key == QLatin1String("title")) {
                m_pack.title = r.text(v, key, where);
            } else if (key == QLatin1String("summary")) {
                m_pack.summary = r.text(v, key, where);
            } else if (key == QLatin1String("agencies")) {
                m_pack.agencies = r.refList(v, key, where);
            } else if (key == QLatin1String("depends_on")) {
                m_pack.dependsOn = r.refList(v, key, where);
            } else if (key == QLatin1String("effective")) {
                readEffective(r, v, where);
            } else if (key == QLatin1String("sources")) {
                r.list(v, key, where, [&](const YAML::Node &n) { readSource(r, n, where); });
            } else if (key == QLatin1String("sections")) {
                r.list(v, key, where, [&](const YAML::Node &n) { readSection(r, n, where); });
            } else if (key == QLatin1String("agencies_defined")) {
                r.list(v, key, where, [&](const YAML::Node &n) { readAgency(r, n, where); });
            } else if (key == QLatin1String("questions")) {
                r.list(v, key, where, [&](const YAML::Node &n) { readQuestion(r, n, where); });
            } else if (key == QLatin1String("decisions")) {
                r.list(v, key, where, [&](const YAML::Node &n) { readDecision(r, n, where); });
            } else if (key == QLatin1String("requirements")) {
                r.list(v, key, where, [&](const YAML::Node &n) { readRequirement(r, n, where); });
            }
        }
    }

    /// Checks what spans the files: required pack fields, unique ids, references to sources and sections.
    void finish()
    {
        // Without a readable pack.yaml, its parse error is the one message that helps.
        static const char *const required[] = {"id", "version", "title", "summary", "agencies", "effective"};
        for (const char *k : required)
            if (m_packYamlParsed && !m_singletons.count(QLatin1String(k)))
                add(m_pack.where, tr("the pack lacks the required key '%1'").arg(QLatin1String(k)),
                    tr("Set it in pack.yaml."));

        unique(m_pack.sources, tr("source"));
        unique(m_pack.sections, tr("section"));
        unique(m_pack.agenciesDefined, tr("agency"));
        std::map<QString, SourceLocation> questionIds, decisionIds;
        for (const Question &q : m_pack.questions)
            firstOrDuplicate(questionIds, q.id, q.where, tr("question"));
        for (const Decision &d : m_pack.decisions)
            firstOrDuplicate(decisionIds, d.id, d.where, tr("decision"));

        for (const Question &q : m_pack.questions) {
            checkSection(q.section);
            checkSources(q.sources);
        }
        for (const Decision &d : m_pack.decisions) {
            checkSection(d.section);
            for (const Rule &rule : d.rules)
                checkSources(rule.sources);
        }
        for (const Requirement &req : m_pack.requirements) {
            checkSection(req.section);
            checkSources(req.sources);
            for (const ApplicationDate &d : req.appliesFrom)
                checkSources(d.sources);
        }
    }

private:
    void add(const SourceLocation &where, const QString &what, const QString &hint = {})
    {
        m_diag.add(Error::input(what, hint, where));
    }

    void firstOrDuplicate(std::map<QString, SourceLocation> &seen, const QString &id, const SourceLocation &where,
                          const QString &kind)
    {
        if (id.isEmpty())
            return;
        auto [it, inserted] = seen.emplace(id, where);
        if (!inserted)
            add(where, tr("duplicate %1 id '%2' (first declared at %3:%4)").arg(kind, id, it->second.file)
                           .arg(it->second.line));
    }

    template <typename T>
    void unique(const std::vector<T> &items, const QString &kind)
    {
        std::map<QString, SourceLocation> seen;
        for (const T &item : items)
            firstOrDuplicate(seen, item.id, item.where, kind);
    }

    void checkSection(const Ref &section)
    {
        if (!section.id.isEmpty() && !m_pack.section(section.id))
            add(section.where, tr("unknown section '%1'").arg(section.id),
                tr("Declare it under 'sections' in this pack."));
    }

    void checkSources(const std::vector<Ref> &sources)
    {
        for (const Ref &s : sources)
            if (!m_pack.source(s.id))
                add(s.where, tr("unknown source '%1'").arg(s.id), tr("Declare it under 'sources' in this pack."));
    }

    void readEffective(Reader &r, const YAML::Node &v, const SourceLocation &where)
    {
        auto f = r.fields(v, QStringLiteral("'effective'"), keys({"eu", "no", "note"}), keys({"eu", "no"}), where);
        if (!f)
            return;
        if (f->has("eu"))
            if (auto d = r.date(f->value("eu"), QStringLiteral("effective.eu"), f->where))
                m_pack.effectiveEu = *d;
        if (f->has("no") && !f->value("no").IsNull())
            m_pack.effectiveNo = r.date(f->value("no"), QStringLiteral("effective.no"), f->where);
        if (f->has("note"))
            m_pack.effectiveNote = r.text(f->value("note"), QStringLiteral("note"), f->where);
    }

    void readSource(Reader &r, const YAML::Node &n, const SourceLocation &fallback)
    {
        auto f = r.fields(n, tr("a source"), keys({"id", "citation", "url", "note"}), keys({"id", "citation", "url"}),
                          fallback);
        if (!f)
            return;
        Source s;
        s.where = f->where;
        if (f->has("id"))
            s.id = r.id(f->value("id"), QStringLiteral("id"), pattern(Pattern::LocalId), localIdHint(), f->where).value_or(QString());
        if (f->has("citation"))
            s.citation = r.text(f->value("citation"), QStringLiteral("citation"), f->where);
        if (f->has("url"))
            s.url = readUrl(r, f->value("url"), f->where);
        if (f->has("note"))
            s.note = r.text(f->value("note"), QStringLiteral("note"), f->where);
        m_pack.sources.push_back(std::move(s));
    }

    static QString readUrl(Reader &r, const YAML::Node &n, const SourceLocation &where)
    {
        auto u = r.scalar(n, QStringLiteral("url"), where);
        if (u && pattern(Pattern::Url).match(*u).hasMatch())
            return *u;
        if (u)
            r.error(r.at(n, where), tr("'%1' is not a web address").arg(*u),
                    tr("Give the full address, starting with https://."));
        return {};
    }

    static QString localIdHint()
    {
        return tr("Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit.");
    }

    void readSection(Reader &r, const YAML::Node &n, const SourceLocation &fallback)
    {
        auto f = r.fields(n, tr("a section"), keys({"id", "title"}), keys({"id", "title"}), fallback);
        if (!f)
            return;
        Section s;
        s.where = f->where;
        if (f->has("id"))
            s.id = r.id(f->value("id"), QStringLiteral("id"), pattern(Pattern::LocalId), localIdHint(), f->where).value_or(QString());
        if (f->has("title"))
            s.title = r.text(f->value("title"), QStringLiteral("title"), f->where);
        m_pack.sections.push_back(std::move(s));
    }

    void readAgency(Reader &r, const YAML::Node &n, const SourceLocation &fallback)
    {
        auto f = r.fields(n, tr("an agency"), keys({"id", "name", "url"}), keys({"id", "name", "url"}), fallback);
        if (!f)
            return;
        Agency a;
        a.where = f->where;
        if (f->has("id"))
            a.id = r.id(f->value("id"), QStringLiteral("id"), pattern(Pattern::LocalId), localIdHint(), f->where).value_or(QString());
        if (f->has("name"))
            a.name = r.text(f->value("name"), QStringLiteral("name"), f->where);
        if (f->has("url"))
            a.url = readUrl(r, f->value("url"), f->where);
        m_pack.agenciesDefined.push_back(std::move(a));
    }

    /// Choices as maps {value, label} (labelsRequired) or, for decision outputs, also as plain values.
    std::vector<Choice> readChoices(Reader &r, const YAML::Node &n, const SourceLocation &fallback, bool labelsRequired)
    {
        std::vector<Choice> out;
        std::map<QString, SourceLocation> seen;
        r.list(n, QStringLiteral("choices"), fallback, [&](const YAML::Node &item) {
            Choice c;
            SourceLocation where = r.at(item, fallback);
            YAML::Node valueNode = item;
            if (item.IsMap() || labelsRequired) {
                auto f = r.fields(item, tr("a choice"), keys({"value", "label"}), keys({"value", "label"}), fallback);
                if (!f)
                    return;
                valueNode = f->value("value");
                if (f->has("label"))
                    c.label = r.text(f->value("label"), QStringLiteral("label"), f->where);
                if (!f->has("value"))
                    return;
            }
            auto v = r.id(valueNode, QStringLiteral("choice value"), pattern(Pattern::Choice),
                          tr("Choice values are letters, digits, '_', '-' and '.', e.g. informs_decisions."), where);
            if (!v)
                return;
            c.value = *v;
            auto [it, inserted] = seen.emplace(c.value, where);
            if (!inserted) {
                r.error(where, tr("the choice '%1' is listed twice").arg(c.value));
                return;
            }
            out.push_back(std::move(c));
        });
        if (n.IsDefined() && n.IsSequence() && n.size() == 0)
            r.error(r.at(n, fallback), tr("'choices' is empty"));
        return out;
    }

    /// Reads type and choices shared by questions and decisions.
    void readType(Reader &r, const Fields &f, FactType &type, bool &typeKnown, std::vector<Choice> &choices,
                  bool isQuestion)
    {
        if (!f.has("type"))
            return;
        const QStringList allowed = isQuestion ? keys({"bool", "choice", "multi", "number", "text"})
                                               : keys({"bool", "choice", "number"});
        auto s = r.scalar(f.value("type"), QStringLiteral("type"), f.where);
        if (!s)
            return;
        const auto t = factTypeFromName(*s);
        if (!t || !allowed.contains(*s)) {
            r.error(r.at(f.value("type"), f.where), tr("unknown type '%1'").arg(*s),
                    tr("Allowed types: %1.").arg(allowed.join(QStringLiteral(", "))));
            return;
        }
        type = *t;
        typeKnown = true;
        const bool needsChoices = type == FactType::Choice || type == FactType::Multi;
        if (needsChoices && !f.has("choices"))
            r.error(f.where, tr("a %1 fact needs 'choices'").arg(*s));
        else if (!needsChoices && f.has("choices"))
            r.error(r.at(f.value("choices"), f.where), tr("a %1 fact has no 'choices'").arg(*s));
        else if (needsChoices)
            choices = readChoices(r, f.value("choices"), f.where, isQuestion);
    }

    void readQuestion(Reader &r, const YAML::Node &n, const SourceLocation &fallback)
    {
        auto f = r.fields(n, tr("a question"),
                          keys({"id", "section", "type", "choices", "min", "max", "text", "help", "sources", "agency",
                                "when"}),
                          keys({"id", "type", "text"}), fallback);
        if (!f)
            return;
        Question q;
        q.where = f->where;
        if (f->has("id"))
            q.id = r.id(f->value("id"), QStringLiteral("fact id"), pattern(Pattern::FactId), factIdHint(), f->where)
                       .value_or(QString());
        readType(r, *f, q.type, q.typeKnown, q.choices, true);
        for (const char *bound : {"min", "max"}) {
            if (!f->has(bound))
                continue;
            if (q.type != FactType::Number) {
                r.error(r.at(f->value(bound), f->where), tr("'%1' is only for number questions").arg(QLatin1String(bound)));
                continue;
            }
            (QLatin1String(bound) == QLatin1String("min") ? q.min : q.max) =
                r.number(f->value(bound), QLatin1String(bound), f->where);
        }
        if (q.min && q.max && *q.min > *q.max)
            r.error(r.at(f->value("max"), f->where), tr("'max' is smaller than 'min'"));
        if (f->has("text"))
            q.text = r.text(f->value("text"), QStringLiteral("text"), f->where);
        if (f->has("help"))
            q.help = r.text(f->value("help"), QStringLiteral("help"), f->where);
        if (f->has("section"))
            q.section = r.ref(f->value("section"), QStringLiteral("section"), f->where);
        if (f->has("agency"))
            q.agency = r.ref(f->value("agency"), QStringLiteral("agency"), f->where);
        q.sources = r.refList(f->value("sources"), QStringLiteral("sources"), f->where);
        if (f->has("when"))
            q.when = r.condition(f->value("when"), QStringLiteral("when"), f->where);
        m_pack.questions.push_back(std::move(q));
    }

    static QString factIdHint()
    {
        return tr("Fact ids are area.name in lowercase letters, digits and '_', e.g. mdr.decision_impact.");
    }

    std::optional<Value> readRuleValue(Reader &r, const YAML::Node &v, const Decision &d, const SourceLocation &where)
    {
        if (v.IsNull())
            return Value::null();
        auto s = r.scalar(v, QStringLiteral("value"), where);
        if (!s)
            return std::nullopt;
        switch (d.type) {
        case FactType::Bool:
            if (auto b = r.boolean(v, QStringLiteral("value"), where))
                return Value::boolean(*b);
            return std::nullopt;
        case FactType::Number:
            if (auto x = r.number(v, QStringLiteral("value"), where))
                return Value::number(*x);
            return std::nullopt;
        case FactType::Choice: {
            const bool known = std::any_of(d.choices.begin(), d.choices.end(),
                                           [&](const Choice &c) { return c.value == *s; });
            if (!known && !d.choices.empty()) {
                QStringList values;
                for (const Choice &c : d.choices)
                    values << c.value;
                r.error(r.at(v, where), tr("'%1' is not one of the choices of %2").arg(*s, d.output),
                        tr("Allowed: %1, or null for \"not applicable\".").arg(values.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            return Value::string(*s);
        }
        case FactType::Multi:
        case FactType::Text: break;
        }
        return std::nullopt;
    }

    void readRule(Reader &r, const YAML::Node &n, Decision &d, const SourceLocation &fallback,
                  std::map<QString, SourceLocation> &ruleIds)
    {
        auto f = r.fields(n, tr("a rule"), keys({"id", "when", "otherwise", "value", "reason", "sources"}),
                          keys({"id", "value", "reason"}), fallback);
        if (!f)
            return;
        Rule rule;
        rule.where = f->where;
        if (f->has("id")) {
            rule.id = r.id(f->value("id"), QStringLiteral("id"), pattern(Pattern::LocalId), localIdHint(), f->where)
                          .value_or(QString());
            firstOrDuplicate(ruleIds, rule.id, rule.where, tr("rule"));
        }
        if (f->has("when") && f->has("otherwise"))
            r.error(f->where, tr("a rule has either 'when' or 'otherwise: true', not both"));
        else if (!f->has("when") && !f->has("otherwise"))
            r.error(f->where, tr("a rule needs 'when' (its condition) or 'otherwise: true'"));
        if (f->has("when"))
            rule.when = r.condition(f->value("when"), QStringLiteral("when"), f->where);
        if (f->has("otherwise")) {
            auto b = r.boolean(f->value("otherwise"), QStringLiteral("otherwise"), f->where);
            if (b && !*b)
                r.error(r.at(f->value("otherwise"), f->where), tr("'otherwise' can only be true"),
                        tr("Remove it and give the rule a 'when' condition."));
            rule.otherwise = b.value_or(false);
        }
        if (f->has("value")) {
            if (auto v = readRuleValue(r, f->value("value"), d, r.at(f->value("value"), f->where)))
                rule.value = *v;
        }
        if (f->has("reason"))
            rule.reason = r.text(f->value("reason"), QStringLiteral("reason"), f->where);
        rule.sources = r.refList(f->value("sources"), QStringLiteral("sources"), f->where);
        d.rules.push_back(std::move(rule));
    }

    void readDecision(Reader &r, const YAML::Node &n, const SourceLocation &fallback)
    {
        auto f = r.fields(n, tr("a decision"),
                          keys({"id", "output", "type", "choices", "title", "section", "rules"}),
                          keys({"id", "output", "type", "title", "rules"}), fallback);
        if (!f)
            return;
        Decision d;
        d.where = f->where;
        if (f->has("id"))
            d.id = r.id(f->value("id"), QStringLiteral("id"), pattern(Pattern::LocalId), localIdHint(), f->where).value_or(QString());
        if (f->has("output"))
            d.output = r.id(f->value("output"), QStringLiteral("fact id"), pattern(Pattern::FactId), factIdHint(), f->where)
                           .value_or(QString());
        readType(r, *f, d.type, d.typeKnown, d.choices, false);
        if (f->has("title"))
            d.title = r.text(f->value("title"), QStringLiteral("title"), f->where);
        if (f->has("section"))
            d.section = r.ref(f->value("section"), QStringLiteral("section"), f->where);
        std::map<QString, SourceLocation> ruleIds;
        r.list(f->value("rules"), QStringLiteral("rules"), f->where,
               [&](const YAML::Node &item) { readRule(r, item, d, f->where, ruleIds); });
        if (f->has("rules") && d.rules.empty() && f->value("rules").IsSequence())
            r.error(r.at(f->value("rules"), f->where), tr("the decision has no rules"));
        for (std::size_t i = 0; i + 1 < d.rules.size(); ++i)
            if (d.rules[i].otherwise)
                r.error(d.rules[i].where, tr("the 'otherwise' rule must be the last rule of the decision"),
                        tr("Rules after it could never match."));
        m_pack.decisions.push_back(std::move(d));
    }

    void readRequirement(Reader &r, const YAML::Node &n, const SourceLocation &fallback)
    {
        auto f = r.fields(n, tr("a requirement"),
                          keys({"urn", "section", "title", "text", "role", "agency", "sources", "applies_when",
                                "applies_from", "evidence_expected", "evaluation_levels"}),
                          keys({"urn", "title", "text", "role", "agency", "sources", "evidence_expected"}), fallback);
        if (!f)
            return;
        Requirement req;
        req.where = f->where;
        if (f->has("urn"))
            req.urn = r.id(f->value("urn"), QStringLiteral("urn"), pattern(Pattern::Urn),
                           tr("Write urn:veiviser:AREA:NAME in lowercase, e.g. urn:veiviser:ai-act:art-10."), f->where)
                          .value_or(QString());
        if (f->has("title"))
            req.title = r.text(f->value("title"), QStringLiteral("title"), f->where);
        if (f->has("text"))
            req.text = r.text(f->value("text"), QStringLiteral("text"), f->where);
        if (f->has("role")) {
            if (auto s = r.scalar(f->value("role"), QStringLiteral("role"), f->where)) {
                if (auto role = roleFromName(*s))
                    req.role = *role;
                else
                    r.error(r.at(f->value("role"), f->where), tr("unknown role '%1'").arg(*s),
                            tr("Allowed: provider, deployer, both."));
            }
        }
        if (f->has("section"))
            req.section = r.ref(f->value("section"), QStringLiteral("section"), f->where);
        if (f->has("agency"))
            req.agency = r.ref(f->value("agency"), QStringLiteral("agency"), f->where);
        req.sources = r.refList(f->value("sources"), QStringLiteral("sources"), f->where);
        if (f->has("sources") && req.sources.empty() && f->value("sources").IsSequence())
            r.error(r.at(f->value("sources"), f->where), tr("a requirement needs at least one source"));
        if (f->has("applies_when"))
            req.appliesWhen = r.condition(f->value("applies_when"), QStringLiteral("applies_when"), f->where);
        if (f->has("applies_from"))
            readApplicationDates(r, f->value("applies_from"), req, f->where);
        r.list(f->value("evidence_expected"), QStringLiteral("evidence_expected"), f->where, [&](const YAML::Node &item) {
            req.evidenceExpected.push_back(r.text(item, QStringLiteral("evidence_expected"), f->where));
        });
        if (f->has("evidence_expected") && req.evidenceExpected.empty() && f->value("evidence_expected").IsSequence())
            r.error(r.at(f->value("evidence_expected"), f->where),
                    tr("'evidence_expected' is empty; say what evidence would satisfy the requirement"));
        if (f->has("evaluation_levels"))
            readEvaluationLevels(r, f->value("evaluation_levels"), req, f->where);
        m_pack.requirements.push_back(std::move(req));
    }

    /// The test-suite levels whose cases count as evidence for the requirement: a misspelt level would silently
    /// leave every test run of that level without its requirement.
    void readEvaluationLevels(Reader &r, const YAML::Node &n, Requirement &req, const SourceLocation &fallback)
    {
        const QString field = QStringLiteral("evaluation_levels");
        r.list(n, field, fallback, [&](const YAML::Node &item) {
            auto level = r.scalar(item, field, fallback);
            if (!level)
                return;
            if (!evaluationLevelNames().contains(*level))
                r.error(r.at(item, fallback), tr("unknown evaluation level '%1'").arg(*level),
                        tr("Allowed: %1.").arg(evaluationLevelNames().join(QStringLiteral(", "))));
            else if (req.evaluationLevels.contains(*level))
                r.error(r.at(item, fallback), tr("the evaluation level '%1' is listed twice").arg(*level));
            else
                req.evaluationLevels << *level;
        });
        if (n.IsSequence() && n.size() == 0)
            r.error(r.at(n, fallback), tr("'evaluation_levels' is empty"),
                    tr("Leave it out, or name the test-suite levels whose cases are evidence for the requirement."));
    }

    void readApplicationDates(Reader &r, const YAML::Node &n, Requirement &req, const SourceLocation &fallback)
    {
        r.list(n, QStringLiteral("applies_from"), fallback, [&](const YAML::Node &item) {
            auto f = r.fields(item, tr("a date of application"), keys({"when", "eu", "no", "sources", "confirmed"}),
                              keys({"eu", "no", "sources"}), fallback);
            if (!f)
                return;
            ApplicationDate d;
            d.where = f->where;
            if (f->has("when"))
                d.when = r.condition(f->value("when"), QStringLiteral("when"), f->where);
            if (f->has("eu"))
                d.eu = r.date(f->value("eu"), QStringLiteral("applies_from.eu"), f->where).value_or(QDate());
            // `no: null` is required rather than implied: the author must say that Norway has no date yet.
            if (f->has("no") && !f->value("no").IsNull())
                d.no = r.date(f->value("no"), QStringLiteral("applies_from.no"), f->where);
            d.sources = r.refList(f->value("sources"), QStringLiteral("sources"), f->where);
            if (f->has("sources") && d.sources.empty() && f->value("sources").IsSequence())
                r.error(r.at(f->value("sources"), f->where), tr("a date of application needs at least one source"));
            if (f->has("confirmed"))
                d.confirmed = r.boolean(f->value("confirmed"), QStringLiteral("confirmed"), f->where).value_or(true);
            if (!req.appliesFrom.empty() && !req.appliesFrom.back().when)
                r.error(d.where, tr("this date can never be chosen: the entry before it has no 'when'"),
                        tr("Put the entry without 'when' last."));
            req.appliesFrom.push_back(std::move(d));
        });
        if (n.IsSequence() && n.size() == 0)
            r.error(r.at(n, fallback), tr("'applies_from' is empty"),
                    tr("Leave it out to use the pack's dates, or give at least one date."));
    }

    Pack &m_pack;
    Diagnostics &m_diag;
    std::map<QString, SourceLocation> m_singletons;
    bool m_packYamlParsed = false;
};

Result<QByteArray> readBounded(const QString &path)
{
    QFile f;
    if (auto s = openRegularFile(f, path); !s)
        return Error::input(s.error().what(), s.error().hint(), {path, 0, 0});
    if (f.size() > PackLoader::maxFileBytes)
        return Error::input(PackLoader::tr("the file is larger than %1 bytes").arg(PackLoader::maxFileBytes),
                            PackLoader::tr("Split the pack into several files."), {path, 0, 0});
    return f.read(PackLoader::maxFileBytes + 1);
}

} // namespace

Pack PackLoader::loadFiles(const QString &folder, const std::vector<std::pair<QString, QByteArray>> &files,
                           Diagnostics &diagnostics)
{
    Pack pack;
    pack.folder = folder;
    pack.where = {QDir(folder).filePath(QStringLiteral("pack.yaml")), 1, 1};
    PackBuilder builder(pack, diagnostics);
    qint64 budget = nodeBudget;
    for (const auto &[name, content] : files) {
        Reader reader(QDir(folder).filePath(name), content, diagnostics, budget);
        if (auto root = reader.parse()) {
            if (name == QStringLiteral("pack.yaml"))
                builder.packYamlParsed();
            builder.readFile(reader, *root);
        }
    }
    builder.finish();
    // A pack.yaml that does not parse still names its pack by its folder, so packs depending on it find it.
    if (pack.id.isEmpty())
        pack.id = QFileInfo(folder).fileName();
    return pack;
}

std::optional<Pack> PackLoader::loadFolder(const QString &folder, Diagnostics &diagnostics)
{
    QDir dir(folder);
    if (!dir.exists(QStringLiteral("pack.yaml")))
        return std::nullopt;
    QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    names.removeAll(QStringLiteral("pack.yaml"));
    names.prepend(QStringLiteral("pack.yaml"));
    if (names.size() > maxFilesPerPack) {
        diagnostics.add(Error::input(tr("the pack has more than %1 YAML files").arg(maxFilesPerPack), {},
                                     {dir.filePath(QStringLiteral("pack.yaml")), 1, 1}));
        names = names.mid(0, maxFilesPerPack);
    }
    std::vector<std::pair<QString, QByteArray>> files;
    for (const QString &name : names) {
        auto content = readBounded(dir.filePath(name));
        if (!content) {
            diagnostics.add(content.error());
            continue;
        }
        files.emplace_back(name, std::move(*content));
    }
    return loadFiles(folder, files, diagnostics);
}

std::vector<CrosswalkLink> PackLoader::loadCrosswalk(const QString &file, Diagnostics &diagnostics)
{
    auto content = readBounded(file);
    if (!content) {
        diagnostics.add(content.error());
        return {};
    }
    return loadCrosswalkText(file, *content, diagnostics);
}

std::vector<CrosswalkLink> PackLoader::loadCrosswalkText(const QString &file, const QByteArray &content,
                                                         Diagnostics &diagnostics)
{
    std::vector<CrosswalkLink> links;
    qint64 budget = nodeBudget;
    Reader r(file, content, diagnostics, budget);
    auto root = r.parse();
    if (!root || !root->IsDefined() || root->IsNull())
        return links;
    auto top = r.fields(*root, tr("the crosswalk file"), keys({"crosswalk"}), keys({"crosswalk"}), {file, 1, 1});
    if (!top)
        return links;
    std::map<QString, SourceLocation> ids;
    r.list(top->value("crosswalk"), QStringLiteral("crosswalk"), top->where, [&](const YAML::Node &n) {
        auto f = r.fields(n, tr("a crosswalk link"), keys({"id", "title", "note", "requirements"}),
                          keys({"id", "title", "requirements"}), top->where);
        if (!f)
            return;
        CrosswalkLink link;
        link.where = f->where;
        if (f->has("id")) {
            link.id = r.id(f->value("id"), QStringLiteral("id"), pattern(Pattern::LocalId),
                           tr("Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit."),
                           f->where)
                          .value_or(QString());
            if (!link.id.isEmpty()) {
                auto [it, inserted] = ids.emplace(link.id, link.where);
                if (!inserted)
                    r.error(link.where, tr("duplicate %1 id '%2' (first declared at %3:%4)")
                                            .arg(tr("crosswalk link"), link.id, it->second.file)
                                            .arg(it->second.line));
            }
        }
        if (f->has("title"))
            link.title = r.text(f->value("title"), QStringLiteral("title"), f->where);
        if (f->has("note"))
            link.note = r.text(f->value("note"), QStringLiteral("note"), f->where);
        link.requirements = r.refList(f->value("requirements"), QStringLiteral("requirements"), f->where);
        if (f->has("requirements") && link.requirements.size() < 2)
            r.error(r.at(f->value("requirements"), f->where),
                    tr("a crosswalk link joins at least two requirements"));
        links.push_back(std::move(link));
    });
    return links;
}

} // namespace vv::guidance
