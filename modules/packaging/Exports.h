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
};

} // namespace vv::packaging
