#include "ui/RunComparisonDialog.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace vv::ui {

using validation::PairedComparison;

RunComparisonDialog::RunComparisonDialog(const ProjectStore *store, qint64 older, qint64 newer, QWidget *parent)
    : QDialog(parent), m_older(older), m_newer(newer), m_heading(new QLabel(this)), m_cases(new QTreeView(this)), m_model(new QStandardItemModel(this)),
      m_summary(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Test runs %1 and %2 compared").arg(older).arg(newer));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Run %1 (A) against the newer run %2 (B), on the cases both ran. Comparing…")
                           .arg(older)
                           .arg(newer));
    m_model->setHorizontalHeaderLabels({tr("Case"), tr("Why it failed")});
    m_cases->setModel(m_model);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setAccessibleName(tr("Cases that changed between the runs"));
    m_cases->setRootIsDecorated(true);
    m_cases->setWordWrap(true);
    m_cases->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_cases->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("The paired test"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_cases, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(900, 640);
    // Reading the cases of two long runs is work for a worker thread with its own connection to the project.
    m_job.start<Result<PairedComparison>>(
        [store, older, newer](const CancellationToken &, const ProgressSink &) -> Result<PairedComparison> {
            auto own = store->reopen();
            if (!own)
                return own.error();
            return PairedComparison::ofRuns(TestRunTable(**own), older, newer);
        },
        [this](Result<PairedComparison> comparison) { showComparison(std::move(comparison)); });
}

void RunComparisonDialog::showComparison(Result<PairedComparison> comparison)
{
    m_comparison = std::move(comparison);
    if (!*m_comparison) {
        m_heading->setText(tr("Runs %1 and %2 cannot be compared: %3")
                               .arg(m_older)
                               .arg(m_newer)
                               .arg(m_comparison->error().toString()));
        m_cases->hide();
        Q_EMIT comparisonShown();
        return;
    }
    const PairedComparison &c = **m_comparison;
    m_heading->setText(tr("Run %1 (A) against the newer run %2 (B), on the %n cases both ran and graded.", "",
                          static_cast<int>(c.counts.paired()))
                           .arg(m_older)
                           .arg(m_newer));
    // Regressions first: they are what blocks an upgrade.
    addGroup(tr("Regressions: passed in A, failed in B (%1)").arg(c.regressions.size()), c.regressions, c);
    addGroup(tr("Improvements: failed in A, passed in B (%1)").arg(c.improvements.size()), c.improvements, c);
    m_summary->setText(testText(c));
    Q_EMIT comparisonShown();
}

void RunComparisonDialog::addGroup(const QString &title, const QStringList &ids, const PairedComparison &c)
{
    auto *group = new QStandardItem(title);
    QFont bold = group->font();
    bold.setBold(true);
    group->setFont(bold);
    for (const QString &id : ids) {
        const auto why = c.failedBecause.find(id);
        auto *reason = new QStandardItem(why == c.failedBecause.end() ? QString() : why->second);
        reason->setToolTip(reason->text());
        group->appendRow({new QStandardItem(id), reason});
    }
    m_model->appendRow({group, new QStandardItem});
    m_cases->setFirstColumnSpanned(group->row(), QModelIndex(), true);
    m_cases->expand(group->index());
}

QString RunComparisonDialog::testText(const PairedComparison &c) const
{
    const QLocale locale;
    auto points = [&locale](const std::optional<double> &v) {
        return v ? locale.toString(*v * 100.0, 'f', 1) : QStringLiteral("–");
    };
    QString text = tr("Run A passed %1 and run B %2 of the %3 cases. Difference in pass rate, B minus A: %4 percentage "
                      "points (%5 % confidence interval %6 to %7, Newcombe's paired score interval). Exact McNemar "
                      "test on the %8 cases that changed: p = %9.")
                       .arg(c.counts.both + c.counts.aOnly)
                       .arg(c.counts.both + c.counts.bOnly)
                       .arg(c.counts.paired())
                       .arg(points(c.difference.estimate), locale.toString(c.level * 100.0, 'f', 0),
                            points(c.difference.lower), points(c.difference.upper))
                       .arg(c.counts.aOnly + c.counts.bOnly)
                       .arg(locale.toString(c.mcnemarP, 'g', 3));
    if (c.scoreDifference)
        text += QLatin1Char(' ') + c.scoreDifferenceText();
    if (c.excluded || c.onlyInA || c.onlyInB)
        text += QLatin1Char(' ') + tr("Left out: cases that errored or were not graded in either run: %1; cases only "
                                      "in run A: %2; only in run B: %3.")
                                       .arg(c.excluded)
                                       .arg(c.onlyInA)
                                       .arg(c.onlyInB);
    return text;
}

} // namespace vv::ui
