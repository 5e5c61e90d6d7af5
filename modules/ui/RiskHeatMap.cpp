#include "ui/RiskHeatMap.h"

#include "ui/RiskModels.h"

#include <QPainter>

namespace vv::ui {

RiskHeatMap::RiskHeatMap(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RiskHeatMap::setMatrix(const risk::RiskMatrix &matrix)
{
    m_matrix = matrix;
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void RiskHeatMap::setCounts(std::map<std::pair<int, int>, int> counts)
{
    m_counts = std::move(counts);
    updateAccessibleDescription();
    update();
}

void RiskHeatMap::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

int RiskHeatMap::count(int severity, int probability) const
{
    auto it = m_counts.find({severity, probability});
    return it == m_counts.end() ? 0 : it->second;
}

// A screen reader hears the cells that hold hazards, since the colours say nothing to it.
void RiskHeatMap::updateAccessibleDescription()
{
    QStringList cells;
    for (const auto &[cell, n] : m_counts) {
        const risk::RiskRegion *r = m_matrix.region(cell.first, cell.second);
        cells << tr("%n hazard(s) at severity %1, probability %2 (%3)", nullptr, n)
                     .arg(cell.first)
                     .arg(cell.second)
                     .arg(r ? r->name.current() : QString());
    }
    setAccessibleDescription(cells.isEmpty() ? tr("No hazards.") : cells.join(QStringLiteral("; ")));
}

QSize RiskHeatMap::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_matrix.severity.size()));
    return {260, 40 + rows * 30 + 24};
}

QSize RiskHeatMap::minimumSizeHint() const
{
    return sizeHint();
}

void RiskHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int rows = int(m_matrix.severity.size());
    const int cols = int(m_matrix.probability.size());
    const QFontMetrics fm(font());
    const int titleHeight = fm.height() + 6;
    p.drawText(QRect(0, 0, width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (rows == 0 || cols == 0)
        return;
    const int axis = fm.horizontalAdvance(tr("S%1", "severity level on the matrix's axis").arg(9)) + 8;
    const int bottom = fm.height() + 6;
    const int cell = std::max(18, std::min((width() - axis) / cols, (height() - titleHeight - bottom) / rows));
    for (int s = rows; s >= 1; --s) {
        const int y = titleHeight + (rows - s) * cell;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, axis - 4, cell), Qt::AlignRight | Qt::AlignVCenter,
                   tr("S%1", "severity level on the matrix's axis").arg(s));
        for (int pr = 1; pr <= cols; ++pr) {
            const QRect r(axis + (pr - 1) * cell, y, cell - 2, cell - 2);
            const risk::RiskRegion *region = m_matrix.region(s, pr);
            p.fillRect(r, region ? regionColour(m_matrix, region->id, palette()) : palette().color(QPalette::Base));
            const int n = count(s, pr);
            if (n > 0) {
                QFont bold = font();
                bold.setBold(true);
                p.setFont(bold);
                p.setPen(toneTextColour(palette()));
                p.drawText(r, Qt::AlignCenter, QString::number(n));
                p.setFont(font());
            }
        }
    }
    p.setPen(palette().color(QPalette::WindowText));
    for (int pr = 1; pr <= cols; ++pr)
        p.drawText(QRect(axis + (pr - 1) * cell, titleHeight + rows * cell, cell, bottom), Qt::AlignCenter,
                   tr("P%1", "probability level on the matrix's axis").arg(pr));
}

} // namespace vv::ui
