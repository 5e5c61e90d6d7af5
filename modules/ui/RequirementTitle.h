#pragma once

#include <QString>

namespace vv::ui {

class ProjectSession;

/// A requirement's title in the interface language, or its URN when no installed pack has it (or none loads).
QString requirementTitle(ProjectSession *session, const QString &urn);

} // namespace vv::ui
