#pragma once

#include "guidance/Assessment.h"
#include "ui/Page.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace vv::ui {

class OutcomeModel;

/// One outcome on the classification page (the MDR class, the AI Act tier, ...): its value, the deciding reason,
/// and a button for the reasons or, while it is unknown, for the next question it needs.
class OutcomeCard : public QFrame {
    Q_OBJECT
public:
    /// fact: the outcome shown; details: further outcomes shown under it (the AI Act route, the DPIA's data route);
    /// conditions: a multiple-choice question whose every choice is a condition of the outcome (the in-house
    /// exemption's Art. 5(5) list), shown as those met and those not met.
    OutcomeCard(QString fact, QStringList details, QString conditions = {}, QWidget *parent = nullptr);
    const QString &fact() const { return m_fact; }
    /// Shows the outcome from an assessment; hides the card when the packs do not derive the fact.
    void update(const guidance::GuidanceLibrary &library, const guidance::Assessment &assessment);
    void setTitle(const QString &title);
    void setSelected(bool selected);

    QString valueText() const;
    QString reasonText() const;
    /// The related outcomes under the value (the AI Act route under the tier), one per line.
    QString detailText() const;
    /// The conditions not met, one per line, or that they are not answered yet; empty for cards without conditions.
    QString conditionsText() const;
    QPushButton *reasonsButton() const { return m_reasons; }
    /// The button that answers the first missing question (hidden when nothing is missing).
    QPushButton *answerButton() const { return m_answer; }
    /// The question the answer button leads to.
    QString missingQuestion() const { return m_missingQuestion; }

Q_SIGNALS:
    void reasonsRequested(const QString &fact);
    void answerRequested(const QString &question);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showConditions(const guidance::GuidanceLibrary &library, const guidance::Assessment &assessment);

    QString m_fact;
    QStringList m_details;
    QString m_conditions;
    QString m_missingQuestion;
    int m_missingCount = 0;
    QLabel *m_title, *m_value, *m_detail, *m_reason, *m_conditionList;
    QPushButton *m_reasons, *m_answer;
};

/// How each regime classifies the system: the MDR class, the AI Act tier and route, Art. 50, FRIA, DPIA and the
/// data route, each explained by its decision trace (steps, facts used with their answers, sources). Outcomes still
/// unknown name what is missing, with a button that opens the walkthrough at that question.
class ClassificationPage : public Page {
    Q_OBJECT
public:
    explicit ClassificationPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;
    QIcon pageIcon() const override;

    /// Shows the open project's current assessment.
    void refresh();

    /// The assessment shown (empty when no project is open).
    const guidance::Assessment &assessment() const { return m_assessment; }
    OutcomeModel *outcomes() const { return m_model; }
    OutcomeCard *card(const QString &fact) const;
    QList<OutcomeCard *> cards() const { return m_cards; }
    /// Shows the reasons of a derived fact.
    void showTrace(const QString &fact);
    QString shownFact() const { return m_shownFact; }
    QString traceHtml() const;
    QString missingText() const;
    QTextBrowser *traceView() const { return m_trace; }
    /// Whether the trace shows the rules that did not apply in full (they are folded at first).
    bool otherRulesShown() const { return m_otherRulesShown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    guidance::Assessment m_assessment;
    QString m_shownFact;
    bool m_otherRulesShown = false;
    QLabel *m_heading, *m_intro, *m_error, *m_missing, *m_requirements;
    QPushButton *m_continue;
    QList<OutcomeCard *> m_cards;
    QScrollArea *m_cardArea;
    QTabWidget *m_tabs;
    OutcomeModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_trace;
};

} // namespace vv::ui
