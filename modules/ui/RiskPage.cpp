#include "ui/RiskPage.h"

#include "core/Clock.h"
#include "guidance/GuidanceLibrary.h"
#include "monitoring/MonitoringPlan.h"
#include "store/DeviationTable.h"
#include "store/EvidenceTable.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "tracking/ChangeControl.h"
#include "tracking/ProjectTrace.h"
#include "ui/Links.h"
#include "ui/MessageBar.h"
#include "ui/ProjectEdits.h"
#include "ui/ProjectSession.h"
#include "ui/RequirementTitle.h"
#include "ui/RiskHeatMap.h"
#include "ui/RiskModels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vv::ui {

namespace {

/// What the worker hands back: the matrix, or why there is none.
struct TraceOutcome {
    std::optional<risk::TraceMatrix> matrix;
    Error error = Error::runtime(QString());
};

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

// Every column as wide as its contents but one, which takes the rest (tables of tens or hundreds of rows).
void fitColumns(QTableView *view, int stretch)
{
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

// The first free reference of the form H-01, H-02, ...
QString nextFreeRef(const HazardListModel &hazards)
{
    QSet<QString> taken;
    for (int r = 0; r < hazards.rowCount(); ++r)
        taken.insert(hazards.hazard(r)->ref);
    int n = 1;
    while (taken.contains(QStringLiteral("H-%1").arg(n, 2, 10, QLatin1Char('0'))))
        ++n;
    return QStringLiteral("H-%1").arg(n, 2, 10, QLatin1Char('0'));
}

QSpinBox *levelBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, RiskTable::maxLevel);
    return box;
}

} // namespace

RiskPage::RiskPage(ProjectSession *session, QWidget *parent) : Page(session, parent)
{
    m_messages = new MessageBar(this);
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildHazardTab(), QString());
    m_tabs->addTab(buildTraceTab(), QString());
    m_tabs->addTab(buildPlanTab(), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_messages);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);

    connect(session, &ProjectSession::opened, this, &RiskPage::refresh);
    connect(session, &ProjectSession::closed, this, &RiskPage::refresh);
    connect(session, &ProjectSession::aboutToClose, this, [this] {
        m_traceAgain = false;
        m_traceJob.cancel();
        m_traceJob.wait();
    });
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area != QStringLiteral("answers") && area != QStringLiteral("details"))
            refresh();
    });
    retranslate();
    refresh();
}

RiskPage::~RiskPage()
{
    m_traceAgain = false;
    m_traceJob.cancel();
    m_traceJob.wait();
}

QWidget *RiskPage::buildHazardTab()
{
    auto *tab = new QWidget(this);
    m_hazards = new HazardListModel(this);
    m_hazardView = tableView(m_hazards, tab);
    m_hazardView->setObjectName(QStringLiteral("hazards"));
    fitColumns(m_hazardView, HazardListModel::Text);
    // Category and region names can be long; they get a fixed share, elided (whole in the form and the tooltip), and
    // the hazard's own text the rest: at 1366×768 wider shares left the hazard itself as "...".
    for (const auto &[column, width] : {std::pair{HazardListModel::Category, 130}, std::pair{HazardListModel::Before, 140},
                                        std::pair{HazardListModel::After, 140}}) {
        m_hazardView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_hazardView->setColumnWidth(column, width);
    }
    m_before = new RiskHeatMap(tab);
    m_after = new RiskHeatMap(tab);
    auto *maps = new QVBoxLayout;
    maps->addWidget(m_before);
    maps->addWidget(m_after);
    maps->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_hazardView, 1);
    top->addLayout(maps);

    m_formTitle = new QLabel(tab);
    m_ref = new QLineEdit(tab);
    m_ref->setMaxLength(40);
    m_category = new QComboBox(tab);
    m_hazardText = new QLineEdit(tab);
    m_situation = new QLineEdit(tab);
    m_sequence = new QLineEdit(tab);
    m_harm = new QLineEdit(tab);
    m_severity = levelBox(tab);
    m_probability = levelBox(tab);
    m_residual = new QCheckBox(tab);
    m_residualSeverity = levelBox(tab);
    m_residualProbability = levelBox(tab);
    m_new = new QPushButton(tab);
    m_save = new QPushButton(tab);
    auto *form = new QFormLayout;
    auto addRow = [&](QWidget *field) {
        auto *label = new QLabel(tab);
        label->setBuddy(field);
        m_formLabels << label;
        form->addRow(label, field);
    };
    addRow(m_ref);
    addRow(m_category);
    addRow(m_hazardText);
    addRow(m_situation);
    addRow(m_sequence);
    addRow(m_harm);
    auto *initial = new QHBoxLayout;
    initial->addWidget(m_severity);
    initial->addWidget(m_probability);
    initial->addStretch(1);
    auto *initialLabel = new QLabel(tab);
    initialLabel->setBuddy(m_severity);
    m_formLabels << initialLabel;
    form->addRow(initialLabel, initial);
    auto *residual = new QHBoxLayout;
    residual->addWidget(m_residual);
    residual->addWidget(m_residualSeverity);
    residual->addWidget(m_residualProbability);
    residual->addStretch(1);
    auto *residualLabel = new QLabel(tab);
    residualLabel->setBuddy(m_residual);
    m_formLabels << residualLabel;
    form->addRow(residualLabel, residual);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_new);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);

    m_controls = new ControlListModel(this);
    m_controlView = tableView(m_controls, tab);
    m_controlView->setObjectName(QStringLiteral("controls"));
    fitColumns(m_controlView, ControlListModel::Description);
    m_controlType = new QComboBox(tab);
    for (const QString &type : RiskTable::controlTypes())
        m_controlType->addItem(QString(), type);
    m_controlType->setCurrentIndex(1);
    m_controlText = new QLineEdit(tab);
    m_addControl = new QPushButton(tab);
    m_verification = new QComboBox(tab);
    m_addVerification = new QPushButton(tab);
    auto *controlRow = new QHBoxLayout;
    controlRow->addWidget(m_controlType);
    controlRow->addWidget(m_controlText, 1);
    controlRow->addWidget(m_addControl);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verification, 1);
    verifyRow->addWidget(m_addVerification);
    // What verifies the chosen control, each a link to the run, the item or the monitoring page (ISO 14971 7.2).
    m_verifiedBy = new QLabel(tab);
    m_verifiedBy->setWordWrap(true);
    m_verifiedBy->setObjectName(QStringLiteral("verifiedBy"));
    routeLinks(m_verifiedBy, this);
    auto *controls = new QVBoxLayout;
    controls->addWidget(m_controlView, 1);
    controls->addWidget(m_verifiedBy);
    controls->addLayout(controlRow);
    controls->addLayout(verifyRow);

    // The deviations (and through them alarms and incidents) that point at the hazard: the production and
    // post-production information ISO 14971 clause 10 feeds back into the risk file.
    m_feedback = new QLabel(tab);
    m_feedback->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("hazardFeedback"));
    routeLinks(m_feedback, this);

    auto *hazardForm = new QVBoxLayout;
    hazardForm->addWidget(m_formTitle);
    hazardForm->addLayout(form);
    hazardForm->addWidget(m_feedback);
    hazardForm->addLayout(formButtons);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(hazardForm, 1);
    bottom->addLayout(controls, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top, 1);
    layout->addLayout(bottom, 1);

    connect(m_hazardView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_filling)
            showSelected();
    });
    connect(m_residual, &QCheckBox::toggled, this, &RiskPage::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &RiskPage::newHazard);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveHazard(); });
    connect(m_addControl, &QPushButton::clicked, this, [this] { (void)addControl(); });
    connect(m_addVerification, &QPushButton::clicked, this, [this] { (void)addVerification(); });
    connect(m_controlText, &QLineEdit::textChanged, this, &RiskPage::updateButtons);
    connect(m_controlView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showVerifications();
        updateButtons();
    });
    addSaveShortcut(m_save, [this] { (void)saveHazard(); });
    // On a 1366×768 screen the table, the two heat maps and the form are taller than the room the window has: the
    // tab scrolls, instead of making the window taller than the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(tab);
    return scroll;
}

QWidget *RiskPage::buildTraceTab()
{
    auto *tab = new QWidget(this);
    m_trace = new TraceModel(this);
    m_traceFilter = new TraceFilterModel(this);
    m_traceFilter->setSourceModel(m_trace);
    m_traceFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_traceView = tableView(m_traceFilter, tab);
    m_traceView->setObjectName(QStringLiteral("trace"));
    m_trace->setRequirementTitle([this](const QString &urn) { return requirementTitle(session(), urn); });
    fitColumns(m_traceView, TraceModel::Requirements);
    m_traceSearch = new QLineEdit(tab);
    m_traceSearch->setClearButtonEnabled(true);
    m_onlyGaps = new QCheckBox(tab);
    m_traceSummary = new QLabel(tab);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_traceSearch, 1);
    filters->addWidget(m_onlyGaps);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_traceSummary);
    layout->addWidget(m_traceView, 1);
    connect(m_traceSearch, &QLineEdit::textChanged, m_traceFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_onlyGaps, &QCheckBox::toggled, m_traceFilter, &TraceFilterModel::setOnlyGaps);
    return tab;
}

QWidget *RiskPage::buildPlanTab()
{
    auto *tab = new QWidget(this);
    m_planIntro = new QLabel(tab);
    m_planIntro->setWordWrap(true);
    m_plan = new QPlainTextEdit(tab);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_plan->setFont(mono);
    m_storePlan = new QPushButton(tab);
    m_modification = new QComboBox(tab);
    m_run = new QComboBox(tab);
    m_check = new QPushButton(tab);
    m_modificationLabel = new QLabel(tab);
    m_modificationLabel->setBuddy(m_modification);
    m_runLabel = new QLabel(tab);
    m_runLabel->setBuddy(m_run);
    m_checks = new ChangeCheckModel(this);
    m_checkView = tableView(m_checks, tab);
    auto *planButtons = new QHBoxLayout;
    planButtons->addStretch(1);
    planButtons->addWidget(m_storePlan);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_modificationLabel);
    checkRow->addWidget(m_modification, 1);
    checkRow->addWidget(m_runLabel);
    checkRow->addWidget(m_run, 1);
    checkRow->addWidget(m_check);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_planIntro);
    layout->addWidget(m_plan, 2);
    layout->addLayout(planButtons);
    layout->addLayout(checkRow);
    layout->addWidget(m_checkView, 1);
    connect(m_storePlan, &QPushButton::clicked, this, [this] { (void)storePlan(); });
    connect(m_check, &QPushButton::clicked, this, [this] { (void)checkRun(); });
    return tab;
}

QString RiskPage::pageTitle() const
{
    return tr("Risk management");
}

void RiskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void RiskPage::retranslate()
{
    m_heading->setText(tr("Risk management and change control"));
    m_intro->setText(tr("The hazards of the system with their risk before and after controls (ISO 14971, AI Act "
                        "Art. 9), what verifies each control, the traceability matrix from requirement to evidence "
                        "with its gaps, and the plan for changes assessed in advance (AI Act Art. 43(4))."));
    m_tabs->setTabText(0, tr("Hazards"));
    m_tabs->setTabText(1, tr("Traceability"));
    m_tabs->setTabText(2, tr("Change control"));
    m_before->setTitle(tr("Before controls"));
    m_after->setTitle(tr("After controls"));
    const QStringList labels = {tr("&Reference:"),  tr("&Category:"),  tr("Ha&zard:"),
                                tr("Hazardous si&tuation:"), tr("Se&quence of events:"), tr("Har&m:"),
                                tr("&Initial risk (S, P):"), tr("Resi&dual risk (S, P):")};
    for (qsizetype i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels[i]->setText(labels[i]);
    m_severity->setAccessibleName(tr("Initial severity"));
    m_probability->setAccessibleName(tr("Initial probability"));
    m_residual->setText(tr("estimated"));
    m_residualSeverity->setAccessibleName(tr("Residual severity"));
    m_residualProbability->setAccessibleName(tr("Residual probability"));
    m_new->setText(tr("&New hazard"));
    m_save->setText(tr("Sa&ve hazard"));
    for (int i = 0; i < m_controlType->count(); ++i)
        m_controlType->setItemText(i, ControlListModel::typeName(m_controlType->itemData(i).toString()));
    m_controlType->setAccessibleName(tr("Type of the new control"));
    m_controlText->setPlaceholderText(tr("What the control does"));
    m_controlText->setAccessibleName(tr("New control"));
    m_addControl->setText(tr("&Add control"));
    m_verification->setAccessibleName(tr("Verification"));
    m_addVerification->setText(tr("Verified &by"));
    m_addVerification->setToolTip(tr("Add the chosen test run, evidence item or monitored metric to the selected "
                                     "control"));
    m_hazardView->setAccessibleName(tr("Hazards"));
    m_controlView->setAccessibleName(tr("Controls of the selected hazard"));
    m_traceSearch->setPlaceholderText(tr("Filter the rows"));
    m_traceSearch->setAccessibleName(tr("Filter the traceability matrix"));
    m_onlyGaps->setText(tr("Only ga&ps"));
    m_traceView->setAccessibleName(tr("Traceability matrix"));
    m_planIntro->setText(tr("The predetermined change control plan in YAML (docs/risk.md): each planned modification "
                            "with what may change, its protocol, its acceptance criteria and its impact. Checking a "
                            "run files a met check as evidence and opens a deviation for one that is not met."));
    m_plan->setAccessibleName(tr("Change control plan"));
    m_storePlan->setText(tr("Store p&lan"));
    m_modificationLabel->setText(tr("M&odification:"));
    m_runLabel->setText(tr("Test r&un:"));
    m_check->setText(tr("Chec&k the run"));
    m_checkView->setAccessibleName(tr("Checks made"));
    m_hazards->retranslate();
    m_controls->retranslate();
    m_trace->retranslate();
    m_checks->retranslate();
    fillCategories();
    if (m_model) {
        m_before->setMatrix(m_matrix);
        m_after->setMatrix(m_matrix);
    }
    updateTraceSummary();
    showSelected();
}

bool RiskPage::editable() const
{
    return session()->store() && session()->store()->mayChange().ok();
}

std::optional<risk::RiskFile> RiskPage::openFile()
{
    if (!session()->store() || !session()->library())
        return std::nullopt;
    auto file = risk::RiskFile::open(*session()->store(), *session()->library());
    if (!file) {
        showError(file.error());
        return std::nullopt;
    }
    return std::move(*file);
}

void RiskPage::fillCategories()
{
    const QString current = m_category->currentData().toString();
    m_category->clear();
    if (m_model)
        for (const risk::HazardCategory &c : m_model->categories)
            m_category->addItem(c.name.current(), c.id);
    m_category->addItem(tr("Other"), QStringLiteral("other"));
    const int i = m_category->findData(current);
    m_category->setCurrentIndex(i >= 0 ? i : m_category->count() - 1);
}

void RiskPage::refresh()
{
    ProjectStore *store = session()->store();
    std::optional<risk::RiskFile> file = store ? openFile() : std::nullopt;
    const qint64 selected = m_shown ? m_shown->id : 0;
    m_filling = true;
    if (!file) {
        m_model.reset();
        m_hazards->setContents({}, {}, nullptr, nullptr);
        m_controls->setControls({});
        m_checks->setChecks({});
        m_trace->setMatrix({});
        m_plan->clear();
        m_filling = false;
        m_shown.reset();
        showSelected();
        return;
    }
    m_model = file->model();
    m_matrix = file->matrix();
    auto hazards = file->table().hazards();
    auto controls = file->table().controls();
    if (!hazards || !controls) {
        m_filling = false;
        showError(!hazards ? hazards.error() : controls.error());
        return;
    }
    m_hazards->setContents(*hazards, *controls, &*m_model, &m_matrix);
    m_before->setMatrix(m_matrix);
    m_after->setMatrix(m_matrix);
    updateMaps(*hazards);
    fillCategories();
    fillVerifications();
    fillPlan();
    m_filling = false;
    if (!select(selected))
        newHazard();
    refreshTrace();
}

void RiskPage::updateMaps(const std::vector<Hazard> &hazards)
{
    std::map<std::pair<int, int>, int> before, after;
    for (const Hazard &h : hazards) {
        ++before[{h.severity, h.probability}];
        if (h.residualSeverity && h.residualProbability)
            ++after[{*h.residualSeverity, *h.residualProbability}];
    }
    m_before->setCounts(before);
    m_after->setCounts(after);
}

// What may verify a control: the project's test runs, its evidence items and the monitoring plan's metrics.
void RiskPage::fillVerifications()
{
    m_verification->clear();
    m_run->clear();
    ProjectStore *store = session()->store();
    if (!store)
        return;
    if (auto runs = TestRunTable(*store).list()) {
        for (const TestRun &r : *runs) {
            m_verification->addItem(tr("Test run %1: %2").arg(r.id).arg(r.title),
                                    QStringList{QStringLiteral("test_run"), QString::number(r.id)});
            m_run->addItem(tr("%1: %2").arg(r.id).arg(r.title), r.id);
        }
    }
    if (auto items = EvidenceTable::list(*store))
        for (const EvidenceItem &e : *items)
            m_verification->addItem(tr("Evidence #%1: %2").arg(e.id).arg(e.title),
                                    QStringList{QStringLiteral("evidence"), QString::number(e.id)});
    if (auto plans = MonitoringTable(*store).plans(); plans && !plans->empty())
        if (auto plan = monitoring::MonitoringPlan::fromJson(plans->back().plan))
            for (const monitoring::MetricRule &rule : plan->metrics)
                m_verification->addItem(tr("Monitoring of %1").arg(rule.name()),
                                        QStringList{QStringLiteral("monitoring"), rule.name()});
}

void RiskPage::fillPlan()
{
    ProjectStore *store = session()->store();
    m_modification->clear();
    auto stored = RiskTable(*store).changePlan();
    if (stored && *stored) {
        if (!m_plan->document()->isModified())
            m_plan->setPlainText(QString::fromUtf8((*stored)->yaml));
        if (auto plan = risk::ChangePlanReader::fromJson((*stored)->plan))
            for (const risk::PlannedModification &m : plan->modifications)
                m_modification->addItem(tr("%1 (%2)").arg(m.title, m.id), m.id);
    }
    if (auto checks = RiskTable(*store).checks())
        m_checks->setChecks(*checks);
}

bool RiskPage::select(qint64 hazardId)
{
    const int row = m_hazards->rowOf(hazardId);
    if (row < 0)
        return false;
    m_hazardView->selectRow(row);
    m_hazardView->setCurrentIndex(m_hazards->index(row, 0));
    showSelected();
    return true;
}

void RiskPage::newHazard()
{
    m_filling = true;
    m_hazardView->clearSelection();
    m_hazardView->setCurrentIndex({});
    m_filling = false;
    m_shown.reset();
    m_ref->setText(nextFreeRef(*m_hazards));
    for (QLineEdit *e : {m_hazardText, m_situation, m_sequence, m_harm})
        e->clear();
    m_severity->setValue(1);
    m_probability->setValue(1);
    m_residual->setChecked(false);
    m_controls->setControls({});
    showSelected();
}

void RiskPage::showSelected()
{
    const Hazard *h = m_hazards->hazard(m_hazardView->currentIndex().row());
    if (h && (!m_shown || m_shown->id != h->id || m_shown->rowVersion != h->rowVersion)) {
        m_shown = *h;
        m_ref->setText(h->ref);
        m_category->setCurrentIndex(std::max(0, m_category->findData(h->category)));
        m_hazardText->setText(h->hazard);
        m_situation->setText(h->situation);
        m_sequence->setText(h->sequence);
        m_harm->setText(h->harm);
        // Long texts show their beginning, not their end.
        for (QLineEdit *edit : {m_hazardText, m_situation, m_sequence, m_harm})
            edit->setCursorPosition(0);
        m_severity->setValue(h->severity);
        m_probability->setValue(h->probability);
        m_residual->setChecked(h->residualSeverity.has_value());
        m_residualSeverity->setValue(h->residualSeverity.value_or(h->severity));
        m_residualProbability->setValue(h->residualProbability.value_or(h->probability));
    }
    m_formTitle->setText(m_shown ? tr("Hazard %1").arg(m_shown->ref) : tr("New hazard"));
    showControls();
    showFeedback();
    updateButtons();
}

void RiskPage::showFeedback()
{
    m_feedback->setVisible(m_shown.has_value());
    if (!m_shown || !session()->store())
        return;
    auto deviations = DeviationTable(*session()->store()).all();
    auto incidents = DeviationTable(*session()->store()).incidents();
    if (!deviations || !incidents) {
        m_feedback->setText(!deviations ? deviations.error().what() : incidents.error().what());
        return;
    }
    QStringList links;
    for (const Deviation &d : *deviations) {
        const DeviationLink toThis{QStringLiteral("hazard"), m_shown->ref};
        if (std::find(d.links.begin(), d.links.end(), toThis) == d.links.end())
            continue;
        const bool incident = std::any_of(incidents->begin(), incidents->end(),
                                          [&](const Incident &i) { return i.deviationId == d.id; });
        const QString state = d.closed ? tr("closed") : incident ? tr("open, an incident") : tr("open");
        links << tr("%1 (%2)", "a deviation's link and its state")
                     .arg(linkHtml(LinkTarget::deviation(d.id), tr("Deviation %1: %2").arg(d.id).arg(d.title)), state);
    }
    m_feedback->setText(links.isEmpty() ? tr("No deviation points at this hazard.")
                                        : tr("Deviations about this hazard: %1").arg(links.join(QStringLiteral("; "))));
}

void RiskPage::showVerifications()
{
    const RiskControl *control = m_controls->control(m_controlView->currentIndex().row());
    m_verifiedBy->setVisible(control != nullptr);
    if (!control)
        return;
    QStringList links;
    for (const Verification &v : control->verifications) {
        // The chooser's text names the run, item or metric the same way the "Verified by" list does.
        const int i = m_verification->findData(QStringList{v.kind, v.ref});
        const QString text = i >= 0 ? m_verification->itemText(i) : QStringLiteral("%1 %2").arg(v.kind, v.ref);
        if (v.kind == QStringLiteral("test_run"))
            links << linkHtml(LinkTarget::testRun(v.ref.toLongLong()), text);
        else if (v.kind == QStringLiteral("evidence"))
            links << linkHtml(LinkTarget::evidence(v.ref.toLongLong()), text);
        else
            links << linkHtml(LinkTarget::page(QStringLiteral("monitoring")), text);
    }
    m_verifiedBy->setText(links.isEmpty() ? tr("Nothing verifies this control yet.")
                                          : tr("Verified by: %1").arg(links.join(QStringLiteral("; "))));
}

void RiskPage::showControls()
{
    std::vector<RiskControl> mine;
    if (m_shown && session()->store())
        if (auto all = RiskTable(*session()->store()).controls())
            for (const RiskControl &c : *all)
                if (c.hazardId == m_shown->id)
                    mine.push_back(c);
    m_controls->setControls(std::move(mine));
}

void RiskPage::updateButtons()
{
    const bool canEdit = editable() && m_model.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ref, m_category, m_hazardText, m_situation, m_sequence, m_harm,
                                                       m_severity, m_probability, m_residual, m_save, m_new, m_plan,
                                                       m_storePlan})
        w->setEnabled(canEdit);
    m_residualSeverity->setEnabled(canEdit && m_residual->isChecked());
    m_residualProbability->setEnabled(canEdit && m_residual->isChecked());
    m_addControl->setEnabled(canEdit && m_shown && !m_controlText->text().trimmed().isEmpty());
    m_addVerification->setEnabled(canEdit && m_controls->control(m_controlView->currentIndex().row()) &&
                                  m_verification->count() > 0);
    m_check->setEnabled(canEdit && m_modification->count() > 0 && m_run->count() > 0);
}

std::optional<Hazard> RiskPage::formHazard() const
{
    Hazard h = m_shown.value_or(Hazard{});
    h.ref = m_ref->text().trimmed();
    h.category = m_category->currentData().toString();
    h.hazard = m_hazardText->text().trimmed();
    h.situation = m_situation->text().trimmed();
    h.sequence = m_sequence->text().trimmed();
    h.harm = m_harm->text().trimmed();
    h.severity = m_severity->value();
    h.probability = m_probability->value();
    if (m_residual->isChecked()) {
        h.residualSeverity = m_residualSeverity->value();
        h.residualProbability = m_residualProbability->value();
    } else {
        h.residualSeverity.reset();
        h.residualProbability.reset();
    }
    return h;
}

bool RiskPage::saveHazard()
{
    if (!editable())
        return false;
    auto edit = std::make_unique<HazardEdit>(session(), m_shown, formHazard());
    if (auto s = edit->apply(); !s) {
        showError(s.error());
        return false;
    }
    const qint64 id = edit->hazardId();
    session()->undoStack()->push(edit.release());
    m_messages->hide();
    m_shown.reset();
    session()->notifyChanged(QStringLiteral("risk"));
    select(id);
    return true;
}

bool RiskPage::addControl()
{
    if (!editable() || !m_shown)
        return false;
    RiskControl c;
    c.hazardId = m_shown->id;
    c.type = m_controlType->currentData().toString();
    c.description = m_controlText->text().trimmed();
    auto edit = std::make_unique<RiskControlEdit>(session(), std::nullopt, c);
    if (auto s = edit->apply(); !s) {
        showError(s.error());
        return false;
    }
    session()->undoStack()->push(edit.release());
    m_controlText->clear();
    session()->notifyChanged(QStringLiteral("risk"));
    m_controlView->selectRow(m_controls->rowCount() - 1);
    return true;
}

bool RiskPage::addVerification()
{
    const RiskControl *selected = m_controls->control(m_controlView->currentIndex().row());
    if (!editable() || !selected || m_verification->currentIndex() < 0)
        return false;
    const QStringList chosen = m_verification->currentData().toStringList();
    RiskControl after = *selected;
    const Verification v{chosen.value(0), chosen.value(1)};
    if (std::find(after.verifications.begin(), after.verifications.end(), v) != after.verifications.end())
        return true;
    after.verifications.push_back(v);
    const int row = m_controlView->currentIndex().row();
    auto edit = std::make_unique<RiskControlEdit>(session(), *selected, after);
    if (auto s = edit->apply(); !s) {
        showError(s.error());
        return false;
    }
    session()->undoStack()->push(edit.release());
    session()->notifyChanged(QStringLiteral("risk"));
    m_controlView->selectRow(row);
    return true;
}

bool RiskPage::storePlan()
{
    if (!editable() || !session()->library())
        return false;
    std::vector<Error> problems;
    auto version = tracking::ChangeControl::storePlan(*session()->store(), *session()->library(),
                                                      m_plan->toPlainText().toUtf8(), tr("the plan"), &problems);
    if (!version) {
        QStringList lines;
        for (const Error &e : problems)
            lines << e.toString();
        m_messages->show(MessageBar::Kind::Error, lines.isEmpty() ? version.error().toString()
                                                                  : lines.join(QLatin1Char('\n')));
        return false;
    }
    m_plan->document()->setModified(false);
    m_messages->show(MessageBar::Kind::Information, tr("Stored the change control plan, version %1.").arg(*version));
    session()->notifyChanged(QStringLiteral("risk"));
    return true;
}

bool RiskPage::checkRun()
{
    if (!editable() || m_modification->currentIndex() < 0 || m_run->currentIndex() < 0)
        return false;
    auto record = tracking::ChangeControl::check(*session()->store(), m_modification->currentData().toString(),
                                                 m_run->currentData().toLongLong());
    if (!record) {
        showError(record.error());
        return false;
    }
    QString text = tr("Check %1: %2.").arg(record->checkId).arg(ChangeCheckModel::verdictText(
                                                                    risk::checkOutcomeId(record->result.verdict)));
    if (record->evidenceId)
        text += QLatin1Char(' ') + tr("Filed as evidence #%1.").arg(*record->evidenceId);
    if (record->deviationId)
        text += QLatin1Char(' ') + tr("Opened deviation %1.").arg(*record->deviationId);
    m_messages->show(MessageBar::Kind::Information, text);
    // A met check added an evidence item, a failed one a deviation: the pages showing those read them again.
    session()->notifyChanged(record->deviationId ? QStringLiteral("deviations") : QStringLiteral("evidence"));
    return true;
}

void RiskPage::refreshTrace()
{
    const ProjectStore *store = session()->store();
    if (!store || !session()->library())
        return;
    if (m_traceJob.isRunning()) {
        m_traceAgain = true;
        m_traceJob.cancel();
        return;
    }
    m_traceSummary->setText(tr("Computing the traceability matrix…"));
    // The worker loads its own packs, as the packages page's does: the session's library is the GUI thread's.
    m_traceJob.start<TraceOutcome>(
        [store](const CancellationToken &cancel, const ProgressSink &) {
            TraceOutcome out;
            auto worker = store->reopen();
            auto library = guidance::GuidanceLibrary::loadShipped();
            if (!worker || !library) {
                out.error = !worker ? worker.error() : library.error();
                return out;
            }
            auto matrix = tracking::projectTrace(**worker, *library, &cancel);
            if (matrix)
                out.matrix = std::move(*matrix);
            else
                out.error = matrix.error();
            return out;
        },
        [this](TraceOutcome outcome) {
            if (m_traceAgain) {
                m_traceAgain = false;
                refreshTrace();
                return;
            }
            m_traceError = outcome.matrix ? QString() : session()->inUsersWords(outcome.error).toString();
            if (outcome.matrix)
                m_trace->setMatrix(std::move(*outcome.matrix));
            updateTraceSummary();
        });
}

void RiskPage::updateTraceSummary()
{
    if (!m_traceError.isEmpty()) {
        m_traceSummary->setText(tr("The traceability matrix could not be computed: %1").arg(m_traceError));
        return;
    }
    const int gaps = m_trace->matrix().gaps();
    m_traceSummary->setText(gaps == 0 ? tr("%n row(s), no gaps.", nullptr, m_trace->rowCount())
                                      : tr("%n gap(s) to close before a release.", nullptr, gaps));
}

void RiskPage::showError(const Error &error)
{
    m_messages->show(MessageBar::Kind::Error, session()->inUsersWords(error).toString());
}

} // namespace vv::ui
