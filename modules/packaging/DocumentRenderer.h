#pragma once

#include "packaging/TemplateLibrary.h"

#include <QSet>

namespace vv::packaging {

/// Renders document templates (Mustache, kainjow) into self-contained HTML: the shared stylesheet is inlined, the
/// data is HTML-escaped, and nothing outside the template folder is read.
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::DocumentRenderer)
public:
    /// Renders doc with model. unresolved, when given, receives every name the template asked for that the data
    /// does not have (the template check turns those into errors).
    static Result<QByteArray> render(const TemplateLibrary &templates, const DocumentTemplate &doc, const Json &model,
                                     QSet<QString> *unresolved = nullptr);
    /// Renders a Mustache text against data with the library's partials (used by render and by the checks).
    static Result<QByteArray> renderText(const QByteArray &text, const std::map<QString, QByteArray> &partials,
                                         const Json &data, QSet<QString> *unresolved, const QString &sourceName);
};

} // namespace vv::packaging
