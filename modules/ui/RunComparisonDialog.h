#pragma once

#include "core/Error.h"
#include "ui/BackgroundJob.h"
#include "validation/PairedComparison.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace vv {
class ProjectStore;
}

namespace vv::ui {

/// Two test runs of a suite compared case by case: what the newer run fails that the older passed first, then what it
/// newly passes, then the exact paired test. A model upgrade is the commonest change a hospital makes; this is its
/// evidence (docs/test-suites.md, "Comparing two runs").
class RunComparisonDialog : public QDialog {
    Q_OBJECT
public:
    /// Compares run older (A) with run newer (B) in the background, from its own connection to store's project.
    RunComparisonDialog(const ProjectStore *store, qint64 older, qint64 newer, QWidget *parent = nullptr);

    QTreeView *casesView() const { return m_cases; }
    /// Two rows, regressions and improvements, each with its cases as children: case id, why it failed.
    QStandardItemModel *casesModel() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    /// The comparison shown, or why there is none (empty until comparisonShown).
    const std::optional<Result<validation::PairedComparison>> &comparison() const { return m_comparison; }

Q_SIGNALS:
    void comparisonShown();

private:
    void showComparison(Result<validation::PairedComparison> comparison);
    void addGroup(const QString &title, const QStringList &ids, const validation::PairedComparison &c);
    QString testText(const validation::PairedComparison &c) const;

    qint64 m_older, m_newer;
    QLabel *m_heading;
    QTreeView *m_cases;
    QStandardItemModel *m_model;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    std::optional<Result<validation::PairedComparison>> m_comparison;
    BackgroundJob m_job; ///< last: destroyed (cancelled and waited for) first
};

} // namespace vv::ui
