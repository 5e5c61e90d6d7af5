#include "ui/ValidationResultView.h"
#include "ui/StatusStyle.h"
#include "ui/FileDialogs.h"

#include "ui/ValidationModels.h"
#include "validation/ClinicalMetrics.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vv::ui {

ValidationResultView::ValidationResultView(QWidget *parent)
    : QWidget(parent), m_subgroup(new QComboBox(this)), m_notes(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_table(new QTableView(this)), m_model(new MetricsTableModel(this))
{
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *summary = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(m_table, 1);
    summaryLayout->addWidget(m_notes);
    m_tabs->addTab(summary, QString());

    for (MetricsChart chart : MetricsCharts::all()) {
        auto *page = new QWidget(this);
        auto *view = new QChartView(page);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(480, 360);
        showFocusFrame(view);
        auto *png = new QPushButton(page);
        auto *svg = new QPushButton(page);
        connect(png, &QPushButton::clicked, this, [this, chart] { askAndExport(chart, QStringLiteral("png")); });
        connect(svg, &QPushButton::clicked, this, [this, chart] { askAndExport(chart, QStringLiteral("svg")); });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(png);
        buttons->addWidget(svg);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(view, 1);
        layout->addLayout(buttons);
        m_tabs->addTab(page, QString());
        m_views << view;
        m_exportButtons << png << svg;
    }

    auto *top = new QHBoxLayout;
    auto *subgroupLabel = new QLabel(this);
    subgroupLabel->setObjectName(QStringLiteral("subgroupLabel"));
    subgroupLabel->setBuddy(m_subgroup);
    top->addWidget(subgroupLabel);
    top->addWidget(m_subgroup, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(m_subgroup, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            showSubgroup(i);
    });
    retranslate();
}

void ValidationResultView::setResult(const Json &result)
{
    m_result = result;
    const QSignalBlocker block(m_subgroup);
    m_subgroup->clear();
    m_subgroup->addItem(tr("All patients"));
    const Json cols = result.value("input", Json::object()).value("columns", Json::object());
    const QString column = cols.contains("group") && cols["group"].is_string()
                               ? QString::fromStdString(cols["group"].get<std::string>())
                               : QString();
    for (const QString &g : subgroups())
        m_subgroup->addItem(QStringLiteral("%1 = %2").arg(column, g.isEmpty() ? tr("(blank)") : g));
    m_subgroup->setEnabled(m_subgroup->count() > 1);
    showSubgroup(0);
}

QStringList ValidationResultView::subgroups() const
{
    QStringList out;
    if (m_result.is_object() && m_result.contains("subgroups") && m_result["subgroups"].is_object()) {
        for (auto it = m_result["subgroups"].begin(); it != m_result["subgroups"].end(); ++it)
            out << QString::fromStdString(it.key());
    }
    return out;
}

void ValidationResultView::showSubgroup(int index)
{
    const QStringList groups = subgroups();
    if (index > 0 && index <= groups.size())
        m_shown = m_result["subgroups"][toStd(groups[index - 1])];
    else
        m_shown = m_result;
    if (m_subgroup->currentIndex() != index) {
        const QSignalBlocker block(m_subgroup);
        m_subgroup->setCurrentIndex(index);
    }
    refresh();
}

void ValidationResultView::refresh()
{
    m_model->setRows(validation::ClinicalMetrics::table(m_shown));
    m_table->resizeColumnsToContents();
    QStringList notes;
    for (const Json &w : m_result.value("warnings", Json::array()))
        notes << QString::fromStdString(w.get<std::string>());
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    buildCharts();
}

void ValidationResultView::buildCharts()
{
    const auto charts = MetricsCharts::all();
    // Nothing to draw before the first result (the palette may change while the view is being put together).
    if (!m_shown.is_object() || m_views.size() != charts.size())
        return;
    for (int i = 0; i < charts.size(); ++i) {
        QChart *old = m_views[i]->chart();
        m_views[i]->setChart(MetricsCharts::build(charts[i], m_shown, palette(), font()));
        delete old;
    }
}

QChartView *ValidationResultView::chartView(MetricsChart chart) const
{
    return m_views.value(static_cast<int>(MetricsCharts::all().indexOf(chart)));
}

Status ValidationResultView::exportChart(MetricsChart chart, const QString &path) const
{
    return MetricsCharts::exportTo(chart, m_shown, path);
}

void ValidationResultView::askAndExport(MetricsChart chart, const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = suffix == QStringLiteral("png") ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    QString path = FileDialogs::saveFile(this, tr("Export chart"),
                                                dir + QLatin1Char('/') + MetricsCharts::fileStem(chart) +
                                                    QLatin1Char('.') + suffix,
                                                filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    if (auto s = exportChart(chart, path); !s)
        QMessageBox::warning(this, tr("Export chart"), s.error().toString());
}

void ValidationResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_result.is_object())
            setResult(m_result);
    } else if (event->type() == QEvent::PaletteChange) {
        buildCharts();
    }
    QWidget::changeEvent(event);
}

void ValidationResultView::retranslate()
{
    if (auto *l = findChild<QLabel *>(QStringLiteral("subgroupLabel")))
        l->setText(tr("&Show:"));
    m_subgroup->setAccessibleName(tr("Patients shown"));
    m_table->setAccessibleName(tr("Validation results"));
    m_tabs->setTabText(0, tr("&Summary"));
    const auto charts = MetricsCharts::all();
    for (int i = 0; i < charts.size(); ++i) {
        m_tabs->setTabText(i + 1, MetricsCharts::title(charts[i]));
        m_views[i]->setAccessibleName(MetricsCharts::title(charts[i]));
        auto *png = qobject_cast<QPushButton *>(m_exportButtons[2 * i]);
        auto *svg = qobject_cast<QPushButton *>(m_exportButtons[2 * i + 1]);
        png->setText(tr("Export &PNG…"));
        svg->setText(tr("Export S&VG…"));
        png->setAccessibleName(tr("Export %1 as PNG").arg(MetricsCharts::title(charts[i])));
        svg->setAccessibleName(tr("Export %1 as SVG").arg(MetricsCharts::title(charts[i])));
    }
}

} // namespace vv::ui
