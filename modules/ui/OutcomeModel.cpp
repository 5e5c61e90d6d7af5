#include "ui/OutcomeModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace vv::ui {

using namespace vv::guidance;

OutcomeModel::OutcomeModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutcomeModel::setAssessment(const Assessment &assessment, const GuidanceLibrary &library)
{
    beginResetModel();
    m_rows.clear();
    for (const Pack &p : library.packs())
        for (const DecisionTrace &t : assessment.traces) {
            if (t.packId != p.id)
                continue;
            m_rows.push_back({t.fact, p.title.current(), t.title.current(), library.valueText(t.fact, t.value),
                              t.value.has_value(), !t.needsReview.isEmpty()});
        }
    endResetModel();
}

QString OutcomeModel::factAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].fact : QString();
}

int OutcomeModel::rowOf(const QString &fact) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].fact == fact)
            return int(i);
    return -1;
}

int OutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RegimeColumn: return r.regime;
        case OutcomeColumn: return r.outcome;
        case ResultColumn: return r.needsReview ? tr("%1 (needs review)").arg(r.result) : r.result;
        }
        return {};
    case Qt::ToolTipRole: return r.fact;
    case FactRole: return r.fact;
    case Qt::ForegroundRole:
        if (!r.known)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

QVariant OutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegimeColumn: return tr("Regime");
    case OutcomeColumn: return tr("Outcome");
    case ResultColumn: return tr("Result");
    }
    return {};
}

} // namespace vv::ui
