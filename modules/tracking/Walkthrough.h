#pragma once

#include "guidance/Assessment.h"

#include <QStringList>

namespace vv::tracking {

/// Where the walkthrough stands: the questions asked for the current answers and how many of them the team answered.
struct WalkthroughProgress {
    QStringList asked;    ///< in walkthrough order; questions not asked (their `when` is false or unknown) left out
    int answered = 0;     ///< of those asked; the project's role standing in for an answer does not count
    QString nextQuestion; ///< the first asked question not answered; empty when every one is

    bool finished() const { return nextQuestion.isEmpty(); }
};

/// Whether the team answered the question (rather than the project's role standing in for an answer).
bool isAnswered(const guidance::Assessment &assessment, const QString &fact);
WalkthroughProgress walkthroughProgress(const guidance::Assessment &assessment, const guidance::GuidanceLibrary &library);
/// Where a question is in the guidance, in the interface language: "Pack › Section", or the pack's title alone.
QString questionPlace(const guidance::GuidanceLibrary &library, const QString &fact);

} // namespace vv::tracking
