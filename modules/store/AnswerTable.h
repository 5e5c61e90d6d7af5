#pragma once

#include "store/ProjectStore.h"

#include <optional>
#include <vector>

namespace vv {

/// An answer to a guidance question as stored in the project, with the pack version it was given under.
struct StoredAnswer {
    QString factId;
    Json value;
    QString packId;
    QString packVersion;
    QDateTime answeredAt;
    QString actor;
    qint64 rowVersion = 0; ///< bumped by every change; see store/RowVersion.h
};

/// A change to one answer: its new value (JSON null removes the answer) and the pack version it is given under.
struct AnswerChange {
    QString factId;
    Json value;
    QString packId;
    QString packVersion;
    /// The row version the change was based on: 0 when the answer was absent, nullopt to overwrite whatever is
    /// stored. A mismatch refuses the change with a conflict naming who changed it and when.
    std::optional<qint64> expectedVersion = std::nullopt;
};

/// The project's answers to guidance questions. Every change is one audit entry; a set of changes is one
/// transaction, so an answers file is stored whole or not at all.
class AnswerTable {
    Q_DECLARE_TR_FUNCTIONS(vv::AnswerTable)
public:
    explicit AnswerTable(ProjectStore &store) : m_store(store) {}

    /// Every answer, ordered by fact id.
    Result<std::vector<StoredAnswer>> all() const;
    Result<std::optional<StoredAnswer>> find(const QString &factId) const;

    /// Stores the changes in one transaction; a change that alters nothing is skipped. Returns how many changed.
    Result<int> apply(const std::vector<AnswerChange> &changes);
    /// The same inside a transaction the caller commits; sets *changed when the answer was altered.
    static Status apply(Transaction &tx, const AnswerChange &change, bool *changed = nullptr);

    /// Re-stamps answers with the pack version they are now confirmed under (after a pack update), keeping their
    /// values; one transaction, one audit entry per answer. Pairs are (fact id, pack version). Returns how many.
    Result<int> confirm(const std::vector<std::pair<QString, QString>> &factVersions);

private:
    ProjectStore &m_store;
};

} // namespace vv
