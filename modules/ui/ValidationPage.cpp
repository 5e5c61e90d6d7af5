#include "ui/ValidationPage.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "ui/ProjectSession.h"
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
#include <QVBoxLayout>

namespace vv::ui {

ValidationPage::ValidationPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new TestRunListModel(this)), m_new(new QPushButton(this)), m_open(new QPushButton(this)),
      m_problem(new QLabel(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
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
    connect(m_open, &QPushButton::clicked, this, &ValidationPage::openSelected);
    connect(m_view, &QTableView::activated, this, &ValidationPage::openSelected);
    connect(session, &ProjectSession::opened, this, &ValidationPage::refresh);
    connect(session, &ProjectSession::closed, this, [this] { m_model->setRuns({}); });
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("runs") || area == QStringLiteral("project"))
            refresh();
    });
    retranslate();
}

QString ValidationPage::pageTitle() const
{
    return tr("Validation");
}

void ValidationPage::refresh()
{
    ProjectStore *store = session()->store();
    if (!store) {
        m_model->setRuns({});
        return;
    }
    auto runs = TestRunTable(*store).list();
    if (!runs) {
        m_problem->setText(runs.error().toString());
        return;
    }
    m_problem->clear();
    m_model->setRuns(std::move(*runs));
    m_view->resizeColumnsToContents();
    m_open->setEnabled(m_model->rowCount() > 0);
}

ValidationDialog *ValidationPage::newValidation()
{
    auto *dialog = new ValidationDialog(session()->store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ValidationDialog::runStored, this, [this] { session()->notifyChanged(QStringLiteral("runs")); });
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
                        "Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation."));
    m_new->setText(tr("&New validation…"));
    m_open->setText(tr("&Open result"));
    m_view->setAccessibleName(tr("Test runs"));
}

} // namespace vv::ui
