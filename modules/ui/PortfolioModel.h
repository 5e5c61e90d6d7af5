#pragma once

#include "tracking/Portfolio.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::ui {

/// The portfolio table: one row per project of the folder, the columns of tracking::PortfolioRow.
class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int FileRole = Qt::UserRole + 1;  ///< the project's path
    static constexpr int SortRole = Qt::UserRole + 2;  ///< numbers and times as such, for sorting
    static constexpr int RiskRole = Qt::UserRole + 3;  ///< the AI Act risk value ("high"); empty when not known

    using QAbstractTableModel::QAbstractTableModel;

    void setPortfolio(tracking::Portfolio portfolio, std::shared_ptr<const guidance::GuidanceLibrary> library);
    const tracking::Portfolio &portfolio() const { return m_portfolio; }
    const guidance::GuidanceLibrary *library() const { return m_library.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant sortKey(const tracking::PortfolioRow &row, tracking::PortfolioRow::Column column) const;

    tracking::Portfolio m_portfolio;
    std::shared_ptr<const guidance::GuidanceLibrary> m_library;
};

/// The portfolio as the window shows it: rows whose text matches the filter in any column, of one risk class or
/// all, sorted by the column's value.
class PortfolioFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PortfolioFilter(QObject *parent = nullptr);
    /// Only rows of this AI Act risk value ("high"); empty for all, "?" for those not yet known.
    void setRisk(const QString &risk);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_risk;
    QString m_text;
};

} // namespace vv::ui
