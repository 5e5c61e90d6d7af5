#include "tracking/Walkthrough.h"

namespace vv::tracking {

using namespace vv::guidance;

bool isAnswered(const Assessment &assessment, const QString &fact)
{
    const auto it = assessment.facts.find(fact);
    return it != assessment.facts.end() && it->second.origin == FactOrigin::Answered;
}

WalkthroughProgress walkthroughProgress(const Assessment &assessment, const GuidanceLibrary &library)
{
    WalkthroughProgress w;
    for (const QString &fact : library.questionOrder()) {
        const auto it = assessment.facts.find(fact);
        if (it == assessment.facts.end() || it->second.origin == FactOrigin::NotAsked ||
            it->second.origin == FactOrigin::WaitingForCondition)
            continue;
        w.asked << fact;
        if (isAnswered(assessment, fact))
            ++w.answered;
        else if (w.nextQuestion.isEmpty())
            w.nextQuestion = fact;
    }
    return w;
}

QString questionPlace(const GuidanceLibrary &library, const QString &fact)
{
    const Question *q = library.question(fact);
    const Pack *pack = library.packOfFact(fact);
    if (!q || !pack)
        return {};
    const Section *section = q->section.id.isEmpty() ? nullptr : pack->section(q->section.id);
    return section ? QStringLiteral("%1 › %2").arg(pack->title.current(), section->title.current())
                   : pack->title.current();
}

} // namespace vv::tracking
