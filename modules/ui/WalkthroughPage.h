#pragma once

#include "core/Json.h"
#include "guidance/Assessment.h"
#include "ui/Page.h"

#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QVBoxLayout;

namespace vv::ui {

class MessageBar;

/// The walkthrough: one question at a time, in the order the decision trees need them, with its help, legal
/// sources and responsible agency. Answers are saved at once; a new answer can bring new questions (their `when`
/// becomes true) or remove others. Back, next, "skip for now" and the progress keep the user oriented.
class WalkthroughPage : public Page {
    Q_OBJECT
public:
    explicit WalkthroughPage(ProjectSession *session, QWidget *parent = nullptr);
    QString pageTitle() const override;
    QIcon pageIcon() const override;

    /// The questions asked for the current answers, in walkthrough order.
    QStringList sequence() const { return m_sequence; }
    /// The question shown, or empty when the summary at the end is shown.
    QString currentQuestion() const { return m_finished ? QString() : m_current; }
    bool isFinished() const { return m_finished; }
    /// Shows a question, also one that is not asked for the current answers (it then says so).
    void showQuestion(const QString &fact);
    void next();
    void back();
    void skip();

    /// The answer buttons of a bool ("true", "false"), choice or multi question, by value.
    QAbstractButton *choiceButton(const QString &value) const;
    /// The text field of a number or text question.
    QLineEdit *lineEdit() const { return m_line; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString questionText() const;
    QString helpText() const;
    QString sourcesText() const;
    QString agencyText() const;
    QString progressText() const;
    QString reviewText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Recomputes the sequence and progress after a change; keeps the inputs when the shown answer is unchanged.
    void refresh();
    void showCurrent();
    void buildInputs(const guidance::Question &q);
    void syncInputs();
    void save(const Json &value);
    void saveMulti();
    void saveLine();
    std::optional<guidance::Value> currentValue() const;
    bool isAnswered(const QString &fact) const;
    void updateButtons();
    void showSummary();

    guidance::Assessment m_assessment;
    QStringList m_sequence;
    QString m_current;
    QHash<QString, qint64> m_seenVersions; ///< answer row versions as last shown, for conflict detection
    QString m_builtFor;   // the question the inputs were built for
    QString m_builtLang;
    bool m_finished = false;
    bool m_filling = false;

    MessageBar *m_messages;
    QLabel *m_heading, *m_intro, *m_progressLabel;
    QProgressBar *m_progress;
    QStackedWidget *m_stack;
    QWidget *m_questionPanel, *m_summaryPanel;
    QLabel *m_where, *m_question, *m_review, *m_notAsked;
    QPushButton *m_confirm;
    QWidget *m_inputBox;
    QVBoxLayout *m_inputLayout;
    QButtonGroup *m_group = nullptr;
    QList<QAbstractButton *> m_buttons;
    QStringList m_buttonValues;
    QLineEdit *m_line = nullptr;
    QPushButton *m_clear;
    QLabel *m_helpLabel;
    QTextBrowser *m_help;
    QLabel *m_sources, *m_agency;
    QLabel *m_summaryTitle, *m_summaryText;
    QPushButton *m_toClassification, *m_toDashboard, *m_toUnanswered;
    QPushButton *m_back, *m_skip, *m_next;
};

} // namespace vv::ui
