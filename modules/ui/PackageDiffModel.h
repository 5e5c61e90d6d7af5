#pragma once

#include "packaging/PackageDiff.h"

#include <QAbstractTableModel>

#include <vector>

namespace vv::ui {

/// What changed between two versions of a package (packaging::PackageDiff), one change per row: the area, what
/// changed, how, and the text before and after.
class PackageDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AreaColumn, KeyColumn, KindColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit PackageDiffModel(QObject *parent = nullptr);

    /// Shows these changes, ordered by area as PackageDiff::areas() lists them.
    void setChanges(std::vector<packaging::PackageChange> changes);
    const std::vector<packaging::PackageChange> &changes() const { return m_changes; }

    /// The translated name of a change area ("answers" -> "Answers").
    static QString areaTitle(const QString &area);
    /// The translated name of a kind of change.
    static QString kindTitle(packaging::PackageChange::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<packaging::PackageChange> m_changes;
};

} // namespace vv::ui
