#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace vv::pdf {

/// Prints self-contained HTML documents to A4 PDF with Qt WebEngine (Chromium), loading nothing from outside.
class HtmlToPdf {
    Q_DECLARE_TR_FUNCTIONS(vv::pdf::HtmlToPdf)
public:
    /// Prints each (html file, pdf file) pair in turn; needs a running QApplication. Returns 0 when every PDF was
    /// written, otherwise 1 after writing the reason to stderr.
    static int run(const std::vector<std::pair<QString, QString>> &jobs);
};

} // namespace vv::pdf
