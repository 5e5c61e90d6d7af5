#pragma once

// Internal to vv_store.

#include "core/Error.h"
#include "core/Json.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <set>

namespace vv::audit {

/// The audited state that a chain of audit entries describes, rebuilt from their payloads alone, so that a change
/// made to the tables behind Veiviser's back (with sqlite3, say) shows as a difference between the two.
///
/// Each audited change records the new value, or its SHA-256 where the value is free text that the audit must not
/// repeat (notes, document details). Covered: the project record, answers, requirement states, document details,
/// members, and evidence items (content, kind, review state) with their links. A review project's evidence comes
/// from its package in one entry and is checked against the package instead.
class Replay {
public:
    /// Applies one entry, oldest first. Unknown actions change nothing here.
    void apply(const QString &action, const Json &payload);
    /// The first difference between the replayed state and the tables, in words, or nothing when they agree.
    Result<std::optional<QString>> compare(const QSqlDatabase &db) const;

private:
    /// Column -> recorded value, for the columns the entries named: entries written by older versions may name
    /// fewer, and what was never recorded is not compared.
    using Columns = std::map<QString, QString>;
    struct Answer { QString value, pack, version; };
    struct Evidence { QString sha256, kind, reviewState; };
    std::optional<Columns> m_project;
    std::map<QString, Columns> m_states;
    std::map<QString, Answer> m_answers;
    std::map<QString, Columns> m_details;    ///< key -> language -> SHA-256 of its text
    std::map<QString, QString> m_members;    ///< actor -> role
    std::map<qint64, Evidence> m_evidence;
    std::set<std::pair<qint64, QString>> m_links;
    bool m_evidenceFromPackage = false;
};

} // namespace vv::audit
