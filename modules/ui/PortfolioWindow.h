#pragma once

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace vv::ui {

class BackgroundJob;
class PortfolioFilter;
class PortfolioModel;

/// The institution's AI systems in one window (*Fil → Åpne portefølje…*, `veiviser --portfolio DIR`): the
/// portfolio table with a filter, a choice of risk class and sorting, charts by risk class and by state, and a project opened
/// with a double click or Enter.
class PortfolioWindow : public QWidget {
    Q_OBJECT
public:
    explicit PortfolioWindow(QWidget *parent = nullptr);
    ~PortfolioWindow() override;

    /// Reads the folder (or team address) in the background; the table fills when it is done.
    void load(const QString &location);
    bool isLoading() const;
    const QString &location() const { return m_location; }

    PortfolioModel *model() const { return m_model; }
    PortfolioFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filterField; }
    QComboBox *riskChoice() const { return m_risk; }
    QChartView *chartView() const { return m_chart; }
    /// The chart by state: how many systems have requirements overdue, open alarms, incident reports due, open
    /// deviations, an expired DPIA, or are in order (one bar each; a system may count in several).
    QChartView *stateChartView() const { return m_stateChart; }
    QString summaryText() const;

Q_SIGNALS:
    /// The user chose a project to open (its path or team address).
    void projectOpenRequested(const QString &location);
    /// The portfolio was read (or could not be).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openCurrent();
    void showProblem(const QString &text);
    void rebuildRiskChoice();
    void rebuildChart();
    void rebuildStateChart();
    void updateSummary();

    QString m_location;
    QString m_problem;
    PortfolioModel *m_model;
    PortfolioFilter *m_filter;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_filterLabel;
    QLineEdit *m_filterField;
    QLabel *m_riskLabel;
    QComboBox *m_risk;
    QPushButton *m_open;
    QTableView *m_view;
    QChartView *m_chart;
    QChartView *m_stateChart;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    BackgroundJob *m_job;
};

} // namespace vv::ui
