#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/LocalizedText.h"
#include "store/OutputFile.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace vv::guidance {
class Assessment;
class GuidanceLibrary;
}

namespace vv::packaging {

class PdfPrinter;
class TemplateLibrary;

/// One field of a registration: the legal point it answers and its value from the project, or missing.
struct RegistrationField {
    QString id;
    QString point;          ///< "A.4": section and point of the annex
    LocalizedText label;
    QStringList from;       ///< where Veiviser finds it: project:name, detail:KEY, ...; empty when it holds nothing
    bool optional = false;  ///< "where applicable" or "optional" in the law
    QString value;          ///< filled by fill(); empty when the project holds nothing for it
};

/// One section of a registration: whom it binds, when the law asks for it, and where the entry is published.
struct RegistrationSection {
    QString id;
    QString role;      ///< provider or deployer
    QString basis;     ///< the article and annex section
    QString requirement; ///< the packs' requirement that asks for it: its applicability decides whether it is due
    LocalizedText voluntary; ///< instead of a requirement: why an entry no law asks for is still made
    LocalizedText title;
    LocalizedText visibility;
    std::vector<RegistrationField> fields;
    QString required;  ///< filled by fill(): yes, no, unknown, or voluntary (no law asks for it)
    QString why;       ///< filled by fill(): the requirement's reason, in the interface language
};

/// A registration the law asks for (`veiviser-cli register`, docs/registration.md), as the field list of
/// templates/registration.json, filled from the project's name, version, document details and assessment. It
/// draws on nothing else: no evidence, no answers as such, nothing marked confidential.
class Registration {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::Registration)
public:
    /// The formats of a registration file (templates/registration.json).
    static Result<std::vector<Registration>> readFile(const QString &path);
    /// The shipped formats (share/veiviser/templates/registration.json).
    static Result<std::vector<Registration>> loadShipped();
    static constexpr qint64 maxFileBytes = 1 << 20;

    /// Fills every field and decides which sections the law asks of this project.
    Status fill(ProjectStore &store, const guidance::GuidanceLibrary &library, const QString &lang);
    /// The export: format, source, each section with its fields and values, and the missing fields.
    Json toJson(const QString &lang) const;
    /// The export as a readable document through the template engine (templates/registration.html): each section
    /// with whether it is due and why, every field with its value or marked missing, and the missing fields listed.
    /// generated dates the document.
    Result<QByteArray> toHtml(const TemplateLibrary &templates, const QString &lang, const QDateTime &generated) const;
    /// The readable document as html, pdf or docx (as a package's documents are made from their HTML).
    static Result<QByteArray> documentAs(const QByteArray &html, const QString &format, const PdfPrinter *pdf,
                                         const QDateTime &generated);
    /// Writes the readable document made with the shipped templates to path, as html, pdf or docx by its suffix
    /// (`register --document`, the GUI's Registrations box); an existing file only with ExistingFile::Replace.
    Status writeDocument(const guidance::GuidanceLibrary &library, const QString &lang, const QString &path,
                         ExistingFile existing) const;
    /// The template file of the readable document, in a template folder.
    static QString templateFile(const QString &templateRoot);
    static constexpr qint64 maxTemplateBytes = 1 << 20;

    QString id;
    LocalizedText title;
    QString sourceTitle;
    QString sourceUrl;
    LocalizedText machineFormat;
    std::vector<RegistrationSection> sections;
    /// Filled by fill(): what the readable document's head names.
    ProjectInfo project;
    QString packsText;

private:
    Json documentModel(const TemplateLibrary &templates, const QString &lang, const QDateTime &generated) const;
    Status decideDue(RegistrationSection &s, const guidance::Assessment &assessment,
                     const guidance::GuidanceLibrary &library, const QString &lang) const;
};

} // namespace vv::packaging
