#include "ui/ChildSignals.h"

#include <QObject>

namespace vv::ui {

void disconnectChildren(QObject *receiver)
{
    for (QObject *child : receiver->findChildren<QObject *>())
        QObject::disconnect(child, nullptr, receiver, nullptr);
}

} // namespace vv::ui
