#pragma once

#include "risk/RiskModel.h"

#include <QWidget>

#include <map>

namespace vv::ui {

/// The risk matrix drawn as a heat map: each cell in its region's colour, with the number of hazards in it.
/// Severity grows upwards, probability to the right, as risk matrices are usually read.
class RiskHeatMap : public QWidget {
    Q_OBJECT
public:
    explicit RiskHeatMap(QWidget *parent = nullptr);

    void setMatrix(const risk::RiskMatrix &matrix);
    /// Hazards per cell: (severity, probability) -> count.
    void setCounts(std::map<std::pair<int, int>, int> counts);
    void setTitle(const QString &title);
    int count(int severity, int probability) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleDescription();
    risk::RiskMatrix m_matrix;
    std::map<std::pair<int, int>, int> m_counts;
    QString m_title;
};

} // namespace vv::ui
