#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vv::secrets {

/// Secrets (engine API keys, database passwords) kept in the operating system's keychain, so that no project file,
/// log, audit entry or package ever holds them.
class Keychain {
    Q_DECLARE_TR_FUNCTIONS(vv::secrets::Keychain)
public:
    /// The service every Veiviser entry is filed under in the keychain.
    static QString service();
    /// Longest entry name and longest secret accepted; keychains differ in their own limits.
    static constexpr int maxNameLength = 256;
    static constexpr int maxSecretBytes = 64 * 1024;

    /// The secret stored under name, or nullopt when there is no such entry. An error when the name is not valid
    /// or no keychain can be reached (no Secret Service running, locked and not unlocked in time).
    static Result<std::optional<QByteArray>> read(const QString &name);
    /// Stores secret under name, replacing what was there.
    static Status write(const QString &name, const QByteArray &secret);
    /// Removes the entry; removing one that does not exist is not an error.
    static Status remove(const QString &name);

    /// The entry name for a team-mode database password: postgresql://USER@HOST:PORT/DATABASE.
    static QString databaseEntry(const QString &user, const QString &host, int port, const QString &database);

    /// How long a keychain call may take before it counts as unreachable (unlock prompts need time).
    static constexpr int timeoutMs = 30000;

    // read(), write() and remove() may be called from any thread: off the main thread they are handed to it
    // (QtKeychain's back ends answer there), so the main thread must be running its event loop.

private:
    static Result<std::optional<QByteArray>> readHere(const QString &name);
    static Status writeHere(const QString &name, const QByteArray &secret);
    static Status removeHere(const QString &name);
};

} // namespace vv::secrets
