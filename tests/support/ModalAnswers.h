#pragma once

// For GUI tests: answering the modal message boxes and input dialogs a page opens (such as the "Changed by someone
// else" question after a lost save, or a signing key's passphrase) without a person at the keyboard.

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
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

/// Types `path` as the file name in the next modal file dialog and accepts it, as a user typing a name would.
/// Returns the dialog's title, empty while none appeared (within 10 s).
inline std::shared_ptr<QString> answerNextFileDialog(const QString &path)
{
    auto title = std::make_shared<QString>();
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, title, path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            *title = dialog->windowTitle();
            // selectFile() leaves the name field alone while it has the focus, so the name is typed into the field
            // (Qt's widget dialog calls it fileNameEdit), as a user would.
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                edit->setText(path);
            else
                dialog->selectFile(path);
            if (dialog->selectedFiles().value(0) != path)
                return; // the dialog put its suggested name in after this; type again next time
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's override (protected there) checks the name

            poll->deleteLater();
        }
    });
    poll->start(20);
    QTimer::singleShot(10000, poll, &QObject::deleteLater);
    return title;
}

/// Types `text` into the next modal input dialog (a passphrase question) and accepts it, or closes it when accept
/// is false. The returned text is the dialog's label, empty while none appeared; the answer stands only while the
/// caller holds it (at most 10 s), so that a question that never came cannot be answered by a later one.
[[nodiscard]] inline std::shared_ptr<QString> answerNextInputDialog(const QString &text, bool accept = true)
{
    auto label = std::make_shared<QString>();
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, held = std::weak_ptr<QString>(label), text, accept] {
        const auto label = held.lock();
        if (!label) {
            poll->deleteLater();
            return;
        }
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            *label = dialog->labelText();
            if (accept) {
                dialog->setTextValue(text);
                dialog->accept();
            } else {
                dialog->reject();
            }
            poll->deleteLater();
        }
    });
    poll->start(20);
    QTimer::singleShot(10000, poll, &QObject::deleteLater);
    return label;
}

} // namespace vv::test
