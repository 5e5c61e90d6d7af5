#include "ui/PackageDiffModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace vv::ui {

using packaging::PackageChange;

PackageDiffModel::PackageDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void PackageDiffModel::setChanges(std::vector<PackageChange> changes)
{
    const QStringList order = packaging::PackageDiff::areas();
    std::stable_sort(changes.begin(), changes.end(), [&](const PackageChange &a, const PackageChange &b) {
        return order.indexOf(a.area) < order.indexOf(b.area);
    });
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

QString PackageDiffModel::areaTitle(const QString &area)
{
    if (area == QStringLiteral("project"))
        return tr("Project");
    if (area == QStringLiteral("packs"))
        return tr("Guidance packs");
    if (area == QStringLiteral("answers"))
        return tr("Answers");
    if (area == QStringLiteral("requirements"))
        return tr("Requirement statuses");
    if (area == QStringLiteral("evidence"))
        return tr("Evidence");
    if (area == QStringLiteral("documents"))
        return tr("Documents");
    if (area == QStringLiteral("details"))
        return tr("Document details");
    if (area == QStringLiteral("test_runs"))
        return tr("Test runs");
    return area;
}

QString PackageDiffModel::kindTitle(PackageChange::Kind kind)
{
    switch (kind) {
    case PackageChange::Kind::Added: return tr("added");
    case PackageChange::Kind::Removed: return tr("removed");
    case PackageChange::Kind::Changed: return tr("changed");
    }
    return tr("changed");
}

int PackageDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PackageDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackageChange &c = m_changes[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AreaColumn: return areaTitle(c.area);
        case KeyColumn: return c.key;
        case KindColumn: return kindTitle(c.kind);
        case BeforeColumn: return c.before;
        case AfterColumn: return c.after;
        default: return {};
        }
    case Qt::ForegroundRole:
        // Colour repeats the kind column's word; it never carries meaning alone.
        if (index.column() == KindColumn)
            return QBrush(c.kind == PackageChange::Kind::Added     ? QColor(0x1b, 0x6e, 0x20)
                          : c.kind == PackageChange::Kind::Removed ? QColor(0xa3, 0x1b, 0x1b)
                                                                   : QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::UserRole:
        return c.area;
    default:
        return {};
    }
}

QVariant PackageDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AreaColumn: return tr("Area");
    case KeyColumn: return tr("What");
    case KindColumn: return tr("Change");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    default: return {};
    }
}

} // namespace vv::ui
