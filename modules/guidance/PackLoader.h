#pragma once

#include "guidance/Pack.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>
#include <utility>
#include <vector>

namespace vv::guidance {

/// Every problem found while loading packs, each as `FILE:LINE:COL: message`; loading goes on after the first.
class Diagnostics {
public:
    /// Loading stops adding (and says so) after this many, so a hostile file cannot flood the output.
    static constexpr int maxErrors = 500;

    void add(Error error);
    const std::vector<Error> &errors() const { return m_errors; }
    bool isEmpty() const { return m_errors.empty(); }
    qsizetype size() const { return qsizetype(m_errors.size()); }
    bool full() const { return m_errors.size() >= maxErrors; }
    /// The errors in file, line and column order, each once.
    void sort();
    /// A file did not parse as YAML: checks across packs would then only repeat its consequences.
    bool hasSyntaxErrors() const { return m_syntaxErrors; }
    void noteSyntaxError() { m_syntaxErrors = true; }

private:
    std::vector<Error> m_errors;
    bool m_truncated = false;
    bool m_syntaxErrors = false;
};

/// Reads pack folders and crosswalk files: everything that can be checked inside one pack is checked here
/// (shapes, unknown keys, texts, ids, references within the pack, condition syntax, decision values).
/// What needs all packs at once (facts, types, cycles, URNs across packs) is checked by GuidanceLibrary.
class PackLoader {
    Q_DECLARE_TR_FUNCTIONS(vv::guidance::PackLoader)
public:
    /// Bounds on untrusted pack files.
    static constexpr qint64 maxFileBytes = 2 << 20;
    static constexpr int maxFilesPerPack = 64;

    /// Loads the *.yaml files of folder (pack.yaml first). Returns nullopt when the folder holds no pack.yaml.
    static std::optional<Pack> loadFolder(const QString &folder, Diagnostics &diagnostics);
    /// Loads a pack from files already in memory (name, content); names are shown in messages as folder/name.
    static Pack loadFiles(const QString &folder, const std::vector<std::pair<QString, QByteArray>> &files,
                          Diagnostics &diagnostics);
    /// Loads a crosswalk file (the `crosswalk:` list at the guidance root).
    static std::vector<CrosswalkLink> loadCrosswalk(const QString &file, Diagnostics &diagnostics);
    static std::vector<CrosswalkLink> loadCrosswalkText(const QString &file, const QByteArray &content,
                                                        Diagnostics &diagnostics);
};

} // namespace vv::guidance
