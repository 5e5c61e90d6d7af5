#include "ui/RatingDialog.h"

#include "store/ProjectStore.h"
#include "store/RatingTable.h"
#include "ui/ProjectSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vv::ui {

using validation::BlindedCase;
using validation::RatingRound;

namespace {

QTextBrowser *readOnlyText(QWidget *parent)
{
    auto *text = new QTextBrowser(parent);
    text->setOpenLinks(false);
    text->setOpenExternalLinks(false);
    return text;
}

} // namespace

RatingDialog::RatingDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_roundLabel(new QLabel(this)), m_raterLabel(new QLabel(this)),
      m_progress(new QLabel(this)), m_conversationLabel(new QLabel(this)), m_leftLabel(new QLabel(this)),
      m_rightLabel(new QLabel(this)), m_levelsHelp(new QLabel(this)), m_keysHelp(new QLabel(this)),
      m_problem(new QLabel(this)), m_commentLabel(new QLabel(this)), m_roundBox(new QComboBox(this)),
      m_raterBox(new QComboBox(this)), m_conversation(readOnlyText(this)), m_left(readOnlyText(this)),
      m_right(readOnlyText(this)), m_criteria(new QWidget(this)), m_comment(new QLineEdit(this)),
      m_previous(new QPushButton(this)), m_next(new QPushButton(this)), m_close(new QPushButton(this))
{
    m_roundLabel->setBuddy(m_roundBox);
    m_raterLabel->setBuddy(m_raterBox);
    m_commentLabel->setBuddy(m_comment);
    m_conversationLabel->setBuddy(m_conversation);
    m_leftLabel->setBuddy(m_left);
    m_rightLabel->setBuddy(m_right);
    for (QLabel *l : {m_progress, m_levelsHelp, m_keysHelp, m_problem})
        l->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_roundBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Enter goes to the next case, as a rater who has given the last score expects.
    m_next->setDefault(true);
    m_next->setAutoDefault(true);
    m_previous->setAutoDefault(false);
    m_close->setAutoDefault(false);

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_roundLabel);
    chooser->addWidget(m_roundBox);
    chooser->addSpacing(16);
    chooser->addWidget(m_raterLabel);
    chooser->addWidget(m_raterBox);
    chooser->addSpacing(16);
    chooser->addWidget(m_progress, 1);

    auto *texts = new QWidget(this);
    auto *textsLayout = new QGridLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->addWidget(m_conversationLabel, 0, 0, 1, 2);
    textsLayout->addWidget(m_conversation, 1, 0, 1, 2);
    textsLayout->addWidget(m_leftLabel, 2, 0);
    textsLayout->addWidget(m_rightLabel, 2, 1);
    textsLayout->addWidget(m_left, 3, 0);
    textsLayout->addWidget(m_right, 3, 1);
    textsLayout->setRowStretch(1, 2);
    textsLayout->setRowStretch(3, 3);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_criteria);
    auto *criteriaColumn = new QWidget(this);
    auto *criteriaLayout = new QVBoxLayout(criteriaColumn);
    criteriaLayout->setContentsMargins(0, 0, 0, 0);
    criteriaLayout->addWidget(scroll, 1);
    criteriaLayout->addWidget(m_levelsHelp);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(texts);
    splitter->addWidget(criteriaColumn);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentLabel);
    commentRow->addWidget(m_comment, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keysHelp, 1);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(splitter, 1);
    layout->addLayout(commentRow);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    for (QWidget *w : {static_cast<QWidget *>(m_conversation), static_cast<QWidget *>(m_left),
                       static_cast<QWidget *>(m_right), static_cast<QWidget *>(m_previous),
                       static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_close)})
        w->installEventFilter(this);
    connect(m_roundBox, &QComboBox::activated, this, [this] { roundChosen(); });
    connect(m_raterBox, &QComboBox::activated, this, [this] { roundChosen(); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_case)
            showPosition(std::min(m_case->position + 1, m_case->total));
    });
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_case)
            showPosition(std::max(m_case->position - 1, 1));
    });
    connect(m_close, &QPushButton::clicked, this, &RatingDialog::reject);
    retranslate();
    resize(1200, 760);
    loadRounds();
}

QString RatingDialog::problemText() const
{
    return m_problem->text();
}

void RatingDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RatingDialog::loadRounds()
{
    m_roundBox->clear();
    ProjectStore *store = m_session->store();
    if (!store)
        return;
    auto rounds = RatingTable(*store).rounds();
    if (!rounds) {
        showProblem(rounds.error().toString());
        return;
    }
    for (const RatingRoundRecord &r : *rounds)
        m_roundBox->addItem(tr("Round %1: %2 answers, rubric %3").arg(r.id).arg(r.cases).arg(r.rubricId), r.id);
    if (rounds->empty()) {
        showProblem(tr("This project has no rating round. A coordinator makes one with 'veiviser-cli ratings create' "
                       "(docs/human-evaluation.md)."));
        return;
    }
    // The newest round is the one a rater is most likely asked to work on.
    m_roundBox->setCurrentIndex(m_roundBox->count() - 1);
    roundChosen();
}

void RatingDialog::roundChosen()
{
    const qint64 roundId = m_roundBox->currentData().toLongLong();
    if (roundId <= 0)
        return;
    ProjectStore *store = m_session->store();
    auto round = RatingRound::open(*store, roundId);
    if (!round) {
        showProblem(round.error().toString());
        return;
    }
    // The rater list belongs to the chosen round; the one who works in this seat is chosen first when listed.
    const QString previous = m_raterBox->currentText();
    const QStringList raters = round->record().raters;
    if (m_raterBox->count() != raters.size() || [&] {
            for (int i = 0; i < raters.size(); ++i)
                if (m_raterBox->itemText(i) != raters[i])
                    return true;
            return false;
        }()) {
        m_raterBox->clear();
        m_raterBox->addItems(raters);
        const QString preferred = raters.contains(previous) ? previous : store->actor();
        if (const int at = m_raterBox->findText(preferred); at >= 0)
            m_raterBox->setCurrentIndex(at);
    }
    openRound(roundId, m_raterBox->currentText());
}

bool RatingDialog::openRound(qint64 roundId, const QString &rater)
{
    saveComment();
    ProjectStore *store = m_session->store();
    if (!store)
        return false;
    auto round = RatingRound::open(*store, roundId);
    if (!round) {
        showProblem(round.error().toString());
        return false;
    }
    if (!round->record().raters.contains(rater)) {
        showProblem(tr("%1 is not a rater of round %2.").arg(rater).arg(roundId));
        return false;
    }
    m_round.emplace(std::move(*round));
    m_rater = rater;
    if (const int at = m_roundBox->findData(roundId); at >= 0)
        m_roundBox->setCurrentIndex(at);
    if (const int at = m_raterBox->findText(rater); at >= 0)
        m_raterBox->setCurrentIndex(at);
    buildSlots();
    auto progress = m_round->progress(rater);
    if (!progress) {
        showProblem(progress.error().toString());
        return false;
    }
    // Resume where the rater left off; a rater who has finished sees the first case again, to review.
    return showPosition(progress->nextPosition.value_or(1));
}

void RatingDialog::buildSlots()
{
    for (Slot &s : m_slots)
        delete s.box;
    m_slots.clear();
    m_marked.reset();
    delete m_criteria->layout();
    auto *layout = new QVBoxLayout(m_criteria);
    const bool two = m_round->twoRuns();
    // The sides are placed when a case is shown (a and b are drawn per case); here they are only left and right.
    for (int side = 0; side < (two ? 2 : 1); ++side) {
        if (two) {
            auto *heading = new QLabel(side == 0 ? tr("Answer 1 (left)") : tr("Answer 2 (right)"), m_criteria);
            QFont f = heading->font();
            f.setBold(true);
            heading->setFont(f);
            layout->addWidget(heading);
        }
        for (const validation::RubricCriterion &c : m_round->rubric().criteria) {
            Slot s;
            s.criterion = c.id;
            s.box = new QGroupBox(c.title.current(), m_criteria);
            s.levels = new QButtonGroup(s.box);
            s.levels->setExclusive(true);
            auto *boxLayout = new QVBoxLayout(s.box);
            auto *question = new QLabel(c.question.current(), s.box);
            question->setWordWrap(true);
            boxLayout->addWidget(question);
            for (const validation::RubricLevel &level : c.levels) {
                auto *button = new QRadioButton(tr("%1 – %2").arg(level.value).arg(level.label.current()), s.box);
                button->setToolTip(level.anchor.current());
                button->setAccessibleDescription(level.anchor.current());
                button->installEventFilter(this);
                s.levels->addButton(button, level.value);
                boxLayout->addWidget(button);
            }
            const std::size_t index = m_slots.size();
            connect(s.levels, &QButtonGroup::idClicked, this, [this, index](int value) { slotScored(index, value); });
            layout->addWidget(s.box);
            m_slots.push_back(s);
        }
    }
    layout->addStretch();
    m_rightLabel->setVisible(two);
    m_right->setVisible(two);
    retranslate();
}

// The conversation's roles in the rater's language; a role not known here is shown as the run gave it.
static QString roleName(const QString &role)
{
    if (role == QStringLiteral("system"))
        return RatingDialog::tr("Instructions");
    if (role == QStringLiteral("user"))
        return RatingDialog::tr("User");
    if (role == QStringLiteral("assistant"))
        return RatingDialog::tr("Assistant");
    if (role == QStringLiteral("tool"))
        return RatingDialog::tr("Tool");
    return role;
}

bool RatingDialog::showPosition(int position)
{
    if (!m_round)
        return false;
    saveComment();
    auto shown = m_round->blindedView(m_rater, position);
    if (!shown) {
        showProblem(shown.error().toString());
        return false;
    }
    showProblem({});
    m_case = std::move(*shown);
    m_conversation->setPlainText(RatingRound::conversationText(m_case->conversation, roleName));
    m_left->setPlainText(m_case->left);
    m_right->setPlainText(m_case->right.value_or(QString()));
    fillSlots(*m_case);
    m_comment->setText(m_savedComment);
    updateProgress();
    // The first criterion without a score takes the focus, so the rater can type the next score at once.
    for (std::size_t i = 0; i < m_slots.size(); ++i)
        if (!m_slots[i].levels->checkedButton()) {
            focusSlot(i);
            return true;
        }
    if (!m_slots.empty())
        focusSlot(0);
    return true;
}

void RatingDialog::fillSlots(const BlindedCase &shown)
{
    const QString rightAnswer = shown.leftAnswer == QLatin1String("a") ? QStringLiteral("b") : QStringLiteral("a");
    const std::size_t perSide = m_round->rubric().criteria.size();
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        Slot &s = m_slots[i];
        const bool left = i < perSide;
        s.answer = left ? shown.leftAnswer : rightAnswer;
        const auto &own = left ? shown.ownScoresLeft : shown.ownScoresRight;
        // An exclusive group cannot be emptied by unchecking its button; it is made non-exclusive for that.
        s.levels->setExclusive(false);
        for (QAbstractButton *b : s.levels->buttons())
            b->setChecked(false);
        if (const auto score = own.find(s.criterion); score != own.end())
            if (QAbstractButton *b = s.levels->button(score->second))
                b->setChecked(true);
        s.levels->setExclusive(true);
        s.box->setEnabled(m_session->store() && m_session->store()->mayChange().ok());
    }
    // The comment is the rater's own, stored with each of their scores of the case.
    m_savedComment.clear();
    if (auto all = m_round->allRatings())
        for (const StoredRating &r : *all)
            if (r.rater == m_rater && r.caseId == shown.caseId && !r.comment.isEmpty()) {
                m_savedComment = r.comment;
                break;
            }
}

void RatingDialog::slotScored(std::size_t slot, int value)
{
    if (!m_round || !m_case || slot >= m_slots.size())
        return;
    const Slot &s = m_slots[slot];
    if (const Status stored = m_round->score(m_rater, m_case->caseId, s.answer, s.criterion, value, m_comment->text());
        !stored) {
        showProblem(stored.error().toString());
        return;
    }
    m_savedComment = m_comment->text();
    showProblem({});
    updateProgress();
}

bool RatingDialog::scoreCurrent(int value)
{
    const auto slot = currentSlot();
    if (!slot)
        return false;
    QAbstractButton *button = m_slots[*slot].levels->button(value);
    if (!button || !m_slots[*slot].box->isEnabled())
        return false;
    button->setChecked(true);
    slotScored(*slot, value);
    if (*slot + 1 < m_slots.size())
        focusSlot(*slot + 1);
    else
        m_next->setFocus(); // the last score given: Enter goes on
    return true;
}

bool RatingDialog::saveComment()
{
    // A comment typed after the scores belongs with them; it is stored again with every score of the case.
    if (!m_round || !m_case || m_comment->text() == m_savedComment)
        return true;
    for (const Slot &s : m_slots)
        if (QAbstractButton *checked = s.levels->checkedButton())
            if (const Status stored = m_round->score(m_rater, m_case->caseId, s.answer, s.criterion,
                                                     s.levels->id(checked), m_comment->text());
                !stored) {
                showProblem(stored.error().toString());
                return false;
            }
    m_savedComment = m_comment->text();
    return true;
}

void RatingDialog::updateProgress()
{
    if (!m_round || !m_case)
        return;
    auto p = m_round->progress(m_rater);
    const QString done = p ? tr("%1 of %2 answers fully rated.").arg(p->rated).arg(p->total) : p.error().toString();
    m_progress->setText(tr("Case %1 of %2. %3").arg(m_case->position).arg(m_case->total).arg(done));
    m_previous->setEnabled(m_case->position > 1);
    m_next->setEnabled(m_case->position < m_case->total);
}

std::optional<std::size_t> RatingDialog::currentSlot() const
{
    for (QWidget *w = focusWidget(); w; w = w->parentWidget())
        for (std::size_t i = 0; i < m_slots.size(); ++i)
            if (w == m_slots[i].box)
                return i;
    for (std::size_t i = 0; i < m_slots.size(); ++i)
        if (!m_slots[i].levels->checkedButton())
            return i;
    return std::nullopt;
}

void RatingDialog::focusSlot(std::size_t slot)
{
    QAbstractButton *target = m_slots[slot].levels->checkedButton();
    if (!target && !m_slots[slot].levels->buttons().isEmpty())
        target = m_slots[slot].levels->buttons().constFirst();
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    markCurrent();
}

void RatingDialog::markCurrent()
{
    const auto slot = currentSlot();
    if (m_marked && *m_marked < m_slots.size()) {
        QFont f = m_slots[*m_marked].box->font();
        f.setBold(false);
        m_slots[*m_marked].box->setFont(f);
    }
    m_marked = slot;
    if (!slot || !m_round) {
        m_levelsHelp->clear();
        return;
    }
    // The anchors of the criterion being scored, in words: the scale is only as good as its anchors.
    QGroupBox *box = m_slots[*slot].box;
    QFont f = box->font();
    f.setBold(true);
    box->setFont(f);
    QStringList lines;
    if (const validation::RubricCriterion *c = m_round->rubric().criterion(m_slots[*slot].criterion))
        for (const validation::RubricLevel &level : c->levels)
            lines << tr("%1 – %2: %3").arg(level.value).arg(level.label.current(), level.anchor.current());
    m_levelsHelp->setText(lines.join(QLatin1Char('\n')));
}

bool RatingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        markCurrent();
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // A digit scores the current criterion wherever the focus is, except where text is typed.
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 && !qobject_cast<QLineEdit *>(watched))
            {
                scoreCurrent(key->key() - Qt::Key_0);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString RatingDialog::shownText() const
{
    QStringList parts{windowTitle(), m_progress->text(), m_conversation->toPlainText(), m_left->toPlainText(),
                      m_right->toPlainText(), m_levelsHelp->text(), m_roundBox->currentText()};
    for (const Slot &s : m_slots) {
        parts << s.box->title();
        for (QAbstractButton *b : s.levels->buttons())
            parts << b->text() << b->toolTip();
    }
    return parts.join(QLatin1Char('\n'));
}

void RatingDialog::reject()
{
    saveComment();
    QDialog::reject();
}

void RatingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The criteria and their levels are the rubric's texts in the interface language: built again.
        if (m_round && m_case) {
            const int at = m_case->position;
            buildSlots();
            showPosition(at);
        }
    }
    QDialog::changeEvent(event);
}

void RatingDialog::retranslate()
{
    setWindowTitle(tr("Rate answers"));
    m_roundLabel->setText(tr("R&ound:"));
    m_raterLabel->setText(tr("R&ater:"));
    m_conversationLabel->setText(tr("The &conversation the model was given"));
    const bool two = m_round && m_round->twoRuns();
    m_leftLabel->setText(two ? tr("Answer &1") : tr("The ans&wer"));
    m_rightLabel->setText(tr("Answer &2"));
    m_commentLabel->setText(tr("Co&mment (optional):"));
    m_keysHelp->setText(tr("Keys: a digit gives the marked criterion that score and moves to the next; Tab and the "
                           "arrow keys move between criteria and levels; Enter goes to the next case."));
    m_previous->setText(tr("&Previous case"));
    m_next->setText(tr("&Next case"));
    m_close->setText(tr("C&lose"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_left->setAccessibleName(two ? tr("Answer 1") : tr("Answer"));
    m_right->setAccessibleName(tr("Answer 2"));
}

} // namespace vv::ui
