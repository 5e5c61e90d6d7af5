#include "ui/ValidationModels.h"
#include "ui/Labels.h"

#include <QLocale>

#include <cmath>

namespace vv::ui {

QString TestRunListModel::statusLabel(TestRunStatus status)
{
    switch (status) {
    case TestRunStatus::Running: return tr("Running");
    case TestRunStatus::Completed: return tr("Completed");
    case TestRunStatus::Failed: return tr("Failed");
    case TestRunStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

void TestRunListModel::setRuns(std::vector<TestRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const TestRun *TestRunListModel::runAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_runs.size()) ? &m_runs[static_cast<std::size_t>(row)] : nullptr;
}

int TestRunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int TestRunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The run's headline: the AUROC with its interval for a metrics run, the case counts for a suite.
static QString headline(const TestRun &run)
{
    const QLocale locale;
    for (const RunMetric &m : run.metrics) {
        if (m.name == QStringLiteral("auroc") && m.value) {
            if (m.ciLower && m.ciUpper)
                return TestRunListModel::tr("AUROC %1 (%2 to %3)")
                    .arg(locale.toString(*m.value, 'f', 3), locale.toString(*m.ciLower, 'f', 3),
                         locale.toString(*m.ciUpper, 'f', 3));
            return TestRunListModel::tr("AUROC %1").arg(locale.toString(*m.value, 'f', 3));
        }
    }
    // Cases that were not graded have no pass or fail; they are named apart, never counted as passed.
    if (run.casesTotal > 0 && run.cases.notGraded > 0)
        return TestRunListModel::tr("%1 of %2 graded cases passed, %3 not graded")
            .arg(run.cases.passed)
            .arg(run.casesTotal - run.cases.notGraded)
            .arg(run.cases.notGraded);
    if (run.casesTotal > 0)
        return TestRunListModel::tr("%1 of %2 cases passed").arg(run.cases.passed).arg(run.casesTotal);
    return run.error;
}

QVariant TestRunListModel::data(const QModelIndex &index, int role) const
{
    const TestRun *run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run)
        return {};
    if (role == RunIdRole)
        return run->id;
    if (role == Qt::ToolTipRole)
        return tr("Supports: %1").arg(run->supports.join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Id: return run->id;
    case Title: return run->title;
    case Engine: return QStringLiteral("%1 %2").arg(run->engineId, run->engineVersion);
    case Status: return statusLabel(run->status);
    case Started: return dateTimeText(run->started);
    case Headline: return headline(*run);
    default: return {};
    }
}

QVariant TestRunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Run");
    case Title: return tr("What was tested");
    case Engine: return tr("Engine");
    case Status: return tr("Status");
    case Started: return tr("Started");
    case Headline: return tr("Result");
    default: return {};
    }
}

void EngineListModel::setPlugins(std::vector<validation::EnginePlugin> plugins)
{
    beginResetModel();
    m_plugins = std::move(plugins);
    endResetModel();
}

const validation::EnginePlugin *EngineListModel::pluginAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_plugins.size()) ? &m_plugins[static_cast<std::size_t>(row)] : nullptr;
}

int EngineListModel::rowOf(const QString &engineId) const
{
    for (std::size_t i = 0; i < m_plugins.size(); ++i) {
        if (m_plugins[i].manifest.id == engineId)
            return static_cast<int>(i);
    }
    return -1;
}

bool EngineListModel::canRun(const validation::EnginePlugin &plugin)
{
    return plugin.usable && plugin.unavailable.isEmpty();
}

int EngineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plugins.size());
}

QVariant EngineListModel::data(const QModelIndex &index, int role) const
{
    const validation::EnginePlugin *p = index.isValid() ? pluginAt(index.row()) : nullptr;
    if (!p)
        return {};
    const QString reason = p->usable ? p->unavailable : p->reason;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (!p->usable)
            return tr("%1 (cannot be used)").arg(p->manifest.id);
        if (!p->unavailable.isEmpty())
            return tr("%1 %2 (not installed)").arg(p->manifest.name.current(), p->manifest.version);
        return QStringLiteral("%1 %2").arg(p->manifest.name.current(), p->manifest.version);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return reason.isEmpty() ? p->manifest.description.current() : reason;
    case EngineIdRole: return p->manifest.id;
    case ReasonRole: return reason;
    default: return {};
    }
}

Qt::ItemFlags EngineListModel::flags(const QModelIndex &index) const
{
    const validation::EnginePlugin *p = index.isValid() ? pluginAt(index.row()) : nullptr;
    if (!p)
        return Qt::NoItemFlags;
    return canRun(*p) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::ItemNeverHasChildren;
}

void CsvPreviewModel::setPreview(const validation::CsvPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void CsvPreviewModel::clear()
{
    setPreview({});
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const QStringList &row = m_preview.rows.at(index.row());
    return row.value(index.column());
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_preview.header.value(section);
    return section + 2; // the file's line number: the header is line 1
}

void MetricsTableModel::setRows(std::vector<validation::MetricsRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const validation::MetricsRow &r = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (index.column()) {
    case 0: return r.measure;
    case 1: return r.estimate;
    case 2: return r.interval;
    default: return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0: return tr("Measure");
    case 1: return tr("Estimate");
    case 2: return tr("Confidence interval");
    default: return {};
    }
}

} // namespace vv::ui
