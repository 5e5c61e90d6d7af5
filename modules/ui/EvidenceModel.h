#pragma once

#include "evidence/CsvPreview.h"
#include "evidence/EvidenceLibrary.h"

#include <QAbstractTableModel>

#include <functional>

namespace vv::ui {

/// The evidence library as a table: title, kind, review state, size, linked requirements and what needs attention
/// (identity numbers not confirmed, expiry passed, an older system version).
class EvidenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Kind, State, Size, Requirements, Attention, ColumnCount };
    /// The item's id, for every column.
    static constexpr int IdRole = Qt::UserRole + 1;
    /// True when the item needs attention (for filters and tests).
    static constexpr int NeedsAttentionRole = Qt::UserRole + 2;

    explicit EvidenceModel(QObject *parent = nullptr);

    /// Replaces the rows with the library's current state.
    Status reload(const evidence::EvidenceLibrary &library);
    /// How the requirements column names a linked requirement (its title in the current language); the URN when
    /// not set. The URNs are in the column's tooltip.
    void setRequirementTitle(std::function<QString(const QString &urn)> title) { m_requirementTitle = std::move(title); }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const evidence::EvidenceStatus *statusAt(int row) const;
    /// The row of an item, or -1.
    int rowOf(qint64 id) const;

    /// The attention column's text for an item.
    static QString attentionText(const evidence::EvidenceStatus &status);

private:
    QString requirementTitle(const QString &urn) const { return m_requirementTitle ? m_requirementTitle(urn) : urn; }

    std::vector<evidence::EvidenceStatus> m_rows;
    std::function<QString(const QString &)> m_requirementTitle;
};

/// The first rows of a CSV file as a table (the viewer's CSV page).
class CsvTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CsvTableModel(QObject *parent = nullptr);
    void setPreview(evidence::CsvPreview preview);
    const evidence::CsvPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    evidence::CsvPreview m_preview;
};

} // namespace vv::ui
