#include "ui/EvidenceImportJob.h"

#include "store/ProjectStore.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace vv::ui {

EvidenceImportJob::EvidenceImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

EvidenceImportJob::~EvidenceImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool EvidenceImportJob::start(const ProjectStore &store, evidence::ImportRequest request)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = CancellationToken();
    // A connection belongs to the thread that opened it, so the worker opens its own.
    const QString location = store.location();
    StoreOptions options;
    options.clock = &store.clock();
    options.actor = store.actor();
    auto catalog = evidence::requirementCatalog();
    const CancellationToken cancel = m_cancel;
    // The job outlives the task (its destructor waits), and queued calls to a deleted object are dropped.
    m_watcher.setFuture(QtConcurrent::run([this, location, options, request = std::move(request), cancel, catalog] {
        ImportOutcome out;
        auto store = ProjectStore::open(location, options);
        if (!store) {
            out.error = store.error();
            return out;
        }
        evidence::EvidenceLibrary library(**store, catalog);
        auto r = library.import(request, &cancel, [this](qint64 done, qint64 total, const QString &file) {
            QMetaObject::invokeMethod(this, [this, done, total, file] { Q_EMIT progress(done, total, file); },
                                      Qt::QueuedConnection);
        });
        if (r) {
            out.ok = true;
            out.items = std::move(*r);
        } else {
            out.error = r.error();
        }
        return out;
    }));
    return true;
}

void EvidenceImportJob::cancel()
{
    m_cancel.cancel();
}

void EvidenceImportJob::wait()
{
    m_watcher.waitForFinished();
}

} // namespace vv::ui
