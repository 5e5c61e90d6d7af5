#include "ui/ClassificationPage.h"

#include "core/Translation.h"
#include "store/AnswerTable.h"
#include "ui/MessageBar.h"
#include "ui/OutcomeModel.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace vv::ui {

using namespace vv::guidance;

ClassificationPage::ClassificationPage(ProjectSession *session, QWidget *parent)
    : Page(session, parent), m_heading(new QLabel(this)), m_questionsHeading(new QLabel(this)),
      m_resultHeading(new QLabel(this)), m_error(new QLabel(this)), m_missing(new QLabel(this)),
      m_requirements(new QLabel(this)), m_questionsArea(new QScrollArea(this)), m_model(new OutcomeModel(this)),
      m_table(new QTableView(this)), m_trace(new QTextBrowser(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    QFont sub = m_questionsHeading->font();
    sub.setBold(true);
    m_questionsHeading->setFont(sub);
    m_resultHeading->setFont(sub);
    for (QLabel *l : {m_error, m_missing, m_requirements})
        l->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    m_questionsArea->setWidgetResizable(true);
    m_questionsArea->setFrameShape(QFrame::NoFrame);
    // Questions wrap to the width of the column instead of scrolling sideways.
    m_questionsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeModel::RegimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeModel::OutcomeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeModel::ResultColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_trace->setOpenExternalLinks(true);
    m_trace->setOpenLinks(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addWidget(m_questionsHeading);
    leftLayout->addWidget(m_questionsArea, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_resultHeading);
    rightLayout->addWidget(m_missing);
    rightLayout->addWidget(m_requirements);
    rightLayout->addWidget(m_table, 2);
    rightLayout->addWidget(m_trace, 3);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 700});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTrace(m_model->factAt(current.row())); });
    connect(session, &ProjectSession::opened, this, &ClassificationPage::refresh);
    connect(session, &ProjectSession::changed, this, [this](const QString &area) {
        if (area == QStringLiteral("answers") || area == QStringLiteral("project"))
            scheduleRefresh();
    });
    retranslate();
}

QString ClassificationPage::pageTitle() const
{
    return tr("Classification");
}

bool ClassificationPage::ensureLibrary()
{
    if (m_libraryLoaded)
        return true;
    auto library = GuidanceLibrary::loadShipped();
    if (!library) {
        m_libraryError = library.error().toString();
        return false;
    }
    m_library = *library;
    m_libraryLoaded = true;
    m_libraryError.clear();
    return true;
}

void ClassificationPage::scheduleRefresh()
{
    // A change usually comes from one of the form's own widgets; rebuilding the form inside its signal would
    // delete the sender, so the refresh waits for the event loop.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void ClassificationPage::refresh()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    if (!ensureLibrary()) {
        m_error->setText(m_libraryError);
        m_error->show();
        return;
    }
    auto info = store->info();
    auto answers = AnswerTable(*store).all();
    if (!info || !answers) {
        m_error->setText((!info ? info.error() : answers.error()).toString());
        m_error->show();
        return;
    }
    m_error->hide();
    m_versions.clear();
    for (const StoredAnswer &a : *answers)
        m_versions.insert(a.factId, a.rowVersion);
    const Role role = roleFromName(roleToString(info->role)).value_or(Role::Both);
    m_assessment = assessStored(m_library, *answers, role);

    const QString shown = m_shownFact;
    m_model->setAssessment(m_assessment, m_library);
    QStringList missing;
    for (const QString &fact : m_assessment.missing)
        if (const Question *q = m_library.question(fact))
            missing << q->text.current();
    m_missing->setText(missing.isEmpty() ? tr("Nothing is missing for the classification.")
                                         : tr("Still needed: %1").arg(missing.join(QStringLiteral(" · "))));
    m_requirements->setText(tr("Requirements for this project's role: %1 apply, %2 do not apply, %3 not yet known.")
                                .arg(m_assessment.count(Applicability::Applies))
                                .arg(m_assessment.count(Applicability::DoesNotApply))
                                .arg(m_assessment.count(Applicability::Undetermined)));
    rebuildQuestions();
    const int row = std::max(0, m_model->rowOf(shown));
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    showTrace(m_model->factAt(row));
}

QWidget *ClassificationPage::inputFor(const Question &q, const std::optional<Value> &current)
{
    const QString fact = q.id;
    switch (q.type) {
    case FactType::Bool:
    case FactType::Choice: {
        auto *combo = new QComboBox(m_questionsBox);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->addItem(tr("— not answered —"), QVariant());
        if (q.type == FactType::Bool) {
            combo->addItem(tr("Yes"), true);
            combo->addItem(tr("No"), false);
        } else {
            for (const Choice &c : q.choices)
                combo->addItem(c.label.current(), c.value);
        }
        int index = 0;
        if (current && current->kind() == Value::Kind::Bool)
            index = combo->findData(current->toBool());
        else if (current && current->kind() == Value::Kind::String)
            index = combo->findData(current->toString());
        combo->setCurrentIndex(std::max(0, index));
        connect(combo, &QComboBox::activated, this, [this, combo, fact](int i) {
            const QVariant v = combo->itemData(i);
            if (!v.isValid())
                save(fact, nullptr);
            else if (v.typeId() == QMetaType::Bool)
                save(fact, v.toBool());
            else
                save(fact, toStd(v.toString()));
        });
        return combo;
    }
    case FactType::Multi: {
        auto *list = new QListWidget(m_questionsBox);
        const QStringList chosen = current && current->kind() == Value::Kind::Set ? current->toSet() : QStringList();
        for (const Choice &c : q.choices) {
            auto *item = new QListWidgetItem(c.label.current(), list);
            item->setData(Qt::UserRole, c.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(chosen.contains(c.value) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * int(q.choices.size() + 1) + 8);
        connect(list, &QListWidget::itemChanged, this, [this, list, fact] {
            Json values = Json::array();
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    values.push_back(toStd(list->item(i)->data(Qt::UserRole).toString()));
            // Nothing ticked is "not answered yet", not an answer.
            save(fact, values.empty() ? Json(nullptr) : values);
        });
        return list;
    }
    case FactType::Number:
    case FactType::Text: {
        auto *edit = new QLineEdit(m_questionsBox);
        if (q.type == FactType::Number) {
            auto *validator = new QDoubleValidator(edit);
            validator->setLocale(QLocale::c());
            if (q.min)
                validator->setBottom(*q.min);
            if (q.max)
                validator->setTop(*q.max);
            edit->setValidator(validator);
            if (current && current->kind() == Value::Kind::Number)
                edit->setText(QString::number(current->toNumber(), 'g', 15));
        } else if (current && current->kind() == Value::Kind::String) {
            edit->setText(current->toString());
        }
        const bool number = q.type == FactType::Number;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, fact, number] {
            const QString text = edit->text().trimmed();
            if (text.isEmpty())
                save(fact, nullptr);
            else if (number)
                save(fact, text.toDouble());
            else
                save(fact, toStd(text));
        });
        return edit;
    }
    }
    return nullptr;
}

void ClassificationPage::rebuildQuestions()
{
    const QString focused = [this] {
        for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it)
            if (it.value()->hasFocus())
                return it.key();
        return QString();
    }();
    m_inputs.clear();
    m_questionsBox = new QWidget;
    m_form = new QFormLayout(m_questionsBox);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    QString lastPack;
    for (const QString &fact : m_library.questionOrder()) {
        const auto it = m_assessment.facts.find(fact);
        if (it == m_assessment.facts.end())
            continue;
        const FactOrigin origin = it->second.origin;
        // Only the questions that are asked now: not those whose condition is false or not yet known.
        if (origin == FactOrigin::NotAsked || origin == FactOrigin::WaitingForCondition)
            continue;
        const Question *q = m_library.question(fact);
        const Pack *pack = m_library.packOfFact(fact);
        if (pack->id != lastPack) {
            auto *packLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(pack->title.current().toHtmlEscaped()), m_questionsBox);
            m_form->addRow(packLabel);
            lastPack = pack->id;
        }
        const std::optional<Value> current = origin == FactOrigin::Answered ? it->second.value : std::nullopt;
        QWidget *input = inputFor(*q, current);
        const QString text = q->text.current();
        QString labelText = text.toHtmlEscaped();
        if (origin == FactOrigin::ProjectRole)
            labelText += QStringLiteral(" <i>%1</i>").arg(tr("(now the project's role: %1)")
                                                           .arg(OutcomeModel::valueText(m_library, fact, it->second.value))
                                                           .toHtmlEscaped());
        if (!it->second.needsReview.isEmpty())
            labelText += QStringLiteral(" <i>%1</i>").arg(tr("(needs review after a pack update)").toHtmlEscaped());
        auto *label = new QLabel(labelText, m_questionsBox);
        label->setWordWrap(true);
        label->setBuddy(input);
        input->setAccessibleName(text);
        input->setObjectName(fact);
        if (!q->help.isEmpty()) {
            input->setToolTip(q->help.current());
            input->setWhatsThis(q->help.current());
            input->setAccessibleDescription(q->help.current());
        }
        m_form->addRow(label, input);
        m_inputs.insert(fact, input);
    }
    m_questionsArea->setWidget(m_questionsBox); // deletes the previous form
    if (QWidget *w = m_inputs.value(focused))
        w->setFocus();
}

void ClassificationPage::save(const QString &fact, const Json &value)
{
    ProjectStore *store = session()->store();
    const Pack *pack = m_library.packOfFact(fact);
    if (!store || !pack)
        return;
    AnswerTable table(*store);
    AnswerChange change{fact, value, pack->id, pack->version};
    change.expectedVersion = m_versions.value(fact, 0);
    auto changed = table.apply({change});
    if (!changed && changed.error().kind() == Error::Kind::Conflict) {
        // Someone else answered first: say whose answer won, and offer to put this one on top of it.
        const bool reapply =
            askToReapply(this, changed.error(), tr("Your answer was not saved. Replace their answer with yours?"));
        auto latest = table.find(fact);
        if (reapply && latest) {
            change.expectedVersion = *latest ? (*latest)->rowVersion : 0;
            changed = table.apply({change});
        } else {
            session()->notifyChanged(QStringLiteral("answers")); // show theirs
            return;
        }
    }
    if (auto saved = table.find(fact); saved)
        m_versions.insert(fact, *saved ? (*saved)->rowVersion : 0);
    if (!changed) {
        m_error->setText(changed.error().toString());
        m_error->show();
        return;
    }
    if (*changed > 0)
        session()->notifyChanged(QStringLiteral("answers"));
}

static QString stepResult(Truth t)
{
    switch (t) {
    case Truth::True: return ClassificationPage::tr("this is the case");
    case Truth::False: return ClassificationPage::tr("not the case");
    case Truth::Unknown: return ClassificationPage::tr("not yet known");
    }
    return {};
}

void ClassificationPage::showTrace(const QString &fact)
{
    m_shownFact = fact;
    const DecisionTrace *t = m_assessment.trace(fact);
    if (!t) {
        m_trace->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1: %2</h3>")
                       .arg(t->title.current().toHtmlEscaped(),
                            OutcomeModel::valueText(m_library, t->fact, t->value).toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>").arg(t->fact.toHtmlEscaped());
    if (!t->value) {
        QStringList questions;
        for (const QString &m : t->missing)
            if (const Question *q = m_library.question(m))
                questions << q->text.current().toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Still needed:").toHtmlEscaped(),
                                                         questions.join(QStringLiteral(" · ")));
    }
    if (!t->needsReview.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Rests on answers given under an older version of the guidance: %1")
                             .arg(t->needsReview.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    // The rule that decided comes first, with its sources; then every rule that was looked at, in order.
    const auto sourcesHtml = [](const TraceStep &s) {
        QStringList sources;
        for (const Source &src : s.sources)
            sources << QStringLiteral("<a href=\"%1\">%2</a>").arg(src.url.toHtmlEscaped(), src.citation.current().toHtmlEscaped());
        return sources.join(QStringLiteral("; "));
    };
    if (t->value && !t->steps.empty() && t->steps.back().result == Truth::True) {
        const TraceStep &decided = t->steps.back();
        html += QStringLiteral("<p><b>%1</b></p>").arg(decided.reason.current().toHtmlEscaped());
        if (!decided.sources.empty())
            html += QStringLiteral("<p>%1 %2</p>").arg(tr("Sources:").toHtmlEscaped(), sourcesHtml(decided));
    }
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("How it was decided").toHtmlEscaped());
    for (const TraceStep &s : t->steps) {
        const bool matched = s.result == Truth::True;
        html += QStringLiteral("<li><p>%1%2%3 — <i>%4</i></p>")
                    .arg(matched ? QStringLiteral("<b>") : QString(), s.reason.current().toHtmlEscaped(),
                         matched ? QStringLiteral("</b>") : QString(), stepResult(s.result).toHtmlEscaped());
        html += QStringLiteral("<p><small>%1: <code>%2</code></small></p>")
                    .arg(tr("Rule %1").arg(s.ruleId).toHtmlEscaped(),
                         (s.condition.isEmpty() ? tr("otherwise") : s.condition).toHtmlEscaped());
        QStringList used;
        for (const FactUse &u : s.factsUsed) {
            const Question *q = m_library.question(u.fact);
            const Decision *d = m_library.decision(u.fact);
            const QString name = q ? q->text.current() : d ? d->title.current() : u.fact;
            used << QStringLiteral("%1: %2").arg(name, OutcomeModel::valueText(m_library, u.fact, u.value)).toHtmlEscaped();
        }
        if (!used.isEmpty())
            html += QStringLiteral("<p><small>%1 %2</small></p>").arg(tr("Facts used:").toHtmlEscaped(),
                                                                      used.join(QStringLiteral(" · ")));
        if (!s.sources.empty())
            html += QStringLiteral("<p><small>%1 %2</small></p>").arg(tr("Sources:").toHtmlEscaped(), sourcesHtml(s));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    m_trace->setHtml(html);
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
        scheduleRefresh();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

void ClassificationPage::retranslate()
{
    m_heading->setText(tr("Classification"));
    m_questionsHeading->setText(tr("Questions"));
    m_resultHeading->setText(tr("How the regimes classify the system"));
    m_table->setAccessibleName(tr("Outcomes"));
    m_trace->setAccessibleName(tr("Reasons and legal sources"));
    m_questionsArea->setAccessibleName(tr("Questions"));
}

} // namespace vv::ui
