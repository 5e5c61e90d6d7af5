#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace vv::packaging {

/// Turns HTML documents into PDF. The application implements it with Qt WebEngine's printToPdf (modules/ui), which
/// needs a GUI application object; packaging itself stays free of widgets.
class PdfPrinter {
public:
    virtual ~PdfPrinter() = default;
    /// One PDF per HTML document, in order. The documents are self-contained: nothing may be loaded from outside.
    virtual Result<std::vector<QByteArray>> print(const std::vector<QByteArray> &html,
                                                  const CancellationToken *cancel = nullptr) const = 0;
};

/// Prints by running the `veiviser-pdf` program next to the running executable (or $VEIVISER_PDF), so that the
/// CLI loads Qt WebEngine only when a PDF is asked for, and the GUI renders off its own process.
class ExternalPdfPrinter final : public PdfPrinter {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::ExternalPdfPrinter)
public:
    Result<std::vector<QByteArray>> print(const std::vector<QByteArray> &html,
                                          const CancellationToken *cancel = nullptr) const override;
    /// The program's path, or empty when it is not installed.
    static QString program();
};

/// Turns HTML into DOCX with pandoc, which is found at run time ($VEIVISER_PANDOC or pandoc on the PATH).
class DocxConverter {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::DocxConverter)
public:
    /// pandoc's path, or empty when it is not installed.
    static QString program();
    /// An error saying how to install pandoc when it is missing.
    static Status checkAvailable();
    /// Converts one document; time fixes the document's creation date (SOURCE_DATE_EPOCH).
    static Result<QByteArray> convert(const QByteArray &html, const QDateTime &time,
                                      const CancellationToken *cancel = nullptr);
    /// Writes each chart (inline SVG) of html to its own file chart-N.svg in dir, sized as printed and carrying the
    /// stylesheet's chart rules, and returns html with an image of that file in its place.
    static Result<QByteArray> chartsAsFiles(const QByteArray &html, const QString &dir);
};

} // namespace vv::packaging
