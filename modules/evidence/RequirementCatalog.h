#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace vv::evidence {

/// True for a requirement URN's syntax: urn:veiviser:AREA:SLUG, lowercase letters and digits in parts joined by
/// '-' (the slug may also use '.'), e.g. urn:veiviser:mdr:annex-i-17-2.
bool isRequirementUrn(QStringView text);

/// What the evidence library may ask about requirements: does a URN exist, what is it called, and which other
/// requirements the same evidence counts towards through the crosswalk. The guidance library provides the real one.
class RequirementCatalog {
public:
    virtual ~RequirementCatalog() = default;
    /// Whether the URN names a requirement of the loaded guidance.
    virtual bool contains(const QString &urn) const = 0;
    /// The requirement's title in the current language, or empty when unknown.
    virtual QString title(const QString &urn) const;
    /// Requirements that one piece of evidence linked to urn also counts towards (the crosswalk), without urn.
    virtual QStringList crosswalkPartners(const QString &urn) const;
};

/// Accepts every syntactically valid URN: the catalog until the guidance library is plugged in.
class AnyValidUrnCatalog final : public RequirementCatalog {
public:
    bool contains(const QString &urn) const override { return isRequirementUrn(urn); }
};

/// The catalog the CLI and the GUI use. The application installs the guidance library's catalog at start-up;
/// until then it is an AnyValidUrnCatalog.
std::shared_ptr<const RequirementCatalog> requirementCatalog();
void setRequirementCatalog(std::shared_ptr<const RequirementCatalog> catalog);

} // namespace vv::evidence
