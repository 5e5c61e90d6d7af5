#pragma once

#include "core/Error.h"
#include "risk/RiskModel.h"
#include "store/RiskTable.h"

#include <QCoreApplication>

namespace vv {
class ProjectStore;
}
namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::risk {

/// The project's risk-management file as the CLI and the GUI edit it: each hazard and control is checked against
/// the project's matrix, the model's categories, the packs' requirements and the project's runs and evidence
/// before RiskTable stores it.
class RiskFile {
    Q_DECLARE_TR_FUNCTIONS(vv::risk::RiskFile)
public:
    /// Opens the file of a project: its own matrix, or the model's default when it has none.
    static Result<RiskFile> open(ProjectStore &store, const guidance::GuidanceLibrary &library);

    Result<qint64> addHazard(const Hazard &hazard);
    Status saveHazard(const Hazard &hazard);
    Result<qint64> addControl(const RiskControl &control);
    Status saveControl(const RiskControl &control);
    /// Checks a matrix for the project: every stored hazard's levels must still be on it. Then stores it.
    Result<int> storeMatrix(const RiskMatrix &matrix);

    const RiskModel &model() const { return m_model; }
    const RiskMatrix &matrix() const { return m_matrix; }
    bool ownMatrix() const { return m_ownMatrix; }
    RiskTable table() const { return RiskTable(*m_store); }

private:
    RiskFile(ProjectStore &store, const guidance::GuidanceLibrary &library) : m_store(&store), m_library(&library) { }
    Status check(const Hazard &hazard) const;
    Status check(const RiskControl &control) const;
    Status checkRequirements(const QStringList &urns) const;

    ProjectStore *m_store;
    const guidance::GuidanceLibrary *m_library;
    RiskModel m_model;
    RiskMatrix m_matrix;
    bool m_ownMatrix = false;
};

} // namespace vv::risk
