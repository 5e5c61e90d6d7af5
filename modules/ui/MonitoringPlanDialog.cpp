#include "ui/MonitoringPlanDialog.h"

#include "monitoring/MonitoringPlan.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vv::ui {

namespace {

enum ProblemRole { LineRole = Qt::UserRole + 1, ColumnRole };

// A plan to start from (docs/monitoring.md explains every key).
const char examplePlan[] = "# The monitoring plan: docs/monitoring.md explains every key.\n"
                           "window: week\n"
                           "time_zone: Europe/Oslo\n"
                           "baseline: {from: 2026-01-05, to: 2026-03-29}\n"
                           "min_labelled: 200\n"
                           "metrics:\n"
                           "  - {metric: auroc, lower: 0.70}\n"
                           "  - {metric: calibration_slope, lower: 0.8, upper: 1.25}\n"
                           "  - {metric: oe_ratio, lower: 0.8, upper: 1.25}\n"
                           "control_charts:\n"
                           "  - {metric: oe_ratio, method: cusum, k: 0.5, h: 4}\n";

} // namespace

MonitoringPlanDialog::MonitoringPlanDialog(ProjectStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_intro(new QLabel(this)), m_editor(new QPlainTextEdit(this)),
      m_problemsLabel(new QLabel(this)), m_problems(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_check(new QTimer(this))
{
    m_intro->setWordWrap(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_problemsLabel->setBuddy(m_problems);
    m_problems->setMaximumHeight(120);
    auto plans = MonitoringTable(store).plans();
    m_editor->setPlainText(plans && !plans->empty() ? plans->back().source : QString::fromUtf8(examplePlan));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    // Checked after a pause in typing: reading the plan asks the project which features its rows have.
    m_check->setSingleShot(true);
    m_check->setInterval(300);
    connect(m_check, &QTimer::timeout, this, &MonitoringPlanDialog::checkNow);
    connect(m_editor, &QPlainTextEdit::textChanged, m_check, qOverload<>(&QTimer::start));
    connect(m_problems, &QListWidget::itemActivated, this, &MonitoringPlanDialog::goToProblem);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MonitoringPlanDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate(); // checks the plan too
    resize(720, 600);
}

QPushButton *MonitoringPlanDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString MonitoringPlanDialog::problemText(const Error &error)
{
    QString text = error.what();
    if (!error.hint().isEmpty())
        text += QStringLiteral(". ") + error.hint();
    const SourceLocation &at = error.where();
    if (at.line > 0)
        return QStringLiteral("%1:%2: %3").arg(at.line).arg(std::max(at.column, 1)).arg(text);
    return text;
}

void MonitoringPlanDialog::checkNow()
{
    m_check->stop();
    std::vector<Error> problems;
    auto plan = monitoring::MonitoringPlanVersions::check(m_store, m_editor->toPlainText().toUtf8(), tr("plan"),
                                                          &problems);
    if (!plan && problems.empty())
        problems.push_back(plan.error());
    showProblems(problems);
}

void MonitoringPlanDialog::showProblems(const std::vector<Error> &problems)
{
    m_problems->clear();
    for (const Error &e : problems) {
        auto *item = new QListWidgetItem(problemText(e), m_problems);
        item->setData(LineRole, e.where().line);
        item->setData(ColumnRole, e.where().column);
        item->setToolTip(item->text());
    }
    m_problemsLabel->setText(problems.empty() ? tr("The plan is valid.")
                                              : tr("&Problems (%n), each with its line and column:", nullptr,
                                                   int(problems.size())));
    m_problems->setVisible(!problems.empty());
    saveButton()->setEnabled(problems.empty() && m_store.mayChange().ok());
}

void MonitoringPlanDialog::goToProblem()
{
    QListWidgetItem *item = m_problems->currentItem();
    const int line = item ? item->data(LineRole).toInt() : 0;
    if (line <= 0)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(item->data(ColumnRole).toInt() - 1, 0, std::max(block.length() - 1, 0)));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MonitoringPlanDialog::save()
{
    std::vector<Error> problems;
    auto version = monitoring::MonitoringPlanVersions::store(m_store, m_editor->toPlainText().toUtf8(), tr("plan"),
                                                             &problems);
    if (!version) {
        if (problems.empty())
            problems.push_back(version.error());
        showProblems(problems);
        return;
    }
    m_stored = *version;
    accept();
}

void MonitoringPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MonitoringPlanDialog::retranslate()
{
    setWindowTitle(tr("Monitoring plan"));
    m_intro->setText(tr("The window, the baseline and the measures with their limits, in YAML (docs/monitoring.md). "
                        "Saving stores a new plan version; windows judged before keep the version they were judged "
                        "by."));
    m_editor->setAccessibleName(tr("Monitoring plan (YAML)"));
    m_problems->setAccessibleName(tr("Problems in the plan"));
    saveButton()->setText(tr("&Save as a new version"));
    checkNow();
}

} // namespace vv::ui
