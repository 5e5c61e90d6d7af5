#pragma once

#include "validation/RatingRound.h"

#include <QDialog>

#include <optional>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace vv::ui {

class ProjectSession;

/// A clinician rates a round's answers one case at a time, blind and from the keyboard: the conversation, the
/// answer (two side by side, in sides drawn at random, when the round compares two runs) and the rubric's criteria.
/// Every score is stored the moment it is given, and the round opens again at the first case not fully rated
/// (docs/human-evaluation.md, "Rating in Veiviser").
class RatingDialog : public QDialog {
    Q_OBJECT
public:
    explicit RatingDialog(ProjectSession *session, QWidget *parent = nullptr);

    /// Opens round roundId for rater, at the first case the rater has not fully rated; false with problemText().
    bool openRound(qint64 roundId, const QString &rater);
    /// Shows the rater's case at position (1-based).
    bool showPosition(int position);
    /// Scores the current criterion (the one holding the focus, else the first without a score) and moves on to
    /// the next: what a digit key does.
    bool scoreCurrent(int value);

    int position() const { return m_case ? m_case->position : 0; }
    QString problemText() const;
    QComboBox *roundBox() const { return m_roundBox; }
    QComboBox *raterBox() const { return m_raterBox; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QLineEdit *commentEdit() const { return m_comment; }
    /// Everything the rater is shown, as text: what the blinding is checked against.
    QString shownText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    /// One criterion of one answer: the rater's radio buttons for its levels.
    struct Slot {
        QString answer; ///< a or b: which run's answer this side shows (never shown to the rater)
        QString criterion;
        QGroupBox *box = nullptr;
        QButtonGroup *levels = nullptr;
    };

    void loadRounds();
    void roundChosen();
    void buildSlots();
    void fillSlots(const validation::BlindedCase &shown);
    void slotScored(std::size_t slot, int value);
    bool saveComment();
    void updateProgress();
    void markCurrent();
    std::optional<std::size_t> currentSlot() const;
    void focusSlot(std::size_t slot);
    void retranslate();
    void showProblem(const QString &text);

    ProjectSession *m_session;
    std::optional<validation::RatingRound> m_round;
    QString m_rater;
    std::optional<validation::BlindedCase> m_case;
    QString m_savedComment;
    std::vector<Slot> m_slots;
    std::optional<std::size_t> m_marked;

    QLabel *m_roundLabel, *m_raterLabel, *m_progress, *m_conversationLabel, *m_leftLabel, *m_rightLabel;
    QLabel *m_levelsHelp, *m_keysHelp, *m_problem, *m_commentLabel;
    QComboBox *m_roundBox, *m_raterBox;
    QTextBrowser *m_conversation, *m_left, *m_right;
    QWidget *m_criteria;
    QLineEdit *m_comment;
    QPushButton *m_previous, *m_next, *m_close;
};

} // namespace vv::ui
