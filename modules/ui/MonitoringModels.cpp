#include "ui/MonitoringModels.h"

#include "ui/Labels.h"
#include "ui/StatusStyle.h"

#include <QLocale>

#include <cmath>

namespace vv::ui {

namespace {

QString number(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : MonitoringWindowModel::tr("n/a");
}

const monitoring::MetricValue *find(const monitoring::WindowStatus &w, const QString &name)
{
    for (const monitoring::MetricValue &v : w.metrics)
        if (v.name == name)
            return &v;
    return nullptr;
}

} // namespace

QString metricTitle(const QString &name)
{
    const QString metric = name.section(QLatin1Char(':'), 0, 0);
    const QString feature = name.section(QLatin1Char(':'), 1);
    static const std::pair<const char *, const char *> titles[] = {
        {"auroc", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "AUROC")},
        {"calibration_intercept", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Calibration intercept")},
        {"calibration_slope", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Calibration slope")},
        {"oe_ratio", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "O/E ratio")},
        {"brier", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Brier score")},
        {"prevalence", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Prevalence")},
        {"sensitivity", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Sensitivity")},
        {"specificity", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Specificity")},
        {"ppv", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "PPV")},
        {"npv", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "NPV")},
        {"alert_rate", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Alert rate")},
        {"mean_score", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Mean risk")},
        {"psi", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "PSI")},
        {"missing_rate", QT_TRANSLATE_NOOP("vv::ui::MonitoringWindowModel", "Missing")},
    };
    QString title = metric;
    for (const auto &[id, text] : titles)
        if (metric == QLatin1String(id))
            title = MonitoringWindowModel::tr(text);
    return feature.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, feature);
}

QString windowDates(const monitoring::Window &window)
{
    if (window.first == window.last)
        return dateText(window.first);
    return QStringLiteral("%1–%2").arg(dateText(window.first),
                                      dateText(window.last));
}

QString formatValue(const monitoring::MetricValue &v)
{
    if (v.state == monitoring::MetricState::NotEnoughData || !v.value.estimate)
        return MonitoringWindowModel::tr("not enough data");
    if (!v.value.lower || !v.value.upper)
        return number(*v.value.estimate);
    return QStringLiteral("%1 [%2, %3]").arg(number(*v.value.estimate), number(*v.value.lower), number(*v.value.upper));
}

QString stateExplanation(const monitoring::MetricValue &v)
{
    const QString state = metricStateLabel(v.state);
    switch (v.state) {
    case monitoring::MetricState::Ok:
        return MonitoringWindowModel::tr("%1: within the limits.").arg(state);
    case monitoring::MetricState::Warning:
        return v.limit ? MonitoringWindowModel::tr("%1: the interval straddles the limit %2.").arg(state, number(*v.limit))
                       : MonitoringWindowModel::tr("%1: the interval straddles a limit.").arg(state);
    case monitoring::MetricState::Alarm:
        return v.limit ? MonitoringWindowModel::tr("%1: beyond the limit %2 with the whole interval.").arg(state, number(*v.limit))
                       : MonitoringWindowModel::tr("%1: beyond a limit with the whole interval.").arg(state);
    case monitoring::MetricState::NotEnoughData:
        break;
    }
    return v.reason.isEmpty() ? state + QLatin1Char('.') : QStringLiteral("%1: %2").arg(state, v.reason);
}

void MonitoringWindowModel::setStatus(monitoring::MonitoringStatus status, const QStringList &metrics)
{
    beginResetModel();
    m_status = std::move(status);
    m_metrics = metrics;
    for (const monitoring::WindowStatus &w : m_status.windows)
        for (const monitoring::MetricValue &v : w.metrics)
            if (!m_metrics.contains(v.name))
                m_metrics << v.name;
    endResetModel();
}

void MonitoringWindowModel::clear()
{
    setStatus({}, {});
}

void MonitoringWindowModel::retranslate()
{
    // Every text depends on the language (the number format included), so the whole table is renewed.
    beginResetModel();
    endResetModel();
}

int MonitoringWindowModel::metricColumn(const QString &metric) const
{
    const qsizetype i = m_metrics.indexOf(metric);
    return i < 0 ? -1 : FirstMetricColumn + int(i);
}

int MonitoringWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_status.windows.size());
}

int MonitoringWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMetricColumn + int(m_metrics.size());
}

QVariant MonitoringWindowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const monitoring::WindowStatus &w = m_status.windows[std::size_t(index.row())];
    if (index.column() < FirstMetricColumn)
        return windowData(w, index.column(), role);
    const QString &name = m_metrics[index.column() - FirstMetricColumn];
    if (const monitoring::MetricValue *v = find(w, name))
        return metricData(*v, role);
    // A measure an older or newer plan version has and this window's version has not.
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return tr("not in this window's plan");
    return {};
}

QVariant MonitoringWindowModel::windowData(const monitoring::WindowStatus &w, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column >= RowsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (column == WindowColumn && role == Qt::ToolTipRole)
        return tr("Judged by plan version %1").arg(w.planVersion);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case WindowColumn:
        return w.baseline ? tr("%1 (baseline)").arg(w.window.label()) : w.window.label();
    case DatesColumn:
        return windowDates(w.window);
    case RowsColumn:
        return QLocale().toString(w.n);
    case LabelledColumn:
        return QLocale().toString(w.labelled);
    default:
        return {};
    }
}

QVariant MonitoringWindowModel::metricData(const monitoring::MetricValue &v, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return formatValue(v);
    case Qt::DecorationRole:
        return metricStateIcon(v.state);
    case Qt::ToolTipRole:
        return stateExplanation(v);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(formatValue(v), stateExplanation(v));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case StateRole:
        return int(v.state);
    default:
        return {};
    }
}

QVariant MonitoringWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    switch (section) {
    case WindowColumn: return tr("Window");
    case DatesColumn: return tr("Dates");
    case RowsColumn: return tr("Rows");
    case LabelledColumn: return tr("With outcome");
    default: return metricTitle(m_metrics[section - FirstMetricColumn]);
    }
}

} // namespace vv::ui
