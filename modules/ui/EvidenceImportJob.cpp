#include "ui/EvidenceImportJob.h"

#include "store/ProjectStore.h"

namespace vv::ui {

EvidenceImportJob::EvidenceImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_job, &BackgroundJob::progress, this, &EvidenceImportJob::progress);
}

EvidenceImportJob::~EvidenceImportJob() = default;

bool EvidenceImportJob::start(const ProjectStore &store, evidence::ImportRequest request)
{
    // A connection belongs to the thread that opened it, so the worker opens its own.
    const QString location = store.location();
    StoreOptions options;
    options.clock = &store.clock();
    options.actor = store.actor();
    auto catalog = evidence::requirementCatalog();
    return m_job.start<ImportOutcome>(
        [location, options, request = std::move(request), catalog](const CancellationToken &cancel,
                                                                   const ProgressSink &progress) {
            ImportOutcome out;
            auto store = ProjectStore::open(location, options);
            if (!store) {
                out.error = store.error();
                return out;
            }
            evidence::EvidenceLibrary library(**store, catalog);
            auto r = library.import(request, &cancel, progress);
            if (r) {
                out.ok = true;
                out.items = std::move(*r);
            } else {
                out.error = r.error();
            }
            return out;
        },
        [this](ImportOutcome outcome) { Q_EMIT finished(outcome); });
}

void EvidenceImportJob::cancel()
{
    m_job.cancel();
}

void EvidenceImportJob::wait()
{
    m_job.wait();
}

} // namespace vv::ui
