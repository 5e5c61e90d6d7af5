#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace vv::ui {

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
