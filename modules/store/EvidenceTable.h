#pragma once

#include "store/ProjectStore.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv {

/// What a piece of evidence is, in the words of the checklists that ask for it.
enum class EvidenceKind {
    Report,
    DatasetDescription,
    RiskAnalysis,
    TestResult,
    Log,
    Configuration,
    Declaration,
    Other,
};
QString evidenceKindToString(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromString(const QString &text);
/// Every kind in display order.
const std::vector<EvidenceKind> &allEvidenceKinds();

/// Where an evidence item stands in review: draft, submitted, in review, approved.
enum class ReviewState { Draft, Submitted, InReview, Approved };
QString reviewStateToString(ReviewState state);
std::optional<ReviewState> reviewStateFromString(const QString &text);
const std::vector<ReviewState> &allReviewStates();

/// Where an item's content came from: an imported file, or a test run.
enum class EvidenceSource { File, TestRun };
QString evidenceSourceToString(EvidenceSource source);
std::optional<EvidenceSource> evidenceSourceFromString(const QString &text);

/// One piece of evidence as stored: its content (by hash), metadata, PII-guard result and confirmation.
struct EvidenceItem {
    qint64 id = 0;
    QString sha256;
    qint64 size = 0;

    QString title;
    EvidenceKind kind = EvidenceKind::Other;
    QString description;
    QString author;
    QString reviewer;
    QDate effectiveDate; ///< null when not set
    QDate expiryDate;    ///< null when it does not expire
    QString systemVersion; ///< the version of the AI system it concerns; empty when not said
    EvidenceSource sourceKind = EvidenceSource::File;
    QString source;    ///< the imported file's name (relative to the imported folder), or the test run's id
    QString fileName;  ///< the last part of the name, used for export and to pick a viewer
    QString mediaType; ///< MIME type detected on import
    ReviewState reviewState = ReviewState::Draft;
    QDateTime created;
    QDateTime modified;
    QString modifiedBy; ///< who changed the metadata last (set by the store)
    /// Set by reads; update() refuses with a conflict when the stored row has moved on since (nullopt: overwrite).
    std::optional<qint64> rowVersion = std::nullopt;

    /// The PII guard: whether the content was scanned, how many identity numbers it found, and its report
    /// (counts by type and line numbers; never the numbers themselves).
    bool piiScanned = false;
    qint64 piiFindings = 0;
    Json piiReport = Json::object();
    /// The user's confirmation that a flagged item may go into a package anyway.
    QString piiClearedBy;
    QDateTime piiClearedAt;
    QString piiClearReason;
};

/// The evidence tables (evidence, evidence_links): typed reads and writes; the only place that knows their SQL.
/// Writes take the Transaction they belong to, so that an import or an edit is one audited change.
class EvidenceTable {
public:
    /// Inserts a new item (its id is ignored) and returns the id it got. The blob must be stored already.
    static Result<qint64> insert(Transaction &tx, const EvidenceItem &item);
    /// Writes every field of an existing item except its id, content, source and creation time.
    static Status update(Transaction &tx, const EvidenceItem &item);
    /// Deletes an item and its links. With purgeContent, its blob goes too when no other item uses it, and the
    /// freed pages are overwritten (for content that must not stay in the file, such as personal data).
    static Status remove(Transaction &tx, qint64 id, bool purgeContent);

    static Result<std::optional<EvidenceItem>> find(const ProjectStore &store, qint64 id);
    /// The item holding this content, if any (the oldest when several do).
    static Result<std::optional<EvidenceItem>> findBySha256(const ProjectStore &store, const QString &sha256);
    /// Every item, oldest first.
    static Result<std::vector<EvidenceItem>> list(const ProjectStore &store);
    static Result<qint64> count(const ProjectStore &store);

    /// Links an item to a requirement URN; false when it was linked already.
    static Result<bool> addLink(Transaction &tx, qint64 id, const QString &urn);
    /// Removes a link; false when there was none.
    static Result<bool> removeLink(Transaction &tx, qint64 id, const QString &urn);
    /// The URNs an item is linked to, sorted.
    static Result<QStringList> linksOf(const ProjectStore &store, qint64 id);
    /// The ids of the items linked to a URN, oldest first.
    static Result<std::vector<qint64>> itemsLinkedTo(const ProjectStore &store, const QString &urn);
    /// Every link, as item id -> sorted URNs.
    static Result<QMap<qint64, QStringList>> allLinks(const ProjectStore &store);
};

} // namespace vv
