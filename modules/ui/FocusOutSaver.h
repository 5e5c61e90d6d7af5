#pragma once

#include <QEvent>
#include <QObject>

#include <functional>

namespace vv::ui {

/// Saves a plain-text editor's content when it loses focus, as line edits do on editingFinished.
class FocusOutSaver : public QObject {
public:
    FocusOutSaver(QObject *parent, std::function<void()> save) : QObject(parent), m_save(std::move(save)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_save();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_save;
};

} // namespace vv::ui
