#include "ui/PortfolioModel.h"

#include "guidance/GuidanceLibrary.h"
#include "ui/StatusStyle.h"

#include <QBrush>

namespace vv::ui {

using tracking::PortfolioRow;
using Column = PortfolioRow::Column;

void PortfolioModel::setPortfolio(tracking::Portfolio portfolio, std::shared_ptr<const guidance::GuidanceLibrary> library)
{
    beginResetModel();
    m_portfolio = std::move(portfolio);
    m_library = std::move(library);
    endResetModel();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_portfolio.rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PortfolioRow::columnCount;
}

QVariant PortfolioModel::sortKey(const PortfolioRow &row, Column column) const
{
    switch (column) {
    case Column::Requirements:
        return row.requirementsApplicable > 0 ? double(row.requirementsMet) / row.requirementsApplicable : -1.0;
    case Column::Overdue: return row.requirementsOverdue;
    case Column::Deviations: return row.deviationsOpen;
    case Column::DpiaReview: return row.dpiaNextReview.toString(Qt::ISODate); // no date (empty) sorts first
    case Column::IncidentReports: return row.reportsOverdue * 1000 + row.reportsDue;
    case Column::Alarms: return row.alarmsOpen.value_or(-1);
    case Column::LastPackage: return row.lastPackageBuilt;
    case Column::Modified: return row.modified;
    default: return m_library ? row.text(column, *m_library) : QVariant();
    }
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const PortfolioRow &row = m_portfolio.rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole: return m_library ? row.text(column, *m_library) : QString();
    case Qt::ToolTipRole: return row.readable() ? row.file : row.error;
    case Qt::ForegroundRole:
        if (!row.readable() || (column == Column::Overdue && row.requirementsOverdue > 0) ||
            (column == Column::IncidentReports && row.reportsOverdue > 0) ||
            (column == Column::Alarms && row.alarmsOpen.value_or(0) > 0) ||
            (column == Column::DpiaReview && row.dpiaExpired()))
            return QBrush(overdueColor());
        return {};
    case FileRole: return row.file;
    case SortRole: return sortKey(row, column);
    case RiskRole:
        return row.aiActRisk && row.aiActRisk->kind() == guidance::Value::Kind::String ? row.aiActRisk->toString()
                                                                                       : QString();
    default: return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return PortfolioRow::header(Column(section));
}

PortfolioFilter::PortfolioFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PortfolioModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PortfolioFilter::setRisk(const QString &risk)
{
    m_risk = risk;
    invalidateFilter();
}

void PortfolioFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool PortfolioFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_risk.isEmpty()) {
        const QString risk = m->index(sourceRow, 0, sourceParent).data(PortfolioModel::RiskRole).toString();
        if ((m_risk == QStringLiteral("?") ? !risk.isEmpty() : risk != m_risk))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace vv::ui
