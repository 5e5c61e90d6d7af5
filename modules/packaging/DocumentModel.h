#pragma once

#include "packaging/ProjectSnapshot.h"
#include "packaging/TemplateLibrary.h"
#include "store/ImportedReviewTable.h"

#include <map>
#include <optional>

namespace vv::packaging {

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
