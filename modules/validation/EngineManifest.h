#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/LocalizedText.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv::validation {

/// One setting an engine takes, as its manifest declares it; the GUI builds the engine's form from these.
struct EngineConfigField {
    enum class Type { String, Integer, Number, Boolean, Path };
    QString key;
    Type type = Type::String;
    LocalizedText label;
    Json defaultValue;      ///< null when the field has no default
    bool secret = false;    ///< never stored, logged or hashed (the value, not the field)
    bool required = false;

    static QString typeName(Type type);
};

/// An external program an engine runs (promptfoo, say), found without loading the plugin's code: the setting that
/// names it, then an environment variable, then PATH.
struct EngineProgram {
    QString name;       ///< the executable's name, looked up in PATH
    QString env;        ///< an environment variable that may hold its path; empty for none
    QString setting;    ///< the config field that may hold its path; empty for none
    LocalizedText install; ///< how to install it, for the error when it is missing
};

/// A plugin's manifest (its plugin.json), read and checked before any of its code is loaded.
struct EngineManifest {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::EngineManifest)
public:
    QString id;
    LocalizedText name;    ///< {"nb", "en"}, or one name for every language (kept in en)
    QString version;
    QString compatVersion; ///< the oldest Veiviser version the plugin works with
    QString kind;          ///< llm, classifier or import
    LocalizedText description; ///< like name; may be empty
    std::vector<EngineConfigField> config;
    QStringList outputs;   ///< what a run yields: "test_run", "cases", metric names
    std::optional<EngineProgram> program; ///< the external program the engine runs, if any

    /// Checks every field of an untrusted manifest; errors name the field and say what to write instead.
    static Result<EngineManifest> fromJson(const Json &doc, const QString &sourceName);
    /// Whether a plugin built for compatVersion can run in this Veiviser (hostVersion: VV_VERSION by default).
    static Status checkCompatible(const QString &compatVersion, const QString &hostVersion = {});

    const EngineConfigField *field(const QString &key) const;
    /// The configuration from KEY=VALUE settings: values parsed by type, defaults filled in, required fields and
    /// unknown keys refused.
    Result<Json> resolveConfig(const QMap<QString, QString> &settings) const;
    /// The configuration without secret fields: what provenance stores and the config hash covers.
    Json publicConfig(const Json &config) const;
    /// The path of the external program: the config's setting, then the environment variable, then PATH. An input
    /// error that says how to install it when none of them has it.
    Result<QString> locateProgram(const Json &config = Json::object()) const;
    /// The manifest as JSON (for `engines list --json` and the GUI).
    Json toJson() const;

    static constexpr qsizetype maxFields = 100;
    static constexpr qsizetype maxTextLength = 1000;
};

} // namespace vv::validation
