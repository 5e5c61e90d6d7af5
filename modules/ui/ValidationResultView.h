#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "ui/MetricsCharts.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace vv::ui {

class MetricsTableModel;

/// A metrics result: the summary table and the ROC, calibration, decision-curve and risk-distribution charts, for
/// all patients or one subgroup, each chart exportable as PNG and SVG.
class ValidationResultView : public QWidget {
    Q_OBJECT
public:
    explicit ValidationResultView(QWidget *parent = nullptr);
    void setResult(const Json &result);
    const Json &result() const { return m_result; }

    /// Shows all patients (index 0) or subgroup index (1, 2, ...).
    void showSubgroup(int index);
    QStringList subgroups() const;
    /// The result block now shown (all patients or the chosen subgroup).
    const Json &shown() const { return m_shown; }

    QTabWidget *tabs() const { return m_tabs; }
    QChartView *chartView(MetricsChart chart) const;
    MetricsTableModel *tableModel() const { return m_model; }
    /// Exports a chart of what is shown; the format follows the suffix (.png or .svg).
    Status exportChart(MetricsChart chart, const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    /// The charts of what is shown, in the widget's palette.
    void buildCharts();
    void retranslate();
    void askAndExport(MetricsChart chart, const QString &suffix);

    Json m_result;
    Json m_shown;
    QComboBox *m_subgroup;
    QLabel *m_notes;
    QTabWidget *m_tabs;
    QTableView *m_table;
    MetricsTableModel *m_model;
    QList<QChartView *> m_views;
    QList<QWidget *> m_exportButtons;
};

} // namespace vv::ui
