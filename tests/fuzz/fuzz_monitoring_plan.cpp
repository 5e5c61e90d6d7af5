// libFuzzer target: the monitoring plan reader (a YAML file a quality officer writes, or anyone sends) must never
// crash, hang or read out of bounds, and a plan it accepts must survive its own round trip through the project.

#include "monitoring/MonitoringPlan.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace vv::monitoring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MonitoringPlanReader::maxFileBytes)
        return 0;
    const QByteArray yaml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    std::vector<vv::Error> problems;
    auto plan = MonitoringPlanReader::read(yaml, QStringLiteral("fuzz.yaml"), &problems);
    if (static_cast<bool>(plan) != problems.empty())
        std::abort(); // a plan is returned exactly when no problem was found
    if (plan) {
        auto back = MonitoringPlan::fromJson(plan->toJson());
        if (!back || vv::canonicalJson(back->toJson()) != vv::canonicalJson(plan->toJson()))
            std::abort();
    }
    return 0;
}
