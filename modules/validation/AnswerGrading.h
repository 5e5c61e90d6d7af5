#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "validation/TestSuite.h"

#include <QCoreApplication>

#include <future>
#include <memory>
#include <optional>

class Hunspell;

namespace vv::validation {

/// The Bokmål and Nynorsk hunspell dictionaries (Debian's hunspell-no), for telling the written standards apart.
class NorwegianSpelling {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::NorwegianSpelling)
public:
    using Loaded = Result<std::shared_ptr<const NorwegianSpelling>>;
    /// Loads nb_NO and nn_NO from dir (default /usr/share/hunspell).
    static Loaded load(const QString &dir = {});
    /// The process's one copy from the default folder. The first call starts loading it in the background (it
    /// takes most of a second), so a run asks early and waits, with get(), only when it grades the first answer.
    static std::shared_future<Loaded> shared();
    ~NorwegianSpelling();

    /// How many of the text's words only the Bokmål and only the Nynorsk dictionary knows.
    struct Counts {
        int words = 0;
        int onlyNb = 0;
        int onlyNn = 0;
    };
    Counts count(const QString &text) const;

private:
    NorwegianSpelling() = default;
    std::unique_ptr<Hunspell> m_nb, m_nn;
};

/// One grader's verdict on one answer.
struct GraderVerdict {
    QString grader; ///< the grader's kind name
    bool passed = false;
    QString reason; ///< why it failed, or what was measured
    std::optional<int> score; ///< judge, grounded: the judge's score on the criterion's scale
    QString judgeReason;      ///< judge, grounded: the judge's own reason (untrusted text, shown as given)
};

/// Grades language-model answers with a suite's graders.
class AnswerGrading {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::AnswerGrading)
public:
    /// spelling may be null; then language graders fail with the reason. context: the case's passages (cites).
    /// Judge and grounded graders need a judge's reply: see judgeVerdict.
    static GraderVerdict grade(const Grader &grader, const QString &answer, const NorwegianSpelling *spelling,
                               const std::vector<ContextPassage> &context = {});
    /// A judge or grounded grader's verdict from the judge's reply (choices[0].message.content), checked strictly:
    /// at most maxJudgeReplyChars, one JSON object {score, reason} and nothing else, the score one of the
    /// criterion's levels. Passes when the score reaches the grader's pass_at.
    static GraderVerdict judgeVerdict(const Grader &grader, const QString &reply);
    /// The passage ids the answer refers to as [ID] or [ID1, ID2], in order of first mention.
    static QStringList citationsIn(const QString &answer);

    static constexpr int maxJudgeReplyChars = 8000;
    static constexpr int maxJudgeReasonChars = 2000;
    /// Case folded, with accents other than the Norwegian letters' removed: "Legevakt" and "légevakt" match.
    static QString fold(const QString &text);
    /// The readability index LIX: words per sentence plus the percentage of words longer than six letters.
    static double lix(const QString &text);
    /// Whether the answer declines (in Bokmål, Nynorsk or English).
    static bool isRefusal(const QString &answer);
    /// What identity numbers (fødselsnummer, D-, H- and FH-numbers) the answer holds, as "1 fodselsnummer, 2 d_number";
    /// empty when none.
    static QString identityNumbersIn(const QString &answer);
    /// Checks a JSON value against the supported part of JSON Schema (type, required, properties, enum, items,
    /// minimum, maximum); returns the first problem or an empty string.
    static QString schemaProblem(const Json &value, const Json &schema, int depth = 0);
};

} // namespace vv::validation
