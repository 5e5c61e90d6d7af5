#include "ui/Labels.h"

#include <QCoreApplication>

namespace vv::ui {

QString roleLabel(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Provider: return QCoreApplication::translate("vv::ui", "Provider (manufacturer)");
    case ProjectRole::Deployer: return QCoreApplication::translate("vv::ui", "Deployer (user organisation)");
    case ProjectRole::Both: return QCoreApplication::translate("vv::ui", "Provider and deployer");
    }
    return {};
}

} // namespace vv::ui
