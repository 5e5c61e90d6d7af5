#include "ui/Page.h"

#include "ui/ChildSignals.h"

namespace vv::ui {

// Here, for every page at once: the derived page's part is destroyed by now, and nothing between its destructor and
// this one signals, so the children are cut off before ~QWidget hides the page and deletes them.
Page::~Page()
{
    disconnectChildren(this);
}

} // namespace vv::ui
