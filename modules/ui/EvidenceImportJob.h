#pragma once

#include "evidence/EvidenceLibrary.h"
#include "ui/BackgroundJob.h"

#include <QObject>

namespace vv::ui {

/// What an import in the background ended with: the items, or the error (a cancel included).
struct ImportOutcome {
    bool ok = false;
    std::vector<evidence::ImportedItem> items;
    Error error;
};

/// Imports files and folders off the GUI thread (a BackgroundJob), on its own connection to the project, with progress
/// and cancel.
class EvidenceImportJob : public QObject {
    Q_OBJECT
public:
    explicit EvidenceImportJob(QObject *parent = nullptr);
    ~EvidenceImportJob() override;

    /// Starts importing into the project of store (a second connection is opened for the worker).
    /// Returns false when an import is already running.
    bool start(const ProjectStore &store, evidence::ImportRequest request);
    void cancel();
    bool isRunning() const { return m_job.isRunning(); }
    /// Blocks until the running import has ended (for closing the project).
    void wait();

Q_SIGNALS:
    /// Bytes done and in all, and the file being read; rate-limited.
    void progress(qint64 done, qint64 total, const QString &file);
    void finished(const vv::ui::ImportOutcome &outcome);

private:
    BackgroundJob m_job;
};

} // namespace vv::ui
