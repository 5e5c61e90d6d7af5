#pragma once

#include "packaging/ProjectSnapshot.h"
#include "packaging/TemplateLibrary.h"

namespace vv::packaging {

/// A made-up project with one of everything (full) or nothing optional at all, so that checking the templates
/// looks up every name they use (TemplateLibrary::check).
ProjectSnapshot specimenProject(const guidance::GuidanceLibrary &library, const TemplateLibrary &templates, bool full);

} // namespace vv::packaging
