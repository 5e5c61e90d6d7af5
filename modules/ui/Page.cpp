#include "ui/Page.h"

#include "ui/ChildSignals.h"

#include <QMessageBox>
#include <QShortcut>

namespace vv::ui {

// Here, for every page at once: the derived page's part is destroyed by now, and nothing between its destructor and
// this one signals, so the children are cut off before ~QWidget hides the page and deletes them.
Page::~Page()
{
    disconnectChildren(this);
}

bool Page::askToSaveBeforeLeaving(const QString &title, const QString &question, const std::function<bool()> &save,
                                  const std::function<void()> &revert)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: revert(); return true;
    default: return false;
    }
}

void Page::addSaveShortcut(const QWidget *button, const std::function<void()> &save)
{
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [button, save] {
        if (button->isEnabled())
            save();
    });
}

} // namespace vv::ui
