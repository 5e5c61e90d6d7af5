#pragma once

// For GUI tests: answering the modal message boxes a page opens (such as the "Changed by someone else" question
// after a lost save) without a person at the keyboard.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <memory>

namespace vv::test {

/// Clicks `button` in the next modal message box and returns its text; empty when none appeared (within 10 s).
inline std::shared_ptr<QString> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto text = std::make_shared<QString>();
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->button(button)->click();
            poll->deleteLater();
        }
    });
    poll->start(20);
    QTimer::singleShot(10000, poll, &QObject::deleteLater);
    return text;
}

} // namespace vv::test
