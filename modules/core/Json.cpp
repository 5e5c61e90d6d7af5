#include "core/Json.h"

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

Result<Json> parseJson(QByteArrayView text, const QString &sourceName)
{
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
    }
}

Result<Json> readJsonFile(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::input(QCoreApplication::translate("vv::Json", "cannot read %1: %2").arg(path, f.errorString()),
                            QCoreApplication::translate("vv::Json", "Check the path and the file's permissions."));
    if (f.size() > maxBytes)
        return Error::input(QCoreApplication::translate("vv::Json", "%1 is %2 bytes; the limit for this file is %3 bytes")
                                .arg(path).arg(f.size()).arg(maxBytes),
                            QCoreApplication::translate("vv::Json", "Check that this is the right file."));
    const QByteArray data = f.read(maxBytes + 1);
    return parseJson(data, path);
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
