#pragma once

#include "core/Error.h"
#include "validation/EngineManifest.h"
#include "validation/EvaluationEngine.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace vv::validation {

/// One plugin file found in a plugin folder: its manifest, and whether it can be used (and if not, why).
struct EnginePlugin {
    QString path;
    EngineManifest manifest; ///< filled as far as it could be read; id is the file name when the manifest is bad
    bool usable = false;
    QString reason;          ///< why it cannot be used; empty when usable
    /// Why a usable plugin cannot run yet: its external program was not found (with how to install it). The
    /// plugin still loads, since a run may name the program with a setting.
    QString unavailable;
};

/// The evaluation engines in the plugin folders. Discovery reads each plugin's manifest without loading its code;
/// only load() runs plugin code, and a broken plugin is listed as unusable instead of failing the host.
class EngineCatalog {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::EngineCatalog)
public:
    /// $VEIVISER_PLUGIN_PATH (folders separated by ':'), then `<folder of the executable>/../lib/veiviser/plugins`
    /// (the build tree and an installation alike), then the user's `~/.local/share/veiviser/plugins`.
    static QStringList defaultDirectories();
    /// Reads every plugin file in the folders (missing folders are skipped). The first plugin with an id wins;
    /// later ones with the same id are listed as unusable.
    static EngineCatalog discover(const QStringList &directories = defaultDirectories());

    const std::vector<EnginePlugin> &plugins() const { return m_plugins; }
    /// The plugin with this id (usable or not), or nullptr.
    const EnginePlugin *find(const QString &id) const;
    /// Loads a usable plugin's code and returns its engine, which lives as long as the process.
    Result<EvaluationEngine *> load(const QString &id) const;

    /// Plugin files larger than this are not read.
    static constexpr qint64 maxPluginBytes = 512ll << 20;

private:
    static EnginePlugin inspect(const QString &path);
    std::vector<EnginePlugin> m_plugins;
};

} // namespace vv::validation
