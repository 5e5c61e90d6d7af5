#pragma once

#include "evidence/EvidenceLibrary.h"
#include "guidance/Assessment.h"
#include "packaging/PostMarket.h"
#include "packaging/RiskDocuments.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/AnswerTable.h"
#include "store/ImportedReviewTable.h"
#include "store/RequirementStateTable.h"

#include <map>
#include <optional>

namespace vv::packaging {

/// Everything a package is made from, read from a project at one moment: the project, the guidance and the
/// assessment, requirement states, evidence, test runs, document details and post-market data.
struct ProjectSnapshot {
    ProjectInfo info;
    guidance::GuidanceLibrary library;
    std::vector<StoredAnswer> answers;
    guidance::Assessment assessment;
    std::map<QString, RequirementState> states;
    std::vector<evidence::EvidenceStatus> evidence;
    std::map<QString, LocalizedText> details; ///< key -> its Bokmål and English text
    std::vector<TestRunRecord> testRuns;
    PostMarketData postMarket; ///< monitoring plan, windows, deviations and incidents (packaging/PostMarket.h)
    RiskData risk; ///< the matrix, hazards, controls, traceability and change plan (packaging/RiskDocuments.h)
    QDateTime created; ///< the project's clock when the snapshot was taken

    /// Reads the project. measureWindows: evaluate the monitoring windows too (a pass over every production row);
    /// only documents that show them need it (DocumentTemplate::showsMeasuredWindows).
    static Result<ProjectSnapshot> read(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                        const TestRunSource &testRuns, bool measureWindows = true);
    /// A made-up project with one of everything (full) or nothing optional at all, for checking templates.
    static ProjectSnapshot specimen(const guidance::GuidanceLibrary &library, const TemplateLibrary &templates,
                                    bool full);

    /// The evidence linked to a requirement directly, then through the crosswalk (with the URN it counts through).
    std::vector<std::pair<const evidence::EvidenceStatus *, QString>> evidenceFor(const QString &urn) const;
    /// A detail's text for uses without a language (dates, ids, exports): Bokmål, or English when only it is given;
    /// trimmed.
    QString detail(const QString &key) const;
    /// The combined status `requirements` shows: does_not_apply, undetermined, or the team's status.
    QString requirementStatus(const QString &urn) const;
};

/// The locale numbers in a document are written in: Norwegian Bokmål or British English.
QLocale documentLocale(const QString &lang);

/// Something a document needs that the project does not have yet.
struct MissingItem {
    QString key;   ///< "detail:system.intended_purpose", "evidence:urn:...", "test_runs", ...
    QString label; ///< in the document's language
};

/// Where things are inside the package being built, for links and paths in documents.
struct PackageContext {
    std::map<qint64, QString> evidencePaths; ///< evidence id -> path in the package
    QString programVersion;
};

/// Turns a snapshot into the data a template is rendered with (docs/packages.md, "Template data").
class DocumentModel {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::DocumentModel)
public:
    static Json build(const ProjectSnapshot &snapshot, const TemplateLibrary &templates, const DocumentTemplate &doc,
                      const QString &lang, const PackageContext &context);
    /// The shared strings the model itself uses (status names, labels, formats); templates/shared/strings.json
    /// must define each of them.
    static const QStringList &vocabulary();
    /// The required data of a document that the snapshot lacks, in the manifest's order.
    static std::vector<MissingItem> missing(const ProjectSnapshot &snapshot, const TemplateLibrary &templates,
                                            const DocumentTemplate &doc, const QString &lang);
    /// Why the law does not ask for this document here (the classification's reason, possibly empty), or nothing
    /// when it does or it is not yet known (DocumentTemplate::requiredIf).
    static std::optional<QString> notRequiredBecause(const ProjectSnapshot &snapshot, const DocumentTemplate &doc,
                                                     const QString &lang);
    /// The keys of a document's details that have no text in lang but have one in the other language, which the
    /// document in lang shows marked as untranslated.
    static QStringList untranslated(const ProjectSnapshot &snapshot, const DocumentTemplate &doc, const QString &lang);
};

} // namespace vv::packaging
