#include "evidence/RequirementCatalog.h"

#include <QRegularExpression>

#include <mutex>

namespace vv::evidence {

bool isRequirementUrn(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^urn:veiviser:[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:[-.][a-z0-9]+)*$"));
    return text.size() <= 200 && re.match(text).hasMatch();
}

QString RequirementCatalog::title(const QString &) const
{
    return {};
}

QStringList RequirementCatalog::crosswalkPartners(const QString &) const
{
    return {};
}

namespace {
std::mutex catalogMutex;
std::shared_ptr<const RequirementCatalog> &installedCatalog()
{
    static std::shared_ptr<const RequirementCatalog> catalog = std::make_shared<AnyValidUrnCatalog>();
    return catalog;
}
} // namespace

std::shared_ptr<const RequirementCatalog> requirementCatalog()
{
    std::lock_guard lock(catalogMutex);
    return installedCatalog();
}

void setRequirementCatalog(std::shared_ptr<const RequirementCatalog> catalog)
{
    std::lock_guard lock(catalogMutex);
    installedCatalog() = catalog ? std::move(catalog) : std::make_shared<AnyValidUrnCatalog>();
}

} // namespace vv::evidence
