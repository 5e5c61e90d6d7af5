#pragma once

#include "monitoring/MonitoringStatus.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace vv::ui {

/// A monitoring measure's name for people ("AUROC", "O/E ratio", "PSI (age)"), translated; unknown names stay as
/// they are.
QString metricTitle(const QString &name);
/// A window's label with its dates ("2026-W22, 25.05.2026–31.05.2026").
QString windowDates(const monitoring::Window &window);

/// The windows of a monitoring status, one row each: label, dates, rows, labelled rows, then one column per
/// measure with its value, interval and state.
class MonitoringWindowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WindowColumn, DatesColumn, RowsColumn, LabelledColumn, FirstMetricColumn };
    /// The state of a measure's cell (a monitoring::MetricState as int); nothing in the other columns.
    static constexpr int StateRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows status; metrics are the column order (the plan's measures), measures found only in older plan versions
    /// are added after them.
    void setStatus(monitoring::MonitoringStatus status, const QStringList &metrics);
    void clear();
    /// Renews the texts after a language switch.
    void retranslate();

    const monitoring::MonitoringStatus &status() const { return m_status; }
    QStringList metrics() const { return m_metrics; }
    /// The column of a measure, or -1.
    int metricColumn(const QString &metric) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant windowData(const monitoring::WindowStatus &w, int column, int role) const;
    QVariant metricData(const monitoring::MetricValue &v, int role) const;

    monitoring::MonitoringStatus m_status;
    QStringList m_metrics;
};

/// The value of a measure with its interval, as the table shows it ("0.781 [0.742, 0.820]").
QString formatValue(const monitoring::MetricValue &value);
/// Why a measure is in its state, in a sentence (for tooltips and screen readers).
QString stateExplanation(const monitoring::MetricValue &value);

} // namespace vv::ui
