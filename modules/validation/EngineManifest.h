#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace vv::validation {

/// One setting an engine takes, as its manifest declares it; the GUI builds the engine's form from these.
struct EngineConfigField {
    enum class Type { String, Integer, Number, Boolean, Path };
    QString key;
    Type type = Type::String;
    QString labelNb;
    QString labelEn;
    Json defaultValue;      ///< null when the field has no default
    bool secret = false;    ///< never stored, logged or hashed (the value, not the field)
    bool required = false;

    /// The label in the current UI language (Bokmål unless English is chosen).
    QString label() const;
    static QString typeName(Type type);
};

/// A plugin's manifest (its plugin.json), read and checked before any of its code is loaded.
struct EngineManifest {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::EngineManifest)
public:
    QString id;
    QString name;
    QString version;
    QString compatVersion; ///< the oldest Veiviser version the plugin works with
    QString kind;          ///< llm, classifier or import
    QString description;
    std::vector<EngineConfigField> config;
    QStringList outputs;   ///< what a run yields: "test_run", "cases", metric names

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
    /// The manifest as JSON (for `engines list --json` and the GUI).
    Json toJson() const;

    static constexpr qsizetype maxFields = 100;
    static constexpr qsizetype maxTextLength = 1000;
};

} // namespace vv::validation
