#include "validation/EngineManifest.h"

#include "core/Version.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVersionNumber>

#include <cmath>
#include <optional>

namespace vv::validation {

namespace {

using Type = EngineConfigField::Type;

const std::pair<Type, const char *> typeNames[] = {
    {Type::String, "string"}, {Type::Integer, "integer"}, {Type::Number, "number"},
    {Type::Boolean, "boolean"}, {Type::Path, "path"}};

std::optional<Type> typeFromName(const std::string &name)
{
    for (const auto &[t, n] : typeNames) {
        if (name == n)
            return t;
    }
    return std::nullopt;
}

Error fieldError(const QString &source, const QString &what)
{
    return Error::input(what, EngineManifest::tr("Fix the plugin's plugin.json or ask its author for a fixed build."),
                        SourceLocation{source, 0, 0});
}

// A required string member of bounded length, optionally matching a pattern.
Result<QString> text(const Json &obj, const char *key, const QString &source, const QRegularExpression *pattern = nullptr,
                     bool required = true)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (!required)
            return QString();
        return fieldError(source, EngineManifest::tr("the manifest has no '%1'").arg(QLatin1String(key)));
    }
    if (!it->is_string())
        return fieldError(source, EngineManifest::tr("'%1' must be a string").arg(QLatin1String(key)));
    const QString value = fromStd(it->get<std::string>());
    if (required && value.trimmed().isEmpty())
        return fieldError(source, EngineManifest::tr("'%1' is empty").arg(QLatin1String(key)));
    if (value.size() > EngineManifest::maxTextLength)
        return fieldError(source, EngineManifest::tr("'%1' is longer than %2 characters")
                                      .arg(QLatin1String(key)).arg(EngineManifest::maxTextLength));
    if (pattern && !pattern->match(value).hasMatch())
        return fieldError(source, EngineManifest::tr("'%1' has the invalid value '%2'").arg(QLatin1String(key), value));
    return value;
}

// {"nb": ..., "en": ...} with both texts filled in; nothing when obj[key] is anything else (the caller says what
// it expected there).
std::optional<LocalizedText> bothLanguages(const Json &obj, const char *key, const QString &source)
{
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_object())
        return std::nullopt;
    auto nb = text(*it, "nb", source);
    auto en = text(*it, "en", source);
    if (!nb || !en)
        return std::nullopt;
    return LocalizedText{*nb, *en};
}

// A text shown to users: one string for every language (kept as the English text, which Bokmål falls back to), or
// {"nb": ..., "en": ...}.
Result<LocalizedText> localizedText(const Json &obj, const char *key, const QString &source, bool required)
{
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_object()) {
        auto one = text(obj, key, source, nullptr, required);
        if (!one)
            return one.error();
        return LocalizedText{QString(), *one};
    }
    if (auto both = bothLanguages(obj, key, source))
        return *both;
    return fieldError(source, EngineManifest::tr("'%1' must be a string or an object with 'nb' and 'en'")
                                  .arg(QLatin1String(key)));
}

Json localizedJson(const LocalizedText &t)
{
    return t.nb.isEmpty() ? Json(toStd(t.en)) : t.toJson();
}

bool valueFits(const Json &v, Type type)
{
    switch (type) {
    case Type::String:
    case Type::Path: return v.is_string();
    case Type::Integer: return v.is_number_integer();
    case Type::Number: return v.is_number() && std::isfinite(v.get<double>());
    case Type::Boolean: return v.is_boolean();
    }
    return false;
}

const QRegularExpression &versionPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}$"));
    return re;
}

} // namespace

QString EngineConfigField::typeName(Type type)
{
    for (const auto &[t, n] : typeNames) {
        if (t == type)
            return QLatin1String(n);
    }
    return {};
}

Result<EngineManifest> EngineManifest::fromJson(const Json &doc, const QString &source)
{
    if (!doc.is_object())
        return fieldError(source, tr("the manifest is not a JSON object"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]{1,63}$"));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    static const QRegularExpression kindPattern(QStringLiteral("^(llm|classifier|import)$"));

    EngineManifest m;
    auto id = text(doc, "id", source, &idPattern);
    if (!id)
        return id.error();
    m.id = *id;
    auto name = localizedText(doc, "name", source, true);
    if (!name)
        return name.error();
    m.name = *name;
    auto version = text(doc, "version", source, &versionPattern());
    if (!version)
        return version.error();
    m.version = *version;
    auto compat = text(doc, "compatVersion", source, &versionPattern());
    if (!compat)
        return compat.error();
    m.compatVersion = *compat;
    auto kind = text(doc, "kind", source, &kindPattern);
    if (!kind)
        return kind.error();
    m.kind = *kind;
    auto description = localizedText(doc, "description", source, false);
    if (!description)
        return description.error();
    m.description = *description;

    const auto config = doc.find("config");
    if (config != doc.end()) {
        if (!config->is_array())
            return fieldError(source, tr("'config' must be a list of fields"));
        if (static_cast<qsizetype>(config->size()) > maxFields)
            return fieldError(source, tr("'config' has more than %1 fields").arg(maxFields));
        for (const Json &f : *config) {
            if (!f.is_object())
                return fieldError(source, tr("every entry of 'config' must be an object"));
            EngineConfigField field;
            auto key = text(f, "key", source, &keyPattern);
            if (!key)
                return key.error().prefixed(tr("in 'config'"));
            field.key = *key;
            if (m.field(field.key))
                return fieldError(source, tr("the config field '%1' is declared twice").arg(field.key));
            const auto type = f.find("type");
            if (type == f.end() || !type->is_string() || !typeFromName(type->get<std::string>()))
                return fieldError(source, tr("the config field '%1' needs a type: string, integer, number, boolean "
                                             "or path").arg(field.key));
            field.type = *typeFromName(type->get<std::string>());
            const auto label = bothLanguages(f, "label", source);
            if (!label)
                return fieldError(source, tr("the config field '%1' needs a label with 'nb' and 'en'").arg(field.key));
            field.label = *label;
            if (const auto d = f.find("default"); d != f.end() && !d->is_null()) {
                if (!valueFits(*d, field.type))
                    return fieldError(source, tr("the default of config field '%1' does not fit its type %2")
                                                  .arg(field.key, EngineConfigField::typeName(field.type)));
                field.defaultValue = *d;
            }
            for (const auto &[member, target] : {std::pair{"secret", &field.secret}, std::pair{"required", &field.required}}) {
                if (const auto b = f.find(member); b != f.end()) {
                    if (!b->is_boolean())
                        return fieldError(source, tr("'%1' of config field '%2' must be true or false")
                                                      .arg(QLatin1String(member), field.key));
                    *target = b->get<bool>();
                }
            }
            if (field.secret && !field.defaultValue.is_null())
                return fieldError(source, tr("the secret config field '%1' must not have a default").arg(field.key));
            m.config.push_back(std::move(field));
        }
    }

    if (const auto program = doc.find("program"); program != doc.end() && !program->is_null()) {
        if (!program->is_object())
            return fieldError(source, tr("'program' must be an object with name, env, setting and install"));
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        static const QRegularExpression envPattern(QStringLiteral("^[A-Z][A-Z0-9_]{0,63}$"));
        EngineProgram p;
        auto name = text(*program, "name", source, &namePattern);
        if (!name)
            return name.error().prefixed(tr("in 'program'"));
        p.name = *name;
        auto env = text(*program, "env", source, &envPattern, false);
        if (!env)
            return env.error().prefixed(tr("in 'program'"));
        p.env = *env;
        auto setting = text(*program, "setting", source, nullptr, false);
        if (!setting)
            return setting.error().prefixed(tr("in 'program'"));
        p.setting = *setting;
        if (!p.setting.isEmpty()) {
            const EngineConfigField *f = m.field(p.setting);
            if (!f || f->type != Type::Path)
                return fieldError(source, tr("the program's setting '%1' must be a config field of type path")
                                              .arg(p.setting));
        }
        const auto install = bothLanguages(*program, "install", source);
        if (!install)
            return fieldError(source, tr("'program' needs 'install' with 'nb' and 'en'"));
        p.install = *install;
        m.program = std::move(p);
    }

    const auto outputs = doc.find("outputs");
    if (outputs == doc.end() || !outputs->is_array() || outputs->empty())
        return fieldError(source, tr("'outputs' must be a non-empty list of names"));
    if (static_cast<qsizetype>(outputs->size()) > maxFields)
        return fieldError(source, tr("'outputs' has more than %1 names").arg(maxFields));
    for (const Json &o : *outputs) {
        if (!o.is_string() || o.get<std::string>().empty() || o.get<std::string>().size() > 100)
            return fieldError(source, tr("every entry of 'outputs' must be a short name"));
        m.outputs << fromStd(o.get<std::string>());
    }
    return m;
}

Status EngineManifest::checkCompatible(const QString &compatVersion, const QString &hostVersion)
{
    const auto host = QVersionNumber::fromString(hostVersion.isEmpty() ? QStringLiteral(VV_VERSION) : hostVersion);
    const auto needed = QVersionNumber::fromString(compatVersion);
    // Before 1.0 every minor version may change the engine interface; from 1.0 on only major versions do.
    const bool sameSeries = host.majorVersion() == needed.majorVersion() &&
                            (host.majorVersion() > 0 || host.minorVersion() == needed.minorVersion());
    if (needed > host || !sameSeries)
        return Error::input(tr("the plugin needs Veiviser %1, this is Veiviser %2").arg(compatVersion, host.toString()),
                            tr("Install a version of the plugin made for this Veiviser."));
    return {};
}

const EngineConfigField *EngineManifest::field(const QString &key) const
{
    for (const auto &f : config) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

namespace {

// An address with a user name or password in it (http://user:key@host) would carry the key into the project, the
// run log and every package that lists the run's settings. Checked on the raw text, up to where the host part
// ends, so that no spelling QUrl would parse differently gets through.
Status refuseCredentialsInAddress(const QString &key, const QString &value)
{
    const QString text = value.trimmed();
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    if (schemeEnd < 1)
        return {};
    for (qsizetype i = 0; i < schemeEnd; ++i) {
        const QChar c = text[i];
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return {};
    }
    const qsizetype hostStart = schemeEnd + 3;
    qsizetype hostEnd = text.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')})
        if (const qsizetype at = text.indexOf(stop, hostStart); at >= 0)
            hostEnd = std::min(hostEnd, at);
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), hostEnd - 1);
    if (at < hostStart)
        return {};
    const QString shown = text.left(hostStart) + text.mid(at + 1);
    return Error::input(EngineManifest::tr("the setting '%1' is an address with a user name or key in it (%2)")
                            .arg(key, shown),
                        EngineManifest::tr("Give the address without it. An API key belongs in an environment variable "
                                           "named by api_key_env, or in the keychain (veiviser-cli secret set), so "
                                           "that it never reaches the project, a log or a package."));
}

} // namespace

Result<Json> EngineManifest::resolveConfig(const QMap<QString, QString> &settings) const
{
    Json out = Json::object();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const EngineConfigField *f = field(it.key());
        if (!f) {
            QStringList keys;
            for (const auto &c : config)
                keys << c.key;
            return Error::input(tr("the engine %1 has no setting '%2'").arg(id, it.key()),
                                keys.isEmpty() ? tr("This engine takes no settings.")
                                               : tr("Its settings are: %1.").arg(keys.join(QStringLiteral(", "))));
        }
        const QString v = it.value().trimmed();
        bool ok = true;
        switch (f->type) {
        case Type::String:
            VV_TRY(refuseCredentialsInAddress(f->key, it.value()));
            out[toStd(f->key)] = toStd(it.value());
            break;
        case Type::Path: out[toStd(f->key)] = toStd(it.value()); break;
        case Type::Integer: out[toStd(f->key)] = v.toLongLong(&ok); break;
        case Type::Number: {
            const double d = QString(v).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            ok = ok && std::isfinite(d);
            out[toStd(f->key)] = d;
            break;
        }
        case Type::Boolean:
            if (v == QStringLiteral("true") || v == QStringLiteral("yes") || v == QStringLiteral("1"))
                out[toStd(f->key)] = true;
            else if (v == QStringLiteral("false") || v == QStringLiteral("no") || v == QStringLiteral("0"))
                out[toStd(f->key)] = false;
            else
                ok = false;
            break;
        }
        if (!ok)
            return Error::input(tr("the setting '%1' takes a value of type %2, not '%3'")
                                    .arg(f->key, EngineConfigField::typeName(f->type), it.value()));
    }
    for (const auto &f : config) {
        if (out.contains(toStd(f.key)))
            continue;
        if (!f.defaultValue.is_null())
            out[toStd(f.key)] = f.defaultValue;
        else if (f.required)
            return Error::input(tr("the engine %1 needs the setting '%2' (%3)").arg(id, f.key, f.label.current()),
                                tr("Give it with --set %1=VALUE.").arg(f.key));
    }
    return out;
}

Json EngineManifest::publicConfig(const Json &config) const
{
    Json out = config;
    for (const auto &f : this->config) {
        if (f.secret)
            out.erase(toStd(f.key));
    }
    return out;
}

Result<QString> EngineManifest::locateProgram(const Json &config) const
{
    if (!program)
        return Error::input(tr("the engine %1 runs no external program").arg(id));
    const EngineProgram &p = *program;
    auto executable = [](const QString &path) {
        const QFileInfo f(path);
        return f.isFile() && f.isExecutable();
    };
    if (!p.setting.isEmpty()) {
        const QString given = jsonString(config, toStd(p.setting).c_str());
        if (!given.isEmpty()) {
            if (!executable(given))
                return Error::input(tr("%1 (the setting %2) is not an executable file").arg(given, p.setting),
                                    p.install.current());
            return QFileInfo(given).absoluteFilePath();
        }
    }
    if (!p.env.isEmpty()) {
        const QString fromEnv = qEnvironmentVariable(p.env.toLatin1().constData());
        if (!fromEnv.isEmpty()) {
            if (!executable(fromEnv))
                return Error::input(tr("%1 (from the environment variable %2) is not an executable file")
                                        .arg(fromEnv, p.env), p.install.current());
            return QFileInfo(fromEnv).absoluteFilePath();
        }
    }
    const QString found = QStandardPaths::findExecutable(p.name);
    if (found.isEmpty()) {
        QStringList where;
        if (!p.setting.isEmpty())
            where << QStringLiteral("--set %1=PATH").arg(p.setting);
        if (!p.env.isEmpty())
            where << p.env;
        where << QStringLiteral("PATH");
        return Error::input(tr("%1 is not installed (looked in %2)").arg(p.name, where.join(QStringLiteral(", "))),
                            p.install.current());
    }
    return found;
}

Json EngineManifest::toJson() const
{
    Json fields = Json::array();
    for (const auto &f : config)
        fields.push_back({{"key", toStd(f.key)}, {"type", toStd(EngineConfigField::typeName(f.type))},
                          {"label", f.label.toJson()},
                          {"default", f.defaultValue}, {"secret", f.secret}, {"required", f.required}});
    Json out = {{"id", toStd(id)}, {"name", localizedJson(name)}, {"version", toStd(version)},
                {"compatVersion", toStd(compatVersion)}, {"kind", toStd(kind)},
                {"description", localizedJson(description)},
                {"config", fields}, {"outputs", vv::toJson(outputs)}};
    if (program)
        out["program"] = {{"name", toStd(program->name)}, {"env", toStd(program->env)},
                          {"setting", toStd(program->setting)},
                          {"install", program->install.toJson()}};
    return out;
}

} // namespace vv::validation
