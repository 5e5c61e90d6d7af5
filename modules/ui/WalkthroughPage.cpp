#include "ui/WalkthroughPage.h"

#include "core/Translation.h"
#include "tracking/Walkthrough.h"
#include "ui/Links.h"
#include "ui/MessageBar.h"
#include "ui/OutcomeModel.h"
#include "ui/ProjectSession.h"
#include "ui/TraceHtml.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include "ui/SelfContainedText.h"
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vv::ui {

using namespace vv::guidance;

WalkthroughPage::WalkthroughPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_messages(new MessageBar(this)), m_heading(new QLabel(this)), m_intro(new QLabel(this)),
      m_progressLabel(new QLabel(this)), m_progress(new QProgressBar(this)), m_stack(new QStackedWidget(this)),
      m_questionPanel(new QWidget(this)), m_summaryPanel(new QWidget(this)), m_where(new QLabel(this)),
      m_question(new QLabel(this)), m_review(new QLabel(this)), m_notAsked(new QLabel(this)),
      m_confirm(new QPushButton(this)), m_inputBox(new QWidget(this)), m_inputLayout(new QVBoxLayout(m_inputBox)),
      m_clear(new QPushButton(this)), m_helpLabel(new QLabel(this)), m_help(new SelfContainedText(this)),
      m_sources(new QLabel(this)), m_agency(new QLabel(this)), m_summaryTitle(new QLabel(this)),
      m_summaryText(new QLabel(this)), m_toClassification(new QPushButton(this)), m_toDashboard(new QPushButton(this)),
      m_toUnanswered(new QPushButton(this)), m_back(new QPushButton(this)), m_skip(new QPushButton(this)),
      m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("walkthrough"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    QFont q = m_question->font();
    q.setPointSizeF(q.pointSizeF() * 1.3);
    q.setBold(true);
    m_question->setFont(q);
    m_summaryTitle->setFont(q);
    QFont bold = m_helpLabel->font();
    bold.setBold(true);
    m_helpLabel->setFont(bold);
    for (QLabel *l : {m_intro, m_progressLabel, m_where, m_question, m_review, m_notAsked, m_sources, m_agency,
                      m_summaryText})
        l->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setFrameShape(QFrame::StyledPanel);
    m_review->setMargin(6);
    m_notAsked->setFrameShape(QFrame::StyledPanel);
    m_notAsked->setMargin(6);
    m_helpLabel->setBuddy(m_help);
    m_help->setMinimumHeight(120);
    routeLinks(m_help, this);
    routeLinks(m_sources, this);
    routeLinks(m_agency, this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_inputLayout->setContentsMargins(0, 4, 0, 4);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review, 1);
    reviewRow->addWidget(m_confirm, 0, Qt::AlignVCenter);
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clear);
    clearRow->addStretch();
    auto *panel = new QVBoxLayout(m_questionPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->addWidget(m_where);
    panel->addWidget(m_question);
    panel->addLayout(reviewRow);
    panel->addWidget(m_notAsked);
    panel->addWidget(m_inputBox);
    panel->addLayout(clearRow);
    panel->addSpacing(8);
    panel->addWidget(m_helpLabel);
    panel->addWidget(m_help, 1);
    panel->addWidget(m_sources);
    panel->addWidget(m_agency);

    auto *summaryButtons = new QHBoxLayout;
    summaryButtons->addWidget(m_toUnanswered);
    summaryButtons->addWidget(m_toClassification);
    summaryButtons->addWidget(m_toDashboard);
    summaryButtons->addStretch();
    auto *summary = new QVBoxLayout(m_summaryPanel);
    summary->addWidget(m_summaryTitle);
    summary->addWidget(m_summaryText);
    summary->addLayout(summaryButtons);
    summary->addStretch();

    m_stack->addWidget(m_questionPanel);
    m_stack->addWidget(m_summaryPanel);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_skip);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_messages);
    layout->addLayout(progressRow);
    layout->addSpacing(8);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    // Keyboard: Alt+Right and Alt+Left move on and back, as in a browser.
    auto *forward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    forward->setContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QShortcut::activated, this, [this] {
        if (m_next->isEnabled())
            next();
        else if (m_skip->isEnabled())
            skip();
    });
    auto *backward = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    backward->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backward, &QShortcut::activated, this, [this] {
        if (m_back->isEnabled())
            back();
    });

    connect(m_next, &QPushButton::clicked, this, &WalkthroughPage::next);
    connect(m_back, &QPushButton::clicked, this, &WalkthroughPage::back);
    connect(m_skip, &QPushButton::clicked, this, &WalkthroughPage::skip);
    connect(m_clear, &QPushButton::clicked, this, [this] { save(nullptr); });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (auto s = this->session()->confirmAnswers({m_current}); !s)
            m_messages->show(MessageBar::Kind::Error, s.error().toString());
    });
    connect(m_toClassification, &QPushButton::clicked, this,
            [this] { Q_EMIT linkActivated(LinkTarget::page(QStringLiteral("classification")).url()); });
    connect(m_toDashboard, &QPushButton::clicked, this,
            [this] { Q_EMIT linkActivated(LinkTarget::page(QStringLiteral("dashboard")).url()); });
    connect(m_toUnanswered, &QPushButton::clicked, this, [this] {
        for (const QString &f : m_sequence)
            if (!isAnswered(f)) {
                showQuestion(f);
                return;
            }
    });
    connect(session, &ProjectSession::opened, this, [this] {
        m_current.clear();
        m_builtFor.clear();
        m_finished = false;
        m_messages->hide();
        refresh();
    });
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("answers") || area == QStringLiteral("project"))
            refresh();
    });
    retranslate();
}

QString WalkthroughPage::pageTitle() const
{
    return tr("Walkthrough");
}

QIcon WalkthroughPage::pageIcon() const
{
    return style()->standardIcon(QStyle::SP_ArrowForward);
}

bool WalkthroughPage::isAnswered(const QString &fact) const
{
    // The project's role stands in for an answer, but the user has not answered it here: "1 of 5 answered" before
    // anything was answered confused new users, and the question itself says "not answered yet".
    return tracking::isAnswered(m_assessment, fact);
}

std::optional<Value> WalkthroughPage::currentValue() const
{
    const auto it = m_assessment.facts.find(m_current);
    if (it == m_assessment.facts.end() || it->second.origin != FactOrigin::Answered)
        return std::nullopt;
    return it->second.value;
}

void WalkthroughPage::refresh()
{
    const tracking::ProjectProgress *progress = session()->store() ? session()->progress() : nullptr;
    const GuidanceLibrary *library = session()->library();
    if (!progress || !library) {
        if (session()->store())
            m_messages->show(MessageBar::Kind::Error, session()->progressError());
        return;
    }
    m_assessment = progress->assessment;
    m_seenVersions = session()->answerVersions();
    const tracking::WalkthroughProgress walkthrough = tracking::walkthroughProgress(m_assessment, *library);
    m_sequence = walkthrough.asked;
    // Start where there is work: the first question not yet answered.
    if (m_current.isEmpty())
        m_current = walkthrough.finished() ? m_sequence.value(0) : walkthrough.nextQuestion;
    const int answered = walkthrough.answered;
    m_progress->setRange(0, std::max<int>(1, int(m_sequence.size())));
    m_progress->setValue(answered);
    const int position = int(m_sequence.indexOf(m_current)) + 1;
    QString text = position > 0 && !m_finished
                       ? tr("Question %1 of %2").arg(position).arg(m_sequence.size()) + QStringLiteral(" · ")
                       : QString();
    text += tr("%1 of %2 answered").arg(answered).arg(m_sequence.size());
    const int missing = int(m_assessment.missing.size());
    text += QStringLiteral(" · ") + (missing > 0 ? tr("%n still needed for the classification", nullptr, missing)
                                                  : tr("the classification is complete"));
    m_progressLabel->setText(text);
    m_progress->setAccessibleDescription(text);
    if (m_finished)
        showSummary();
    else
        showCurrent();
}

void WalkthroughPage::showQuestion(const QString &fact)
{
    const GuidanceLibrary *library = session()->library();
    if (!library || !library->question(fact))
        return;
    m_current = fact;
    m_finished = false;
    refresh();
    if (!m_buttons.isEmpty())
        m_buttons.front()->setFocus();
    else if (m_line)
        m_line->setFocus();
}

void WalkthroughPage::next()
{
    const int i = int(m_sequence.indexOf(m_current));
    if (i >= 0 && i + 1 < m_sequence.size()) {
        showQuestion(m_sequence[i + 1]);
        return;
    }
    if (i < 0) {
        // The question shown is not asked now: go on with the next one in walkthrough order that is.
        const GuidanceLibrary *library = session()->library();
        const QStringList &order = library->questionOrder();
        for (qsizetype k = order.indexOf(m_current) + 1; k < order.size(); ++k)
            if (m_sequence.contains(order[k])) {
                showQuestion(order[k]);
                return;
            }
    }
    m_finished = true;
    refresh();
    m_toClassification->setFocus();
}

void WalkthroughPage::skip()
{
    next();
}

void WalkthroughPage::back()
{
    if (m_finished) {
        m_finished = false;
        showQuestion(m_sequence.value(m_sequence.size() - 1));
        return;
    }
    const int i = int(m_sequence.indexOf(m_current));
    if (i > 0)
        showQuestion(m_sequence[i - 1]);
}

void WalkthroughPage::showCurrent()
{
    const GuidanceLibrary *library = session()->library();
    const Question *q = library ? library->question(m_current) : nullptr;
    m_stack->setCurrentWidget(m_questionPanel);
    if (!q) {
        m_question->setText(tr("There are no questions in the installed guidance."));
        updateButtons();
        return;
    }
    const Pack *pack = library->packOfFact(m_current);
    m_where->setText(tracking::questionPlace(*library, m_current));
    m_question->setText(q->text.current());

    // Rebuild the inputs only for another question or language, so that focus stays while answering.
    if (m_builtFor != m_current || m_builtLang != Translation::current())
        buildInputs(*q);
    syncInputs();

    const auto outcome = m_assessment.facts.find(m_current);
    const FactOrigin origin = outcome != m_assessment.facts.end() ? outcome->second.origin : FactOrigin::Unanswered;
    m_notAsked->setVisible(origin == FactOrigin::NotAsked || origin == FactOrigin::WaitingForCondition);
    m_notAsked->setText(origin == FactOrigin::NotAsked
                            ? tr("This question is not asked for your current answers; an answer here is kept but "
                                 "not used.")
                            : tr("Whether this question is asked depends on answers not given yet."));
    QString review;
    bool invalid = false;
    for (const ReviewItem &r : m_assessment.needsReview) {
        if (r.fact != m_current)
            continue;
        invalid = r.invalid;
        review = r.invalid ? tr("The stored answer is no longer valid under version %1 of the guidance. Answer again.")
                                 .arg(r.currentVersion)
                           : tr("This answer was given under version %1 of “%2”; version %3 is installed now. Check "
                                "that it still holds, then confirm it or change it.")
                                 .arg(r.answeredUnder, pack->title.current(), r.currentVersion);
    }
    m_review->setText(review);
    m_review->setVisible(!review.isEmpty());
    m_confirm->setVisible(!review.isEmpty() && !invalid);
    if (origin == FactOrigin::ProjectRole)
        m_review->setText(tr("Not answered yet: the project's role (%1) counts until you answer.")
                              .arg(library->valueText(m_current, outcome->second.value)));
    m_review->setVisible(!m_review->text().isEmpty());

    if (q->help.isEmpty()) {
        m_help->clear();
    } else {
        m_help->setMarkdown(q->help.current());
    }
    m_help->setVisible(!q->help.isEmpty());
    m_helpLabel->setVisible(!q->help.isEmpty());
    const QString sources = TraceHtml::sources(*library, pack->id, q->sources);
    m_sources->setText(sources.isEmpty() ? QString() : tr("Legal sources: %1").arg(sources));
    m_sources->setVisible(!sources.isEmpty());
    const QString agency = !q->agency.id.isEmpty() ? q->agency.id
                           : !pack->agencies.empty() ? pack->agencies.front().id
                                                     : QString();
    m_agency->setText(agency.isEmpty() ? QString()
                                       : tr("Responsible agency: %1").arg(TraceHtml::agency(*library, agency)));
    m_agency->setVisible(!agency.isEmpty());
    updateButtons();
}

void WalkthroughPage::buildInputs(const Question &q)
{
    m_builtFor = q.id;
    m_builtLang = Translation::current();
    while (QLayoutItem *item = m_inputLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    delete m_group;
    m_group = nullptr;
    m_buttons.clear();
    m_buttonValues.clear();
    m_line = nullptr;
    const QString text = q.text.current();
    m_inputBox->setAccessibleName(text);

    switch (q.type) {
    case FactType::Bool:
    case FactType::Choice: {
        m_group = new QButtonGroup(this);
        QList<std::pair<QString, QString>> options; // value, label
        if (q.type == FactType::Bool)
            options = {{QStringLiteral("true"), tr("Yes")}, {QStringLiteral("false"), tr("No")}};
        else
            for (const Choice &c : q.choices)
                options.append({c.value, c.label.current()});
        for (int i = 0; i < options.size(); ++i) {
            auto *b = new QRadioButton(options[i].second, m_inputBox);
            b->setObjectName(options[i].first);
            b->setAccessibleDescription(text);
            m_group->addButton(b, i);
            m_inputLayout->addWidget(b);
            m_buttons << b;
            m_buttonValues << options[i].first;
        }
        const bool isBool = q.type == FactType::Bool;
        connect(m_group, &QButtonGroup::idClicked, this, [this, isBool](int id) {
            if (m_filling)
                return;
            const QString v = m_buttonValues.value(id);
            if (isBool)
                save(v == QStringLiteral("true"));
            else
                save(toStd(v));
        });
        break;
    }
    case FactType::Multi:
        for (const Choice &c : q.choices) {
            auto *b = new QCheckBox(c.label.current(), m_inputBox);
            b->setObjectName(c.value);
            b->setAccessibleDescription(text);
            m_inputLayout->addWidget(b);
            m_buttons << b;
            m_buttonValues << c.value;
            connect(b, &QCheckBox::toggled, this, [this] {
                if (!m_filling)
                    saveMulti();
            });
        }
        break;
    case FactType::Number:
    case FactType::Text: {
        m_line = new QLineEdit(m_inputBox);
        m_line->setAccessibleName(text);
        m_line->setObjectName(q.id);
        if (q.type == FactType::Number) {
            auto *validator = new QDoubleValidator(m_line);
            validator->setLocale(QLocale::c());
            if (q.min)
                validator->setBottom(*q.min);
            if (q.max)
                validator->setTop(*q.max);
            m_line->setValidator(validator);
            m_line->setPlaceholderText(q.min && q.max ? tr("A number from %1 to %2").arg(*q.min).arg(*q.max)
                                                      : tr("A number"));
            m_line->setMaximumWidth(260);
        }
        m_inputLayout->addWidget(m_line);
        connect(m_line, &QLineEdit::editingFinished, this, &WalkthroughPage::saveLine);
        connect(m_line, &QLineEdit::returnPressed, this, [this] {
            saveLine();
            if (m_next->isEnabled())
                next();
        });
        break;
    }
    }
    // The inputs are made after the buttons below them; put them back in reading order for Tab: the answers,
    // Clear, the help text, then Back, Skip and Next.
    QList<QWidget *> order = {m_confirm};
    for (QAbstractButton *b : std::as_const(m_buttons))
        order << b;
    if (m_line)
        order << m_line;
    order << m_clear << m_help << m_back << m_skip << m_next;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void WalkthroughPage::syncInputs()
{
    const std::optional<Value> v = currentValue();
    m_filling = true;
    if (m_group) {
        // An exclusive group cannot show "nothing chosen" unless it lets go for a moment.
        m_group->setExclusive(false);
        for (int i = 0; i < m_buttons.size(); ++i) {
            bool on = false;
            if (v && v->kind() == Value::Kind::Bool)
                on = m_buttonValues[i] == (v->toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (v && v->kind() == Value::Kind::String)
                on = m_buttonValues[i] == v->toString();
            m_buttons[i]->setChecked(on);
        }
        m_group->setExclusive(true);
    } else if (!m_buttons.isEmpty()) {
        const QStringList set = v && v->kind() == Value::Kind::Set ? v->toSet() : QStringList();
        for (int i = 0; i < m_buttons.size(); ++i)
            m_buttons[i]->setChecked(set.contains(m_buttonValues[i]));
    } else if (m_line && !m_line->hasFocus()) {
        if (!v)
            m_line->clear();
        else if (v->kind() == Value::Kind::Number)
            m_line->setText(QString::number(v->toNumber(), 'g', 15));
        else if (v->kind() == Value::Kind::String)
            m_line->setText(v->toString());
    }
    m_filling = false;
}

void WalkthroughPage::saveMulti()
{
    Json values = Json::array();
    for (int i = 0; i < m_buttons.size(); ++i)
        if (m_buttons[i]->isChecked())
            values.push_back(toStd(m_buttonValues[i]));
    // Nothing ticked is "not answered yet", not an answer.
    save(values.empty() ? Json(nullptr) : values);
}

void WalkthroughPage::saveLine()
{
    if (m_filling || !m_line)
        return;
    const QString text = m_line->text().trimmed();
    const auto *validator = qobject_cast<const QDoubleValidator *>(m_line->validator());
    if (text.isEmpty())
        save(nullptr);
    else if (validator)
        save(text.toDouble());
    else
        save(toStd(text));
}

void WalkthroughPage::save(const Json &value)
{
    Status s = session()->setAnswer(m_current, value, m_seenVersions.value(m_current, 0));
    if (!s && s.error().kind() == Error::Kind::Conflict) {
        // Someone else answered since this page was filled: say whose answer won, and offer to put ours on top.
        if (!askToReapply(this, session()->inUsersWords(s.error()), tr("Your answer was not saved. Replace their answer with yours?"))) {
            session()->notifyChanged(QStringLiteral("answers")); // show theirs
            return;
        }
        s = session()->setAnswer(m_current, value);
    }
    if (!s) {
        m_messages->show(MessageBar::Kind::Error, s.error().toString());
        syncInputs(); // back to what is stored
        return;
    }
    m_messages->hide();
}

void WalkthroughPage::updateButtons()
{
    const int i = int(m_sequence.indexOf(m_current));
    const bool answered = isAnswered(m_current);
    m_back->setEnabled(m_finished ? !m_sequence.isEmpty() : i > 0);
    m_next->setEnabled(!m_finished && !m_current.isEmpty() && answered);
    m_skip->setEnabled(!m_finished && !m_current.isEmpty() && !answered);
    m_clear->setEnabled(!m_finished && currentValue().has_value());
    // A review project's answers are the vendor's: they can be read and browsed, not changed.
    const bool sealed = session()->store() && session()->store()->isReviewProject();
    m_inputBox->setEnabled(!sealed);
    m_clear->setEnabled(m_clear->isEnabled() && !sealed);
}

void WalkthroughPage::showSummary()
{
    m_stack->setCurrentWidget(m_summaryPanel);
    int unanswered = 0;
    for (const QString &f : m_sequence)
        unanswered += isAnswered(f) ? 0 : 1;
    const int missing = int(m_assessment.missing.size());
    m_summaryTitle->setText(unanswered == 0 ? tr("Every question is answered") : tr("End of the questions"));
    QString text = unanswered == 0 ? tr("The classification is worked out from your answers.")
                                   : tr("%n question(s) are still unanswered.", nullptr, unanswered);
    if (missing > 0)
        text += QLatin1Char(' ') + tr("%n of them are needed for the classification.", nullptr, missing);
    text += QLatin1Char(' ') + tr("%1 requirements apply to this project; the dashboard shows where you stand.")
                                   .arg(m_assessment.count(Applicability::Applies));
    m_summaryText->setText(text);
    m_toUnanswered->setVisible(unanswered > 0);
    updateButtons();
}

QAbstractButton *WalkthroughPage::choiceButton(const QString &value) const
{
    const qsizetype i = m_buttonValues.indexOf(value);
    return i >= 0 ? m_buttons[i] : nullptr;
}

QString WalkthroughPage::questionText() const
{
    return m_question->text();
}

QString WalkthroughPage::helpText() const
{
    return m_help->isHidden() ? QString() : m_help->toPlainText();
}

QString WalkthroughPage::sourcesText() const
{
    return m_sources->text();
}

QString WalkthroughPage::agencyText() const
{
    return m_agency->text();
}

QString WalkthroughPage::progressText() const
{
    return m_progressLabel->text();
}

QString WalkthroughPage::reviewText() const
{
    return m_review->isHidden() ? QString() : m_review->text();
}

void WalkthroughPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (session()->store())
            refresh();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

void WalkthroughPage::retranslate()
{
    m_heading->setText(tr("Walkthrough"));
    m_intro->setText(tr("One question at a time, in the order the rules need them. Each answer is saved at once and "
                        "the classification follows it; you can come back and change any answer later."));
    m_helpLabel->setText(tr("Hel&p"));
    m_clear->setText(tr("C&lear the answer"));
    m_confirm->setText(tr("C&onfirm"));
    m_confirm->setAccessibleName(tr("Confirm the answer under the new guidance version"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Previous question (Alt+Left)"));
    m_skip->setText(tr("S&kip for now"));
    m_skip->setToolTip(tr("Leave this question unanswered and go on (Alt+Right)"));
    m_next->setText(tr("&Next"));
    m_next->setToolTip(tr("Next question (Alt+Right)"));
    m_progress->setAccessibleName(tr("Progress through the questions"));
    m_help->setAccessibleName(tr("Help for the question"));
    m_toClassification->setText(tr("See the &classification"));
    m_toDashboard->setText(tr("Open the &dashboard"));
    m_toUnanswered->setText(tr("Go to the first &unanswered question"));
    for (QPushButton *b : {m_clear, m_back, m_skip, m_next, m_toClassification, m_toDashboard, m_toUnanswered})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
}

} // namespace vv::ui
