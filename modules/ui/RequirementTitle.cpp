#include "ui/RequirementTitle.h"

#include "ui/ProjectSession.h"

namespace vv::ui {

QString requirementTitle(ProjectSession *session, const QString &urn)
{
    const guidance::Requirement *r = session->library() ? session->library()->requirement(urn) : nullptr;
    return r ? r->title.current() : urn;
}

} // namespace vv::ui
