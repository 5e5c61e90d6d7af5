#pragma once

#include <QString>

namespace vv::guidance {

class GuidanceLibrary;

// How facts and answers are named in a given language ("nb" or "en"): the one place for the interface (in its
// language, through GuidanceLibrary::factTitle and valueText) and for documents (in theirs).

/// A fact's name: its question's text, or its outcome's title (the id when it has neither).
QString factTitle(const GuidanceLibrary &library, const QString &factId, const QString &lang);
/// How an answer is shown: the label of the fact's choice with that value, or the value itself.
QString answerLabel(const GuidanceLibrary &library, const QString &factId, const QString &value, const QString &lang);

} // namespace vv::guidance
