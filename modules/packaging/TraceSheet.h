#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vv::packaging {

/// The traceability matrix as a sheet beside the risk management file, for reviewers who filter and sort it: the
/// rows and columns the document shows, in the document's language, as CSV and as XLSX (written by libxlsxwriter).
class TraceSheet {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::TraceSheet)
public:
    /// The package paths of a language's sheet.
    static QString csvPath(const QString &lang);
    static QString xlsxPath(const QString &lang);
    /// `documentModel` is a DocumentModel::build result of a document that shows the trace (its "t" words and
    /// "risk.trace" rows).
    static QByteArray csv(const Json &documentModel);
    /// The same as an Excel workbook with one sheet: a bold header row, frozen, with a filter. `created` is written
    /// as the workbook's creation time, so that the same project makes the same sheet.
    static Result<QByteArray> xlsx(const Json &documentModel, const QDateTime &created);
};

} // namespace vv::packaging
