#include "ui/RiskModels.h"

#include "ui/StatusStyle.h"

#include <QColor>
#include <QLocale>

namespace vv::ui {

QColor toneColour(RiskTone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case RiskTone::Good: return dark ? QColor(0x2e, 0x5e, 0x35) : QColor(0xc8, 0xe6, 0xc9);
    case RiskTone::Middle: return dark ? QColor(0x6e, 0x55, 0x14) : QColor(0xff, 0xe0, 0x9e);
    case RiskTone::Bad: return dark ? QColor(0x7d, 0x2c, 0x2c) : QColor(0xf4, 0xb4, 0xb4);
    }
    return {};
}

QColor toneTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
}

QColor regionColour(const risk::RiskMatrix &matrix, const QString &regionId, const QPalette &palette)
{
    for (std::size_t i = 0; i < matrix.regions.size(); ++i) {
        const risk::RiskRegion &r = matrix.regions[i];
        if (r.id != regionId)
            continue;
        if (r.acceptable)
            return toneColour(RiskTone::Good, palette);
        return toneColour(i + 1 == matrix.regions.size() ? RiskTone::Bad : RiskTone::Middle, palette);
    }
    return {};
}

// ---- hazards ----

void HazardListModel::setContents(std::vector<Hazard> hazards, const std::vector<RiskControl> &controls,
                                  const risk::RiskModel *model, const risk::RiskMatrix *matrix)
{
    beginResetModel();
    m_hazards = std::move(hazards);
    m_controls.clear();
    for (const RiskControl &c : controls)
        ++m_controls[c.hazardId];
    m_model = model;
    m_matrix = matrix;
    endResetModel();
}

const Hazard *HazardListModel::hazard(int row) const
{
    return row >= 0 && std::size_t(row) < m_hazards.size() ? &m_hazards[std::size_t(row)] : nullptr;
}

int HazardListModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_hazards.size(); ++i)
        if (m_hazards[i].id == id)
            return int(i);
    return -1;
}

int HazardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hazards.size());
}

int HazardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HazardListModel::regionName(int severity, int probability) const
{
    const risk::RiskRegion *r = m_matrix ? m_matrix->region(severity, probability) : nullptr;
    return r ? tr("%1 (S%2 × P%3)").arg(r->name.current()).arg(severity).arg(probability) : QString();
}

QVariant HazardListModel::data(const QModelIndex &index, int role) const
{
    const Hazard *h = index.isValid() ? hazard(index.row()) : nullptr;
    if (!h)
        return {};
    const bool estimated = h->residualSeverity && h->residualProbability;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Ref: return h->ref;
        case Category: {
            const risk::HazardCategory *c = m_model ? m_model->category(h->category) : nullptr;
            return c ? c->name.current() : tr("Other");
        }
        case Text: return h->hazard;
        case Before: return regionName(h->severity, h->probability);
        case After: return estimated ? regionName(*h->residualSeverity, *h->residualProbability) : tr("not estimated");
        case Controls: {
            auto it = m_controls.find(h->id);
            return it == m_controls.end() ? 0 : it->second;
        }
        default: return {};
        }
    }
    if (role == Qt::BackgroundRole && m_matrix) {
        if (index.column() == Before) {
            const risk::RiskRegion *r = m_matrix->region(h->severity, h->probability);
            return r ? QVariant(regionColour(*m_matrix, r->id)) : QVariant();
        }
        if (index.column() == After && estimated) {
            const risk::RiskRegion *r = m_matrix->region(*h->residualSeverity, *h->residualProbability);
            return r ? QVariant(regionColour(*m_matrix, r->id)) : QVariant();
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == Before || (index.column() == After && estimated)))
        return toneTextColour();
    if (role == Qt::ToolTipRole && index.column() == Text)
        return tr("%1\nSituation: %2\nHarm: %3").arg(h->hazard, h->situation, h->harm);
    // The narrow columns are elided: their whole text on hover.
    if (role == Qt::ToolTipRole && (index.column() == Category || index.column() == Before || index.column() == After))
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant HazardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref: return tr("Ref.");
    case Category: return tr("Category");
    case Text: return tr("Hazard");
    case Before: return tr("Before controls");
    case After: return tr("After controls");
    case Controls: return tr("Controls");
    default: return {};
    }
}

void HazardListModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

// ---- controls ----

void ControlListModel::setControls(std::vector<RiskControl> controls)
{
    beginResetModel();
    m_controls = std::move(controls);
    endResetModel();
}

const RiskControl *ControlListModel::control(int row) const
{
    return row >= 0 && std::size_t(row) < m_controls.size() ? &m_controls[std::size_t(row)] : nullptr;
}

int ControlListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controls.size());
}

int ControlListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ControlListModel::typeName(const QString &type)
{
    if (type == QStringLiteral("inherent_safety"))
        return tr("Inherent safety by design");
    if (type == QStringLiteral("protective_measure"))
        return tr("Protective measure");
    if (type == QStringLiteral("information_for_safety"))
        return tr("Information for safety");
    return type;
}

QString ControlListModel::verificationText(const Verification &v)
{
    if (v.kind == QStringLiteral("test_run"))
        return tr("test run %1").arg(v.ref);
    if (v.kind == QStringLiteral("evidence"))
        return tr("evidence #%1").arg(v.ref);
    return tr("monitoring of %1").arg(v.ref);
}

QVariant ControlListModel::data(const QModelIndex &index, int role) const
{
    const RiskControl *c = index.isValid() ? control(index.row()) : nullptr;
    if (!c || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Type: return typeName(c->type);
    case Description: return c->description;
    case Verifications: {
        if (c->verifications.empty())
            return tr("nothing yet");
        QStringList out;
        for (const Verification &v : c->verifications)
            out << verificationText(v);
        return out.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant ControlListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type: return tr("Type");
    case Description: return tr("Control");
    case Verifications: return tr("Verified by");
    default: return {};
    }
}

void ControlListModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

// ---- the traceability matrix ----

void TraceModel::setMatrix(risk::TraceMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_matrix.rows.size())
        return {};
    const risk::TraceRow &r = m_matrix.rows[std::size_t(index.row())];
    if (role == GapRole)
        return !r.ok();
    if (role == Qt::BackgroundRole && !r.ok())
        return toneColour(RiskTone::Bad);
    if (role == Qt::ForegroundRole && !r.ok())
        return toneTextColour();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Requirements: {
        if (role == Qt::ToolTipRole || !m_title)
            return r.requirements.join(QStringLiteral(", "));
        QStringList titles;
        for (const QString &urn : r.requirements)
            titles << m_title(urn);
        return titles.join(QStringLiteral("; "));
    }
    case HazardRef: return r.hazardRef;
    case Control: return r.controlId ? QVariant(tr("%1 (%2)").arg(r.controlId).arg(ControlListModel::typeName(r.controlType))) : QVariant();
    case Verification: {
        if (!r.verification)
            return {};
        const QString what = ControlListModel::verificationText(*r.verification);
        return r.verificationTitle.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, r.verificationTitle);
    }
    case Evidence: return r.evidenceId ? QVariant(QStringLiteral("#%1").arg(*r.evidenceId)) : QVariant();
    case Status: {
        if (r.ok())
            return tr("OK");
        QStringList gaps;
        for (risk::TraceGap g : r.gaps)
            gaps << risk::traceGapText(g);
        return gaps.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Requirements: return tr("Requirements");
    case HazardRef: return tr("Hazard");
    case Control: return tr("Control");
    case Verification: return tr("Verification");
    case Evidence: return tr("Evidence");
    case Status: return tr("Status");
    default: return {};
    }
}

void TraceModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TraceFilterModel::setOnlyGaps(bool only)
{
    m_onlyGaps = only;
    invalidateFilter();
}

bool TraceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_onlyGaps && !sourceModel()->index(sourceRow, 0, sourceParent).data(TraceModel::GapRole).toBool())
        return false;
    if (filterRegularExpression().pattern().isEmpty())
        return true;
    for (int c = 0; c < sourceModel()->columnCount(sourceParent); ++c)
        if (sourceModel()->index(sourceRow, c, sourceParent).data().toString().contains(filterRegularExpression()))
            return true;
    return false;
}

// ---- change checks ----

void ChangeCheckModel::setChecks(std::vector<ChangeCheck> checks)
{
    beginResetModel();
    m_checks = std::move(checks);
    endResetModel();
}

int ChangeCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChangeCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeCheckModel::verdictText(const QString &verdict)
{
    if (verdict == QStringLiteral("met"))
        return tr("Met");
    if (verdict == QStringLiteral("not_met"))
        return tr("Not met");
    return tr("Not enough data");
}

QVariant ChangeCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_checks.size())
        return {};
    const ChangeCheck &c = m_checks[std::size_t(index.row())];
    if (role == Qt::BackgroundRole && index.column() == Verdict)
        return toneColour(c.verdict == QStringLiteral("met")       ? RiskTone::Good
                          : c.verdict == QStringLiteral("not_met") ? RiskTone::Bad
                                                                   : RiskTone::Middle);
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return toneTextColour();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Id: return c.id;
    case Modification: return c.modification;
    case Run: return c.testRunId;
    case Verdict: return verdictText(c.verdict);
    case Evidence: return c.evidenceId ? QVariant(QStringLiteral("#%1").arg(*c.evidenceId)) : QVariant();
    case CheckedAt: return QLocale().toString(c.checkedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant ChangeCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Check");
    case Modification: return tr("Modification");
    case Run: return tr("Test run");
    case Verdict: return tr("Verdict");
    case Evidence: return tr("Evidence");
    case CheckedAt: return tr("Checked");
    default: return {};
    }
}

void ChangeCheckModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace vv::ui
