#include "risk/RiskFile.h"

#include "guidance/GuidanceLibrary.h"
#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"

namespace vv::risk {

Result<RiskFile> RiskFile::open(ProjectStore &store, const guidance::GuidanceLibrary &library)
{
    RiskFile file(store, library);
    auto model = RiskModelReader::loadShipped();
    if (!model)
        return model.error();
    file.m_model = std::move(*model);
    auto stored = RiskTable(store).matrix();
    if (!stored)
        return stored.error();
    if (stored->is_null()) {
        file.m_matrix = file.m_model.matrix;
        return file;
    }
    auto matrix = RiskModelReader::matrixFromJson(*stored);
    if (!matrix)
        return matrix.error();
    file.m_matrix = std::move(*matrix);
    file.m_ownMatrix = true;
    return file;
}

Status RiskFile::checkRequirements(const QStringList &urns) const
{
    for (const QString &urn : urns)
        if (!m_library->requirement(urn))
            return Error::input(tr("there is no requirement %1 in the installed guidance").arg(urn),
                                tr("'requirements FILE' lists the project's requirements."));
    return {};
}

Status RiskFile::check(const Hazard &h) const
{
    if (h.category != QStringLiteral("other") && !m_model.category(h.category)) {
        QStringList ids;
        for (const HazardCategory &c : m_model.categories)
            ids << c.id;
        return Error::input(tr("there is no hazard category '%1'").arg(h.category),
                            tr("The categories are %1 and other.").arg(ids.join(QStringLiteral(", "))));
    }
    const QString scales = tr("The matrix has severity 1–%1 and probability 1–%2.")
                               .arg(m_matrix.severity.size())
                               .arg(m_matrix.probability.size());
    if (!m_matrix.hasLevel(h.severity, h.probability))
        return Error::input(tr("hazard %1's initial risk (%2, %3) is not on the matrix")
                                .arg(h.ref)
                                .arg(h.severity)
                                .arg(h.probability),
                            scales);
    if (h.residualSeverity && h.residualProbability &&
        !m_matrix.hasLevel(*h.residualSeverity, *h.residualProbability))
        return Error::input(tr("hazard %1's residual risk is not on the matrix").arg(h.ref), scales);
    return checkRequirements(h.requirements);
}

Status RiskFile::check(const RiskControl &c) const
{
    VV_TRY(checkRequirements(c.requirements));
    auto hazards = table().hazards();
    if (!hazards)
        return hazards.error();
    for (const QString &ref : c.newHazards)
        if (std::none_of(hazards->begin(), hazards->end(), [&](const Hazard &h) { return h.ref == ref; }))
            return Error::input(tr("the control names a new hazard %1 that is not in the file").arg(ref),
                                tr("Add that hazard first (ISO 14971 7.5)."));
    for (const Verification &v : c.verifications) {
        bool ok = false;
        const qint64 id = v.ref.toLongLong(&ok);
        if (v.kind == QStringLiteral("test_run") && (!ok || !TestRunTable(*m_store).get(id)))
            return Error::input(tr("there is no test run %1").arg(v.ref), tr("The validation page lists the project's test runs with their numbers."));
        const auto item = v.kind == QStringLiteral("evidence") && ok ? EvidenceTable::find(*m_store, id)
                                                                     : Result<std::optional<EvidenceItem>>(std::nullopt);
        if (v.kind == QStringLiteral("evidence") && (!item || !*item))
            return Error::input(tr("there is no evidence item %1").arg(v.ref),
                                tr("'evidence list FILE' lists the items."));
    }
    return {};
}

Result<qint64> RiskFile::addHazard(const Hazard &hazard)
{
    VV_TRY(check(hazard));
    return table().addHazard(hazard);
}

Status RiskFile::saveHazard(const Hazard &hazard)
{
    VV_TRY(check(hazard));
    return table().saveHazard(hazard);
}

Result<qint64> RiskFile::addControl(const RiskControl &control)
{
    VV_TRY(check(control));
    return table().addControl(control);
}

Status RiskFile::saveControl(const RiskControl &control)
{
    VV_TRY(check(control));
    return table().saveControl(control);
}

Result<int> RiskFile::storeMatrix(const RiskMatrix &matrix)
{
    auto hazards = table().hazards();
    if (!hazards)
        return hazards.error();
    for (const Hazard &h : *hazards)
        if (!matrix.hasLevel(h.severity, h.probability) ||
            (h.residualSeverity && !matrix.hasLevel(*h.residualSeverity, *h.residualProbability)))
            return Error::input(tr("hazard %1 has a level that the new matrix does not have").arg(h.ref),
                                tr("Re-estimate the hazard on the new scales first, or keep their number of levels."));
    auto version = table().storeMatrix(matrix.toJson());
    if (version) {
        m_matrix = matrix;
        m_ownMatrix = true;
    }
    return version;
}

} // namespace vv::risk
