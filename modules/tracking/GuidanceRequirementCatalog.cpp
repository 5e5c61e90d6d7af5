#include "tracking/GuidanceRequirementCatalog.h"

namespace vv::tracking {

bool GuidanceRequirementCatalog::contains(const QString &urn) const
{
    return m_library.requirement(urn) != nullptr;
}

QString GuidanceRequirementCatalog::title(const QString &urn) const
{
    const auto *r = m_library.requirement(urn);
    return r ? r->title.current() : QString();
}

QStringList GuidanceRequirementCatalog::crosswalkPartners(const QString &urn) const
{
    QStringList out;
    for (const guidance::CrosswalkLink *link : m_library.crosswalkFor(urn)) {
        for (const QString &other : guidance::refIds(link->requirements)) {
            if (other != urn && !out.contains(other))
                out << other;
        }
    }
    return out;
}

Status installShippedRequirementCatalog()
{
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return library.error();
    evidence::setRequirementCatalog(std::make_shared<GuidanceRequirementCatalog>(std::move(*library)));
    return {};
}

} // namespace vv::tracking
