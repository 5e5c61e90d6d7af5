#pragma once

#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"

namespace vv::ui {

/// Translated display names for the store's enumerations, shared by every page.
QString roleLabel(ProjectRole role);
QString evidenceKindLabel(EvidenceKind kind);
QString reviewStateLabel(ReviewState state);
/// A reviewer's verdict on a requirement (accepted, deficiency, question).
QString verdictLabel(Verdict verdict);

} // namespace vv::ui
