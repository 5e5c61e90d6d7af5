#include "packaging/Registration.h"

#include "core/Environment.h"
#include "core/RegularFile.h"
#include "core/Version.h"
#include "guidance/Assessment.h"
#include "guidance/GuidanceLibrary.h"
#include "packaging/DocumentFormats.h"
#include "packaging/DocumentRenderer.h"
#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"
#include "tracking/ProjectProgress.h"

#include <QDir>
#include <QFileInfo>

#include <map>

namespace vv::packaging {

namespace {

LocalizedText localized(const Json &obj, const char *key)
{
    if (!obj.contains(key) || !obj[key].is_object())
        return {};
    return {jsonString(obj[key], "nb"), jsonString(obj[key], "en")};
}

Error problem(const QString &path, const QString &what)
{
    return Error::input(QStringLiteral("%1: %2").arg(path, what),
                        Registration::tr("Correct the registration file; its shape is in docs/registration.md."));
}

Result<RegistrationField> readField(const Json &f, const QString &path)
{
    RegistrationField field;
    field.id = jsonString(f, "id");
    field.point = jsonString(f, "point");
    field.label = localized(f, "label");
    field.optional = f.value("optional", false);
    if (field.id.isEmpty() || field.point.isEmpty() || field.label.nb.isEmpty() || field.label.en.isEmpty())
        return problem(path, Registration::tr("a field needs an id, a point and a label in nb and en"));
    if (!f.contains("from") || !f["from"].is_array())
        return problem(path, Registration::tr("the field '%1' needs a list 'from' (empty when Veiviser holds nothing for it)")
                                 .arg(field.id));
    for (const Json &s : f["from"]) {
        const QString source = s.is_string() ? fromStd(s.get<std::string>()) : QString();
        if (!source.startsWith(QStringLiteral("detail:")) && !source.startsWith(QStringLiteral("project:")))
            return problem(path, Registration::tr("the field '%1' names '%2'; a source is detail:KEY or project:name|system_version")
                                     .arg(field.id, source));
        field.from << source;
    }
    return field;
}

Result<RegistrationSection> readSection(const Json &s, const QString &path)
{
    RegistrationSection section;
    section.id = jsonString(s, "id");
    section.role = jsonString(s, "role");
    section.basis = jsonString(s, "basis");
    section.requirement = jsonString(s, "requirement");
    section.title = localized(s, "title");
    section.visibility = localized(s, "visibility");
    section.voluntary = localized(s, "voluntary");
    if (section.id.isEmpty() || section.basis.isEmpty() || section.requirement.isEmpty() == section.voluntary.isEmpty() ||
        section.title.isEmpty() || section.visibility.isEmpty())
        return problem(path, Registration::tr("a section needs an id, a basis, either a requirement or the reason "
                                              "for a voluntary entry, a title and a visibility"));
    if (!s.contains("fields") || !s["fields"].is_array())
        return problem(path, Registration::tr("section %1 has no fields").arg(section.id));
    for (const Json &f : s["fields"]) {
        auto field = readField(f, path);
        if (!field)
            return field.error();
        section.fields.push_back(*field);
    }
    return section;
}

// The project's own values and details, read once.
struct ProjectValues {
    std::map<QString, QString> values;
    QString get(const QString &source) const
    {
        const auto it = values.find(source);
        return it == values.end() ? QString() : it->second;
    }
};

Result<ProjectValues> readValues(ProjectStore &store, const QString &lang)
{
    ProjectValues v;
    auto info = store.info();
    if (!info)
        return info.error();
    v.values[QStringLiteral("project:name")] = info->name;
    v.values[QStringLiteral("project:system_version")] = info->systemVersion;
    auto details = DocumentDetailTable(store).all();
    if (!details)
        return details.error();
    for (const DocumentDetail &d : *details)
        v.values[QStringLiteral("detail:") + d.key] = d.text.in(lang);
    return v;
}

} // namespace

Result<std::vector<Registration>> Registration::readFile(const QString &path)
{
    auto doc = readJsonFile(path, maxFileBytes);
    if (!doc)
        return doc.error();
    if (!doc->is_object() || !doc->contains("formats") || !(*doc)["formats"].is_array())
        return problem(path, tr("the file needs a list 'formats'"));
    std::vector<Registration> out;
    for (const Json &f : (*doc)["formats"]) {
        Registration r;
        r.id = jsonString(f, "id");
        r.title = localized(f, "title");
        r.machineFormat = localized(f, "machine_format");
        if (f.contains("source") && f["source"].is_object()) {
            r.sourceTitle = jsonString(f["source"], "title");
            r.sourceUrl = jsonString(f["source"], "url");
        }
        if (r.id.isEmpty() || r.title.isEmpty() || r.sourceTitle.isEmpty() || !f.contains("sections") ||
            !f["sections"].is_array())
            return problem(path, tr("a format needs an id, a title, a source and sections"));
        for (const Json &s : f["sections"]) {
            auto section = readSection(s, path);
            if (!section)
                return section.error();
            r.sections.push_back(*section);
        }
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<Registration>> Registration::loadShipped()
{
    return readFile(QDir(dataDirectory()).filePath(QStringLiteral("templates/registration.json")));
}

// Whether the law asks this project for the section, from its requirement's applicability; a voluntary entry (a
// public register no law requires) says so with its reason instead.
Status Registration::decideDue(RegistrationSection &s, const guidance::Assessment &assessment,
                               const guidance::GuidanceLibrary &library, const QString &lang) const
{
    if (s.requirement.isEmpty()) {
        s.required = QStringLiteral("voluntary");
        s.why = s.voluntary.in(lang);
        return {};
    }
    const guidance::RequirementApplicability *applies = assessment.requirement(s.requirement);
    if (!applies)
        return Error::runtime(tr("the installed guidance has no requirement %1, which the registration %2 names")
                                  .arg(s.requirement, id),
                              tr("Install the guidance packs that come with this version of Veiviser."));
    s.required = applies->state == guidance::Applicability::Applies         ? QStringLiteral("yes")
                 : applies->state == guidance::Applicability::DoesNotApply ? QStringLiteral("no")
                                                                           : QStringLiteral("unknown");
    s.why = applies->reason(&library);
    return {};
}

Status Registration::fill(ProjectStore &store, const guidance::GuidanceLibrary &library, const QString &lang)
{
    auto values = readValues(store, lang);
    if (!values)
        return values.error();
    auto info = store.info();
    if (!info)
        return info.error();
    project = *info;
    QStringList packs;
    for (const guidance::Pack &p : library.packs())
        packs << QStringLiteral("%1 %2").arg(p.id, p.version);
    packsText = packs.join(QStringLiteral(", "));
    auto assessment = tracking::assessProject(store, library);
    if (!assessment)
        return assessment.error();
    for (RegistrationSection &s : sections) {
        VV_TRY(decideDue(s, *assessment, library, lang));
        for (RegistrationField &f : s.fields) {
            QStringList parts;
            for (const QString &source : f.from)
                if (const QString v = values->get(source).trimmed(); !v.isEmpty() && !parts.contains(v))
                    parts << v;
            f.value = parts.join(QStringLiteral("\n"));
        }
    }
    return {};
}

Json Registration::toJson(const QString &lang) const
{
    Json sectionList = Json::array();
    Json missing = Json::array();
    for (const RegistrationSection &s : sections) {
        Json fields = Json::array();
        for (const RegistrationField &f : s.fields) {
            fields.push_back({{"id", toStd(f.id)},
                              {"point", toStd(f.point)},
                              {"label", toStd(f.label.in(lang))},
                              {"value", f.value.isEmpty() ? Json() : Json(toStd(f.value))},
                              {"optional", f.optional},
                              {"from", vv::toJson(f.from)}});
            if (f.value.isEmpty() && !f.optional && s.required != QStringLiteral("no"))
                missing.push_back(toStd(f.point + QLatin1Char(' ') + f.label.in(lang)));
        }
        sectionList.push_back({{"id", toStd(s.id)},
                               {"role", toStd(s.role)},
                               {"basis", toStd(s.basis)},
                               {"title", toStd(s.title.in(lang))},
                               {"required", toStd(s.required)},
                               {"requirement", toStd(s.requirement)},
                               {"why", toStd(s.why)},
                               {"visibility", toStd(s.visibility.in(lang))},
                               {"fields", fields}});
    }
    return {{"format", toStd(id)},
            {"title", toStd(title.in(lang))},
            {"language", toStd(lang)},
            {"source", {{"title", toStd(sourceTitle)}, {"url", toStd(sourceUrl)}}},
            {"machine_format", toStd(machineFormat.in(lang))},
            {"sections", sectionList},
            {"missing", missing}};
}

QString Registration::templateFile(const QString &templateRoot)
{
    return QDir(templateRoot).filePath(QStringLiteral("registration.html"));
}

// The data of templates/registration.html: the export itself, with what the shared head, missing box and foot of
// the other documents read, and each section and field marked the way the document shows it.
Json Registration::documentModel(const TemplateLibrary &templates, const QString &lang, const QDateTime &generated) const
{
    Json m = toJson(lang);
    Json words = Json::object();
    for (const auto &[k, t] : templates.sharedStrings())
        words[toStd(k)] = toStd(t.in(lang));
    const auto word = [&](const QString &key) {
        const auto it = templates.sharedStrings().find(key);
        return it == templates.sharedStrings().end() ? key : it->second.in(lang);
    };
    for (Json &s : m["sections"]) {
        const QString required = fromStd(s["required"].get<std::string>());
        s["required_text"] = toStd(word(QStringLiteral("reg_required_") + required));
        s["is_due"] = required != QStringLiteral("no");
        for (Json &f : s["fields"]) {
            Json lines = Json::array();
            if (f["value"].is_string())
                for (const QString &line : fromStd(f["value"].get<std::string>()).split(QLatin1Char('\n')))
                    lines.push_back({{"line", toStd(line)}});
            f["value_lines"] = lines;
            f["is_missing"] = lines.empty() && !f["optional"].get<bool>();
            f["is_optional_empty"] = lines.empty() && f["optional"].get<bool>();
        }
    }
    Json missing = Json::array();
    for (const Json &label : m["missing"])
        missing.push_back({{"label", label}});
    const QString version = QStringLiteral(VV_VERSION);
    m["lang"] = toStd(lang);
    m["t"] = words;
    m["document"] = {{"title", toStd(title.in(lang))}, {"basis", toStd(sourceTitle)},
                     {"description", toStd(machineFormat.in(lang))}};
    m["project"] = {{"name", toStd(project.name)},
                    {"system_version", toStd(project.systemVersion)},
                    {"role_text", toStd(word(QStringLiteral("role_") + roleToString(project.role)))}};
    m["generated"] = {{"time", toStd(isoUtc(generated))}, {"program_version", toStd(version)},
                      {"packs_text", toStd(packsText)}};
    m["footer_text"] = toStd(word(QStringLiteral("footer_format"))
                                 .arg(title.in(lang), project.name, project.systemVersion, version, packsText,
                                      isoUtc(generated)));
    m["is_draft"] = !missing.empty();
    m["has_missing"] = !missing.empty();
    m["missing_count"] = int(missing.size());
    m["missing"] = missing;
    m["not_required"] = false;
    m["not_required_text"] = "";
    return m;
}

Result<QByteArray> Registration::toHtml(const TemplateLibrary &templates, const QString &lang,
                                        const QDateTime &generated) const
{
    DocumentTemplate doc;
    doc.templatePath = templateFile(templates.root());
    auto html = readRegularFile(doc.templatePath, maxTemplateBytes);
    if (!html)
        return html.error();
    doc.html = *html;
    QSet<QString> unresolved;
    auto out = DocumentRenderer::render(templates, doc, documentModel(templates, lang, generated), &unresolved);
    if (!out)
        return out.error();
    // A name the data does not have would be a blank in the document; `templates check` finds it first.
    if (!unresolved.isEmpty()) {
        QStringList names = unresolved.values();
        names.sort();
        return Error::input(tr("%1: the names %2 are not in the registration's data")
                                .arg(doc.templatePath, names.join(QStringLiteral(", "))),
                            tr("Check their spelling against docs/registration.md."));
    }
    return out;
}

Result<QByteArray> Registration::documentAs(const QByteArray &html, const QString &format, const PdfPrinter *pdf,
                                            const QDateTime &generated)
{
    if (format == QStringLiteral("html"))
        return html;
    if (format == QStringLiteral("docx"))
        return DocxConverter::convert(html, generated);
    if (format != QStringLiteral("pdf"))
        return Error::input(tr("unknown document format '%1'").arg(format), tr("Give html, pdf or docx."));
    if (!pdf)
        return Error::runtime(tr("no PDF printer is available"));
    auto pdfs = pdf->print({html});
    if (!pdfs)
        return pdfs.error();
    if (pdfs->size() != 1)
        return Error::runtime(tr("the PDF step returned %1 documents instead of 1").arg(pdfs->size()));
    return pdfs->front();
}

Status Registration::writeDocument(const guidance::GuidanceLibrary &library, const QString &lang, const QString &path,
                                   ExistingFile existing) const
{
    auto templates = TemplateLibrary::loadShipped(library);
    if (!templates)
        return templates.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto html = toHtml(*templates, lang, now);
    if (!html)
        return html.error();
    const ExternalPdfPrinter pdf;
    auto bytes = documentAs(*html, QFileInfo(path).suffix().toLower(), &pdf, now);
    if (!bytes)
        return bytes.error();
    return writeOutputFile(path, *bytes, existing);
}

} // namespace vv::packaging
