#pragma once

#include "packaging/DocumentModel.h"

namespace vv::packaging {

/// The machine-readable exports in every package: the whole assessment as Veiviser's own JSON, and CycloneDX 1.6.
class Exports {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::Exports)
public:
    /// exports/assessment.json: project, packs, answers, the assessment with its traces, every requirement with
    /// its applicability, status and evidence, the evidence with hashes, test runs with metrics, and the details.
    /// `review open` rebuilds a project from it.
    static Json assessment(const ProjectSnapshot &snapshot, const PackageContext &context, const Json &documents);
    /// exports/cyclonedx.json: the AI system with a modelCard (performance metrics with confidence intervals and
    /// considerations), the guidance packs as standards, and declarations mapping requirements to claims and evidence.
    static Json cycloneDx(const ProjectSnapshot &snapshot, const PackageContext &context);

    /// The document whose package carries declarationOfConformity() as well.
    static QString declarationDocumentId() { return QStringLiteral("declaration-of-conformity"); }
    /// exports/declaration-of-conformity.json: the machine-readable EU declaration of conformity AI Act Art. 47(1)
    /// asks for, with the points of Annex V (and of MDR Annex IV for a device, Art. 47(3)) as fields, each citing
    /// its point in `source`, filled from the same details and facts as the document; a field without its value is
    /// null and named in `missing`. `doc` is the declaration's template (its statements, in nb and en);
    /// signerFingerprint is the key the package is signed with, empty for an unsigned package.
    static Json declarationOfConformity(const ProjectSnapshot &snapshot, const DocumentTemplate &doc,
                                        const PackageContext &context, const QString &signerFingerprint);
};

} // namespace vv::packaging
