#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv {

class ProjectStore;

/// What shows that a risk control works: a test run, an evidence item, or a metric of the monitoring plan.
struct Verification {
    QString kind; ///< test_run, evidence or monitoring
    QString ref;  ///< the run's or the item's id, or the monitoring plan's metric name ("auroc", "psi:age")
    bool operator==(const Verification &) const = default;
};

/// A hazard of the risk-management file (ISO 14971 5.4–5.5): the hazardous situation, how it comes about, the
/// harm, and its risk on the project's matrix before and after its controls.
struct Hazard {
    qint64 id = 0;
    QString ref;      ///< the team's own name for it, such as H-07; unique in the project
    QString category; ///< one of the risk model's categories, or "other"
    QString hazard;   ///< the potential source of harm
    QString situation;
    QString sequence; ///< the sequence of events that leads from the hazard to the situation
    QString harm;
    int severity = 0, probability = 0; ///< levels on the matrix, from 1
    /// After all its controls (ISO 14971 7.3 evaluates residual risk per hazardous situation); unset until
    /// estimated.
    std::optional<int> residualSeverity, residualProbability;
    QStringList requirements; ///< requirement URNs the hazard concerns
    QDateTime updatedAt;
    QString updatedBy;
    std::optional<qint64> rowVersion; ///< as for Deviation: a save based on an older version is a conflict
};

/// A risk control measure (ISO 14971 7.1–7.2, 7.5): its type, the requirements it meets, and what verifies it.
struct RiskControl {
    qint64 id = 0;
    qint64 hazardId = 0;
    QString type = QStringLiteral("protective_measure"); ///< inherent_safety, protective_measure, information_for_safety
    QString description;
    QStringList requirements;
    std::vector<Verification> verifications;
    QStringList newHazards; ///< refs of hazards this control introduces (7.5); empty when it introduces none
    QDateTime updatedAt;
    QString updatedBy;
    std::optional<qint64> rowVersion;
};

/// A stored version of a predetermined change control plan: the YAML as the user wrote it and the checked plan.
struct StoredChangePlan {
    int version = 0;
    QByteArray yaml;
    Json plan;
    QDateTime createdAt;
    QString createdBy;
};

/// One check of a test run against a planned modification, with its verdict and numbers.
struct ChangeCheck {
    qint64 id = 0;
    int planVersion = 0;
    QString modification;
    qint64 testRunId = 0;
    QString verdict; ///< met, not_met or not_enough_data
    Json result = Json::object();
    std::optional<qint64> evidenceId;
    QDateTime checkedAt;
    QString checkedBy;
};

/// The project's risk-management file and change-control plans as rows. Every change is one audited transaction;
/// free texts go into the audit chain as hashes. What the values mean (levels on the matrix, categories) is checked
/// by vv_risk before they reach here; this table checks their form.
class RiskTable {
    Q_DECLARE_TR_FUNCTIONS(vv::RiskTable)
public:
    explicit RiskTable(ProjectStore &store) : m_store(store) { }

    Result<qint64> addHazard(const Hazard &hazard);
    Status saveHazard(const Hazard &hazard);
    /// Removes a hazard that has no controls (the undo of adding one).
    Status removeHazard(qint64 id, std::optional<qint64> expectedVersion);
    Result<std::vector<Hazard>> hazards() const;
    Result<Hazard> hazard(qint64 id) const;
    Result<Hazard> hazardByRef(const QString &ref) const;

    Result<qint64> addControl(const RiskControl &control);
    Status saveControl(const RiskControl &control);
    Status removeControl(qint64 id, std::optional<qint64> expectedVersion);
    Result<std::vector<RiskControl>> controls() const;
    Result<RiskControl> control(qint64 id) const;

    /// Stores a checked matrix as the project's next version; returns it.
    Result<int> storeMatrix(const Json &definition);
    /// The project's newest matrix; null when the project keeps the shipped default.
    Result<Json> matrix() const;

    Result<int> storeChangePlan(const QByteArray &yaml, const Json &plan);
    /// The newest plan; nullopt when the project has none.
    Result<std::optional<StoredChangePlan>> changePlan() const;
    Result<qint64> recordCheck(const ChangeCheck &check);
    Status setCheckEvidence(qint64 checkId, qint64 evidenceId);
    Result<std::vector<ChangeCheck>> checks() const;

    static QStringList controlTypes();
    static QStringList verificationKinds();
    static constexpr qsizetype maxTextBytes = 1 << 20;
    static constexpr int maxLevel = 9;

private:
    Status check(const Hazard &hazard) const;
    Status check(const RiskControl &control) const;
    ProjectStore &m_store;
};

} // namespace vv
