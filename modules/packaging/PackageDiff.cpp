#include "packaging/PackageDiff.h"

#include <map>

namespace vv::packaging {

QString changeKindName(PackageChange::Kind kind)
{
    switch (kind) {
    case PackageChange::Kind::Added: return QStringLiteral("added");
    case PackageChange::Kind::Removed: return QStringLiteral("removed");
    case PackageChange::Kind::Changed: return QStringLiteral("changed");
    }
    return QStringLiteral("changed");
}

QStringList PackageDiff::areas()
{
    return {QStringLiteral("project"),  QStringLiteral("packs"),    QStringLiteral("answers"),
            QStringLiteral("requirements"), QStringLiteral("evidence"), QStringLiteral("documents"),
            QStringLiteral("details"),  QStringLiteral("test_runs")};
}

namespace {

/// Keyed short texts of one area of a package.
using Keyed = std::map<QString, QString>;

QString shortText(const QString &s)
{
    QString t = s.simplified();
    return t.size() > 120 ? t.left(119) + QChar(0x2026) : t;
}

QString jsonText(const Json &j)
{
    return j.is_string() ? fromStd(j.get<std::string>()) : fromStd(canonicalJson(j));
}

void compareKeyed(const QString &area, const Keyed &a, const Keyed &b, std::vector<PackageChange> &out)
{
    for (const auto &[key, value] : a) {
        const auto it = b.find(key);
        if (it == b.end())
            out.push_back({area, key, PackageChange::Kind::Removed, shortText(value), {}});
        else if (it->second != value)
            out.push_back({area, key, PackageChange::Kind::Changed, shortText(value), shortText(it->second)});
    }
    for (const auto &[key, value] : b)
        if (!a.count(key))
            out.push_back({area, key, PackageChange::Kind::Added, {}, shortText(value)});
}

struct Areas {
    std::map<QString, Keyed> byArea;
};

Areas areasOf(const PackageVerification &v, const Json &assessment)
{
    Areas out;
    const Json &m = v.manifest.json;
    const Json project = m.value("project", Json::object());
    for (const char *k : {"name", "system_version", "role"})
        out.byArea[QStringLiteral("project")][QString::fromLatin1(k)] = jsonString(project, k);
    for (const Json &p : m.value("packs", Json::array()))
        out.byArea[QStringLiteral("packs")][jsonString(p, "id")] = jsonString(p, "version");
    for (const ManifestFile &f : v.manifest.files)
        if (f.kind == QStringLiteral("document"))
            out.byArea[QStringLiteral("documents")][f.path] = f.sha256.left(16);
    for (const Json &ans : assessment.value("answers", Json::array()))
        out.byArea[QStringLiteral("answers")][jsonString(ans, "fact")] = jsonText(ans.value("value", Json()));
    for (const Json &r : assessment.value("requirements", Json::array())) {
        QString text = jsonString(r, "status");
        const Json st = r.value("state", Json());
        if (st.is_object() && !jsonString(st, "justification").isEmpty())
            text += QStringLiteral(": ") + jsonString(st, "justification");
        out.byArea[QStringLiteral("requirements")][jsonString(r, "urn")] = text;
    }
    for (const Json &e : assessment.value("evidence", Json::array())) {
        QStringList links;
        for (const Json &l : e.value("links", Json::array()))
            links << jsonText(l);
        out.byArea[QStringLiteral("evidence")][QString::number(e.value("id", 0))] =
            QStringLiteral("%1 [%2] %3 (%4)")
                .arg(jsonString(e, "title"), jsonString(e, "sha256").left(16), jsonString(e, "review_state"),
                     links.join(QStringLiteral(", ")));
    }
    // Bokmål texts under their key, English ones under "KEY (en)": packages from before details had two languages
    // (details only, in Bokmål) compare with newer ones text by text.
    const Json languages = assessment.value("detail_languages", Json());
    const Json details = languages.is_object() ? languages : assessment.value("details", Json::object());
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (!it.value().is_object()) {
            out.byArea[QStringLiteral("details")][fromStd(it.key())] = jsonText(it.value());
            continue;
        }
        if (const QString nb = jsonString(it.value(), "nb"); !nb.isEmpty())
            out.byArea[QStringLiteral("details")][fromStd(it.key())] = nb;
        if (const QString en = jsonString(it.value(), "en"); !en.isEmpty())
            out.byArea[QStringLiteral("details")][fromStd(it.key()) + QStringLiteral(" (en)")] = en;
    }
    for (const Json &run : assessment.value("test_runs", Json::array())) {
        QStringList metrics;
        for (const Json &mm : run.value("metrics", Json::array()))
            metrics << QStringLiteral("%1=%2").arg(jsonString(mm, "name"), jsonText(mm.value("value", Json())));
        out.byArea[QStringLiteral("test_runs")][jsonString(run, "id")] =
            jsonString(run, "title") + QStringLiteral(": ") + metrics.join(QStringLiteral(", "));
    }
    return out;
}

} // namespace

Result<PackageDiffResult> PackageDiff::compare(const QString &older, const QString &newer, const PackageLimits &limits)
{
    PackageDiffResult result;
    std::vector<Json> assessments;
    const QString paths[] = {older, newer};
    for (int i = 0; i < 2; ++i) {
        const QString &path = paths[i];
        PackageReadOptions o;
        o.limits = limits;
        o.allowUnsigned = true;
        o.keepInMemory = {PackageNames::assessmentExport()};
        auto v = PackageReader::read(path, o);
        if (!v)
            return v.error();
        auto a = parseJson(v->memoryFile(PackageNames::assessmentExport()), path + QLatin1Char(':') + PackageNames::assessmentExport());
        if (!a)
            return a.error();
        v->kept.clear();
        assessments.push_back(*a);
        (i == 0 ? result.a : result.b) = std::move(*v);
    }
    const Areas a = areasOf(result.a, assessments[0]);
    const Areas b = areasOf(result.b, assessments[1]);
    for (const QString &area : areas()) {
        static const Keyed none;
        const auto ia = a.byArea.find(area), ib = b.byArea.find(area);
        compareKeyed(area, ia == a.byArea.end() ? none : ia->second, ib == b.byArea.end() ? none : ib->second,
                     result.changes);
    }
    return result;
}

} // namespace vv::packaging
