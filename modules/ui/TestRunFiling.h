#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <functional>

namespace vv {
class ProjectStore;
}

namespace vv::ui {

/// What a test run made on a worker thread came to: the stored run and the evidence item it was filed as (0 when
/// none), why the run or its storing failed, and why filing it failed.
struct FiledTestRun {
    qint64 runId = 0;
    qint64 evidenceId = 0;
    Error error;
    Error evidenceError;
};

/// Stores a test run from a worker thread and files it as evidence for the requirements it supports, as the
/// engine-run and validation dialogs do. It opens the worker's own connection to project (a connection belongs to
/// the thread that opened it) and hands it to makeRun, which stores the run, sets runId, and fails when the run did
/// not complete (a cancelled engine run is still stored, to be resumed, but not filed). Nothing is stored when
/// cancel is set before makeRun starts: a dialog closed while its work ran leaves no run behind.
FiledTestRun storeAndFileTestRun(const ProjectStore &project, const CancellationToken &cancel,
                                 const std::function<Status(ProjectStore &worker, qint64 &runId)> &makeRun);

} // namespace vv::ui
