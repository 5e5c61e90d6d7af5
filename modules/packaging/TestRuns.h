#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "store/TestRunTable.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace vv {
class ProjectStore;
}

namespace vv::packaging {

/// One summary figure of a test run, with its confidence interval: the store's own type.
using TestRunMetric = RunMetric;

/// A finished test run as documents and exports show it: what ran, on what, when, its metrics with intervals, the
/// requirements it supports, and the engine's result document (curves for the charts, subgroups).
struct TestRunRecord {
    QString id;           ///< unique across projects (the run's uuid)
    QString title;
    QString engineId;
    QString engineVersion;
    QString kind;
    QString status;       ///< completed, failed, cancelled, running
    QDateTime started;
    QDateTime finished;
    std::vector<TestRunMetric> metrics;
    qint64 casesTotal = 0; ///< 0 for runs without cases
    CaseCounts cases;
    QStringList supports; ///< requirement URNs
    Json provenance = Json::object();
    Json result;          ///< null when the engine kept none
};

/// Where the documents get a project's test runs from: the project's test-run table; tests may substitute their own.
class TestRunSource {
public:
    virtual ~TestRunSource() = default;
    virtual Result<std::vector<TestRunRecord>> runs(ProjectStore &store) const = 0;
};

/// The source the CLI and the GUI use.
std::shared_ptr<const TestRunSource> testRunSource();

} // namespace vv::packaging
