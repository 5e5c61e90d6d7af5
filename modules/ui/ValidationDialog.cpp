#include "ui/ValidationDialog.h"
#include "ui/CsvColumns.h"
#include "ui/FileDialogs.h"

#include "evidence/RequirementCatalog.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "ui/ChildSignals.h"
#include "ui/TestRunFiling.h"
#include "ui/ValidationModels.h"
#include "ui/ValidationResultView.h"
#include "validation/EngineRun.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace vv::ui {

using validation::ClinicalMetrics;
using validation::CsvOptions;
using validation::MetricsOptions;
using validation::PredictionsCsv;

ValidationDialog::ValidationDialog(ProjectStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_stack(new QStackedWidget(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_preview(new QTableView(this)), m_previewModel(new CsvPreviewModel(this)),
      m_label(new QComboBox(this)), m_score(new QComboBox(this)), m_group(new QComboBox(this)),
      m_compare(new QComboBox(this)), m_delimiter(new QComboBox(this)), m_decimal(new QComboBox(this)),
      m_positive(new QLineEdit(this)), m_thresholds(new QLineEdit(this)), m_bootstrap(new QSpinBox(this)),
      m_seed(new QSpinBox(this)), m_dropInvalid(new QCheckBox(this)), m_problem(new QLabel(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_run(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_close(new QPushButton(this)), m_again(new QPushButton(this)),
      m_resultView(new ValidationResultView(this))
{
    m_preview->setModel(m_previewModel);
    m_preview->setMinimumHeight(140);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bootstrap->setRange(0, MetricsOptions::maxBootstrapReplicates);
    m_bootstrap->setSingleStep(500);
    m_seed->setRange(0, 999999999);
    m_seed->setValue(1);
    m_thresholds->setText(QStringLiteral("0.5"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_run->setDefault(true);

    // The setup page.
    auto *setup = new QWidget(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(new QLabel(this), fileRow);
    auto *columns = new QFormLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_label, m_positive, m_score, m_group, m_compare})
        columns->addRow(new QLabel(this), w);
    auto *options = new QFormLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_delimiter, m_decimal, m_thresholds, m_bootstrap, m_seed})
        options->addRow(new QLabel(this), w);
    options->addRow(QString(), m_dropInvalid);
    auto *forms = new QHBoxLayout;
    forms->addLayout(columns, 1);
    forms->addSpacing(24);
    forms->addLayout(options, 1);
    auto *previewLabel = new QLabel(this);
    previewLabel->setObjectName(QStringLiteral("previewLabel"));
    previewLabel->setBuddy(m_preview);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addLayout(fileForm);
    setupLayout->addWidget(previewLabel);
    setupLayout->addWidget(m_preview, 1);
    setupLayout->addLayout(forms);
    for (QFormLayout *f : {fileForm, columns, options}) {
        for (int row = 0; row < f->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(f->itemAt(row, QFormLayout::LabelRole)
                                                     ? f->itemAt(row, QFormLayout::LabelRole)->widget()
                                                     : nullptr);
            QLayoutItem *field = f->itemAt(row, QFormLayout::FieldRole);
            if (label && field)
                label->setBuddy(field->widget() ? field->widget() : m_file);
        }
    }

    m_stack->addWidget(setup);
    m_stack->addWidget(m_resultView);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    m_again->setVisible(false);

    connect(m_browse, &QPushButton::clicked, this, &ValidationDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ValidationDialog::loadPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ValidationDialog::loadPreview);
    connect(m_run, &QPushButton::clicked, this, &ValidationDialog::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &ValidationDialog::cancelRun);
    connect(m_close, &QPushButton::clicked, this, &ValidationDialog::reject);
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(0);
        updateState();
    });
    for (QComboBox *c : {m_label, m_score})
        connect(c, &QComboBox::currentIndexChanged, this, &ValidationDialog::updateState);
    connect(&m_job, &BackgroundJob::progress, this, &ValidationDialog::showProgress);
    retranslate();
    updateState();
    resize(1000, 720);
}

ValidationDialog::~ValidationDialog()
{
    // The work is cancelled and waited for by m_job, which goes first.
    disconnectChildren(this); // a focused file field would otherwise load a preview into the closing dialog
}

void ValidationDialog::browse()
{
    const QString start = m_file->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_file->text()).absolutePath();
    const QString path = FileDialogs::openFile(this, tr("Choose a predictions file"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setCsvFile(path);
}

void ValidationDialog::setCsvFile(const QString &path)
{
    m_file->setText(path);
    loadPreview();
}

void ValidationDialog::loadPreview()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return;
    const int delimiter = m_delimiter->currentData().toInt();
    auto preview = PredictionsCsv::preview(path, 20, static_cast<char>(delimiter));
    const QString label = m_label->currentText(), score = m_score->currentText();
    for (QComboBox *c : {m_label, m_score, m_group, m_compare}) {
        const QSignalBlocker block(c);
        c->clear();
    }
    m_group->addItem(tr("(none)"), QString());
    m_compare->addItem(tr("(none)"), QString());
    if (!preview) {
        m_previewModel->clear();
        m_problem->setText(preview.error().toString());
        updateState();
        return;
    }
    m_problem->clear();
    m_previewModel->setPreview(*preview);
    // The file's own numbers tell its decimal mark (Norwegian Excel exports use commas); the user can still change it.
    m_decimal->setCurrentIndex(std::max(m_decimal->findData(int(preview->decimal)), 0));
    for (const QString &h : preview->header) {
        m_label->addItem(h, h);
        m_score->addItem(h, h);
        m_group->addItem(h, h);
        m_compare->addItem(h, h);
    }
    const QStringList &header = preview->header;
    if (header.contains(label) && header.contains(score)) {
        m_label->setCurrentIndex(static_cast<int>(header.indexOf(label)));
        m_score->setCurrentIndex(static_cast<int>(header.indexOf(score)));
    } else {
        m_label->setCurrentIndex(guessColumn(header,
                                             {QStringLiteral("outcome"), QStringLiteral("label"), QStringLiteral("event"),
                                              QStringLiteral("utfall"), QStringLiteral("target"), QStringLiteral("y")},
                                             0));
        m_score->setCurrentIndex(guessColumn(header,
                                             {QStringLiteral("risk"), QStringLiteral("score"), QStringLiteral("prob"),
                                              QStringLiteral("pred"), QStringLiteral("risiko")},
                                             1));
    }
    updateState();
}

bool ValidationDialog::setColumns(const QString &label, const QString &score, const QString &group, const QString &compare)
{
    const int l = m_label->findData(label), s = m_score->findData(score);
    const int g = group.isEmpty() ? 0 : m_group->findData(group);
    const int c = compare.isEmpty() ? 0 : m_compare->findData(compare);
    if (l < 0 || s < 0 || g < 0 || c < 0)
        return false;
    m_label->setCurrentIndex(l);
    m_score->setCurrentIndex(s);
    m_group->setCurrentIndex(g);
    m_compare->setCurrentIndex(c);
    return true;
}

QString ValidationDialog::problemText() const
{
    return m_problem->text();
}

QString ValidationDialog::statusText() const
{
    return m_status->text();
}

void ValidationDialog::updateState()
{
    const bool running = isRunning();
    const bool onSetup = m_stack->currentIndex() == 0;
    m_run->setVisible(onSetup && !running);
    m_run->setEnabled(m_label->count() > 0 && m_score->count() > 0);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_again->setVisible(!onSetup && !running);
    m_stack->widget(0)->setEnabled(!running);
}

void ValidationDialog::startRun()
{
    if (isRunning())
        return;
    CsvOptions csv;
    csv.labelColumn = m_label->currentData().toString();
    csv.scoreColumn = m_score->currentData().toString();
    csv.groupColumn = m_group->currentData().toString();
    csv.compareColumn = m_compare->currentData().toString();
    csv.positiveLabel = m_positive->text().trimmed();
    csv.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    csv.decimal = m_decimal->currentData().toInt() == ',' ? ',' : '.';
    csv.dropInvalid = m_dropInvalid->isChecked();
    MetricsOptions options;
    // Thresholds are separated by semicolons or spaces, so that decimal commas can be used.
    const QStringList parts = m_thresholds->text().split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts);
    for (QString part : parts) {
        bool ok = false;
        const double t = part.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || !std::isfinite(t)) {
            m_problem->setText(tr("'%1' is not a threshold; give numbers separated by semicolons, such as 0.1; 0.2.").arg(part));
            return;
        }
        options.thresholds.push_back(t);
    }
    options.bootstrapReplicates = m_bootstrap->value();
    options.seed = static_cast<std::uint64_t>(m_seed->value());
    if (auto s = ClinicalMetrics::checkOptions(options); !s) {
        m_problem->setText(s.error().toString());
        return;
    }
    if (csv.labelColumn.isEmpty() || csv.scoreColumn.isEmpty() || m_file->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Choose a file and its outcome and score columns."));
        return;
    }
    if (csv.labelColumn == csv.scoreColumn || csv.compareColumn == csv.scoreColumn) {
        m_problem->setText(tr("The outcome, score and comparison columns must be different columns."));
        return;
    }
    m_problem->clear();
    m_status->setText(tr("Starting…"));
    m_progress->setValue(0);
    const QString path = m_file->text().trimmed();
    ProjectStore *store = m_store;
    // What the work hands back: the result, and where it was stored and filed.
    struct Outcome {
        Result<Json> result;
        FiledTestRun filed;
    };
    m_job.start<Outcome>(
        [path, csv, options, store](const CancellationToken &cancel, const ProgressSink &progress) {
            if (!store)
                return Outcome{ClinicalMetrics::run(path, csv, options, &cancel, progress), {}};
            // In a project the validation runs as the clinical-metrics engine, the path of `metrics --project` and
            // `run --engine clinical-metrics`: the same run, provenance and evidence.
            Outcome out{Error::cancelled(), {}};
            out.filed = storeAndFileTestRun(*store, cancel, [&](ProjectStore &worker, qint64 &runId) -> Status {
                validation::EngineRunRequest request;
                request.settings = ClinicalMetrics::engineSettings(path, csv, options);
                VV_TRY(validation::EngineRun::runInstalled(worker, ClinicalMetrics::engineId(), request,
                                                           [&](validation::EngineRun &run) {
                                                               run.setCancellation(&cancel);
                                                               run.setProgress(progress);
                                                           },
                                                           runId));
                auto run = TestRunTable(worker).get(runId);
                if (!run)
                    return run.error();
                out.result = run->result;
                return {};
            });
            if (!out.filed.error.what().isEmpty())
                out.result = out.filed.error;
            return out;
        },
        [this](Outcome out) { finishRun(std::move(out.result), out.filed); });
    updateState();
}

void ValidationDialog::cancelRun()
{
    if (!isRunning())
        return;
    m_job.cancel();
    m_status->setText(tr("Cancelling…"));
}

void ValidationDialog::showProgress(qint64 done, qint64 total, const QString &label)
{
    if (!isRunning())
        return;
    if (total > 0)
        m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    if (!m_job.isCancelled())
        m_status->setText(label);
}

void ValidationDialog::finishRun(Result<Json> result, const FiledTestRun &filed)
{
    m_status->clear();
    if (!result) {
        const bool cancelled = result.error().kind() == Error::Kind::Cancelled;
        // A run the engine had started stays in the project, cancelled or failed, as every engine run does; it is
        // not filed as evidence.
        if (filed.runId > 0)
            m_problem->setText(cancelled ? tr("The run was cancelled; it is kept as test run %1, not filed as evidence.")
                                               .arg(filed.runId)
                                         : tr("Test run %1 failed: %2").arg(filed.runId).arg(result.error().toString()));
        else
            m_problem->setText(cancelled ? tr("The run was cancelled; nothing was stored.") : result.error().toString());
        updateState();
        Q_EMIT runFinished(false);
        if (filed.runId > 0)
            Q_EMIT runStored(filed.runId);
        return;
    }
    const qint64 runId = filed.runId, evidenceId = filed.evidenceId;
    const Error &storeError = filed.error.what().isEmpty() ? filed.evidenceError : filed.error;
    m_result = *result;
    m_runId = runId;
    if (runId > 0)
        (m_result)["run_id"] = runId;
    m_resultView->setResult(m_result);
    m_stack->setCurrentIndex(1);
    if (!storeError.what().isEmpty() && runId > 0)
        m_problem->setText(tr("Stored as test run %1, but filing it as evidence failed: %2").arg(runId).arg(storeError.toString()));
    else if (!storeError.what().isEmpty())
        m_problem->setText(tr("The result could not be stored in the project: %1").arg(storeError.toString()));
    else if (runId > 0)
        m_status->setText(filedText(runId, evidenceId));
    updateState();
    if (runId > 0)
        Q_EMIT runStored(runId);
    if (evidenceId > 0)
        Q_EMIT evidenceFiled(evidenceId);
    Q_EMIT runFinished(true);
}

QString ValidationDialog::filedText(qint64 runId, qint64 evidenceId) const
{
    QStringList titles;
    if (m_store)
        if (auto run = TestRunTable(*m_store).get(runId))
            for (const QString &urn : run->supports) {
                const QString title = evidence::requirementCatalog()->title(urn);
                titles << (title.isEmpty() ? urn : title);
            }
    return tr("Stored as test run %1 and filed as evidence %2 for: %3.")
        .arg(runId)
        .arg(evidenceId)
        .arg(titles.join(QStringLiteral("; ")));
}

void ValidationDialog::reject()
{
    if (isRunning()) {
        cancelRun();
        m_job.finish(); // the dialog closes in a settled state, its end signalled
    }
    QDialog::reject();
}

void ValidationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ValidationDialog::retranslate()
{
    setWindowTitle(tr("Validate a prediction model"));
    const QList<std::pair<QWidget *, QString>> labels = {
        {m_file, tr("Predictions &file:")},     {m_label, tr("&Outcome column:")},
        {m_positive, tr("&Positive class:")},    {m_score, tr("&Score column:")},
        {m_group, tr("Sub&groups by:")},        {m_compare, tr("Compare &with:")},
        {m_delimiter, tr("&Delimiter:")},        {m_decimal, tr("Decimal &mark:")},
        {m_thresholds, tr("&Thresholds:")},      {m_bootstrap, tr("&Bootstrap replicates:")},
        {m_seed, tr("S&eed:")}};
    for (const auto &[widget, text] : labels) {
        for (QLabel *l : findChildren<QLabel *>()) {
            if (l->buddy() == widget)
                l->setText(text);
        }
        QString name = text;
        widget->setAccessibleName(name.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    if (auto *l = findChild<QLabel *>(QStringLiteral("previewLabel")))
        l->setText(tr("First rows of the file:"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose a predictions file"));
    m_positive->setPlaceholderText(tr("empty for 0/1 or true/false; otherwise the positive class, such as Poor"));
    m_thresholds->setPlaceholderText(tr("such as 0.1; 0.2"));
    m_thresholds->setToolTip(tr("Sensitivity, specificity, PPV and NPV are computed at each threshold (score ≥ threshold)."));
    m_bootstrap->setSpecialValueText(tr("none (DeLong interval)"));
    m_bootstrap->setToolTip(tr("A stratified bootstrap interval for the AUROC; 2000 is a common choice."));
    m_dropInvalid->setText(tr("Leave out rows with a missing or invalid value (they are counted)"));
    m_dropInvalid->setAccessibleName(m_dropInvalid->text());
    m_progress->setAccessibleName(tr("Progress"));
    m_run->setText(tr("&Run"));
    m_cancel->setText(tr("&Cancel run"));
    m_close->setText(tr("Close"));
    m_again->setText(tr("&New validation"));
    const int delimiter = m_delimiter->currentIndex(), decimal = m_decimal->currentIndex();
    {
        const QSignalBlocker block(m_delimiter);
        m_delimiter->clear();
        m_delimiter->addItem(tr("Detect"), 0);
        m_delimiter->addItem(tr("Comma"), int(','));
        m_delimiter->addItem(tr("Semicolon"), int(';'));
        m_delimiter->addItem(tr("Tab"), int('\t'));
        m_delimiter->setCurrentIndex(std::max(delimiter, 0));
    }
    m_decimal->clear();
    m_decimal->addItem(tr("Point (0.25)"), int('.'));
    m_decimal->addItem(tr("Comma (0,25)"), int(','));
    m_decimal->setCurrentIndex(std::max(decimal, 0));
    if (m_group->count() > 0)
        m_group->setItemText(0, tr("(none)"));
    if (m_compare->count() > 0)
        m_compare->setItemText(0, tr("(none)"));
}

} // namespace vv::ui
