#include "core/Json.h"

#include "core/RegularFile.h"

#include <QFile>

namespace vv {

std::string canonicalJson(const Json &j)
{
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

QByteArray canonicalJsonBytes(const Json &j)
{
    const std::string s = canonicalJson(j);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

static SourceLocation locate(QByteArrayView text, std::size_t byteOffset, const QString &sourceName)
{
    SourceLocation loc{sourceName, 1, 1};
    // nlohmann's byte is 1-based; an error at the end of input points one past the last character.
    const auto size = static_cast<std::size_t>(text.size());
    for (std::size_t i = 0; i + 1 < byteOffset; ++i) {
        if (i < size && text[static_cast<qsizetype>(i)] == '\n') {
            ++loc.line;
            loc.column = 1;
        } else {
            ++loc.column;
        }
    }
    return loc;
}

// Copying and writing a document recurse once per level of nesting, so a few megabytes of '[' would exhaust the
// stack long after parsing (which does not recurse) succeeded. No file Veiviser reads nests anywhere near this deep.
constexpr int maxJsonDepth = 512;

/// The 1-based byte at which text nests deeper than maxJsonDepth, or 0.
static std::size_t tooDeepAt(QByteArrayView text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxJsonDepth)
                return static_cast<std::size_t>(i) + 1;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return 0;
}

Result<Json> parseJson(QByteArrayView text, const QString &sourceName)
{
    if (const std::size_t at = tooDeepAt(text))
        return Error::input(QCoreApplication::translate("vv::Json", "invalid JSON: nested more than %1 levels deep")
                                .arg(maxJsonDepth),
                            QCoreApplication::translate("vv::Json", "Fix the file or produce it again."),
                            locate(text, at, sourceName));
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        QString what = QString::fromUtf8(e.what());
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column 2: "
        const int colon = what.indexOf(QStringLiteral(": "), what.indexOf(QStringLiteral("column")));
        if (colon > 0)
            what = what.mid(colon + 2);
        return Error::input(QCoreApplication::translate("vv::Json", "invalid JSON: %1").arg(what),
                            QCoreApplication::translate("vv::Json", "Fix the file or produce it again."),
                            locate(text, e.byte, sourceName));
    } catch (const Json::exception &e) {
        // A number too large for a double (out_of_range.406) is the other way a parse can fail; found by fuzzing.
        return Error::input(QCoreApplication::translate("vv::Json", "invalid JSON: %1").arg(QString::fromUtf8(e.what())),
                            QCoreApplication::translate("vv::Json", "Fix the file or produce it again."),
                            locate(text, 0, sourceName));
    }
}

Result<Json> readJsonFile(const QString &path, qint64 maxBytes)
{
    auto data = readRegularFile(path, maxBytes);
    if (!data)
        return data.error();
    return parseJson(*data, path);
}

Json toJson(const QStringList &list)
{
    Json arr = Json::array();
    for (const QString &s : list)
        arr.push_back(toStd(s));
    return arr;
}

QString jsonString(const Json &obj, const char *key, const QString &fallback)
{
    if (!obj.is_object())
        return fallback;
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return fallback;
    return fromStd(it->get<std::string>());
}

double jsonNumber(const Json &obj, const char *key, double fallback)
{
    if (!obj.is_object())
        return fallback;
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_number())
        return fallback;
    return it->get<double>();
}

} // namespace vv
