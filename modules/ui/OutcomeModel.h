#pragma once

#include "guidance/Assessment.h"

#include <QAbstractTableModel>

namespace vv::ui {

/// The derived outcomes of an assessment (MDR class, AI Act risk, DPIA, ...) as a table: regime, outcome, result.
class OutcomeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RegimeColumn, OutcomeColumn, ResultColumn, ColumnCount };
    /// The fact id of a row, for the trace view.
    static constexpr int FactRole = Qt::UserRole + 1;

    explicit OutcomeModel(QObject *parent = nullptr);

    void setAssessment(const guidance::Assessment &assessment, const guidance::GuidanceLibrary &library);
    QString factAt(int row) const;
    int rowOf(const QString &fact) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString fact;
        QString regime;
        QString outcome;
        QString result;
        bool known = false;
        bool needsReview = false;
    };
    std::vector<Row> m_rows;
};

} // namespace vv::ui
