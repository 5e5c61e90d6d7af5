#include "ui/ClassificationPage.h"

#include "store/ProjectStore.h"
#include "ui/Links.h"
#include "ui/OutcomeModel.h"
#include "ui/ProjectSession.h"
#include "ui/TraceHtml.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include "ui/SelfContainedText.h"
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vv::ui {

using namespace vv::guidance;

// ---- one outcome ----

namespace {

// Decision titles are often questions: "…utstyr? Ja" reads right, "…utstyr?: Ja" does not.
QString titledValue(const QString &title, const QString &value)
{
    const bool punctuated = title.endsWith(QLatin1Char('?')) || title.endsWith(QLatin1Char(':'));
    return (punctuated ? QStringLiteral("%1 %2") : QStringLiteral("%1: %2")).arg(title, value);
}

/// One outcome card: the fact it shows, the outcomes shown under it, the question whose choices are its conditions,
/// and its title. The cards stand in the order a reader meets them; the in-house exemption comes right after the MDR
/// class, where a hospital with its own model looks for it.
struct CardSpec {
    QString fact;
    QStringList details;
    QString conditions;
    const char *title;
};

const std::vector<CardSpec> &cardSpecs()
{
    static const std::vector<CardSpec> specs = {
        {QStringLiteral("mdr.class"), {QStringLiteral("mdr.is_medical_device"), QStringLiteral("mdr.notified_body_required")},
         {}, QT_TRANSLATE_NOOP("vv::ui::ClassificationPage", "MDR risk class")},
        {QStringLiteral("mdr.in_house_exemption"), {}, QStringLiteral("mdr.in_house_conditions"),
         QT_TRANSLATE_NOOP("vv::ui::ClassificationPage", "In-house exemption (MDR Art. 5(5))")},
        {QStringLiteral("ai_act.risk"), {QStringLiteral("ai_act.high_risk_route")}, {},
         QT_TRANSLATE_NOOP("vv::ui::ClassificationPage", "AI Act risk tier")},
        {QStringLiteral("ai_act.transparency_art50"), {}, {},
         QT_TRANSLATE_NOOP("vv::ui::ClassificationPage", "Transparency duties (AI Act Art. 50)")},
        {QStringLiteral("ai_act.fria_required"), {}, {},
         QT_TRANSLATE_NOOP("vv::ui::ClassificationPage", "Fundamental rights impact assessment (FRIA)")},
        {QStringLiteral("gdpr.dpia_required"), {QStringLiteral("gdpr.legal_route")}, {},
         QT_TRANSLATE_NOOP("vv::ui::ClassificationPage", "Data protection impact assessment (DPIA)")},
    };
    return specs;
}

} // namespace

OutcomeCard::OutcomeCard(QString fact, QStringList details, QString conditions, QWidget *parent)
    : QFrame(parent), m_fact(std::move(fact)), m_details(std::move(details)), m_conditions(std::move(conditions)),
      m_title(new QLabel(this)), m_value(new QLabel(this)), m_detail(new QLabel(this)), m_reason(new QLabel(this)),
      m_conditionList(new QLabel(this)), m_reasons(new QPushButton(this)), m_answer(new QPushButton(this))
{
    setObjectName(m_fact);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_value->setFont(big);
    for (QLabel *l : {m_title, m_value, m_detail, m_reason, m_conditionList}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_conditionList->setTextFormat(Qt::PlainText);
    m_conditionList->hide();
    m_answer->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reasons);
    buttons->addWidget(m_answer);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_reason);
    layout->addWidget(m_conditionList);
    layout->addLayout(buttons);
    connect(m_reasons, &QPushButton::clicked, this, [this] { Q_EMIT reasonsRequested(m_fact); });
    connect(m_answer, &QPushButton::clicked, this, [this] { Q_EMIT answerRequested(m_missingQuestion); });
    retranslate();
}

void OutcomeCard::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
    retranslate();
}

void OutcomeCard::setSelected(bool selected)
{
    setFrameShape(selected ? QFrame::Box : QFrame::StyledPanel);
    setLineWidth(selected ? 2 : 1);
}

QString OutcomeCard::valueText() const
{
    return m_value->text();
}

QString OutcomeCard::reasonText() const
{
    return m_reason->text();
}

QString OutcomeCard::detailText() const
{
    return m_detail->text();
}

QString OutcomeCard::conditionsText() const
{
    return m_conditionList->isHidden() ? QString() : m_conditionList->text();
}

// Every condition is a choice of the conditions question, so the list, its wording and its legal letters come from
// the pack; the card only sorts them into met and not met.
void OutcomeCard::showConditions(const GuidanceLibrary &library, const Assessment &assessment)
{
    const guidance::Question *q = m_conditions.isEmpty() ? nullptr : library.question(m_conditions);
    const std::optional<guidance::Value> answer = q ? assessment.value(m_conditions) : std::nullopt;
    if (!q || !assessment.trace(m_fact) || isHidden()) {
        m_conditionList->hide();
        return;
    }
    if (!answer || answer->kind() != guidance::Value::Kind::Set) {
        // Unanswered conditions matter only while the outcome waits for them (not for a model that is not in-house).
        const DecisionTrace *t = assessment.trace(m_fact);
        m_conditionList->setText(tr("Its conditions are not answered yet."));
        m_conditionList->setVisible(t && t->missing.contains(m_conditions));
        return;
    }
    QStringList notMet;
    int met = 0;
    for (const guidance::Choice &c : q->choices) {
        if (c.value == QStringLiteral("none") || c.label.current().isEmpty())
            continue;
        if (answer->toSet().contains(c.value))
            ++met;
        else
            notMet << QStringLiteral("✗ ") + c.label.current();
    }
    m_conditionList->setText(notMet.isEmpty()
                                 ? tr("All %n conditions are met.", nullptr, met)
                                 : tr("Conditions not met:") + QLatin1Char('\n') + notMet.join(QLatin1Char('\n')));
    m_conditionList->show();
}

void OutcomeCard::update(const GuidanceLibrary &library, const Assessment &assessment)
{
    const DecisionTrace *t = assessment.trace(m_fact);
    setVisible(t != nullptr);
    if (!t)
        return;
    m_value->setText(library.valueText(m_fact, t->value));
    QStringList details;
    for (const QString &d : m_details) {
        const DecisionTrace *dt = assessment.trace(d);
        if (dt && dt->value && !dt->value->isNull())
            details << titledValue(dt->title.current(), library.valueText(d, dt->value));
    }
    m_detail->setText(details.join(QLatin1Char('\n')));
    m_detail->setVisible(!details.isEmpty());
    m_missingQuestion = t->value ? QString() : t->missing.value(0);
    m_missingCount = t->value ? 0 : int(t->missing.size());
    if (t->value && !t->steps.empty() && t->steps.back().result == Truth::True) {
        m_reason->setText(t->steps.back().reason.current());
    } else if (!m_missingQuestion.isEmpty()) {
        QString text = tr("Still needed: %1").arg(TraceHtml::factName(library, m_missingQuestion));
        if (m_missingCount > 1)
            text += QLatin1Char(' ') + tr("(and %n more)", nullptr, m_missingCount - 1);
        m_reason->setText(text);
    } else {
        m_reason->clear();
    }
    if (!t->needsReview.isEmpty())
        m_reason->setText(m_reason->text() + QLatin1Char(' ') + tr("(needs review after a pack update)"));
    showConditions(library, assessment);
    m_answer->setVisible(!m_missingQuestion.isEmpty());
    m_answer->setAccessibleName(tr("Answer: %1").arg(TraceHtml::factName(library, m_missingQuestion)));
    m_answer->setToolTip(TraceHtml::factName(library, m_missingQuestion));
}

void OutcomeCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void OutcomeCard::retranslate()
{
    m_reasons->setText(tr("Show reasons"));
    m_reasons->setAccessibleName(tr("Show the reasons for %1").arg(m_title->text()));
    m_answer->setText(tr("Answer it"));
}

// ---- the page ----

ClassificationPage::ClassificationPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_error(new QLabel(this)),
      m_missing(new QLabel(this)), m_requirements(new QLabel(this)), m_continue(new QPushButton(this)),
      m_cardArea(new QScrollArea(this)), m_tabs(new QTabWidget(this)), m_model(new OutcomeModel(this)),
      m_table(new QTableView(this)), m_trace(new SelfContainedText(this))
{
    setObjectName(QStringLiteral("classification"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    for (QLabel *l : {m_intro, m_error, m_missing, m_requirements})
        l->setWordWrap(true);
    m_error->hide();
    routeLinks(m_missing, this);

    auto *cardBox = new QWidget;
    auto *cardLayout = new QVBoxLayout(cardBox);
    cardLayout->setContentsMargins(0, 0, 8, 0);
    for (const CardSpec &spec : cardSpecs()) {
        auto *card = new OutcomeCard(spec.fact, spec.details, spec.conditions, cardBox);
        cardLayout->addWidget(card);
        m_cards << card;
        connect(card, &OutcomeCard::reasonsRequested, this, &ClassificationPage::showTrace);
        connect(card, &OutcomeCard::answerRequested, this,
                [this](const QString &q) { Q_EMIT linkActivated(LinkTarget::question(q).url()); });
    }
    cardLayout->addStretch();
    m_cardArea->setWidget(cardBox);
    m_cardArea->setWidgetResizable(true);
    m_cardArea->setFrameShape(QFrame::NoFrame);
    m_cardArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeModel::RegimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeModel::OutcomeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeModel::ResultColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    routeLinks(m_trace, this);
    connect(m_trace, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url != TraceHtml::otherRulesLink())
            return;
        m_otherRulesShown = !m_otherRulesShown;
        QScrollBar *bar = m_trace->verticalScrollBar();
        const int at = bar->value();
        showTrace(m_shownFact);
        bar->setValue(at);
    });
    m_tabs->addTab(m_trace, QString());
    m_tabs->addTab(m_table, QString());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_cardArea);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 620});
    split->setChildrenCollapsible(false);

    auto *missingRow = new QHBoxLayout;
    missingRow->addWidget(m_missing, 1);
    missingRow->addWidget(m_continue, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addLayout(missingRow);
    layout->addWidget(m_requirements);
    layout->addWidget(split, 1);

    connect(m_continue, &QPushButton::clicked, this,
            [this] { Q_EMIT linkActivated(LinkTarget::page(QStringLiteral("walkthrough")).url()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString fact = m_model->factAt(current.row());
        if (!fact.isEmpty() && fact != m_shownFact)
            showTrace(fact);
    });
    connect(session, &ProjectSession::opened, this, &ClassificationPage::refresh);
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("answers") || area == QStringLiteral("project"))
            refresh();
    });
    retranslate();
}

QString ClassificationPage::pageTitle() const
{
    return tr("Classification");
}

QIcon ClassificationPage::pageIcon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

OutcomeCard *ClassificationPage::card(const QString &fact) const
{
    for (OutcomeCard *c : m_cards)
        if (c->fact() == fact)
            return c;
    return nullptr;
}

void ClassificationPage::refresh()
{
    if (!session()->store())
        return;
    const tracking::ProjectProgress *progress = session()->progress();
    const GuidanceLibrary *library = session()->library();
    if (!progress || !library) {
        m_error->setText(session()->progressError());
        m_error->show();
        return;
    }
    m_error->hide();
    m_assessment = progress->assessment;
    m_model->setAssessment(m_assessment, *library);
    for (OutcomeCard *c : m_cards)
        c->update(*library, m_assessment);

    const int missing = int(m_assessment.missing.size());
    if (missing == 0) {
        m_missing->setText(tr("Nothing is missing for the classification."));
    } else {
        QStringList first = m_assessment.missing.mid(0, 3);
        QString text = tr("%n question(s) still needed:", nullptr, missing) + QLatin1Char(' ') +
                       TraceHtml::questionLinks(*library, first);
        if (missing > 3)
            text += QStringLiteral(" …");
        m_missing->setText(text);
    }
    m_continue->setVisible(missing > 0);
    m_requirements->setText(tr("Requirements for this project's role: %1 apply, %2 do not apply, %3 not yet known.")
                                .arg(m_assessment.count(Applicability::Applies))
                                .arg(m_assessment.count(Applicability::DoesNotApply))
                                .arg(m_assessment.count(Applicability::Undetermined)));
    QString shown = m_shownFact;
    if (!m_assessment.trace(shown)) {
        shown.clear();
        for (OutcomeCard *c : m_cards)
            if (shown.isEmpty() && m_assessment.trace(c->fact()))
                shown = c->fact();
        if (shown.isEmpty())
            shown = m_model->factAt(0);
    }
    showTrace(shown);
}

void ClassificationPage::showTrace(const QString &fact)
{
    if (fact != m_shownFact)
        m_otherRulesShown = false;
    m_shownFact = fact;
    for (OutcomeCard *c : m_cards)
        c->setSelected(c->fact() == fact);
    const GuidanceLibrary *library = session()->library();
    const DecisionTrace *t = m_assessment.trace(fact);
    if (!t || !library) {
        m_trace->clear();
        return;
    }
    m_trace->setHtml(TraceHtml::trace(*library, *t, m_otherRulesShown));
    m_tabs->setCurrentWidget(m_trace);
    const int row = m_model->rowOf(fact);
    if (row >= 0 && m_table->currentIndex().row() != row) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
    }
}

QString ClassificationPage::traceHtml() const
{
    return m_trace->toHtml();
}

QString ClassificationPage::missingText() const
{
    return m_missing->text();
}

void ClassificationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

void ClassificationPage::retranslate()
{
    m_heading->setText(tr("Classification"));
    m_intro->setText(tr("How each regime classifies the system, worked out from your answers. Every outcome shows the "
                        "rule that decided it and its legal source; follow an answer's link to change it."));
    m_continue->setText(tr("&Continue the walkthrough"));
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setTitle(tr(cardSpecs()[std::size_t(i)].title));
    m_tabs->setTabText(0, tr("&Reasons"));
    m_tabs->setTabText(1, tr("All &outcomes"));
    m_table->setAccessibleName(tr("All outcomes"));
    m_trace->setAccessibleName(tr("Reasons and legal sources"));
    m_cardArea->setAccessibleName(tr("Outcomes"));
}

} // namespace vv::ui
