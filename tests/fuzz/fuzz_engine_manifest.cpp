// libFuzzer target: a plugin's manifest (plugin.json, embedded in the plugin's metadata) is read and checked before
// any of the plugin's code runs, so it must be refused with an error, never crash the host. The input is split at a
// form feed (\f) into the manifest and KEY=VALUE settings lines, which are resolved against the manifest's fields.

#include "core/Json.h"
#include "validation/EngineManifest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace vv;
using namespace vv::validation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\f');
    const QByteArray manifestText = split < 0 ? input : input.left(split);
    const QByteArray settingsText = split < 0 ? QByteArray() : input.mid(split + 1);

    // The way the host receives it: Qt's plugin metadata, converted to vv::Json on arrival (EngineCatalog::inspect).
    const QJsonDocument qt = QJsonDocument::fromJson(manifestText);
    if (qt.isObject())
        (void)parseJson(qt.toJson(QJsonDocument::Compact), QStringLiteral("plugin.so"));

    auto doc = parseJson(manifestText, QStringLiteral("plugin.json"));
    if (!doc)
        return 0;
    auto manifest = EngineManifest::fromJson(*doc, QStringLiteral("plugin.json"));
    if (!manifest)
        return 0;
    (void)EngineManifest::checkCompatible(manifest->compatVersion);
    (void)manifest->toJson().dump();
    QMap<QString, QString> settings;
    for (const QByteArray &line : settingsText.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            settings.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    if (auto config = manifest->resolveConfig(settings))
        (void)manifest->publicConfig(*config).dump();
    for (const EngineConfigField &f : manifest->config)
        (void)manifest->field(f.key)->label.current();
    return 0;
}
