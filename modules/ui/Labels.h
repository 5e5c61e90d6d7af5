#pragma once

#include "store/ProjectStore.h"

namespace vv::ui {

/// Translated display names for the store's enumerations, shared by every page.
QString roleLabel(ProjectRole role);

} // namespace vv::ui
