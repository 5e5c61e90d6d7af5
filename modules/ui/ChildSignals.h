#pragma once

class QObject;

namespace vv::ui {

/// Ends every connection from receiver's children (at any depth) to receiver. The destructor of a widget whose
/// children signal it calls this: ~QWidget runs afterwards, hides the widget and deletes the children, and a child
/// that loses the focus then (QLineEdit::editingFinished, a FocusOutWatcher) or its current item would call a slot of
/// the derived class on what is only a QWidget any more (UBSan: "downcast of address ... which does not point to an
/// object of type ..."). Connections from outside (the session) are left: nothing outside signals during ~QWidget.
void disconnectChildren(QObject *receiver);

} // namespace vv::ui
