#pragma once

#include "risk/RiskModel.h"
#include "risk/TraceMatrix.h"
#include "store/RiskTable.h"

#include <QAbstractTableModel>
#include <QGuiApplication>
#include <QPalette>
#include <QSortFilterProxyModel>

#include <functional>
#include <map>

namespace vv::ui {

/// How good a cell of the risk pages is: an acceptable region or a met check, a middle region or an undecided check,
/// the last region, a gap or a check not met.
enum class RiskTone { Good, Middle, Bad };
/// The background for a tone: light tints on a light palette, deep ones on a dark palette (the tints glared on the
/// dark pages); the application's palette unless one is given.
QColor toneColour(RiskTone tone, const QPalette &palette = QGuiApplication::palette());
/// The text on a tone's background: black on the light tints, white on the deep ones.
QColor toneTextColour(const QPalette &palette = QGuiApplication::palette());
/// The colour of a matrix region: green when acceptable, amber for the middle regions, red for the last.
QColor regionColour(const risk::RiskMatrix &matrix, const QString &regionId,
                    const QPalette &palette = QGuiApplication::palette());

/// The hazards of the risk file: reference, category, hazard, region before and after controls, controls.
class HazardListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Ref, Category, Text, Before, After, Controls, ColumnCount };
    explicit HazardListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setContents(std::vector<Hazard> hazards, const std::vector<RiskControl> &controls,
                     const risk::RiskModel *model, const risk::RiskMatrix *matrix);
    const Hazard *hazard(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QString regionName(int severity, int probability) const;
    std::vector<Hazard> m_hazards;
    std::map<qint64, int> m_controls;
    const risk::RiskModel *m_model = nullptr;
    const risk::RiskMatrix *m_matrix = nullptr;
};

/// The controls of one hazard: type, description and what verifies each.
class ControlListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Type, Description, Verifications, ColumnCount };
    explicit ControlListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setControls(std::vector<RiskControl> controls);
    const RiskControl *control(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString typeName(const QString &type);
    static QString verificationText(const Verification &v);
    void retranslate();

private:
    std::vector<RiskControl> m_controls;
};

/// The traceability matrix as a table; rows with gaps are marked and carry their gaps' names.
class TraceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Requirements, HazardRef, Control, Verification, Evidence, Status, ColumnCount };
    enum Role { GapRole = Qt::UserRole + 1 };
    explicit TraceModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setMatrix(risk::TraceMatrix matrix);
    const risk::TraceMatrix &matrix() const { return m_matrix; }
    /// How a requirement's URN is shown (its title in the current language); the URN itself when not set.
    void setRequirementTitle(std::function<QString(const QString &)> title) { m_title = std::move(title); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    risk::TraceMatrix m_matrix;
    std::function<QString(const QString &)> m_title;
};

/// The traceability matrix filtered by text and, when asked, to the rows with gaps.
class TraceFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyGaps(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyGaps = false;
};

/// The checks made against the change control plan.
class ChangeCheckModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Modification, Run, Verdict, Evidence, CheckedAt, ColumnCount };
    explicit ChangeCheckModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setChecks(std::vector<ChangeCheck> checks);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString verdictText(const QString &verdict);
    void retranslate();

private:
    std::vector<ChangeCheck> m_checks;
};

} // namespace vv::ui
