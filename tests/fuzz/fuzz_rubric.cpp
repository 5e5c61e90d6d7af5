// libFuzzer target: the rubric reader (guidance/rubrics/*.yaml, which a hospital may replace with its own) must never
// crash, hang or read out of bounds; a rubric it accepts has levels in order and a judge prompt that shows the answer.

#include "validation/Rubric.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace vv::validation;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > std::size_t(Rubric::maxBytes))
        return 0;
    const QByteArray yaml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    std::vector<vv::Error> problems;
    auto rubric = Rubric::parse(yaml, QStringLiteral("fuzz.yaml"), &problems);
    if (static_cast<bool>(rubric) != problems.empty())
        std::abort(); // a rubric is returned exactly when no problem was found
    if (!rubric)
        return 0;
    for (const RubricCriterion &c : rubric->criteria) {
        for (std::size_t i = 1; i < c.levels.size(); ++i)
            if (c.levels[i].value <= c.levels[i - 1].value)
                std::abort();
        const QString answer = QStringLiteral("\u0001answer\u0001");
        if (!c.judgePromptFor(QStringLiteral("{{answer}}"), answer).contains(answer))
            std::abort(); // the answer always reaches the judge
    }
    return 0;
}
