// libFuzzer target: the risk readers (a project's own risk matrix and its change control plan, YAML files a vendor
// writes or anyone sends, and the risk model) must never crash, hang or read out of bounds, and a matrix or plan they
// accept must survive its own round trip through the project, where it is stored as JSON and read again.
// The first byte chooses the reader: 'x' a project's matrix, 'p' a change control plan, anything else the model.

#include "risk/ChangePlan.h"
#include "risk/RiskModel.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace vv::risk;

namespace {

template <typename T>
void checkResult(const vv::Result<T> &read, const std::vector<vv::Error> &problems)
{
    if (static_cast<bool>(read) != problems.empty())
        std::abort(); // a value is returned exactly when no problem was found
}

void matrix(const QByteArray &yaml)
{
    std::vector<vv::Error> problems;
    auto m = RiskModelReader::readMatrix(yaml, QStringLiteral("fuzz.yaml"), &problems);
    checkResult(m, problems);
    if (m) {
        auto back = RiskModelReader::matrixFromJson(m->toJson());
        if (!back || vv::canonicalJson(back->toJson()) != vv::canonicalJson(m->toJson()))
            std::abort();
    }
}

void plan(const QByteArray &yaml)
{
    std::vector<vv::Error> problems;
    auto p = ChangePlanReader::read(yaml, QStringLiteral("fuzz.yaml"), &problems);
    checkResult(p, problems);
    if (p) {
        auto back = ChangePlanReader::fromJson(p->toJson());
        if (!back || vv::canonicalJson(back->toJson()) != vv::canonicalJson(p->toJson()))
            std::abort();
    }
}

void model(const QByteArray &yaml)
{
    std::vector<vv::Error> problems;
    auto m = RiskModelReader::read(yaml, QStringLiteral("fuzz.yaml"), &problems);
    checkResult(m, problems);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size - 1 > std::size_t(RiskModelReader::maxFileBytes))
        return 0;
    const QByteArray yaml(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0]) {
    case 'x':
        matrix(yaml);
        break;
    case 'p':
        plan(yaml);
        break;
    default:
        model(yaml);
        break;
    }
    return 0;
}
