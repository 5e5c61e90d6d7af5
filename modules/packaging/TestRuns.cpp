#include "packaging/TestRuns.h"

#include "store/TestRunTable.h"

namespace vv::packaging {

namespace {

/// The project's own test-run table (vv_store), with each run's result document for the charts.
class StoredTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &store) const override
    {
        const TestRunTable table(store);
        VV_TRY(auto listed, table.list());
        std::vector<TestRunRecord> records;
        records.reserve(listed.size());
        for (const TestRun &summary : listed) {
            VV_TRY(auto run, table.get(summary.id));
            TestRunRecord record;
            record.id = run.uuid;
            record.title = run.title;
            record.engineId = run.engineId;
            record.engineVersion = run.engineVersion;
            record.kind = run.kind;
            record.status = testRunStatusToString(run.status);
            record.started = run.started;
            record.finished = run.finished;
            for (const RunMetric &metric : run.metrics)
                record.metrics.push_back({metric.name, metric.value, metric.ciLower, metric.ciUpper});
            record.supports = run.supports;
            record.provenance = run.provenance;
            record.result = run.result;
            records.push_back(std::move(record));
        }
        return records;
    }
};

} // namespace

std::shared_ptr<const TestRunSource> testRunSource()
{
    static const auto source = std::make_shared<StoredTestRuns>();
    return source;
}

} // namespace vv::packaging
