#pragma once

#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/ClinicalMetrics.h"
#include "validation/PredictionsCsv.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>

#include <vector>

namespace vv::ui {

/// The project's test runs as a table: id, title, engine, status, start time and headline result.
class TestRunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Title, Engine, Status, Started, Headline, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    explicit TestRunListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setRuns(std::vector<TestRun> runs);
    const TestRun *runAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated name of a run status.
    static QString statusLabel(TestRunStatus status);

private:
    std::vector<TestRun> m_runs;
};

/// The evaluation engines found, for choosing one to run: usable ones first as found, unusable ones disabled with
/// the reason as their tooltip and accessible description.
class EngineListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int EngineIdRole = Qt::UserRole + 1;
    static constexpr int ReasonRole = Qt::UserRole + 2; ///< why it cannot run; empty when it can

    explicit EngineListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    void setPlugins(std::vector<validation::EnginePlugin> plugins);
    const validation::EnginePlugin *pluginAt(int row) const;
    /// The row of the engine with this id, or -1.
    int rowOf(const QString &engineId) const;
    /// Whether the engine can run: it loads and its external program, if any, is installed.
    static bool canRun(const validation::EnginePlugin &plugin);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    std::vector<validation::EnginePlugin> m_plugins;
};

/// The first rows of a CSV file, for choosing its columns.
class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CsvPreviewModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setPreview(const validation::CsvPreview &preview);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    validation::CsvPreview m_preview;
};

/// The readable summary of a metrics result: measure, estimate, confidence interval.
class MetricsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit MetricsTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setRows(std::vector<validation::MetricsRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<validation::MetricsRow> m_rows;
};

} // namespace vv::ui
