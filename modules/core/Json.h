#pragma once

#include "core/Error.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vv {

/// nlohmann::json keeps object keys in a std::map, so dump() of it is already key-sorted.
using Json = nlohmann::json;

/// Compact JSON with sorted keys and no insignificant white space: the form that is hashed and signed.
std::string canonicalJson(const Json &j);
QByteArray canonicalJsonBytes(const Json &j);

/// Parses untrusted JSON text; errors carry the source name with line and column.
Result<Json> parseJson(QByteArrayView text, const QString &sourceName);
/// Reads and parses a JSON file, refusing files larger than maxBytes.
Result<Json> readJsonFile(const QString &path, qint64 maxBytes = 64 << 20);

inline std::string toStd(const QString &s) { return s.toStdString(); }
inline QString fromStd(const std::string &s) { return QString::fromStdString(s); }

Json toJson(const QStringList &list);

/// Typed access to fields of untrusted JSON objects, with messages that name the field.
QString jsonString(const Json &obj, const char *key, const QString &fallback = {});
double jsonNumber(const Json &obj, const char *key, double fallback = 0.0);

} // namespace vv
