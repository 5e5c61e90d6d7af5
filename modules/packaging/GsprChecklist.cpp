#include "packaging/GsprChecklist.h"

#include <array>

namespace vv::packaging {

namespace {

constexpr std::array<std::pair<GsprChecklist::Field, const char *>, 5> fieldNames = {{
    {GsprChecklist::Field::Applies, "applies"},
    {GsprChecklist::Field::Reason, "reason"},
    {GsprChecklist::Field::Method, "method"},
    {GsprChecklist::Field::Standards, "standards"},
    {GsprChecklist::Field::Evidence, "evidence"},
}};

const QString prefix = QStringLiteral("gspr.");

LocalizedText textOf(const std::map<QString, LocalizedText> &details, const QString &key)
{
    const auto it = details.find(key);
    return it == details.end() ? LocalizedText{} : LocalizedText{it->second.nb.trimmed(), it->second.en.trimmed()};
}

/// A neutral field as written, whichever language it was stored under.
QString neutralOf(const std::map<QString, LocalizedText> &details, const QString &key)
{
    const LocalizedText t = textOf(details, key);
    return t.nb.isEmpty() ? t.en : t.nb;
}

} // namespace

const GsprPoint *GsprCatalog::point(const QString &id) const
{
    for (const GsprGroup &g : groups)
        for (const GsprPoint &p : g.points)
            if (p.point == id)
                return &p;
    return nullptr;
}

QString GsprChecklist::fieldName(Field field)
{
    for (const auto &[f, name] : fieldNames)
        if (f == field)
            return QString::fromLatin1(name);
    return {};
}

QString GsprChecklist::key(const QString &point, Field field)
{
    return prefix + point + QLatin1Char('.') + fieldName(field);
}

std::optional<std::pair<QString, GsprChecklist::Field>> GsprChecklist::parseKey(const QString &key)
{
    if (!key.startsWith(prefix))
        return std::nullopt;
    const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
    const QString point = key.mid(prefix.size(), dot - prefix.size());
    const QString name = key.mid(dot + 1);
    if (point.isEmpty() || dot < prefix.size())
        return std::nullopt;
    for (const auto &[f, n] : fieldNames)
        if (name == QLatin1String(n))
            return std::make_pair(point, f);
    return std::nullopt;
}

bool GsprChecklist::isLanguageNeutral(Field field)
{
    return field == Field::Applies || field == Field::Standards || field == Field::Evidence;
}

GsprEntry GsprChecklist::entry(const std::map<QString, LocalizedText> &details, const QString &point)
{
    GsprEntry e;
    e.point = point;
    e.applies = neutralOf(details, key(point, Field::Applies));
    e.reason = textOf(details, key(point, Field::Reason));
    e.method = textOf(details, key(point, Field::Method));
    e.standards = neutralOf(details, key(point, Field::Standards));
    e.evidence = neutralOf(details, key(point, Field::Evidence));
    return e;
}

std::vector<GsprChecklist::Field> GsprChecklist::lacking(const GsprEntry &e)
{
    if (e.applies == QStringLiteral("no"))
        return e.reason.isEmpty() ? std::vector<Field>{Field::Reason} : std::vector<Field>{};
    if (e.applies != QStringLiteral("yes"))
        return {Field::Applies};
    std::vector<Field> out;
    if (e.method.isEmpty())
        out.push_back(Field::Method);
    if (e.evidence.isEmpty())
        out.push_back(Field::Evidence);
    return out;
}

Status GsprChecklist::checkValue(const GsprCatalog &catalog, const QString &key, const QString &value,
                                 const std::function<bool(qint64)> &evidenceExists)
{
    const auto parsed = parseKey(key);
    if (!parsed)
        return Error::input(tr("'%1' is not a key of the GSPR checklist").arg(key),
                            tr("Write gspr.POINT.FIELD, FIELD one of applies, reason, method, standards, evidence."));
    if (!catalog.point(parsed->first))
        return Error::input(tr("the GSPR checklist has no point '%1'").arg(parsed->first),
                            tr("The points are those of MDR Annex I; 'details list FILE --gspr' shows them."));
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (parsed->second == Field::Applies && v != QStringLiteral("yes") && v != QStringLiteral("no"))
        return Error::input(tr("whether GSPR %1 applies must be yes or no, not '%2'").arg(parsed->first, v));
    if (parsed->second == Field::Evidence) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::input(tr("the evidence of GSPR %1 must be an evidence item's number, not '%2'").arg(parsed->first, v),
                                tr("'evidence list FILE' shows the numbers."));
        if (!evidenceExists(id))
            return Error::input(tr("the project has no evidence item %1").arg(id),
                                tr("'evidence list FILE' shows the numbers."));
    }
    return {};
}

} // namespace vv::packaging
