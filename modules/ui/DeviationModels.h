#pragma once

#include "monitoring/IncidentRules.h"
#include "store/DeviationTable.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace vv::ui {

/// Where an incident's reports stand, for the register: the next report due, with its countdown.
struct NextReport {
    QString text;         ///< "Report to DMP: 5 days left", "all reports sent"
    bool overdue = false;
    std::optional<qint64> daysLeft;
    QString countdown; ///< the countdown alone ("5 days left"), for the register's column; empty: the text
};

/// The next unsent report of an incident (the one due first), or what there is to say when none is due.
NextReport nextReport(const std::vector<monitoring::IncidentReportStatus> &reports, const QString &lang);
/// A report's countdown: "5 days left", "due today", "OVERDUE by 2 days", or why the deadline is not known yet.
QString countdown(const monitoring::IncidentReportStatus &report);

/// The deviation register: one row per deviation with its status, severity, owner, title, and for incidents the
/// next report due.
class DeviationListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, StatusColumn, SeverityColumn, OwnerColumn, TitleColumn, ReportColumn, ColumnCount };
    static constexpr int DeviationIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows deviations; reports holds the next report of each deviation that is an incident, by deviation id.
    void setDeviations(std::vector<Deviation> deviations, std::map<qint64, NextReport> reports);
    const Deviation *deviationAt(int row) const;
    /// The row of a deviation, or -1.
    int rowOf(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Deviation> m_deviations;
    std::map<qint64, NextReport> m_reports;
};

} // namespace vv::ui
