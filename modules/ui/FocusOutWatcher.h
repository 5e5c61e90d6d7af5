#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

namespace vv::ui {

/// Tells when an editor loses focus, for plain-text editors, which (unlike line edits) have no editingFinished.
/// A signal rather than a callback: a page's connection to it ends with the page's others (Page::~Page), whereas a
/// callback would still run while ~QWidget hides the half-destroyed page and takes the focus from the editor.
class FocusOutWatcher : public QObject {
    Q_OBJECT
public:
    explicit FocusOutWatcher(QWidget *editor) : QObject(editor) { editor->installEventFilter(this); }

Q_SIGNALS:
    void focusLost();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            Q_EMIT focusLost();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace vv::ui
