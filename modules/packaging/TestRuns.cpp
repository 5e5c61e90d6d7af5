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
        auto listed = table.list();
        if (!listed)
            return std::move(listed.error());
        std::vector<TestRunRecord> records;
        records.reserve(listed->size());
        for (const TestRun &summary : *listed) {
            auto loaded = table.get(summary.id);
            if (!loaded)
                return std::move(loaded.error());
            const TestRun &run = *loaded;
            TestRunRecord record;
            record.id = run.uuid;
            record.title = run.title;
            record.engineId = run.engineId;
            record.engineVersion = run.engineVersion;
            record.kind = run.kind;
            record.status = testRunStatusToString(run.status);
            record.started = run.started;
            record.finished = run.finished;
            record.metrics = run.metrics;
            record.casesTotal = run.casesTotal;
            record.cases = run.cases;
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
