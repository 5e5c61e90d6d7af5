#pragma once

#include "guidance/GuidanceLibrary.h"
#include "packaging/GsprChecklist.h"
#include "store/DocumentDetailTable.h"

#include <QByteArray>
#include <QCoreApplication>

#include <map>
#include <memory>
#include <vector>

namespace vv::packaging {

using guidance::LocalizedText;

/// A text a document needs that no guidance question asks: its key, label and help, in both languages.
struct DetailSpec {
    QString key;      ///< "group.name"
    QString group;
    LocalizedText label;
    LocalizedText help;
    bool multiline = true;
};

/// A heading under which the details are grouped in forms (system, manufacturer, DPIA, ...).
struct DetailGroup {
    QString id;
    LocalizedText title;
};

/// One numbered section of a document: its title and introduction, and the details, requirements and derived facts
/// that fill it.
struct TemplateSection {
    QString id;
    LocalizedText title;
    LocalizedText intro;
    QStringList details;
    QStringList requirements;
    QStringList facts;
    QStringList show; ///< blocks shown at the end of the section: classification, test_runs, evidence, ...
};

/// Data a document cannot be complete without; what is missing is listed in the document and by `package build`.
struct RequiredItem {
    enum class Kind { Detail, Fact, Requirement, Evidence, TestRuns, Answers, PostMarket, Gspr, Risk };
    Kind kind = Kind::Detail;
    QString ref; ///< the detail key, fact id, URN or post-market name (monitoring_plan, ...); empty for test runs and answers
    /// "provider" or "deployer" when only that role must give it ("detail:clinical.pmcf@provider": PMCF is the
    /// manufacturer's duty, not the hospital's); empty for both.
    QString role;
};

/// One item of the legal contents list a document answers to (AI Act Annex IV 2(d), GDPR Art. 35(7)(c), a TRIPOD+AI
/// item), and where the document holds it. A regulator's analyst checks the list against the law without reading
/// the templates; `templates coverage` prints it.
struct CoverageItem {
    QString item;      ///< the legal reference as it is cited, "AI Act Annex IV 2(d)"
    LocalizedText title; ///< what the item asks for
    QString section;   ///< the document's section (or element id) that holds it; empty when not covered yet
    QString source;    ///< where the text of the item can be read (an https URL)
};

/// A document template: its manifest (id, titles, sections, required data, strings) and its Mustache HTML.
struct DocumentTemplate {
    QString id;
    LocalizedText title;
    LocalizedText description;
    LocalizedText basis;    ///< the law or guideline the document follows
    QString folder;
    QString templatePath;   ///< the HTML file, for messages
    QByteArray html;
    std::vector<TemplateSection> sections;
    std::vector<RequiredItem> required;
    std::map<QString, LocalizedText> strings;
    QStringList roles;      ///< whose duty the document is: "provider", "deployer" or both
    /// A yes/no fact that says whether the law asks for the document at all (ai_act.fria_required); when the
    /// classification says no, nothing in it counts as missing and it says why it is not required.
    QString requiredIf;
    std::vector<CoverageItem> coverage; ///< the legal contents list, item by item

    /// Whether a project in this role ("provider", "deployer" or "both") is the one the document is for. A project
    /// in both roles may build every document.
    bool isFor(const QString &projectRole) const
    {
        return projectRole == QStringLiteral("both") || roles.contains(projectRole);
    }
    /// Whether the document shows measured monitoring windows or their alarms, which cost a pass over every stored
    /// production row; the other documents are built without it.
    bool showsMeasuredWindows() const;
    /// Whether the document shows the traceability matrix or lists its gaps; only then does a package build it.
    bool showsTrace() const;
    /// The details the document is filled with: those its sections list, then those it requires, each once.
    QStringList detailKeys() const;
};

/// What `templates check` counted.
struct TemplateCounts {
    int documents = 0;
    int partials = 0;
    int details = 0;
};

/// The document templates of a folder (templates/): one folder per document with manifest.json and its HTML, the
/// shared print stylesheet, shared partials and strings, and the catalog of document details. Loading checks every
/// part, and renders every template against a full and an empty specimen project, so that a typo in a name is an
/// error at build time instead of a blank in a regulator's document.
class TemplateLibrary {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::TemplateLibrary)
public:
    /// Bounds on untrusted template files.
    static constexpr qint64 maxFileBytes = 1 << 20;
    static constexpr int maxDocuments = 64;

    TemplateLibrary();

    /// Loads and checks root against the guidance (URNs and facts the manifests name must exist). Every problem
    /// is returned, each as FILE:LINE:COL: message.
    static std::vector<Error> check(const QString &root, const guidance::GuidanceLibrary &guidance,
                                    TemplateCounts *counts = nullptr);
    /// Loads root; any problem is one error listing the first few.
    static Result<TemplateLibrary> load(const QString &root, const guidance::GuidanceLibrary &guidance);
    /// The templates that ship with Veiviser (dataDirectory()/templates).
    static Result<TemplateLibrary> loadShipped(const guidance::GuidanceLibrary &guidance);

    const QString &root() const;
    const std::vector<DocumentTemplate> &documents() const;
    const DocumentTemplate *document(const QString &id) const;
    const std::vector<DetailSpec> &details() const;
    const std::vector<DetailGroup> &detailGroups() const;
    const DetailSpec *detail(const QString &key) const;
    /// Whether key is a detail a project may store: one of details.json, or a field of the GSPR checklist.
    bool isDetailKey(const QString &key) const;
    /// Checks texts before they are stored as details: every key is a detail, a checklist value is well formed and
    /// names an evidence item of store that exists. A yes/no, standards and an evidence number are written in no
    /// language, so they are stored under Bokmål whatever language was given.
    Status checkDetailTexts(std::vector<DetailText> &values, const ProjectStore &store) const;
    /// The points of MDR Annex I for the checklist of Annex II 4 (templates/gspr.json); empty when the folder has none.
    const GsprCatalog &gspr() const;
    const QByteArray &stylesheet() const;
    const std::map<QString, QByteArray> &partials() const;
    const std::map<QString, LocalizedText> &sharedStrings() const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

/// The blocks a section may show besides its details, requirements and facts.
const QStringList &sectionBlocks();

/// Names a template may print without HTML escaping: markup that Veiviser itself makes (charts, formatted text).
bool isSafeMarkupName(const QString &name);

} // namespace vv::packaging
