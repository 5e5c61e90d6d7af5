#pragma once

#include "core/Error.h"

#include <QObject>

#include <memory>

namespace vv {
class ProjectStore;
struct NewProject;
}

namespace vv::ui {

/// The open project as the GUI sees it: owns the store and tells every page when something changed.
class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    Status open(const QString &path);
    Status create(const QString &path, const NewProject &project);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    /// The open project's store, or nullptr.
    ProjectStore *store() const { return m_store.get(); }

    /// Pages call this after they saved a change, so that the others show its consequences at once.
    /// area names what changed ("project", "answers", "requirements", "evidence", "runs", ...).
    void notifyChanged(const QString &area);

Q_SIGNALS:
    void opened();
    void aboutToClose();
    void closed();
    void changed(const QString &area);

private:
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace vv::ui
