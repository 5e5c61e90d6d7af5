#include "packaging/TestRuns.h"

namespace vv::packaging {

namespace {

/// No test-run store in this build: a project has no runs.
class NoTestRuns final : public TestRunSource {
public:
    Result<std::vector<TestRunRecord>> runs(ProjectStore &) const override { return std::vector<TestRunRecord>(); }
};

} // namespace

std::shared_ptr<const TestRunSource> testRunSource()
{
    static const auto source = std::make_shared<NoTestRuns>();
    return source;
}

} // namespace vv::packaging
