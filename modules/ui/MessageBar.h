#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace vv {
class Error;
}

namespace vv::ui {

/// After a save lost to someone else's (an Error of kind Conflict): says whose change won and asks whether to
/// apply the user's change on top of it. True when the user wants to.
bool askToReapply(QWidget *parent, const Error &conflict, const QString &question);

/// An inline, non-blocking message above the page (errors and notices), closable, read by screen readers.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Error };
    explicit MessageBar(QWidget *parent = nullptr);
    /// Shows text as a sentence (its first letter in upper case); with an action, a button that runs it and closes
    /// the bar (such as "Reload" after a conflict).
    void show(Kind kind, const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    QString text() const;
    /// The action button, hidden when the message has none.
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_run;
};

} // namespace vv::ui
