#include "ui/TestRunFiling.h"

#include "evidence/TestRunEvidence.h"
#include "store/ProjectStore.h"

namespace vv::ui {

FiledTestRun storeAndFileTestRun(const ProjectStore &project, const CancellationToken &cancel,
                                 const std::function<Status(ProjectStore &worker, qint64 &runId)> &makeRun)
{
    FiledTestRun out;
    if (cancel.isCancelled()) {
        out.error = Error::cancelled();
        return out;
    }
    auto worker = project.reopen();
    if (!worker) {
        out.error = worker.error();
        return out;
    }
    if (const Status made = makeRun(**worker, out.runId); !made) {
        out.error = made.error();
        return out;
    }
    if (auto filed = evidence::TestRunEvidence::file(**worker, out.runId))
        out.evidenceId = *filed;
    else
        out.evidenceError = filed.error();
    return out;
}

} // namespace vv::ui
