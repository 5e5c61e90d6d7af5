#include "risk/RiskModel.h"

#include "core/Environment.h"
#include "core/RegularFile.h"
#include "guidance/YamlFields.h"
#include "store/RiskTable.h"

#include <QRegularExpression>

#include <set>

namespace vv::risk {

namespace {

constexpr int maxCategories = 200;

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,60}$"));
    return pattern.match(id).hasMatch();
}

/// Reads the model's YAML; collects every problem with its place.
class ModelParser : public YamlFields {
public:
    using YamlFields::YamlFields;

    void readModel(const YAML::Node &root, RiskModel &model)
    {
        if (!keys(root, {QStringLiteral("matrix"), QStringLiteral("categories")}, RiskModelReader::tr("the risk model")))
            return;
        if (!root["matrix"] || !root["categories"]) {
            error(root, RiskModelReader::tr("the risk model needs 'matrix' and 'categories'"));
            return;
        }
        readMatrix(root["matrix"], model.matrix);
        readCategories(root["categories"], model.categories);
    }

    void readMatrix(const YAML::Node &n, RiskMatrix &m)
    {
        const QStringList allowed = {QStringLiteral("severity"), QStringLiteral("probability"),
                                     QStringLiteral("regions"), QStringLiteral("cells")};
        if (!keys(n, allowed, RiskModelReader::tr("the risk matrix")))
            return;
        for (const QString &key : allowed)
            if (!n[key.toStdString()] || !n[key.toStdString()].IsSequence() || n[key.toStdString()].size() == 0) {
                error(n[key.toStdString()] ? n[key.toStdString()] : n,
                      RiskModelReader::tr("the risk matrix needs '%1' as a non-empty list").arg(key));
                return;
            }
        m.severity = readScale(n["severity"], QStringLiteral("severity"));
        m.probability = readScale(n["probability"], QStringLiteral("probability"));
        readRegions(n["regions"], m.regions);
        readCells(n["cells"], m);
    }

    void readCategories(const YAML::Node &n, std::vector<HazardCategory> &out)
    {
        if (!n.IsSequence() || n.size() == 0 || n.size() > maxCategories) {
            error(n, RiskModelReader::tr("'categories' must be a list of 1 to %1 hazard categories").arg(maxCategories));
            return;
        }
        std::set<QString> seen;
        for (const auto &c : n) {
            if (!keys(c, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("sources")},
                      RiskModelReader::tr("a hazard category")))
                continue;
            if (!c["id"] || !c["name"] || !c["description"] || !c["sources"]) {
                error(c, RiskModelReader::tr("a hazard category needs 'id', 'name', 'description' and 'sources'"));
                continue;
            }
            HazardCategory cat;
            cat.id = text(c["id"], QStringLiteral("id")).value_or(QString());
            if (!validId(cat.id))
                error(c["id"], RiskModelReader::tr("'%1' is not a valid category id (lowercase letters, digits, '_')")
                                   .arg(cat.id));
            else if (!seen.insert(cat.id).second)
                error(c["id"], RiskModelReader::tr("the category '%1' is defined twice").arg(cat.id));
            cat.name = localized(c["name"], QStringLiteral("name")).value_or(LocalizedText{});
            cat.description = localized(c["description"], QStringLiteral("description")).value_or(LocalizedText{});
            readSources(c["sources"], cat);
            out.push_back(cat);
        }
    }

private:
    std::vector<ScaleLevel> readScale(const YAML::Node &n, const QString &what)
    {
        std::vector<ScaleLevel> out;
        if (n.size() > std::size_t(RiskTable::maxLevel)) {
            error(n, RiskModelReader::tr("the %1 scale has more than %2 levels").arg(what).arg(RiskTable::maxLevel));
            return out;
        }
        for (const auto &l : n) {
            if (!keys(l, {QStringLiteral("level"), QStringLiteral("name"), QStringLiteral("description")},
                      RiskModelReader::tr("a level of the %1 scale").arg(what)))
                continue;
            if (!l["level"] || !l["name"] || !l["description"]) {
                error(l, RiskModelReader::tr("a level needs 'level', 'name' and 'description'"));
                continue;
            }
            ScaleLevel s;
            s.level = int(count(l["level"], QStringLiteral("level"), 1).value_or(0));
            if (s.level != int(out.size()) + 1)
                error(l["level"], RiskModelReader::tr("the %1 levels must be numbered 1, 2, 3, … in order").arg(what));
            s.name = localized(l["name"], QStringLiteral("name")).value_or(LocalizedText{});
            s.description = localized(l["description"], QStringLiteral("description")).value_or(LocalizedText{});
            out.push_back(s);
        }
        return out;
    }

    void readRegions(const YAML::Node &n, std::vector<RiskRegion> &out)
    {
        bool anyAcceptable = false;
        for (const auto &r : n) {
            if (!keys(r, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("acceptable")},
                      RiskModelReader::tr("a region of the risk matrix")))
                continue;
            if (!r["id"] || !r["name"] || !r["acceptable"]) {
                error(r, RiskModelReader::tr("a region needs 'id', 'name' and 'acceptable'"));
                continue;
            }
            RiskRegion region;
            region.id = text(r["id"], QStringLiteral("id")).value_or(QString());
            if (!validId(region.id))
                error(r["id"], RiskModelReader::tr("'%1' is not a valid region id").arg(region.id));
            for (const RiskRegion &before : out)
                if (before.id == region.id)
                    error(r["id"], RiskModelReader::tr("the region '%1' is defined twice").arg(region.id));
            region.name = localized(r["name"], QStringLiteral("name")).value_or(LocalizedText{});
            region.acceptable = boolean(r["acceptable"], QStringLiteral("acceptable")).value_or(false);
            anyAcceptable = anyAcceptable || region.acceptable;
            out.push_back(region);
        }
        if (!out.empty() && !anyAcceptable)
            error(n, RiskModelReader::tr("no region of the matrix is acceptable"),
                  RiskModelReader::tr("The risk management plan's criteria must let some risks be accepted."));
    }

    void readCells(const YAML::Node &n, RiskMatrix &m)
    {
        if (n.size() != m.severity.size()) {
            error(n, RiskModelReader::tr("'cells' needs one row per severity level (%1), not %2")
                         .arg(m.severity.size())
                         .arg(n.size()));
            return;
        }
        for (const auto &row : n) {
            auto ids = list(row, QStringLiteral("cells"));
            if (!ids)
                return;
            if (ids->size() != qsizetype(m.probability.size())) {
                error(row, RiskModelReader::tr("each row of 'cells' needs one region per probability level (%1)")
                               .arg(m.probability.size()));
                return;
            }
            for (const QString &id : *ids)
                if (std::none_of(m.regions.begin(), m.regions.end(), [&](const RiskRegion &r) { return r.id == id; }))
                    error(row, RiskModelReader::tr("'%1' in 'cells' is not one of the regions").arg(id));
            m.cells.push_back(std::vector<QString>(ids->begin(), ids->end()));
        }
    }

    void readSources(const YAML::Node &n, HazardCategory &cat)
    {
        if (!n.IsSequence() || n.size() == 0) {
            error(n, RiskModelReader::tr("category '%1' needs its sources as a non-empty list").arg(cat.id));
            return;
        }
        for (const auto &s : n)
            if (auto source = citedSource(s))
                cat.sources.push_back(*source);
    }
};

Json scaleJson(const std::vector<ScaleLevel> &scale)
{
    Json out = Json::array();
    for (const ScaleLevel &l : scale)
        out.push_back(Json{{"level", l.level}, {"name", l.name.toJson()}, {"description", l.description.toJson()}});
    return out;
}

} // namespace

const RiskRegion *RiskMatrix::region(int s, int p) const
{
    if (!hasLevel(s, p) || std::size_t(s) > cells.size() || std::size_t(p) > cells[std::size_t(s - 1)].size())
        return nullptr;
    const QString &id = cells[std::size_t(s - 1)][std::size_t(p - 1)];
    for (const RiskRegion &r : regions)
        if (r.id == id)
            return &r;
    return nullptr;
}

bool RiskMatrix::hasLevel(int s, int p) const
{
    return s >= 1 && p >= 1 && std::size_t(s) <= severity.size() && std::size_t(p) <= probability.size();
}

const ScaleLevel *RiskMatrix::severityLevel(int level) const
{
    return level >= 1 && std::size_t(level) <= severity.size() ? &severity[std::size_t(level - 1)] : nullptr;
}

const ScaleLevel *RiskMatrix::probabilityLevel(int level) const
{
    return level >= 1 && std::size_t(level) <= probability.size() ? &probability[std::size_t(level - 1)] : nullptr;
}

Json RiskMatrix::toJson() const
{
    Json regionList = Json::array();
    for (const RiskRegion &r : regions)
        regionList.push_back(Json{{"id", toStd(r.id)}, {"name", r.name.toJson()}, {"acceptable", r.acceptable}});
    Json rows = Json::array();
    for (const auto &row : cells) {
        Json ids = Json::array();
        for (const QString &id : row)
            ids.push_back(toStd(id));
        rows.push_back(ids);
    }
    return Json{{"severity", scaleJson(severity)},
                {"probability", scaleJson(probability)},
                {"regions", regionList},
                {"cells", rows}};
}

const HazardCategory *RiskModel::category(const QString &id) const
{
    for (const HazardCategory &c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

Result<RiskModel> RiskModelReader::read(const QByteArray &yaml, const QString &fileName, std::vector<Error> *problems)
{
    std::vector<Error> found;
    ModelParser parser(fileName, found);
    RiskModel model;
    if (auto root = parser.parse(yaml))
        parser.readModel(*root, model);
    return checkedResult(std::move(model), found, problems);
}

Result<RiskModel> RiskModelReader::readFile(const QString &path, std::vector<Error> *problems)
{
    auto bytes = readRegularFile(path, maxFileBytes);
    if (!bytes)
        return bytes.error();
    return read(*bytes, path, problems);
}

Result<RiskModel> RiskModelReader::loadShipped()
{
    return readFile(dataDirectory() + QStringLiteral("/guidance/risk-model.yaml"));
}

Result<RiskMatrix> RiskModelReader::readMatrix(const QByteArray &yaml, const QString &fileName,
                                               std::vector<Error> *problems)
{
    std::vector<Error> found;
    ModelParser parser(fileName, found);
    RiskMatrix matrix;
    if (yaml.size() > maxFileBytes)
        found.push_back(Error::input(tr("%1 is larger than %2 bytes").arg(fileName).arg(maxFileBytes)));
    else if (auto root = parser.parse(yaml))
        parser.readMatrix(*root, matrix);
    return checkedResult(std::move(matrix), found, problems);
}

Result<RiskMatrix> RiskModelReader::matrixFromJson(const Json &json)
{
    // JSON is YAML: one reader checks both the user's file and what the project stored.
    return readMatrix(QByteArray::fromStdString(canonicalJson(json)), tr("the project's risk matrix"));
}

} // namespace vv::risk
