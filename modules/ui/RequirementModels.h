#pragma once

#include "evidence/EvidenceLibrary.h"
#include "guidance/GuidanceLibrary.h"
#include "tracking/ProjectProgress.h"

#include <QAbstractTableModel>

namespace vv::ui {

/// Requirements as a table (title with status icon, status, owner, due date, evidence), for a pack's list and
/// the dashboard's lists.
class RequirementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Status, Owner, Due, AppliesFrom, Evidence, ColumnCount };
    static constexpr int UrnRole = Qt::UserRole + 1;

    explicit RequirementTableModel(QObject *parent = nullptr);
    /// Shows these requirements (copied), with titles from library.
    void setRequirements(std::vector<tracking::RequirementProgress> rows, const guidance::GuidanceLibrary *library);
    void clear();
    QString urnAt(int row) const;
    /// After a language change: headers and texts again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<tracking::RequirementProgress> m_rows;
    const guidance::GuidanceLibrary *m_library = nullptr;
};

/// Evidence items as a table (title, kind, how it counts, what needs attention): a requirement's linked evidence,
/// or the dashboard's stale items.
class EvidenceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Kind, Counts, Attention, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    /// True for items that count only through the crosswalk.
    static constexpr int ViaCrosswalkRole = Qt::UserRole + 2;

    explicit EvidenceListModel(QObject *parent = nullptr);
    void setItems(std::vector<evidence::EvidenceStatus> items, const guidance::GuidanceLibrary *library);
    void clear();
    qint64 idAt(int row) const;
    const evidence::EvidenceStatus *itemAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<evidence::EvidenceStatus> m_items;
    const guidance::GuidanceLibrary *m_library = nullptr;
};

} // namespace vv::ui
