#pragma once

#include "core/Json.h"

#include <QString>

namespace vv {

/// A user-visible text in Veiviser's two languages, as packs, templates and plugin manifests write it.
struct LocalizedText {
    QString nb;
    QString en;

    bool isEmpty() const { return nb.isEmpty() && en.isEmpty(); }
    /// The text in lang ("nb" or "en"); the other language when that one is empty.
    QString in(const QString &lang) const;
    /// The text in the current interface language.
    QString current() const;
    Json toJson() const;
};

} // namespace vv
