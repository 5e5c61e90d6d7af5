#include "validation/EngineCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QStandardPaths>

namespace vv::validation {

QStringList EngineCatalog::defaultDirectories()
{
    QStringList dirs;
    for (const QString &d : qEnvironmentVariable("VEIVISER_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs << QDir::cleanPath(d);
    const QString exeDir = QCoreApplication::instance()
                               ? QCoreApplication::applicationDirPath()
                               : QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    dirs << QDir::cleanPath(exeDir + QStringLiteral("/../lib/veiviser/plugins"));
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!user.isEmpty())
        dirs << QDir::cleanPath(user + QStringLiteral("/veiviser/plugins"));
    dirs.removeDuplicates();
    return dirs;
}

EnginePlugin EngineCatalog::inspect(const QString &path)
{
    EnginePlugin p;
    p.path = path;
    p.manifest.id = QFileInfo(path).completeBaseName();
    const QFileInfo info(path);
    if (info.size() > maxPluginBytes) {
        p.reason = tr("the file is larger than %1 MiB").arg(maxPluginBytes >> 20);
        return p;
    }
    // Qt reads the metadata section of the file without running any of its code.
    const QJsonObject meta = QPluginLoader(path).metaData();
    if (meta.isEmpty()) {
        p.reason = tr("not a Qt plugin (no plugin metadata)");
        return p;
    }
    const QString iid = meta.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(VV_EVALUATION_ENGINE_IID)) {
        p.reason = tr("implements '%1', not the evaluation-engine interface %2")
                       .arg(iid, QLatin1String(VV_EVALUATION_ENGINE_IID));
        return p;
    }
    // Converting Qt's plugin metadata to vv::Json on arrival is the one place QJsonDocument is used.
    auto doc = parseJson(QJsonDocument(meta.value(QStringLiteral("MetaData")).toObject()).toJson(QJsonDocument::Compact),
                         path);
    if (!doc) {
        p.reason = doc.error().what();
        return p;
    }
    auto manifest = EngineManifest::fromJson(*doc, path);
    if (!manifest) {
        p.reason = tr("bad manifest: %1").arg(manifest.error().what());
        return p;
    }
    p.manifest = std::move(*manifest);
    if (auto s = EngineManifest::checkCompatible(p.manifest.compatVersion); !s) {
        p.reason = tr("incompatible: %1").arg(s.error().what());
        return p;
    }
    p.usable = true;
    if (p.manifest.program) {
        if (auto found = p.manifest.locateProgram(); !found)
            p.unavailable = found.error().toString();
    }
    return p;
}

EngineCatalog EngineCatalog::discover(const QStringList &directories)
{
    EngineCatalog catalog;
    for (const QString &dir : directories) {
        const QDir d(dir);
        if (!d.exists())
            continue;
        const auto entries = d.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &f : entries) {
            if (!QLibrary::isLibrary(f.fileName()))
                continue;
            EnginePlugin p = inspect(f.absoluteFilePath());
            if (p.usable) {
                if (const EnginePlugin *first = catalog.find(p.manifest.id); first && first->usable) {
                    p.usable = false;
                    p.reason = tr("the engine id '%1' is already taken by %2").arg(p.manifest.id, first->path);
                }
            }
            catalog.m_plugins.push_back(std::move(p));
        }
    }
    return catalog;
}

const EnginePlugin *EngineCatalog::find(const QString &id) const
{
    const EnginePlugin *found = nullptr;
    for (const auto &p : m_plugins) {
        if (p.manifest.id == id) {
            if (p.usable)
                return &p;
            if (!found)
                found = &p;
        }
    }
    return found;
}

Result<EvaluationEngine *> EngineCatalog::load(const QString &id) const
{
    const EnginePlugin *p = find(id);
    if (!p) {
        QStringList ids;
        for (const auto &q : m_plugins) {
            if (q.usable)
                ids << q.manifest.id;
        }
        return Error::input(tr("there is no evaluation engine '%1'").arg(id),
                            ids.isEmpty() ? tr("No engines were found; see 'veiviser-cli engines list'.")
                                          : tr("Available engines: %1.").arg(ids.join(QStringLiteral(", "))));
    }
    if (!p->usable)
        return Error::input(tr("the evaluation engine '%1' cannot be used: %2").arg(id, p->reason),
                            tr("See 'veiviser-cli engines list'."));
    QPluginLoader loader(p->path);
    QObject *instance = loader.instance();
    if (!instance)
        return Error::runtime(tr("the plugin %1 could not be loaded: %2").arg(p->path, loader.errorString()));
    auto *engine = qobject_cast<EvaluationEngine *>(instance);
    if (!engine)
        return Error::runtime(tr("the plugin %1 does not implement the evaluation-engine interface").arg(p->path));
    return engine;
}

} // namespace vv::validation
