#include "ui/ValidationPage.h"

#include "store/ProjectStore.h"
#include "store/RatingTable.h"
#include "store/TestRunTable.h"
#include "ui/EngineRunDialog.h"
#include "ui/ProjectSession.h"
#include "ui/RatingDialog.h"
#include "ui/RunComparisonDialog.h"
#include "ui/ValidationDialog.h"
#include "ui/ValidationModels.h"
#include "ui/ValidationResultView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vv::ui {

ValidationPage::ValidationPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new TestRunListModel(this)), m_new(new QPushButton(this)), m_open(new QPushButton(this)),
      m_engine(new QPushButton(this)), m_resume(new QPushButton(this)), m_compare(new QPushButton(this)),
      m_rate(new QPushButton(this)), m_problem(new QLabel(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Two runs chosen together (Ctrl or Shift with a click or the arrow keys) can be compared.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // The short columns follow their content in either language ("Completed" was cut to "Com..." once the sizes,
    // taken in Bokmål, met English); the title is fitted when the runs load, and the headline takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TestRunListModel::Title, QHeaderView::Interactive);
    header->setSectionResizeMode(TestRunListModel::Headline, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_engine);
    buttons->addWidget(m_open);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_rate);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);

    connect(m_new, &QPushButton::clicked, this, [this] { newValidation(); });
    connect(m_engine, &QPushButton::clicked, this, [this] { runEngine(); });
    connect(m_open, &QPushButton::clicked, this, &ValidationPage::openSelected);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const TestRun *run = m_model->runAt(m_view->currentIndex().row()))
            runEngine(run->id);
    });
    connect(m_compare, &QPushButton::clicked, this, &ValidationPage::compareSelected);
    connect(m_rate, &QPushButton::clicked, this, [this] { rateAnswers(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ValidationPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ValidationPage::updateButtons);
    connect(m_view, &QTableView::activated, this, &ValidationPage::openSelected);
    connect(session, &ProjectSession::opened, this, &ValidationPage::refresh);
    connect(session, &ProjectSession::closed, this, [this] {
        m_hasRound = false;
        m_model->setRuns({});
        updateButtons();
    });
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("runs") || area == QStringLiteral("project"))
            refresh();
    });
    retranslate();
    updateButtons();
}

QString ValidationPage::pageTitle() const
{
    return tr("Validation");
}

void ValidationPage::refresh()
{
    ProjectStore *store = session()->store();
    if (!store) {
        m_hasRound = false;
        m_model->setRuns({});
        updateButtons();
        return;
    }
    auto runs = TestRunTable(*store).list();
    if (!runs) {
        m_problem->setText(runs.error().toString());
        return;
    }
    m_problem->clear();
    // Rounds are made by a coordinator (`ratings create`); a rater only needs one to exist. A reviewer may look.
    auto rounds = RatingTable(*store).rounds();
    m_hasRound = rounds && !rounds->empty();
    m_model->setRuns(std::move(*runs));
    fitTitleColumn();
    updateButtons();
}

// The title gets the width its longest text needs, unless the result beside it would then be cut: a long import
// title ("inspect_ai results for MODEL (FILE)") took so much at 1366 pixels that "10 of 14 cases passed" showed as
// "10 of…". Then the two share the room, the title at least half of it. The widths come from the texts (what
// ResizeToContents uses), not from the sections, which are laid out later; only a shown view has a width to share.
void ValidationPage::fitTitleColumn()
{
    if (!m_view->isVisible())
        return;
    const QAbstractItemView *view = m_view; // QTableView keeps its override of the public hint protected
    QHeaderView *header = m_view->horizontalHeader();
    const auto needs = [&](int column) { return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)); };
    int others = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (column != TestRunListModel::Title && column != TestRunListModel::Headline)
            others += needs(column);
    const int room = m_view->viewport()->width() - others;
    const int title = needs(TestRunListModel::Title);
    header->resizeSection(TestRunListModel::Title,
                          std::max(std::min(title, room - needs(TestRunListModel::Headline)), std::min(title, room / 2)));
}

void ValidationPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    fitTitleColumn();
}

void ValidationPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    fitTitleColumn();
}

const validation::EngineCatalog &ValidationPage::catalog()
{
    if (!m_catalog)
        m_catalog = validation::EngineCatalog::discover();
    return *m_catalog;
}

void ValidationPage::updateButtons()
{
    m_open->setEnabled(m_model->rowCount() > 0);
    // A review project (or a read-only member) can read the runs but not add any; the store would refuse them.
    const bool mayRun = session()->store() && session()->store()->mayChange().ok();
    m_new->setEnabled(mayRun);
    m_engine->setEnabled(mayRun);
    const TestRun *run = m_model->runAt(m_view->currentIndex().row());
    m_resume->setEnabled(run && mayRun && EngineRunDialog::canResume(*run, catalog()));
    // Runs compare on their cases; a metrics run has none.
    const auto selected = selectedRuns();
    m_compare->setEnabled(selected.size() == 2 && selected[0]->casesTotal > 0 && selected[1]->casesTotal > 0);
    m_rate->setEnabled(m_hasRound);
}

std::vector<const TestRun *> ValidationPage::selectedRuns() const
{
    std::vector<const TestRun *> runs;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        if (const TestRun *run = m_model->runAt(row.row()))
            runs.push_back(run);
    return runs;
}

void ValidationPage::compareSelected()
{
    const auto selected = selectedRuns();
    if (selected.size() == 2)
        compareRuns(selected[0]->id, selected[1]->id);
}

RunComparisonDialog *ValidationPage::compareRuns(qint64 runA, qint64 runB)
{
    ProjectStore *store = session()->store();
    if (!store)
        return nullptr;
    // A is the older run, so that a regression is what the newer run lost.
    auto *dialog = new RunComparisonDialog(store, std::min(runA, runB), std::max(runA, runB), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

RatingDialog *ValidationPage::rateAnswers()
{
    if (!session()->store())
        return nullptr;
    auto *dialog = new RatingDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

EngineRunDialog *ValidationPage::runEngine(qint64 resumeRunId)
{
    auto *dialog = new EngineRunDialog(session()->store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (resumeRunId > 0 && !dialog->prepareResume(resumeRunId)) {
        m_problem->setText(dialog->problemText());
        delete dialog;
        return nullptr;
    }
    connect(dialog, &EngineRunDialog::runStored, this, [this] { session()->notifyChanged(QStringLiteral("runs")); });
    connect(dialog, &EngineRunDialog::evidenceFiled, this,
            [this] { session()->notifyChanged(QStringLiteral("evidence")); });
    dialog->open();
    return dialog;
}

ValidationDialog *ValidationPage::newValidation()
{
    auto *dialog = new ValidationDialog(session()->store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ValidationDialog::runStored, this, [this] { session()->notifyChanged(QStringLiteral("runs")); });
    connect(dialog, &ValidationDialog::evidenceFiled, this,
            [this] { session()->notifyChanged(QStringLiteral("evidence")); });
    dialog->open();
    return dialog;
}

QDialog *ValidationPage::openRun(qint64 runId)
{
    ProjectStore *store = session()->store();
    if (!store)
        return nullptr;
    auto run = TestRunTable(*store).get(runId);
    if (!run) {
        m_problem->setText(run.error().toString());
        return nullptr;
    }
    if (run->engineId != validation::ClinicalMetrics::engineId() || !run->result.is_object()) {
        m_problem->setText(tr("Run %1 has no clinical metrics to show.").arg(runId));
        return nullptr;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Test run %1: %2").arg(runId).arg(run->title));
    auto *view = new ValidationResultView(dialog);
    view->setResult(run->result);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(close);
    dialog->resize(1000, 720);
    dialog->open();
    return dialog;
}

bool ValidationPage::selectRun(qint64 runId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const TestRun *run = m_model->runAt(row); run && run->id == runId) {
            m_view->selectRow(row);
            m_view->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    return false;
}

bool ValidationPage::selectRuns(qint64 first, qint64 second)
{
    if (!selectRun(first))
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const TestRun *run = m_model->runAt(row); run && run->id == second) {
            m_view->selectionModel()->select(m_model->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
            return true;
        }
    return false;
}

void ValidationPage::openSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    openRun(m_model->data(current, TestRunListModel::RunIdRole).toLongLong());
}

void ValidationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The runs' texts change with the language once the model is read again, after this event.
        QTimer::singleShot(0, this, &ValidationPage::fitTitleColumn);
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

void ValidationPage::retranslate()
{
    m_heading->setText(tr("Validation and test runs"));
    m_intro->setText(tr("Validate a prediction model on your own patients: a CSV file with each patient's predicted "
                        "risk and outcome gives discrimination, calibration, net benefit and risk distributions with "
                        "confidence intervals. Every run is stored here with its provenance, as evidence for the AI "
                        "Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation. "
                        "Language models are tested with an evaluation engine: a Norwegian test suite against an "
                        "endpoint, promptfoo, or result files from lm-evaluation-harness, inspect_ai or EuroEval."));
    m_new->setText(tr("&New validation…"));
    m_open->setText(tr("&Open result"));
    m_engine->setText(tr("Run an e&valuation engine…"));
    m_engine->setToolTip(tr("Run a language-model test suite against an endpoint, promptfoo, or import result files, "
                            "as a test run filed as evidence."));
    m_resume->setText(tr("Res&ume run…"));
    m_resume->setToolTip(tr("Continue a cancelled or interrupted run without repeating its finished cases."));
    m_compare->setText(tr("Co&mpare two runs…"));
    m_compare->setToolTip(tr("Choose two runs of the same suite (Ctrl+click) to see which cases the newer run fails "
                             "that the older passed, which it newly passes, and the exact paired test."));
    m_rate->setText(tr("&Rate answers…"));
    m_rate->setToolTip(tr("Rate a run's answers blind against a rubric, one case at a time, as a clinician in a "
                          "rating round (docs/human-evaluation.md)."));
    m_view->setAccessibleName(tr("Test runs"));
}

} // namespace vv::ui
