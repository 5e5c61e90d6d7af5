#pragma once

// Validly signed packages with hostile content, made the way a sender holding a real key could make them: the files
// are edited, the manifest follows the edit, and the result is signed and written in the canonical layout. Such a
// package verifies, so what it proves is that the reader does not trust the names and values inside it
// (tst_packages, hostileContentInSignedPackages).

#include "core/Json.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>

namespace vv::test {

/// The files of a package by name, and its manifest as JSON, for an edit to change.
struct PackageContents {
    std::map<QString, QByteArray> files;
    Json manifest;
};

/// Reads the package at from, lets edit change its contents, brings the manifest's sizes and hashes up to date
/// for every listed file, signs it with the private key at keyPath and writes it to to. Returns an empty string
/// on success, otherwise what went wrong.
QString craftPackage(const QString &from, const QString &to, const QString &keyPath,
                     const std::function<void(PackageContents &)> &edit);

} // namespace vv::test
