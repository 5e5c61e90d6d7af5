#pragma once

#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"

namespace vv::ui {

/// Translated display names for the store's enumerations, shared by every page.
QString roleLabel(ProjectRole role);
QString evidenceKindLabel(EvidenceKind kind);
QString reviewStateLabel(ReviewState state);

} // namespace vv::ui
