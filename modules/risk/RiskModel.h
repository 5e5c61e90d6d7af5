#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/LocalizedText.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv::risk {

/// One step of a severity or probability scale, with what it means.
struct ScaleLevel {
    int level = 0;
    LocalizedText name;
    LocalizedText description;
};

/// A region of the matrix and whether a risk in it is acceptable without further reduction.
struct RiskRegion {
    QString id;
    LocalizedText name;
    bool acceptable = false;
};

/// The project's risk matrix: its scales and which region each cell falls in. ISO 14971 leaves the scales and
/// the acceptability criteria to the manufacturer's risk management plan (4.4 d); Veiviser ships a 5×5 default.
struct RiskMatrix {
    std::vector<ScaleLevel> severity;
    std::vector<ScaleLevel> probability;
    std::vector<RiskRegion> regions; ///< from the least to the most serious
    std::vector<std::vector<QString>> cells; ///< [severity - 1][probability - 1] -> region id

    /// The region of a cell; nullptr when a level is outside the scales.
    const RiskRegion *region(int severity, int probability) const;
    bool hasLevel(int severity, int probability) const;
    const ScaleLevel *severityLevel(int level) const;
    const ScaleLevel *probabilityLevel(int level) const;
    Json toJson() const;
};

/// A kind of hazard with its sources: the general ones and those particular to AI (data shift, automation bias,
/// subgroups, hallucination, misuse, cybersecurity).
struct HazardCategory {
    QString id;
    LocalizedText name;
    LocalizedText description;
    std::vector<std::pair<LocalizedText, QString>> sources; ///< citation and address
};

/// The shipped risk model: the default matrix and the hazard categories (guidance/risk-model.yaml).
struct RiskModel {
    RiskMatrix matrix;
    std::vector<HazardCategory> categories;
    const HazardCategory *category(const QString &id) const;
};

/// Reads the risk model and project matrices from YAML, and matrices stored as JSON; every problem at its place.
class RiskModelReader {
    Q_DECLARE_TR_FUNCTIONS(vv::risk::RiskModelReader)
public:
    /// The whole model (matrix and categories).
    static Result<RiskModel> read(const QByteArray &yaml, const QString &fileName,
                                  std::vector<Error> *problems = nullptr);
    static Result<RiskModel> readFile(const QString &path, std::vector<Error> *problems = nullptr);
    /// The model that ships with Veiviser (share/veiviser/guidance/risk-model.yaml).
    static Result<RiskModel> loadShipped();
    /// A project's own matrix: a YAML file with the keys of the model's `matrix`.
    static Result<RiskMatrix> readMatrix(const QByteArray &yaml, const QString &fileName,
                                         std::vector<Error> *problems = nullptr);
    /// A matrix stored by RiskMatrix::toJson() (checked again: the project file is input too).
    static Result<RiskMatrix> matrixFromJson(const Json &json);
    static constexpr qint64 maxFileBytes = 1 << 20;
};

} // namespace vv::risk
