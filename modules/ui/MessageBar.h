#pragma once

#include <QFrame>

class QLabel;
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
    void show(Kind kind, const QString &text);
    QString text() const;

private:
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace vv::ui
