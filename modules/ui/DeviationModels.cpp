#include "ui/DeviationModels.h"

#include "ui/Labels.h"
#include "ui/OpenDeviationDialog.h"
#include "ui/StatusStyle.h"

#include <QLocale>

namespace vv::ui {

QString countdown(const monitoring::IncidentReportStatus &report)
{
    if (report.sentOn.isValid())
        return DeviationListModel::tr("sent %1").arg(dateText(report.sentOn));
    if (!report.daysLeft)
        return DeviationListModel::tr("deadline not known until the incident's questions are answered");
    if (*report.daysLeft < 0)
        return DeviationListModel::tr("OVERDUE by %n day(s)", nullptr, int(-*report.daysLeft));
    if (*report.daysLeft == 0)
        return DeviationListModel::tr("due today");
    return DeviationListModel::tr("%n day(s) left", nullptr, int(*report.daysLeft));
}

NextReport nextReport(const std::vector<monitoring::IncidentReportStatus> &reports, const QString &lang)
{
    const monitoring::IncidentReportStatus *next = nullptr;
    for (const monitoring::IncidentReportStatus &r : reports) {
        if (r.sentOn.isValid())
            continue;
        // A known deadline comes before an unknown one; of two known, the earlier.
        if (!next || (r.daysLeft && (!next->daysLeft || *r.daysLeft < *next->daysLeft)))
            next = &r;
    }
    if (!next)
        return {reports.empty() ? DeviationListModel::tr("no report due") : DeviationListModel::tr("all reports sent"),
                false, std::nullopt, QString()};
    return {QStringLiteral("%1: %2").arg(next->due.rule->title.in(lang), countdown(*next)), next->overdue(),
            next->daysLeft,
            next->daysLeft ? countdown(*next) : DeviationListModel::tr("deadline not known yet")};
}

void DeviationListModel::setDeviations(std::vector<Deviation> deviations, std::map<qint64, NextReport> reports)
{
    beginResetModel();
    m_deviations = std::move(deviations);
    m_reports = std::move(reports);
    endResetModel();
}

const Deviation *DeviationListModel::deviationAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_deviations[std::size_t(row)] : nullptr;
}

int DeviationListModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_deviations.size(); ++i)
        if (m_deviations[i].id == id)
            return int(i);
    return -1;
}

void DeviationListModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

int DeviationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deviations.size());
}

int DeviationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deviation &d = m_deviations[std::size_t(index.row())];
    const auto report = m_reports.find(d.id);
    if (role == DeviationIdRole)
        return d.id;
    if (role == Qt::DecorationRole && index.column() == ReportColumn && report != m_reports.end() && report->second.overdue)
        return metricStateIcon(monitoring::MetricState::Alarm);
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case IdColumn: return QString::number(d.id);
    case StatusColumn: return d.closed ? tr("Closed") : tr("Open");
    case SeverityColumn: return severityLabel(d.severity);
    case OwnerColumn: return d.owner;
    case TitleColumn: return d.title;
    case ReportColumn:
        if (report == m_reports.end())
            return QString();
        // The column is narrow: the countdown alone, the report it is for in the tooltip.
        return role == Qt::DisplayRole && !report->second.countdown.isEmpty() ? report->second.countdown
                                                                               : report->second.text;
    default: return {};
    }
}

QVariant DeviationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("No.");
    case StatusColumn: return tr("Status");
    case SeverityColumn: return tr("Severity");
    case OwnerColumn: return tr("Owner");
    case TitleColumn: return tr("Title");
    case ReportColumn: return tr("Next report due");
    default: return {};
    }
}

} // namespace vv::ui
