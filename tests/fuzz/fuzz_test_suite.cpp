// libFuzzer target: the test-suite reader (guidance/suites/*.yaml, and a hospital's own suites) must never crash,
// hang or read out of bounds, with the judge, grounded and cites graders, context passages and retrieval cases
// included; a suite it accepts keeps the limits the engine relies on.

#include "validation/TestSuite.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace vv::validation;

namespace {

// The shipped rubrics, so that judge and grounded graders reach the pass_at checks.
const std::vector<Rubric> &rubrics()
{
    static const std::vector<Rubric> loaded = [] {
        auto r = Rubric::loadFolder(QStringLiteral(VV_FUZZ_RUBRICS));
        return r ? *r : std::vector<Rubric>{};
    }();
    return loaded;
}

void check(const SuiteCase &c)
{
    if (c.retrieval && (!c.graders.empty() || !c.context.empty() || c.retrieval->expectedIds.isEmpty() ||
                        c.retrieval->k < 1 || c.retrieval->k > RetrievalCheck::maxK))
        std::abort();
    if (!c.retrieval && c.graders.empty())
        std::abort();
    if (c.context.size() > std::size_t(SuiteCase::maxPassages))
        std::abort();
    if (c.conversation().size() != c.messages.size() + (c.context.empty() ? 0 : 1))
        std::abort(); // the passages are one system message, added once
    for (const Grader &g : c.graders) {
        if (g.usesJudge() && (!g.criterion || !g.criterion->level(g.passAt)))
            std::abort(); // a judge grader always has a criterion and a pass level on its scale
        if ((g.kind == Grader::Kind::Grounded || g.kind == Grader::Kind::Cites) && c.context.empty())
            std::abort();
        if (g.kind == Grader::Kind::Cites && (g.minCitations < 1 || g.minCitations > int(c.context.size())))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > std::size_t(TestSuite::maxBytes))
        return 0;
    const QByteArray yaml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto suite = TestSuite::parse(yaml, QStringLiteral("fuzz.yaml"), &rubrics());
    if (!suite)
        return 0;
    if (suite->cases.empty())
        std::abort();
    for (const SuiteCase &c : suite->cases)
        check(c);
    return 0;
}
