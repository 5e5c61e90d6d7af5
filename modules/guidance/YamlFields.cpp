#include "guidance/YamlFields.h"

#include <cmath>

namespace vv {

QString quotedNames(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << QLatin1Char('\'') + n + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

std::optional<YAML::Node> YamlFields::parse(const QByteArray &text)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        m_problems.push_back(Error::input(tr("the YAML does not parse: %1").arg(QString::fromStdString(e.msg)),
                                          tr("Check indentation, quotes and colons around this place."),
                                          {m_file, std::max(e.mark.line, 0) + 1, std::max(e.mark.column, 0) + 1}));
    }
    return std::nullopt;
}

SourceLocation YamlFields::at(const YAML::Node &n) const
{
    const YAML::Mark m = n.Mark();
    if (m.is_null() || m.line < 0)
        return {m_file, 1, 1};
    return {m_file, m.line + 1, m.column + 1};
}

void YamlFields::error(const YAML::Node &n, const QString &what, const QString &hint)
{
    m_problems.push_back(Error::input(what, hint, at(n)));
}

bool YamlFields::keys(const YAML::Node &map, const QStringList &allowed, const QString &what)
{
    if (!map.IsMap()) {
        error(map, tr("%1 must be a mapping of keys to values").arg(what));
        return false;
    }
    for (const auto &kv : map) {
        const QString key = QString::fromStdString(kv.first.Scalar());
        if (!allowed.contains(key))
            error(kv.first, tr("unknown key '%1' in %2").arg(key, what),
                  tr("The keys are %1.").arg(quotedNames(allowed)));
    }
    return true;
}

std::optional<QString> YamlFields::text(const YAML::Node &n, const QString &key)
{
    if (!n.IsScalar()) {
        error(n, tr("'%1' must be a single value").arg(key));
        return std::nullopt;
    }
    return QString::fromStdString(n.Scalar());
}

std::optional<double> YamlFields::number(const YAML::Node &n, const QString &key)
{
    auto t = text(n, key);
    if (!t)
        return std::nullopt;
    bool ok = false;
    const double v = t->toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        error(n, tr("'%1' must be a number, not '%2'").arg(key, *t));
        return std::nullopt;
    }
    return v;
}

std::optional<qint64> YamlFields::count(const YAML::Node &n, const QString &key, qint64 min)
{
    auto t = text(n, key);
    if (!t)
        return std::nullopt;
    bool ok = false;
    const qint64 v = t->toLongLong(&ok);
    if (!ok || v < min) {
        error(n, tr("'%1' must be a whole number of at least %2, not '%3'").arg(key).arg(min).arg(*t));
        return std::nullopt;
    }
    return v;
}

std::optional<QDate> YamlFields::date(const YAML::Node &n, const QString &key)
{
    auto t = text(n, key);
    if (!t)
        return std::nullopt;
    const QDate d = QDate::fromString(*t, Qt::ISODate);
    if (!d.isValid() || t->size() != 10) {
        error(n, tr("'%1' must be a date written YYYY-MM-DD, not '%2'").arg(key, *t));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> YamlFields::boolean(const YAML::Node &n, const QString &key)
{
    auto t = text(n, key);
    if (!t)
        return std::nullopt;
    if (*t == QStringLiteral("true"))
        return true;
    if (*t == QStringLiteral("false"))
        return false;
    error(n, tr("'%1' must be true or false, not '%2'").arg(key, *t));
    return std::nullopt;
}

std::optional<LocalizedText> YamlFields::localized(const YAML::Node &n, const QString &key)
{
    if (!keys(n, {QStringLiteral("nb"), QStringLiteral("en")}, QStringLiteral("'%1'").arg(key)))
        return std::nullopt;
    if (!n["nb"] || !n["en"]) {
        error(n, tr("'%1' needs both 'nb' and 'en'").arg(key));
        return std::nullopt;
    }
    auto nb = text(n["nb"], key + QStringLiteral(".nb"));
    auto en = text(n["en"], key + QStringLiteral(".en"));
    if (!nb || !en)
        return std::nullopt;
    return LocalizedText{nb->trimmed(), en->trimmed()};
}

std::optional<QStringList> YamlFields::list(const YAML::Node &n, const QString &key)
{
    if (!n.IsSequence()) {
        error(n, tr("'%1' must be a list").arg(key));
        return std::nullopt;
    }
    QStringList out;
    for (const auto &item : n) {
        auto t = text(item, key);
        if (!t)
            return std::nullopt;
        out << *t;
    }
    return out;
}

std::optional<std::pair<LocalizedText, QString>> YamlFields::citedSource(const YAML::Node &n)
{
    if (!keys(n, {QStringLiteral("citation"), QStringLiteral("url")}, tr("a source")))
        return std::nullopt;
    if (!n["citation"] || !n["url"]) {
        error(n, tr("a source needs 'citation' and 'url'"));
        return std::nullopt;
    }
    auto citation = localized(n["citation"], QStringLiteral("citation"));
    auto url = text(n["url"], QStringLiteral("url"));
    if (url && !url->startsWith(QStringLiteral("https://"))) {
        error(n["url"], tr("a source's url must start with https://"));
        return std::nullopt;
    }
    if (!citation || !url)
        return std::nullopt;
    return std::make_pair(*citation, *url);
}

} // namespace vv
