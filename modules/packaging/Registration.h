#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/LocalizedText.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace vv {
class ProjectStore;
}
namespace vv::guidance {
class Assessment;
class GuidanceLibrary;
}

namespace vv::packaging {

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

    QString id;
    LocalizedText title;
    QString sourceTitle;
    QString sourceUrl;
    LocalizedText machineFormat;
    std::vector<RegistrationSection> sections;

private:
    Status decideDue(RegistrationSection &s, const guidance::Assessment &assessment,
                     const guidance::GuidanceLibrary &library, const QString &lang) const;
};

} // namespace vv::packaging
