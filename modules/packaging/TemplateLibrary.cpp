#include "packaging/TemplateLibrary.h"

#include "packaging/Registration.h"

#include "core/Environment.h"
#include "core/Json.h"
#include "packaging/DocumentModel.h"
#include "packaging/DocumentRenderer.h"
#include "packaging/SpecimenProject.h"
#include "store/EvidenceTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vv::packaging {

struct TemplateLibrary::Data {
    QString root;
    std::vector<DocumentTemplate> documents;
    std::vector<DetailSpec> details;
    std::vector<DetailGroup> groups;
    GsprCatalog gspr;
    QByteArray stylesheet;
    std::map<QString, QByteArray> partials;
    std::map<QString, LocalizedText> strings;
};

const QStringList &sectionBlocks()
{
    static const QStringList blocks = {QStringLiteral("classification"), QStringLiteral("test_runs"),
                                       QStringLiteral("key_metrics"), QStringLiteral("performance"),
                                       QStringLiteral("evidence"),
                                       QStringLiteral("requirement_overview"), QStringLiteral("open_questions"),
                                       QStringLiteral("answers"), QStringLiteral("monitoring_plan"),
                                       QStringLiteral("monitoring_windows"), QStringLiteral("alarms"),
                                       QStringLiteral("deviations"), QStringLiteral("incidents"),
                                       QStringLiteral("incident_reporting"), QStringLiteral("incident_details"),
                                       QStringLiteral("gspr"), QStringLiteral("risk_plan"),
                                       QStringLiteral("hazards"), QStringLiteral("risk_matrices"),
                                       QStringLiteral("risk_controls"), QStringLiteral("trace_matrix"),
                                       QStringLiteral("change_plan"), QStringLiteral("change_checks")};
    return blocks;
}

static bool isMeasuredBlock(const QString &name)
{
    return name == QStringLiteral("monitoring_windows") || name == QStringLiteral("alarms");
}

bool isSafeMarkupName(const QString &name)
{
    const QString last = name.section(QLatin1Char('.'), -1);
    return last.endsWith(QStringLiteral("_svg")) || last.endsWith(QStringLiteral("_html")) ||
           last.endsWith(QStringLiteral("_css"));
}

QStringList DocumentTemplate::detailKeys() const
{
    QStringList out;
    for (const TemplateSection &s : sections)
        for (const QString &k : s.details)
            if (!out.contains(k))
                out << k;
    for (const RequiredItem &item : required)
        if (item.kind == RequiredItem::Kind::Detail && !out.contains(item.ref))
            out << item.ref;
    return out;
}

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::packaging", text, disambiguation, n);
}

namespace {

/// A Mustache tag as written: its sigil ('#', '^', '/', '>', '!', '{', '&', '=' or ' ' for a variable), its name
/// and where it starts.
struct Tag {
    QChar sigil;
    QString name;
    int line = 0;
    int column = 0;
};

/// Collects problems with their file and position.
class Problems {
public:
    void add(const QString &file, int line, int column, const QString &what, const QString &hint = {})
    {
        if (m_errors.size() < 500)
            m_errors.push_back(Error::input(what, hint, {file, line, column}));
    }
    void add(const QString &file, const QString &what, const QString &hint = {}) { add(file, 0, 0, what, hint); }
    void add(Error e) { m_errors.push_back(std::move(e)); }
    std::vector<Error> m_errors;
};

std::vector<Tag> scanTags(const QByteArray &bytes, const QString &file, Problems &problems)
{
    std::vector<Tag> tags;
    const QString text = QString::fromUtf8(bytes);
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (text[i] != QLatin1Char('{') || i + 1 >= text.size() || text[i + 1] != QLatin1Char('{'))
            continue;
        const int column = int(i - lineStart) + 1;
        const bool triple = i + 2 < text.size() && text[i + 2] == QLatin1Char('{');
        const QString close = triple ? QStringLiteral("}}}") : QStringLiteral("}}");
        const qsizetype start = i + (triple ? 3 : 2);
        const qsizetype end = text.indexOf(close, start);
        if (end < 0) {
            problems.add(file, line, column, tr("a Mustache tag is not closed"), tr("Close it with }}."));
            break;
        }
        QString inner = text.mid(start, end - start);
        Tag t;
        t.line = line;
        t.column = column;
        if (triple) {
            t.sigil = QLatin1Char('{');
        } else if (!inner.isEmpty() && QStringLiteral("#^/>!&=").contains(inner[0])) {
            t.sigil = inner[0];
            inner = inner.mid(1);
        } else {
            t.sigil = QLatin1Char(' ');
        }
        t.name = inner.trimmed();
        tags.push_back(t);
        for (qsizetype k = i; k < end; ++k)
            if (text[k] == QLatin1Char('\n')) {
                ++line;
                lineStart = k + 1;
            }
        i = end + close.size() - 1;
    }
    return tags;
}

/// Templates are data from outside: they may hold HTML and CSS, but nothing that runs or loads anything.
void checkMarkup(const QByteArray &bytes, const QString &file, Problems &problems)
{
    static const std::pair<QRegularExpression, const char *> rules[] = {
        {QRegularExpression(QStringLiteral("<\\s*(script|iframe|object|embed|applet|base|form|link|frame|frameset|portal)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QT_TRANSLATE_NOOP("vv::packaging", "the element <%1> is not allowed in a document template")},
        {QRegularExpression(QStringLiteral("<\\s*meta\\b[^>]*http-equiv"), QRegularExpression::CaseInsensitiveOption),
         QT_TRANSLATE_NOOP("vv::packaging", "<meta http-equiv> is not allowed in a document template")},
        {QRegularExpression(QStringLiteral("[\\s\"'/]on[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption),
         QT_TRANSLATE_NOOP("vv::packaging", "event handler attributes (on...=) are not allowed")},
        {QRegularExpression(QStringLiteral("\\b(src|srcset|action|formaction|xlink:href|data)\\s*="),
                            QRegularExpression::CaseInsensitiveOption),
         QT_TRANSLATE_NOOP("vv::packaging", "attributes that load content (%1=) are not allowed; documents are self-contained")},
        {QRegularExpression(QStringLiteral("javascript:|vbscript:"), QRegularExpression::CaseInsensitiveOption),
         QT_TRANSLATE_NOOP("vv::packaging", "script URLs are not allowed")},
        {QRegularExpression(QStringLiteral("url\\s*\\(|@import|expression\\s*\\("), QRegularExpression::CaseInsensitiveOption),
         QT_TRANSLATE_NOOP("vv::packaging", "CSS that loads content (url(), @import) is not allowed")},
    };
    const QString text = QString::fromUtf8(bytes);
    for (const auto &[re, message] : rules) {
        auto m = re.match(text);
        if (!m.hasMatch())
            continue;
        const QString before = text.left(m.capturedStart());
        const int line = int(before.count(QLatin1Char('\n'))) + 1;
        const int column = int(m.capturedStart() - before.lastIndexOf(QLatin1Char('\n')));
        QString what = QCoreApplication::translate("vv::packaging", message);
        if (what.contains(QStringLiteral("%1")))
            what = what.arg(m.captured(1).toLower());
        problems.add(file, line, column, what, tr("Remove it; a template may only lay out the data it is given."));
    }
}

std::optional<QByteArray> readFile(const QString &path, Problems &problems, bool required = true)
{
    QFileInfo info(path);
    if (!info.exists()) {
        if (required)
            problems.add(path, tr("the file is missing"));
        return std::nullopt;
    }
    if (!info.isFile() || info.isSymLink()) {
        problems.add(path, tr("is not a regular file"));
        return std::nullopt;
    }
    if (info.size() > TemplateLibrary::maxFileBytes) {
        problems.add(path, tr("the file is larger than %1 bytes").arg(TemplateLibrary::maxFileBytes));
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problems.add(path, tr("cannot read the file: %1").arg(f.errorString()));
        return std::nullopt;
    }
    return f.readAll();
}

std::optional<Json> readJson(const QString &path, Problems &problems, bool required = true)
{
    auto bytes = readFile(path, problems, required);
    if (!bytes)
        return std::nullopt;
    auto j = parseJson(*bytes, path);
    if (!j) {
        problems.add(j.error());
        return std::nullopt;
    }
    if (!j->is_object()) {
        problems.add(path, tr("must hold one JSON object"));
        return std::nullopt;
    }
    return *j;
}

void checkKeys(const Json &obj, std::initializer_list<const char *> allowed, const QString &file, const QString &where,
               Problems &problems)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = false;
        for (const char *k : allowed)
            known = known || it.key() == k;
        if (!known)
            problems.add(file, tr("%1: unknown key '%2'").arg(where, fromStd(it.key())),
                         tr("Check the spelling; the keys are listed in docs/packages.md."));
    }
}

LocalizedText text(const Json &obj, const char *key, const QString &file, const QString &where, Problems &problems,
                   bool required = true)
{
    LocalizedText t;
    if (!obj.contains(key)) {
        if (required)
            problems.add(file, tr("%1: '%2' is missing").arg(where, QString::fromLatin1(key)));
        return t;
    }
    const Json &v = obj[key];
    if (!v.is_object() || !v.contains("nb") || !v.contains("en") || !v["nb"].is_string() || !v["en"].is_string()) {
        problems.add(file, tr("%1: '%2' needs a text in both 'nb' and 'en'").arg(where, QString::fromLatin1(key)));
        return t;
    }
    t.nb = fromStd(v["nb"].get<std::string>());
    t.en = fromStd(v["en"].get<std::string>());
    if (t.nb.trimmed().isEmpty() || t.en.trimmed().isEmpty())
        problems.add(file, tr("%1: '%2' has an empty text").arg(where, QString::fromLatin1(key)));
    return t;
}

QStringList stringList(const Json &obj, const char *key, const QString &file, const QString &where, Problems &problems)
{
    QStringList out;
    if (!obj.contains(key))
        return out;
    if (!obj[key].is_array()) {
        problems.add(file, tr("%1: '%2' must be a list of texts").arg(where, QString::fromLatin1(key)));
        return out;
    }
    for (const Json &v : obj[key]) {
        if (!v.is_string())
            problems.add(file, tr("%1: '%2' must be a list of texts").arg(where, QString::fromLatin1(key)));
        else
            out << fromStd(v.get<std::string>());
    }
    return out;
}

std::map<QString, LocalizedText> strings(const Json &obj, const QString &file, Problems &problems)
{
    std::map<QString, LocalizedText> out;
    if (!obj.is_object()) {
        problems.add(file, tr("'strings' must map names to texts in 'nb' and 'en'"));
        return out;
    }
    static const QRegularExpression nameRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString name = fromStd(it.key());
        if (!nameRe.match(name).hasMatch())
            problems.add(file, tr("the string name '%1' must be lowercase letters, digits and '_'").arg(name));
        out[name] = text(obj, it.key().c_str(), file, tr("string '%1'").arg(name), problems);
    }
    return out;
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re.match(id).hasMatch();
}

void loadDetails(TemplateLibrary::Data &d, const QString &root, Problems &problems)
{
    const QString file = QDir(root).filePath(QStringLiteral("details.json"));
    auto j = readJson(file, problems);
    if (!j)
        return;
    checkKeys(*j, {"groups", "details"}, file, tr("details.json"), problems);
    QSet<QString> groupIds;
    for (const Json &g : j->value("groups", Json::array())) {
        DetailGroup group;
        group.id = jsonString(g, "id");
        static const QRegularExpression groupRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!groupRe.match(group.id).hasMatch())
            problems.add(file, tr("the group id '%1' must be lowercase letters, digits and '_'").arg(group.id));
        group.title = text(g, "title", file, tr("group '%1'").arg(group.id), problems);
        if (groupIds.contains(group.id))
            problems.add(file, tr("the group '%1' is declared twice").arg(group.id));
        groupIds.insert(group.id);
        d.groups.push_back(group);
    }
    static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$"));
    QSet<QString> keys;
    for (const Json &v : j->value("details", Json::array())) {
        DetailSpec s;
        s.key = jsonString(v, "key");
        const QString where = tr("detail '%1'").arg(s.key);
        checkKeys(v, {"key", "label", "help", "multiline"}, file, where, problems);
        if (!keyRe.match(s.key).hasMatch())
            problems.add(file, tr("the detail key '%1' must be group.name in lowercase letters, digits and '_'").arg(s.key));
        s.group = s.key.section(QLatin1Char('.'), 0, 0);
        if (!groupIds.contains(s.group))
            problems.add(file, tr("%1: the group '%2' is not declared under 'groups'").arg(where, s.group));
        if (keys.contains(s.key))
            problems.add(file, tr("the detail '%1' is declared twice").arg(s.key));
        keys.insert(s.key);
        s.label = text(v, "label", file, where, problems);
        s.help = text(v, "help", file, where, problems, false);
        s.multiline = v.value("multiline", true);
        d.details.push_back(s);
    }
}

/// The points of MDR Annex I (gspr.json, optional): each point once, numbered as the Annex numbers it, titled in
/// both languages. The list is bounded, since a template folder may come from anyone.
void loadGspr(TemplateLibrary::Data &d, const QString &root, Problems &problems)
{
    const QString file = QDir(root).filePath(QStringLiteral("gspr.json"));
    auto j = readJson(file, problems, false);
    if (!j)
        return;
    constexpr int maxPoints = 500;
    checkKeys(*j, {"source", "basis", "groups"}, file, tr("gspr.json"), problems);
    d.gspr.source = jsonString(*j, "source");
    if (!d.gspr.source.startsWith(QStringLiteral("https://")))
        problems.add(file, tr("gspr.json: 'source' must be the https address of the Regulation's text"));
    d.gspr.basis = text(*j, "basis", file, tr("gspr.json"), problems);
    const Json groups = j->value("groups", Json());
    if (!groups.is_array() || groups.empty()) {
        problems.add(file, tr("gspr.json: 'groups' must be a list of headings with their points"));
        return;
    }
    static const QRegularExpression pointRe(QStringLiteral("^[1-9][0-9]?(\\.[1-9][0-9]?){0,2}$"));
    QSet<QString> seen;
    int count = 0;
    for (const Json &g : groups) {
        GsprGroup group;
        const QString where = tr("gspr.json group %1").arg(d.gspr.groups.size() + 1);
        if (!g.is_object()) {
            problems.add(file, tr("%1 must be an object with 'title' and 'points'").arg(where));
            continue;
        }
        checkKeys(g, {"title", "points"}, file, where, problems);
        group.title = text(g, "title", file, where, problems);
        const Json points = g.value("points", Json());
        if (!points.is_array() || points.empty())
            problems.add(file, tr("%1: 'points' must be a list of points").arg(where));
        for (const Json &p : points.is_array() ? points : Json::array()) {
            if (++count > maxPoints) {
                problems.add(file, tr("gspr.json holds more than %1 points").arg(maxPoints));
                return;
            }
            GsprPoint point;
            point.point = p.is_object() ? jsonString(p, "point") : QString();
            const QString pw = tr("GSPR point '%1'").arg(point.point);
            if (!p.is_object()) {
                problems.add(file, tr("%1: a point must be an object with 'point' and 'title'").arg(where));
                continue;
            }
            checkKeys(p, {"point", "title"}, file, pw, problems);
            if (!pointRe.match(point.point).hasMatch())
                problems.add(file, tr("%1: a point is numbered as in MDR Annex I, such as 17 or 10.4.1").arg(pw));
            if (seen.contains(point.point))
                problems.add(file, tr("%1 is listed twice").arg(pw));
            seen.insert(point.point);
            point.title = text(p, "title", file, pw, problems);
            group.points.push_back(point);
        }
        d.gspr.groups.push_back(std::move(group));
    }
}

RequiredItem::Kind kindOf(const QString &prefix, bool *ok)
{
    *ok = true;
    if (prefix == QStringLiteral("detail"))
        return RequiredItem::Kind::Detail;
    if (prefix == QStringLiteral("fact"))
        return RequiredItem::Kind::Fact;
    if (prefix == QStringLiteral("requirement"))
        return RequiredItem::Kind::Requirement;
    if (prefix == QStringLiteral("evidence"))
        return RequiredItem::Kind::Evidence;
    if (prefix == QStringLiteral("test_runs"))
        return RequiredItem::Kind::TestRuns;
    if (prefix == QStringLiteral("answers"))
        return RequiredItem::Kind::Answers;
    if (prefix == QStringLiteral("gspr_checklist"))
        return RequiredItem::Kind::Gspr;
    if (PostMarketModel::requiredNames().contains(prefix))
        return RequiredItem::Kind::PostMarket;
    if (RiskDocumentModel::requiredNames().contains(prefix))
        return RequiredItem::Kind::Risk;
    *ok = false;
    return RequiredItem::Kind::Detail;
}

/// The legal contents list of a manifest. An item that names a section must name one the document has (a manifest
/// section or an element id written in its HTML), so that a list claiming coverage cannot point at nothing.
void loadCoverage(DocumentTemplate &doc, const Json &manifest, const QString &file, const QSet<QString> &sectionIds,
                  Problems &problems)
{
    if (!manifest.contains("coverage"))
        return;
    if (!manifest["coverage"].is_array()) {
        problems.add(file, tr("'coverage' must be a list of legal items"));
        return;
    }
    const QString html = QString::fromUtf8(doc.html);
    QSet<QString> seen;
    for (const Json &c : manifest["coverage"]) {
        CoverageItem item;
        item.item = jsonString(c, "item");
        const QString where = tr("coverage item '%1'").arg(item.item);
        checkKeys(c, {"item", "title", "section", "source"}, file, where, problems);
        if (item.item.trimmed().isEmpty())
            problems.add(file, tr("a coverage item has no 'item' (the legal reference)"));
        if (seen.contains(item.item))
            problems.add(file, tr("%1 is listed twice").arg(where));
        seen.insert(item.item);
        item.title = text(c, "title", file, where, problems);
        item.section = jsonString(c, "section");
        item.source = jsonString(c, "source");
        if (!item.source.isEmpty() && !item.source.startsWith(QStringLiteral("https://")))
            problems.add(file, tr("%1: the source must be an https address").arg(where));
        if (!item.section.isEmpty() && !sectionIds.contains(item.section) &&
            !html.contains(QStringLiteral("id=\"%1\"").arg(item.section)))
            problems.add(file, tr("%1: the section '%2' is neither a section of the manifest nor an element id in %3")
                                   .arg(where, item.section, QFileInfo(doc.templatePath).fileName()));
        doc.coverage.push_back(std::move(item));
    }
}

void loadDocument(TemplateLibrary::Data &d, const QString &folder, const guidance::GuidanceLibrary &guidance,
                  Problems &problems)
{
    const QString file = QDir(folder).filePath(QStringLiteral("manifest.json"));
    auto j = readJson(file, problems);
    if (!j)
        return;
    DocumentTemplate doc;
    doc.folder = folder;
    doc.id = jsonString(*j, "id");
    const QString where = tr("document '%1'").arg(doc.id);
    checkKeys(*j, {"id", "title", "description", "basis", "roles", "template", "sections", "required", "strings",
                   "coverage", "required_if"}, file, where, problems);
    if (!validId(doc.id))
        problems.add(file, tr("the id '%1' must be lowercase letters, digits and '-'").arg(doc.id));
    if (doc.id != QFileInfo(folder).fileName())
        problems.add(file, tr("the id '%1' must equal the folder's name '%2'").arg(doc.id, QFileInfo(folder).fileName()));
    doc.title = text(*j, "title", file, where, problems);
    doc.description = text(*j, "description", file, where, problems);
    doc.basis = text(*j, "basis", file, where, problems);
    // Whose document it is decides who may build it (a deployer does not issue the provider's declaration).
    doc.roles = stringList(*j, "roles", file, where, problems);
    if (doc.roles.isEmpty())
        problems.add(file, tr("%1: 'roles' must list whom the document is for: provider, deployer or both").arg(where));
    for (const QString &role : doc.roles)
        if (role != QStringLiteral("provider") && role != QStringLiteral("deployer"))
            problems.add(file, tr("%1: the role '%2' is neither provider nor deployer").arg(where, role));
    doc.requiredIf = jsonString(*j, "required_if");
    if (!doc.requiredIf.isEmpty()) {
        const guidance::FactSpec *fact = guidance.fact(doc.requiredIf);
        if (!fact)
            problems.add(file, tr("%1: the fact '%2' under 'required_if' is not in the guidance packs").arg(where, doc.requiredIf));
        else if (fact->type != guidance::FactType::Bool)
            problems.add(file, tr("%1: 'required_if' needs a yes/no fact; '%2' is not one").arg(where, doc.requiredIf));
    }
    const QString templateName = jsonString(*j, "template", QStringLiteral("document.html"));
    if (templateName.contains(QLatin1Char('/')) || !templateName.endsWith(QStringLiteral(".html")))
        problems.add(file, tr("the template '%1' must be an .html file in the document's folder").arg(templateName));
    doc.templatePath = QDir(folder).filePath(templateName);
    if (auto html = readFile(doc.templatePath, problems))
        doc.html = *html;

    auto knownDetail = [&](const QString &key) {
        return std::any_of(d.details.begin(), d.details.end(), [&](const DetailSpec &s) { return s.key == key; });
    };
    QSet<QString> sectionIds;
    for (const Json &s : j->value("sections", Json::array())) {
        TemplateSection section;
        section.id = jsonString(s, "id");
        const QString sw = tr("section '%1'").arg(section.id);
        checkKeys(s, {"id", "title", "intro", "details", "requirements", "facts", "show"}, file, sw, problems);
        if (section.id.isEmpty())
            problems.add(file, tr("a section has no id"));
        if (sectionIds.contains(section.id))
            problems.add(file, tr("the section '%1' occurs twice").arg(section.id));
        sectionIds.insert(section.id);
        section.title = text(s, "title", file, sw, problems);
        section.intro = text(s, "intro", file, sw, problems, false);
        section.details = stringList(s, "details", file, sw, problems);
        section.requirements = stringList(s, "requirements", file, sw, problems);
        section.facts = stringList(s, "facts", file, sw, problems);
        section.show = stringList(s, "show", file, sw, problems);
        for (const QString &b : section.show)
            if (!sectionBlocks().contains(b))
                problems.add(file, tr("%1: unknown block '%2' under 'show'; allowed: %3")
                                       .arg(sw, b, sectionBlocks().join(QStringLiteral(", "))));
        for (const QString &k : section.details)
            if (!knownDetail(k))
                problems.add(file, tr("%1: the detail '%2' is not in details.json").arg(sw, k));
        for (const QString &u : section.requirements)
            if (!guidance.requirement(u))
                problems.add(file, tr("%1: the requirement '%2' is not in the guidance packs").arg(sw, u));
        for (const QString &f : section.facts)
            if (!guidance.fact(f))
                problems.add(file, tr("%1: the fact '%2' is not in the guidance packs").arg(sw, f));
        doc.sections.push_back(section);
    }
    for (QString r : stringList(*j, "required", file, where, problems)) {
        RequiredItem item;
        if (const qsizetype at = r.lastIndexOf(QLatin1Char('@')); at >= 0) {
            item.role = r.mid(at + 1);
            r.truncate(at);
            if (item.role != QStringLiteral("provider") && item.role != QStringLiteral("deployer"))
                problems.add(file, tr("%1: the required item '%2' names the role '%3'; write @provider or @deployer")
                                       .arg(where, r, item.role));
        }
        const qsizetype colon = r.indexOf(QLatin1Char(':'));
        bool ok = false;
        item.kind = kindOf(colon < 0 ? r : r.left(colon), &ok);
        item.ref = colon < 0 ? QString() : r.mid(colon + 1);
        if (!ok) {
            problems.add(file, tr("the required item '%1' must start with detail:, fact:, requirement:, evidence:, or be "
                                  "test_runs, answers, gspr_checklist or one of %2")
                                   .arg(r, (PostMarketModel::requiredNames() + RiskDocumentModel::requiredNames())
                                               .join(QStringLiteral(", "))));
            continue;
        }
        if (item.kind == RequiredItem::Kind::PostMarket || item.kind == RequiredItem::Kind::Risk) {
            if (colon >= 0)
                problems.add(file, tr("the required item '%1' is not well formed").arg(r));
            item.ref = colon < 0 ? r : r.left(colon); // the name is the item: monitoring_plan, incidents, ...
        }
        const bool needsRef = item.kind != RequiredItem::Kind::TestRuns && item.kind != RequiredItem::Kind::Answers &&
                              item.kind != RequiredItem::Kind::Gspr;
        if (needsRef != !item.ref.isEmpty())
            problems.add(file, tr("the required item '%1' is not well formed").arg(r));
        else if (item.kind == RequiredItem::Kind::Detail && !knownDetail(item.ref))
            problems.add(file, tr("the required detail '%1' is not in details.json").arg(item.ref));
        else if (item.kind == RequiredItem::Kind::Fact && !guidance.fact(item.ref))
            problems.add(file, tr("the required fact '%1' is not in the guidance packs").arg(item.ref));
        else if ((item.kind == RequiredItem::Kind::Requirement || item.kind == RequiredItem::Kind::Evidence) &&
                 !guidance.requirement(item.ref))
            problems.add(file, tr("the required requirement '%1' is not in the guidance packs").arg(item.ref));
        doc.required.push_back(item);
    }
    const bool usesGspr = std::any_of(doc.sections.begin(), doc.sections.end(),
                                      [](const TemplateSection &s) { return s.show.contains(QStringLiteral("gspr")); }) ||
                          std::any_of(doc.required.begin(), doc.required.end(),
                                      [](const RequiredItem &r) { return r.kind == RequiredItem::Kind::Gspr; });
    if (usesGspr && d.gspr.isEmpty())
        problems.add(file, tr("%1 shows or requires the GSPR checklist, but the folder has no gspr.json").arg(where),
                     tr("Add gspr.json with the points of MDR Annex I, as the shipped templates have it."));
    if (j->contains("strings"))
        doc.strings = strings((*j)["strings"], file, problems);
    loadCoverage(doc, *j, file, sectionIds, problems);
    d.documents.push_back(std::move(doc));
}

/// The tags of a template or partial: syntax, set-delimiters, unescaped output, partials.
void checkTags(const QByteArray &bytes, const QString &file, const std::map<QString, QByteArray> &partials,
               Problems &problems)
{
    for (const Tag &t : scanTags(bytes, file, problems)) {
        if (t.sigil == QLatin1Char('='))
            problems.add(file, t.line, t.column, tr("changing the Mustache delimiters is not allowed"),
                         tr("Use {{ and }} throughout."));
        if ((t.sigil == QLatin1Char('{') || t.sigil == QLatin1Char('&')) && !isSafeMarkupName(t.name))
            problems.add(file, t.line, t.column,
                         tr("'%1' is printed without HTML escaping; only names ending in _svg, _html or _css may be")
                             .arg(t.name),
                         tr("Use {{%1}} instead.").arg(t.name));
        if (t.sigil == QLatin1Char('>') && !partials.count(t.name))
            problems.add(file, t.line, t.column, tr("the partial '%1' does not exist").arg(t.name),
                         tr("Partials are the .mustache files in templates/shared."));
    }
}

/// Where a name is first written in a template or its partials, for the message about it.
SourceLocation locate(const QString &name, const DocumentTemplate &doc, const std::map<QString, QByteArray> &partials,
                      const QString &sharedDir)
{
    Problems ignored;
    for (const Tag &t : scanTags(doc.html, doc.templatePath, ignored))
        if (t.name == name)
            return {doc.templatePath, t.line, t.column};
    for (const auto &[pname, bytes] : partials)
        for (const Tag &t : scanTags(bytes, pname, ignored))
            if (t.name == name)
                return {QDir(sharedDir).filePath(pname + QStringLiteral(".mustache")), t.line, t.column};
    return {doc.templatePath};
}

/// Reads every part of a template folder and checks what can be checked without rendering: files, manifests,
/// references into the guidance and the details, strings, markup safety and tags.
std::shared_ptr<TemplateLibrary::Data> readTemplates(const QString &root, const guidance::GuidanceLibrary &guidance,
                                                     Problems &problems)
{
    auto data = std::make_shared<TemplateLibrary::Data>();
    data->root = root;
    if (!QFileInfo(root).isDir()) {
        problems.add(root, tr("is not a folder of document templates"));
        return data;
    }
    const QString css = QDir(root).filePath(QStringLiteral("print.css"));
    if (auto bytes = readFile(css, problems)) {
        data->stylesheet = *bytes;
        checkMarkup(*bytes, css, problems);
        if (bytes->contains("</"))
            problems.add(css, tr("the stylesheet may not contain '</'"));
    }
    const QString shared = QDir(root).filePath(QStringLiteral("shared"));
    const QString stringsFile = QDir(shared).filePath(QStringLiteral("strings.json"));
    if (auto j = readJson(stringsFile, problems))
        data->strings = strings(*j, stringsFile, problems);
    for (const QString &word : DocumentModel::vocabulary())
        if (!data->strings.count(word))
            problems.add(stringsFile, tr("the string '%1' is missing; the document data needs it").arg(word));
    const QFileInfoList partialFiles = QDir(shared).entryInfoList({QStringLiteral("*.mustache")}, QDir::Files, QDir::Name);
    if (partialFiles.size() > TemplateLibrary::maxDocuments * 4)
        problems.add(shared, tr("holds too many partials"));
    for (const QFileInfo &p : partialFiles)
        if (auto bytes = readFile(p.filePath(), problems))
            data->partials[p.completeBaseName()] = *bytes;
    for (const auto &[name, bytes] : data->partials) {
        const QString file = QDir(shared).filePath(name + QStringLiteral(".mustache"));
        checkMarkup(bytes, file, problems);
        checkTags(bytes, file, data->partials, problems);
    }
    loadDetails(*data, root, problems);
    loadGspr(*data, root, problems);

    QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    folders.removeAll(QStringLiteral("shared"));
    if (folders.size() > TemplateLibrary::maxDocuments)
        problems.add(root, tr("holds more than %1 document folders").arg(TemplateLibrary::maxDocuments));
    for (const QString &f : folders.mid(0, TemplateLibrary::maxDocuments))
        loadDocument(*data, QDir(root).filePath(f), guidance, problems);
    for (const DocumentTemplate &doc : data->documents) {
        checkMarkup(doc.html, doc.templatePath, problems);
        checkTags(doc.html, doc.templatePath, data->partials, problems);
        for (const auto &[name, t] : doc.strings)
            if (data->strings.count(name))
                problems.add(QDir(doc.folder).filePath(QStringLiteral("manifest.json")),
                             tr("the string '%1' is also a shared string; give it another name").arg(name));
    }
    return data;
}

} // namespace

TemplateLibrary::TemplateLibrary() : d(std::make_shared<Data>()) {}

// The registrations' field lists (registration.json, docs/registration.md): every detail they draw on is in the
// catalog, and every section names a requirement of the packs (whose applicability says when it is due), unless it
// is a voluntary entry.
// The registration's readable document (registration.html): safe markup and tags, and every name it prints in the
// data of each format, in both languages.
static void checkRegistrationDocument(const QString &root, const std::vector<Registration> &formats,
                                      const TemplateLibrary &lib, Problems &problems)
{
    const QString file = Registration::templateFile(root);
    const auto bytes = readFile(file, problems);
    if (!bytes)
        return;
    const std::size_t before = problems.m_errors.size();
    checkMarkup(*bytes, file, problems);
    checkTags(*bytes, file, lib.partials(), problems);
    if (problems.m_errors.size() != before)
        return;
    for (const Registration &r : formats)
        for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")})
            if (auto html = r.toHtml(lib, lang, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)); !html)
                problems.add(html.error());
}

static void checkRegistrations(const QString &root, const guidance::GuidanceLibrary &guidance,
                               const TemplateLibrary &lib, const TemplateLibrary::Data &data, Problems &problems)
{
    const QString file = QDir(root).filePath(QStringLiteral("registration.json"));
    if (!QFileInfo::exists(file))
        return;
    auto formats = Registration::readFile(file);
    if (!formats) {
        problems.add(formats.error());
        return;
    }
    QSet<QString> details;
    for (const DetailSpec &d : data.details)
        details.insert(QStringLiteral("detail:") + d.key);
    for (const Registration &r : *formats)
        for (const RegistrationSection &s : r.sections) {
            for (const RegistrationField &f : s.fields)
                for (const QString &source : f.from)
                    if (source.startsWith(QStringLiteral("detail:")) && !details.contains(source))
                        problems.add(file, TemplateLibrary::tr("%1, field %2: the detail '%3' is not in details.json")
                                               .arg(r.id, f.point, source.mid(7)));
            if (!s.requirement.isEmpty() && !guidance.requirement(s.requirement))
                problems.add(file, TemplateLibrary::tr("%1, section %2: no pack has the requirement %3")
                                       .arg(r.id, s.id, s.requirement));
        }
    checkRegistrationDocument(root, *formats, lib, problems);
}

std::vector<Error> TemplateLibrary::check(const QString &root, const guidance::GuidanceLibrary &guidance,
                                          TemplateCounts *counts)
{
    Problems problems;
    auto data = readTemplates(root, guidance, problems);
    const QString shared = QDir(root).filePath(QStringLiteral("shared"));
    // Rendering against a full and an empty specimen finds every name the data does not have.
    if (problems.m_errors.empty()) {
        TemplateLibrary lib;
        lib.d = data;
        for (bool full : {true, false}) {
            const ProjectSnapshot specimen = specimenProject(guidance, lib, full);
            for (const DocumentTemplate &doc : data->documents) {
                for (const QString &lang : {QStringLiteral("nb"), QStringLiteral("en")}) {
                    QSet<QString> unresolved;
                    const Json model = DocumentModel::build(specimen, lib, doc, lang, PackageContext{});
                    auto html = DocumentRenderer::render(lib, doc, model, &unresolved);
                    if (!html) {
                        problems.add(html.error().at({doc.templatePath}));
                        break;
                    }
                    QStringList names = unresolved.values();
                    names.sort();
                    for (const QString &name : names) {
                        const SourceLocation at = locate(name, doc, data->partials, shared);
                        problems.add(at.file, at.line, at.column,
                                     tr("the name '%1' is not in the document data").arg(name),
                                     tr("Check its spelling against docs/packages.md, \"Template data\"."));
                    }
                    if (!names.isEmpty())
                        break;
                }
            }
        }
    }
    TemplateLibrary lib;
    lib.d = data;
    checkRegistrations(root, guidance, lib, *data, problems);
    // One message per place, even when both specimens and both languages found it.
    std::vector<Error> out;
    QSet<QString> seen;
    for (const Error &e : problems.m_errors)
        if (!seen.contains(e.toString())) {
            seen.insert(e.toString());
            out.push_back(e);
        }
    if (counts) {
        counts->documents = int(data->documents.size());
        counts->partials = int(data->partials.size());
        counts->details = int(data->details.size());
    }
    return out;
}

Result<TemplateLibrary> TemplateLibrary::load(const QString &root, const guidance::GuidanceLibrary &guidance)
{
    // The render check ran when the templates were built (`templates check`); loading repeats every check that
    // keeps a template from outside safe, which is cheap.
    Problems problems;
    auto data = readTemplates(root, guidance, problems);
    if (!problems.m_errors.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < problems.m_errors.size() && i < 5; ++i)
            lines << problems.m_errors[i].toString();
        return Error::runtime(tr("the document templates in %1 have %n problem(s): %2", nullptr, int(problems.m_errors.size()))
                                  .arg(root, lines.join(QStringLiteral("; "))),
                              tr("Run 'veiviser-cli templates check %1' for all of them.").arg(root));
    }
    TemplateLibrary lib;
    lib.d = data;
    return lib;
}

Result<TemplateLibrary> TemplateLibrary::loadShipped(const guidance::GuidanceLibrary &guidance)
{
    return load(QDir(dataDirectory()).filePath(QStringLiteral("templates")), guidance);
}

const QString &TemplateLibrary::root() const { return d->root; }
const std::vector<DocumentTemplate> &TemplateLibrary::documents() const { return d->documents; }
const std::vector<DetailSpec> &TemplateLibrary::details() const { return d->details; }
const std::vector<DetailGroup> &TemplateLibrary::detailGroups() const { return d->groups; }
const QByteArray &TemplateLibrary::stylesheet() const { return d->stylesheet; }
const std::map<QString, QByteArray> &TemplateLibrary::partials() const { return d->partials; }
const std::map<QString, LocalizedText> &TemplateLibrary::sharedStrings() const { return d->strings; }

const DocumentTemplate *TemplateLibrary::document(const QString &id) const
{
    for (const DocumentTemplate &doc : d->documents)
        if (doc.id == id)
            return &doc;
    return nullptr;
}

const DetailSpec *TemplateLibrary::detail(const QString &key) const
{
    for (const DetailSpec &s : d->details)
        if (s.key == key)
            return &s;
    return nullptr;
}

bool TemplateLibrary::isDetailKey(const QString &key) const
{
    const auto gsprKey = GsprChecklist::parseKey(key);
    return detail(key) || (gsprKey && d->gspr.point(gsprKey->first));
}

const GsprCatalog &TemplateLibrary::gspr() const { return d->gspr; }

Status TemplateLibrary::checkDetailTexts(std::vector<DetailText> &values, const ProjectStore &store) const
{
    for (DetailText &v : values) {
        if (detail(v.key))
            continue;
        const auto gsprKey = GsprChecklist::parseKey(v.key);
        if (!gsprKey)
            return Error::input(tr("unknown detail '%1'").arg(v.key),
                                tr("'veiviser-cli details list FILE' shows the details; the GSPR checklist's are "
                                   "gspr.POINT.FIELD."));
        std::optional<Error> lookupFailed;
        VV_TRY(GsprChecklist::checkValue(d->gspr, v.key, v.value, [&](qint64 id) {
            auto found = EvidenceTable::find(store, id);
            if (!found)
                lookupFailed = found.error();
            return found && found->has_value();
        }));
        if (lookupFailed)
            return *lookupFailed;
        if (GsprChecklist::isLanguageNeutral(gsprKey->second))
            v.lang = QStringLiteral("nb");
        v.value = v.value.trimmed();
    }
    return {};
}

static bool isTraceBlock(const QString &name)
{
    return name == QStringLiteral("trace_matrix") || name == QStringLiteral("trace_gaps");
}

bool DocumentTemplate::showsTrace() const
{
    for (const TemplateSection &section : sections)
        if (std::any_of(section.show.begin(), section.show.end(), isTraceBlock))
            return true;
    return std::any_of(required.begin(), required.end(),
                       [](const RequiredItem &r) { return r.kind == RequiredItem::Kind::Risk && isTraceBlock(r.ref); });
}

bool DocumentTemplate::showsMeasuredWindows() const
{
    for (const TemplateSection &section : sections)
        if (std::any_of(section.show.begin(), section.show.end(), isMeasuredBlock))
            return true;
    return std::any_of(required.begin(), required.end(), [](const RequiredItem &r) {
        return r.kind == RequiredItem::Kind::PostMarket && isMeasuredBlock(r.ref);
    });
}

} // namespace vv::packaging
