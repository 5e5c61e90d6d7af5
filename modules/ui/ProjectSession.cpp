#include "ui/ProjectSession.h"

#include "store/ProjectStore.h"

namespace vv::ui {

ProjectSession::ProjectSession(QObject *parent) : QObject(parent) {}

ProjectSession::~ProjectSession() = default;

Status ProjectSession::open(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store)
        return store.error();
    close();
    m_store = std::move(*store);
    Q_EMIT opened();
    return {};
}

Status ProjectSession::create(const QString &path, const NewProject &project)
{
    auto store = ProjectStore::create(path, project);
    if (!store)
        return store.error();
    store->reset();
    return open(path);
}

void ProjectSession::close()
{
    if (!m_store)
        return;
    Q_EMIT aboutToClose();
    m_store.reset();
    Q_EMIT closed();
}

void ProjectSession::notifyChanged(const QString &area)
{
    Q_EMIT changed(area);
}

} // namespace vv::ui
