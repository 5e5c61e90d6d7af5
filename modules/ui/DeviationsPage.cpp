#include "ui/DeviationsPage.h"

#include "core/Translation.h"
#include "store/DeviationTable.h"
#include "store/ProjectStore.h"
#include "store/RiskTable.h"
#include "ui/Labels.h"
#include "ui/MessageBar.h"
#include "ui/OpenDeviationDialog.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace vv::ui {

namespace {

QPlainTextEdit *textBox(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on through the form, as in every other field
    edit->setMinimumHeight(60);
    edit->setMaximumHeight(90); // the form's buttons stay in sight below the eight fields
    return edit;
}

// The first hazard a deviation points at, or empty.
QString shownHazardOf(const Deviation &d)
{
    for (const DeviationLink &l : d.links)
        if (l.kind == QStringLiteral("hazard"))
            return l.ref;
    return {};
}

} // namespace

DeviationsPage::DeviationsPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_messages(new MessageBar(this)), m_heading(new QLabel(this)), m_intro(new QLabel(this)),
      m_rulesLabel(new QLabel(this)), m_view(new QTableView(this)), m_model(new DeviationListModel(this)),
      m_new(new QPushButton(this)), m_formHeading(new QLabel(this)), m_title(new QLineEdit(this)),
      m_description(textBox(this)), m_severity(new QComboBox(this)), m_owner(new QLineEdit(this)),
      m_assessment(textBox(this)), m_cause(textBox(this)), m_correction(textBox(this)), m_check(textBox(this)),
      m_save(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("deviations"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro->setWordWrap(true);
    m_rulesLabel->setWordWrap(true);
    m_rulesLabel->hide();
    m_formHeading->setWordWrap(true);
    QFont bold = m_formHeading->font();
    bold.setBold(true);
    m_formHeading->setFont(bold);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // The register fits the page: the short columns, the next report's countdown included, take their contents'
    // width; the title and the owner share the rest on one line and are elided (the whole text is in the tooltip and
    // the form), so nothing hides behind a scroll bar and no row grows to two lines in the narrow pane.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 0; c < DeviationListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeviationListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DeviationListModel::OwnerColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);

    m_hazard = new QComboBox(this);
    m_hazard->setObjectName(QStringLiteral("hazard"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const std::initializer_list<QWidget *> fields = {m_title,      m_description, m_severity,   m_owner, m_hazard,
                                                     m_assessment, m_cause,       m_correction, m_check};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.push_back(label);
        form->addRow(label, field);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    buttons->addStretch();
    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_formHeading);
    formLayout->addLayout(form);
    formLayout->addLayout(buttons);
    formLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formBox);

    auto *registerBox = new QWidget(this);
    auto *registerLayout = new QVBoxLayout(registerBox);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    auto *registerButtons = new QHBoxLayout;
    registerButtons->addWidget(m_new);
    registerButtons->addStretch();
    registerLayout->addLayout(registerButtons);
    registerLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(registerBox);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 440});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_messages);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_rulesLabel);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_filling)
            return;
        const Deviation *next = m_model->deviationAt(current.row());
        const qint64 nextId = next ? next->id : 0;
        // Moving to another deviation keeps what was typed: the form is saved first, as every change in Veiviser is.
        if (formChanged())
            save();
        if (!select(nextId))
            showSelected();
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newDeviation(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_close, &QPushButton::clicked, this, [this] { closeDeviation(); });
    connect(session, &ProjectSession::opened, this, &DeviationsPage::refresh);
    connect(session, &ProjectSession::closed, this, [this] {
        m_shown.reset();
        m_model->setDeviations({}, {});
        fillForm(std::nullopt);
        m_messages->hide();
    });
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("deviations") || area == QStringLiteral("project") || area == QStringLiteral("answers") ||
            area == QStringLiteral("risk")) // the hazards to choose from
            refresh();
    });
    retranslate();
    fillForm(std::nullopt);
}

QString DeviationsPage::pageTitle() const
{
    return tr("Deviations");
}

const monitoring::IncidentRules *DeviationsPage::rules()
{
    if (!m_rulesTried) {
        m_rulesTried = true;
        const guidance::GuidanceLibrary *library = session()->library();
        if (!library) {
            m_rulesError = session()->libraryError();
        } else if (auto r = monitoring::IncidentRulesReader::loadShipped(*library)) {
            m_rules = std::move(*r);
        } else {
            m_rulesError = r.error().toString();
        }
    }
    return m_rules ? &*m_rules : nullptr;
}

QString DeviationsPage::rulesProblem() const
{
    return m_rulesError;
}

std::map<qint64, NextReport> DeviationsPage::nextReports()
{
    std::map<qint64, NextReport> out;
    ProjectStore *store = session()->store();
    auto incidents = DeviationTable(*store).incidents();
    if (!incidents) {
        showError(incidents.error());
        return out;
    }
    const monitoring::IncidentRules *rules = incidents->empty() ? nullptr : this->rules();
    m_rulesLabel->setVisible(!incidents->empty() && !rules);
    m_rulesLabel->setText(tr("The incident reporting rules could not be read, so report deadlines are not shown: %1")
                              .arg(m_rulesError));
    const QDate today = monitoring::incidentToday(store->clock());
    const tracking::ProjectProgress *progress = session()->progress();
    const auto projectValue = [progress](const QString &fact) -> std::optional<guidance::Value> {
        return progress ? progress->assessment.value(fact) : std::nullopt;
    };
    for (const Incident &incident : *incidents) {
        NextReport next = rules ? nextReport(monitoring::incidentReports(*rules, incident, projectValue, today),
                                             Translation::current())
                                : NextReport{tr("deadlines not available"), false, std::nullopt, QString()};
        const auto it = out.find(incident.deviationId);
        // A deviation with more than one incident shows the most urgent report.
        if (it == out.end() || (next.daysLeft && (!it->second.daysLeft || *next.daysLeft < *it->second.daysLeft)))
            out[incident.deviationId] = next;
    }
    return out;
}

void DeviationsPage::refresh()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    auto all = DeviationTable(*store).all();
    if (!all) {
        showError(all.error());
        return;
    }
    const qint64 shownId = m_shown ? m_shown->id : 0;
    m_filling = true;
    fillHazards();
    m_model->setDeviations(std::move(*all), nextReports());
    m_filling = false;
    if (!select(shownId) && !select(m_model->deviationAt(0) ? m_model->deviationAt(0)->id : 0))
        fillForm(std::nullopt);
}

bool DeviationsPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_filling = true;
    m_view->setCurrentIndex(m_model->index(row, DeviationListModel::TitleColumn));
    m_filling = false;
    showSelected();
    return true;
}

void DeviationsPage::showSelected()
{
    const Deviation *d = m_model->deviationAt(m_view->currentIndex().row());
    fillForm(d ? std::optional<Deviation>(*d) : std::nullopt);
}

// The project's hazards to choose from, by ref; "none" first.
void DeviationsPage::fillHazards()
{
    const QString current = m_hazard->currentData().toString();
    m_hazard->clear();
    m_hazard->addItem(tr("None"), QString());
    if (ProjectStore *store = session()->store())
        if (auto hazards = RiskTable(*store).hazards())
            for (const Hazard &h : *hazards)
                m_hazard->addItem(tr("%1: %2", "a hazard's ref and text").arg(h.ref, h.hazard), h.ref);
    m_hazard->setCurrentIndex(std::max(0, m_hazard->findData(current)));
}

void DeviationsPage::fillForm(const std::optional<Deviation> &d)
{
    m_shown = d;
    m_filling = true;
    const Deviation empty;
    const Deviation &shown = d ? *d : empty;
    m_title->setText(shown.title);
    m_title->setCursorPosition(0); // a long title shows its beginning, not its end
    m_description->setPlainText(shown.description);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(shown.severity)));
    m_owner->setText(shown.owner);
    // A link to a hazard the risk file no longer has is shown as such, so that saving other fields keeps it.
    const QString hazardRef = shownHazardOf(shown);
    if (!hazardRef.isEmpty() && m_hazard->findData(hazardRef) < 0)
        m_hazard->addItem(tr("%1 (not in the risk file)").arg(hazardRef), hazardRef);
    m_hazard->setCurrentIndex(std::max(0, m_hazard->findData(hazardRef)));
    m_assessment->setPlainText(shown.assessment);
    m_cause->setPlainText(shown.cause);
    m_correction->setPlainText(shown.correctiveAction);
    m_check->setPlainText(shown.closingCheck);
    m_filling = false;
    if (!d)
        m_formHeading->setText(m_model->rowCount() ? tr("Choose a deviation in the register.")
                                                   : tr("No deviations are recorded. Open one here, or from an alarm "
                                                        "on the monitoring page."));
    else if (d->closed)
        m_formHeading->setText(tr("Deviation %1, closed %2. A closed deviation is kept as it was; open a new one "
                                  "that refers to it if the matter returns.")
                                   .arg(d->id)
                                   .arg(dateTimeText(d->closedAt)));
    else
        m_formHeading->setText(tr("Deviation %1, opened %2 by %3")
                                   .arg(d->id)
                                   .arg(dateTimeText(d->openedAt), d->openedBy));
    updateButtons();
}

void DeviationsPage::updateButtons()
{
    const ProjectStore *store = session()->store();
    const bool editable = m_shown && !m_shown->closed && store && store->mayChange().ok();
    for (QLineEdit *e : {m_title, m_owner})
        e->setReadOnly(!editable);
    for (QPlainTextEdit *e : {m_description, m_assessment, m_cause, m_correction, m_check})
        e->setReadOnly(!editable);
    m_severity->setEnabled(editable);
    m_hazard->setEnabled(editable);
    m_save->setEnabled(editable);
    m_close->setEnabled(editable);
    m_new->setEnabled(store && store->mayChange().ok());
}

Deviation DeviationsPage::formContents() const
{
    Deviation d = *m_shown; // the id, links and row version as read
    d.title = m_title->text().trimmed();
    d.description = m_description->toPlainText();
    d.severity = m_severity->currentData().toString();
    d.owner = m_owner->text().trimmed();
    // One hazard per deviation in the form; the CLI may link more, and those other links are kept as they are.
    const QString hazard = m_hazard->currentData().toString();
    if (hazard != shownHazardOf(*m_shown)) {
        std::erase_if(d.links, [&](const DeviationLink &l) {
            return l.kind == QStringLiteral("hazard") && l.ref == shownHazardOf(*m_shown);
        });
        if (!hazard.isEmpty())
            d.links.push_back({QStringLiteral("hazard"), hazard});
    }
    d.assessment = m_assessment->toPlainText();
    d.cause = m_cause->toPlainText();
    d.correctiveAction = m_correction->toPlainText();
    d.closingCheck = m_check->toPlainText();
    return d;
}

bool DeviationsPage::formChanged() const
{
    if (!m_shown || m_shown->closed)
        return false;
    const Deviation edited = formContents();
    return edited.title != m_shown->title || edited.description != m_shown->description ||
           edited.severity != m_shown->severity || edited.owner != m_shown->owner || edited.links != m_shown->links ||
           edited.assessment != m_shown->assessment || edited.cause != m_shown->cause ||
           edited.correctiveAction != m_shown->correctiveAction || edited.closingCheck != m_shown->closingCheck;
}

void DeviationsPage::showError(const Error &error)
{
    if (error.kind() == Error::Kind::Conflict && m_shown) {
        m_messages->show(MessageBar::Kind::Error,
                         tr("Someone else changed deviation %1 after you opened it (%2). The form now shows the "
                            "saved version; make your changes again.")
                             .arg(m_shown->id)
                             .arg(error.what()));
        return;
    }
    m_messages->show(MessageBar::Kind::Error, session()->inUsersWords(error).toString());
}

bool DeviationsPage::save()
{
    ProjectStore *store = session()->store();
    if (!store || !m_shown)
        return false;
    if (const Status s = DeviationTable(*store).save(formContents()); !s) {
        showError(s.error());
        if (s.error().kind() == Error::Kind::Conflict)
            refresh(); // the form shows what is stored now
        return false;
    }
    m_messages->show(MessageBar::Kind::Information, tr("Deviation %1 is saved.").arg(m_shown->id));
    session()->notifyChanged(QStringLiteral("deviations"));
    return true;
}

bool DeviationsPage::closeDeviation()
{
    ProjectStore *store = session()->store();
    if (!store || !m_shown)
        return false;
    // What is in the form is what is closed: it is saved first, and the close is based on that save.
    if (formChanged() && !save())
        return false;
    const qint64 id = m_shown->id;
    if (const Status s = DeviationTable(*store).close(id, m_shown->rowVersion); !s) {
        showError(s.error());
        if (s.error().kind() == Error::Kind::Conflict)
            refresh();
        return false;
    }
    m_messages->show(MessageBar::Kind::Information, tr("Deviation %1 is closed.").arg(id));
    session()->notifyChanged(QStringLiteral("deviations"));
    return true;
}

OpenDeviationDialog *DeviationsPage::newDeviation()
{
    if (!m_new->isEnabled())
        return nullptr;
    auto *dialog = new OpenDeviationDialog(QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ProjectStore *store = session()->store();
        if (!store)
            return;
        Deviation d;
        d.title = dialog->title();
        d.severity = dialog->severity();
        d.owner = dialog->owner();
        auto id = DeviationTable(*store).open(d);
        if (!id) {
            showError(id.error());
            return;
        }
        session()->notifyChanged(QStringLiteral("deviations"));
        select(*id);
    });
    dialog->open();
    return dialog;
}

void DeviationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

void DeviationsPage::retranslate()
{
    m_heading->setText(tr("Deviations and incidents"));
    m_intro->setText(tr("Every deviation is carried from discovery to a checked correction: what happened, why, what "
                        "was corrected, and whether the correction worked (forskrift om ledelse og "
                        "kvalitetsforbedring §§ 6–9). A serious incident also has reports to the authorities, each "
                        "with its deadline (AI Act Art. 73, MDR Art. 87)."));
    const QString texts[] = {tr("&Title:"),      tr("&Description:"), tr("Se&verity:"),           tr("&Owner:"),
                             tr("Ha&zard:"),     tr("Assess&ment:"),  tr("Ca&use:"),              tr("Co&rrective action:"),
                             tr("C&losing check:")};
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(texts[i]);
    fillSeverities(m_severity);
    m_new->setText(tr("&New deviation…"));
    m_save->setText(tr("S&ave"));
    m_close->setText(tr("&Close deviation"));
    m_close->setToolTip(tr("Saves the form and closes the deviation; the assessment, cause, corrective action and "
                           "closing check must be written first."));
    m_view->setAccessibleName(tr("Deviation register"));
    m_hazard->setToolTip(tr("The hazard of the risk management file this deviation touches; the risk page lists the "
                            "deviations about each hazard (ISO 14971 clause 10)."));
    m_model->retranslate();
    if (m_shown)
        fillForm(m_shown);
}

} // namespace vv::ui
