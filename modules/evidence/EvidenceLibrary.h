#pragma once

#include "core/Progress.h"
#include "evidence/RequirementCatalog.h"
#include "store/EvidenceTable.h"

#include <QCoreApplication>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace vv::evidence {

/// What to import: files and folders (folders recurse), with optional title, kind and requirement links.
struct ImportRequest {
    QStringList paths;
    QString title;                     ///< only with exactly one file; otherwise each item is named after its file
    std::optional<EvidenceKind> kind;  ///< guessed from the file name when not given
    QStringList links;                 ///< requirement URNs every imported item is linked to
    QString description;               ///< given to every new item (a test run's error rate, for one)
};

/// One file of an import and what became of it.
struct ImportedItem {
    qint64 id = 0;
    QString source;              ///< the name it was imported under (relative to a given folder's parent)
    QString sha256;
    qint64 size = 0;
    bool alreadyInLibrary = false; ///< the same content was already an item; no new item was made
    bool piiScanned = false;
    qint64 piiFindings = 0;
};

/// Why an item needs attention: its expiry date has passed, or it concerns an older version of the AI system.
struct Staleness {
    bool expired = false;
    bool olderSystemVersion = false;
    bool isStale() const { return expired || olderSystemVersion; }
};

/// An item with what the dashboard and the requirement pages show next to it.
struct EvidenceStatus {
    EvidenceItem item;
    QStringList links;
    Staleness staleness;
    bool piiFlagged = false;        ///< identity numbers were found
    bool clearedForPackage = true;  ///< not flagged, or a user confirmed it with a reason
    QString viaCrosswalk;           ///< for evidenceFor(): the linked requirement it counts through, or empty
};

/// The project's evidence library: import into the blob store, metadata, links to requirements, the PII guard,
/// staleness and export. Every change is one audited transaction; a failed or cancelled import leaves no trace.
class EvidenceLibrary {
    Q_DECLARE_TR_FUNCTIONS(vv::evidence::EvidenceLibrary)
public:
    /// Files above this size are refused (a project file is not meant for whole disks).
    static constexpr qint64 maxFileSize = 64ll << 30;
    /// A folder import stops at this many files, so that a wrong folder does not fill the project.
    static constexpr int maxFiles = 100000;

    explicit EvidenceLibrary(ProjectStore &store,
                             std::shared_ptr<const RequirementCatalog> catalog = requirementCatalog());

    /// Imports files and folders in one transaction. progress reports bytes over all files, labelled with the
    /// current file's name. On any error or cancel nothing is kept.
    Result<std::vector<ImportedItem>> import(const ImportRequest &request, const CancellationToken *cancel = nullptr,
                                             const ProgressSink &progress = {});

    Result<std::vector<EvidenceItem>> items() const;
    Result<EvidenceItem> item(qint64 id) const;
    /// Every item with its links, staleness and PII state.
    Result<std::vector<EvidenceStatus>> statuses() const;
    Result<EvidenceStatus> status(qint64 id) const;

    /// Saves changed metadata (title, kind, description, author, reviewer, dates, system version, review state);
    /// audited with what changed. Returns false when nothing changed.
    Result<bool> update(const EvidenceItem &changed);
    /// Deletes an item and its links; purgeContent also removes its content when no other item uses it.
    Status remove(qint64 id, bool purgeContent);

    /// Links an item to a requirement; false when it was linked already. Unknown or malformed URNs are refused.
    Result<bool> link(qint64 id, const QString &urn);
    Result<bool> unlink(qint64 id, const QString &urn);
    Result<QStringList> requirementsFor(qint64 id) const;
    /// The items linked to a requirement, with their status (for the requirement page); with includeCrosswalk
    /// also the items linked to requirements it shares evidence with (viaCrosswalk names which).
    Result<std::vector<EvidenceStatus>> evidenceFor(const QString &urn, bool includeCrosswalk = true) const;
    /// evidenceFor() for many requirements at once, reading the library once (for the navigator and dashboard).
    Result<std::map<QString, std::vector<EvidenceStatus>>> evidenceForEach(const QStringList &urns,
                                                                          bool includeCrosswalk = true) const;
    /// Requirements the item also counts towards through the crosswalk (not linked directly).
    Result<QStringList> crosswalkReuse(qint64 id) const;

    /// Records a user's confirmation that an item with identity numbers may go into a package, with the reason.
    Status confirmPii(qint64 id, const QString &reason);
    /// Whether an item may go into a package: it has no identity numbers, or a user confirmed it.
    Result<bool> isClearedForPackage(qint64 id) const;
    static bool isClearedForPackage(const EvidenceItem &item);
    static bool isPiiFlagged(const EvidenceItem &item) { return item.piiFindings > 0; }

    Staleness staleness(const EvidenceItem &item) const;
    /// Items whose expiry passed or that concern an older system version (for the dashboard).
    Result<std::vector<EvidenceStatus>> staleItems() const;

    /// Writes an item's content byte for byte to out (checked against its hash on the way).
    Status exportTo(qint64 id, QIODevice &out, const CancellationToken *cancel = nullptr,
                    const ProgressSink &progress = {}) const;
    /// Writes an item's content to a file, atomically; an existing file is replaced only with overwrite.
    /// When path is a folder, the item's file name is used inside it. Returns the path written.
    Result<QString> exportToFile(qint64 id, const QString &path, bool overwrite,
                                 const CancellationToken *cancel = nullptr, const ProgressSink &progress = {}) const;

    /// Checks a URN's syntax and asks the catalog whether it exists.
    Status checkUrn(const QString &urn) const;
    /// The kind a file's name suggests (log, configuration), or Other.
    static EvidenceKind guessKind(const QString &fileName);

    ProjectStore &store() const { return m_store; }
    const RequirementCatalog &catalog() const { return *m_catalog; }

private:
    QDate today() const;
    Result<QString> projectSystemVersion() const;

    ProjectStore &m_store;
    std::shared_ptr<const RequirementCatalog> m_catalog;
};

/// Staleness of an item against a project's current system version and a day.
Staleness stalenessOf(const EvidenceItem &item, const QString &projectSystemVersion, QDate today);

} // namespace vv::evidence
