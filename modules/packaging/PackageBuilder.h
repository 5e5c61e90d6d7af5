#pragma once

#include "packaging/DocumentFormats.h"
#include "packaging/DocumentModel.h"
#include "packaging/PackageFormat.h"
#include "packaging/Signing.h"
#include "store/OutputFile.h"

namespace vv::packaging {

/// Which evidence goes into a package.
enum class EvidenceScope { All, Linked, None };

/// What to put in a package and how.
struct PackageRequest {
    QStringList documents;                       ///< template ids
    QStringList languages = {QStringLiteral("nb")};
    QStringList formats = {QStringLiteral("html")}; ///< html, pdf, docx
    EvidenceScope evidence = EvidenceScope::All;
    QString outPath;
    ExistingFile existing = ExistingFile::Refuse; ///< a Veiviser project at outPath is refused even with Replace
    SigningKey signingKey;                       ///< null: an unsigned package
    const PdfPrinter *pdf = nullptr;             ///< needed when formats has pdf
    /// Build documents that are not for the project's role (a deployer's copy of the provider's declaration)
    /// anyway; each is marked as a draft. Without it such a request is refused.
    bool draft = false;
};

/// Something the package was built with but a reader should know: data a document is missing, evidence that was
/// not checked for identity numbers, stale evidence.
struct PackageWarning {
    QString document; ///< the document id, or empty for evidence warnings
    QString key;      ///< the missing item's key, or "pii_not_scanned:ID", "stale:ID"
    QString text;     ///< translated
    QString label;    ///< translated, what is missing without the document ("Intended purpose (not filled in)")
};

/// The package that was written.
struct PackageResult {
    QString path;
    Manifest manifest;
    std::vector<PackageWarning> warnings;
    qint64 bytes = 0;
    qint64 buildId = 0;
};

/// Builds documentation packages from a project: documents in the chosen languages and formats, the evidence, the
/// exports, the manifest with every file's size and SHA-256, and its Ed25519 signature (docs/packages.md).
class PackageBuilder {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::PackageBuilder)
public:
    static QStringList formats() { return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("docx")}; }

    /// Writes the package atomically to request.outPath and records the build in the project (audited). Evidence
    /// flagged for identity numbers and not confirmed is refused before anything is written.
    static Result<PackageResult> build(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                       const TemplateLibrary &templates, const TestRunSource &testRuns,
                                       const PackageRequest &request, const CancellationToken *cancel = nullptr,
                                       const ProgressSink &progress = {});

    /// The path of an evidence item inside a package: evidence/ID-NAME with a file-system-safe name.
    static QString evidencePath(const EvidenceItem &item);

    /// Refuses documents that are not for the project's role (exit 2, naming those that are), unless draft.
    static Status checkRoles(ProjectStore &store, const TemplateLibrary &templates,
                             const std::vector<const DocumentTemplate *> &docs, bool draft);
    /// The role in the user's language, for messages.
    static QString roleLabel(ProjectRole role);
};

} // namespace vv::packaging
