#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv {

class ProjectStore;

/// What a deviation points at: a monitoring alarm ("window", "2026-05-25:oe_ratio"), a test run, an evidence item, or
/// the hazard of the risk-management file it touches (ISO 14971 10: production information fed back into the file).
struct DeviationLink {
    QString kind; ///< alarm, test_run, evidence or hazard (its reference, such as H-07)
    QString ref;
    bool operator==(const DeviationLink &) const = default;
};

/// A deviation (avvik): something that went or may go wrong, carried from discovery to a checked correction.
struct Deviation {
    qint64 id = 0;
    QString title;
    QString description;
    QString severity = QStringLiteral("medium"); ///< low, medium, high or critical
    QString owner;
    QString assessment;
    QString cause;
    QString correctiveAction;
    QString closingCheck;
    std::vector<DeviationLink> links;
    bool closed = false;
    QDateTime openedAt, updatedAt, closedAt;
    QString openedBy, updatedBy;
    /// Set when read; a save based on an older version is refused as a conflict (nullopt: overwrite).
    std::optional<qint64> rowVersion;
};

/// A deviation that meets the criteria of a serious incident: when the organisation became aware of it, the
/// answers to the incident questions, and the reports sent.
struct Incident {
    qint64 id = 0;
    qint64 deviationId = 0;
    QDate awareOn;
    Json facts = Json::object(); ///< incident.* -> true/false
    Json reports = Json::object(); ///< report id -> {"sent_on": "YYYY-MM-DD", "reference": "..."}
    QString notes;
    QDateTime createdAt, updatedAt;
    QString createdBy, updatedBy;
    std::optional<qint64> rowVersion;
};

/// The project's deviations and incidents. Every change is one audited transaction; free texts go into the audit
/// chain as hashes, since they may describe patients.
class DeviationTable {
    Q_DECLARE_TR_FUNCTIONS(vv::DeviationTable)
public:
    explicit DeviationTable(ProjectStore &store) : m_store(store) { }

    /// Opens a deviation; returns its id. An alarm link also acknowledges that alarm in the same transaction.
    Result<qint64> open(const Deviation &deviation);
    /// Saves the editable fields of an open deviation.
    Status save(const Deviation &deviation);
    /// Closes a deviation; refused until its assessment, cause, corrective action and closing check are written.
    Status close(qint64 id, std::optional<qint64> expectedVersion);
    Result<std::vector<Deviation>> all() const;
    Result<Deviation> get(qint64 id) const;

    Result<qint64> addIncident(const Incident &incident);
    Status saveIncident(const Incident &incident);
    Result<std::vector<Incident>> incidents() const;
    Result<Incident> incident(qint64 id) const;

    static QStringList severities();
    static constexpr qsizetype maxTextBytes = 1 << 20;

private:
    Status check(const Deviation &deviation) const;
    ProjectStore &m_store;
};

} // namespace vv
