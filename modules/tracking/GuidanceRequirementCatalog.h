#pragma once

#include "core/Error.h"
#include "evidence/RequirementCatalog.h"
#include "guidance/GuidanceLibrary.h"

namespace vv::tracking {

/// The requirement catalog backed by the loaded guidance packs and their crosswalk.
class GuidanceRequirementCatalog final : public evidence::RequirementCatalog {
public:
    explicit GuidanceRequirementCatalog(guidance::GuidanceLibrary library) : m_library(std::move(library)) {}
    bool contains(const QString &urn) const override;
    QString title(const QString &urn) const override;
    QStringList crosswalkPartners(const QString &urn) const override;

private:
    guidance::GuidanceLibrary m_library;
};

/// Loads the shipped guidance and installs its catalog for the CLI and the GUI (see setRequirementCatalog).
/// On failure the syntax-only catalog stays in place, and the error says why.
Status installShippedRequirementCatalog();

} // namespace vv::tracking
