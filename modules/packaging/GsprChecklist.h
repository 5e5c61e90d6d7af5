#pragma once

#include "core/Error.h"
#include "core/LocalizedText.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace vv::packaging {

/// One point of MDR Annex I (1, 10.4.1, 17.2), with Veiviser's short title for it.
struct GsprPoint {
    QString point;
    LocalizedText title;
};

/// A heading of Annex I (a chapter, or a numbered section of Chapter II) and its points.
struct GsprGroup {
    LocalizedText title;
    std::vector<GsprPoint> points;
};

/// The points of the checklist MDR Annex II 4 asks for, read from templates/gspr.json.
struct GsprCatalog {
    QString source;      ///< where the Regulation's text can be read
    LocalizedText basis; ///< what the list is, and that the Regulation's text governs
    std::vector<GsprGroup> groups;

    bool isEmpty() const { return groups.empty(); }
    const GsprPoint *point(const QString &point) const;
};

/// What a project says about one point. It is kept as document details "gspr.POINT.FIELD", so it is audited, merged
/// in team mode, sealed in review projects and exported like every other detail.
struct GsprEntry {
    QString point;
    QString applies;      ///< "yes", "no", or empty while undecided
    LocalizedText reason; ///< why the point does not apply
    LocalizedText method; ///< how conformity is shown (test, analysis, clinical evaluation, ...)
    QString standards;    ///< the harmonised standards, common specifications or other standards applied
    QString evidence;     ///< the id of the evidence item that is the controlled document proving it
};

/// The checklist's fields, their detail keys and what each point still lacks.
class GsprChecklist {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::GsprChecklist)
public:
    enum class Field { Applies, Reason, Method, Standards, Evidence };

    /// "gspr.17.2.method".
    static QString key(const QString &point, Field field);
    /// The point and field of a checklist key; nothing for any other key.
    static std::optional<std::pair<QString, Field>> parseKey(const QString &key);
    /// "applies", "reason", ...: the last part of a key.
    static QString fieldName(Field field);
    /// A yes/no, standard references and an evidence id read the same in both languages: they are stored as
    /// written (under Bokmål) and shown in every document without an "untranslated" mark.
    static bool isLanguageNeutral(Field field);

    /// The entry of one point from a project's details (key -> text in both languages).
    static GsprEntry entry(const std::map<QString, LocalizedText> &details, const QString &point);
    /// What the point still needs: its applicability; when it does not apply, the reason; when it applies, the
    /// method and the evidence. Standards are not required: some points are shown without one.
    static std::vector<Field> lacking(const GsprEntry &entry);

    /// Checks a value for a checklist key before it is stored: the point is in the catalog, "applies" is yes or
    /// no, "evidence" names an evidence item that exists. An empty value (a removal) is always allowed.
    static Status checkValue(const GsprCatalog &catalog, const QString &key, const QString &value,
                             const std::function<bool(qint64)> &evidenceExists);
};

} // namespace vv::packaging
