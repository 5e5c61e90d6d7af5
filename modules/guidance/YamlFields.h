#pragma once

// Reading checked values out of a YAML document, each problem at its line and column: the monitoring plan, the
// incident rules, the risk model and change-control plans. Users of this header link yaml-cpp themselves.

#include "core/Error.h"
#include "core/LocalizedText.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <vector>

namespace vv {

/// Names as 'a', 'b', 'c' for messages that list what is allowed.
QString quotedNames(const QStringList &names);

/// Reads typed values from the nodes of one YAML file and collects every problem with its place, so a user sees all
/// of them at once. Nothing throws out of it.
class YamlFields {
    Q_DECLARE_TR_FUNCTIONS(vv::YamlFields)
public:
    YamlFields(QString file, std::vector<Error> &problems) : m_file(std::move(file)), m_problems(problems) { }

    /// Parses the whole text; a syntax error is reported and gives nothing.
    std::optional<YAML::Node> parse(const QByteArray &text);
    SourceLocation at(const YAML::Node &n) const;
    void error(const YAML::Node &n, const QString &what, const QString &hint = {});
    void add(Error problem) { m_problems.push_back(std::move(problem)); }
    /// Checks that map is a mapping whose keys are all allowed; what names it in messages ("the plan").
    bool keys(const YAML::Node &map, const QStringList &allowed, const QString &what);
    std::optional<QString> text(const YAML::Node &n, const QString &key);
    std::optional<double> number(const YAML::Node &n, const QString &key);
    std::optional<qint64> count(const YAML::Node &n, const QString &key, qint64 min);
    std::optional<QDate> date(const YAML::Node &n, const QString &key);
    std::optional<bool> boolean(const YAML::Node &n, const QString &key);
    /// A {nb: ..., en: ...} text; both languages are required.
    std::optional<LocalizedText> localized(const YAML::Node &n, const QString &key);
    /// A list of plain values.
    std::optional<QStringList> list(const YAML::Node &n, const QString &key);
    /// A cited source, {citation: {nb: ..., en: ...}, url: https://...}, as the risk model and the rubrics write it.
    std::optional<std::pair<LocalizedText, QString>> citedSource(const YAML::Node &n);
    const QString &file() const { return m_file; }
    /// How many problems have been found so far, so that a reader can tell whether a part added any.
    std::size_t problemCount() const { return m_problems.size(); }

private:
    QString m_file;
    std::vector<Error> &m_problems;
};

/// What a reader that collects problems returns: the value when none was found, else the first problem; every
/// problem is copied to problems when it is given.
template <typename T>
Result<T> checkedResult(T value, const std::vector<Error> &found, std::vector<Error> *problems)
{
    if (problems)
        *problems = found;
    if (!found.empty())
        return found.front();
    return value;
}

} // namespace vv
