#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "validation/Rubric.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace vv::validation {

/// One check of a language model's answer (see docs/test-suites.md for each kind).
struct Grader {
    enum class Kind {
        Contains, NotContains, Regex, RefusalExpected, EscalationExpected, Language, MaxLix, JsonSchema,
        NoIdentityNumbers, Judge, Grounded, Cites
    };
    Kind kind = Kind::Contains;
    QStringList texts;   ///< contains / not_contains: every one must (not) appear; escalation: 113, legevakt, fastlege
    QString pattern;     ///< regex
    QString language;    ///< language: nb or nn
    double maxLix = 0;   ///< max_lix
    Json schema;         ///< json_schema
    bool expected = true; ///< refusal_expected: true or false
    QString rubricId;     ///< judge, grounded: the rubric (guidance/rubrics) and its criterion
    QString criterionId;
    std::shared_ptr<const RubricCriterion> criterion; ///< judge, grounded: the criterion, with its scale and prompt
    int passAt = 0;       ///< judge, grounded: passes when the judge's score is at least this level of the scale
    int minCitations = 1; ///< cites: how many distinct passages the answer must refer to

    /// Whether the grader asks a model judge (judge, grounded).
    bool usesJudge() const { return kind == Kind::Judge || kind == Kind::Grounded; }

    static QString kindName(Kind kind);
};

/// One retrieved passage a case gives the model (a RAG system's context), referred to by its id.
struct ContextPassage {
    QString id;
    QString text;
};

/// A test of the retrieval endpoint alone: the query, the passages it should find, and within how many results.
struct RetrievalCheck {
    QString query;
    QStringList expectedIds;
    int k = 5;
    double minRecall = 1.0; ///< the case passes when recall@k reaches this

    static constexpr int maxK = 100;
    static constexpr int maxExpected = 100;
    static constexpr int maxQueryChars = 4000;
};

/// One test case of a suite: the conversation sent to the model and the graders its answer must pass.
struct SuiteCase {
    QString id;
    QString level;    ///< basic, domain, use_case, context, guardrails
    QString language; ///< nb, nn or se (Northern Sámi): the language the case is written in
    QString source;   ///< where the case comes from: a guideline, helsenorge.no content, a clinician's scenario; optional
    Json messages = Json::array(); ///< OpenAI chat messages: [{"role": ..., "content": ...}]
    std::vector<Grader> graders;
    std::vector<ContextPassage> context;    ///< retrieved passages the engine puts into the conversation
    std::optional<RetrievalCheck> retrieval; ///< a retrieval case: no messages to the model, no graders

    /// What the model is sent: messages with the context passages as a system message before the first
    /// non-system message (docs/test-suites.md, "Context").
    Json conversation() const;
    /// The context passages as the model and the grounding judge see them: "[ID] text", one block each.
    QString contextBlock() const;
    /// The last user message: the question a judge is shown and a retrieval case's default query.
    QString question() const;
    static constexpr int maxPassages = 50;
    static constexpr int maxPassageChars = 20000;
    static constexpr int maxContextChars = 200000;
};

/// A Veiviser test suite for language models (guidance/suites/*.yaml), checked fully when read.
struct TestSuite {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::TestSuite)
public:
    QString name;
    QString description;
    std::vector<SuiteCase> cases;

    /// rubrics: what judge and grounded graders may name; null = the shipped rubrics (read once per process).
    static Result<TestSuite> load(const QString &path, const std::vector<Rubric> *rubrics = nullptr);
    static Result<TestSuite> parse(const QByteArray &yaml, const QString &sourceName,
                                   const std::vector<Rubric> *rubrics = nullptr);
    /// Whether any case has a judge or grounded grader.
    bool usesJudge() const;

    /// The requirements a level's cases are evidence for (the Directorate of Health's four evaluation levels, and
    /// guardrails), as the shipped packs say (`evaluation_levels`); empty for an unknown level. Fails when the
    /// shipped packs do not load.
    static Result<QStringList> requirementsForLevel(const QString &level);
    /// The levels a case may have, in order: basic, domain, use_case, context, guardrails.
    static QStringList levels();
    /// The languages a case may be written in: nb, nn and se (Northern Sámi). The language grader checks nb and nn only.
    static QStringList caseLanguages();
    /// Every level's requirement that this suite has cases for.
    Result<QStringList> supportedRequirements() const;

    static constexpr qint64 maxBytes = 8 << 20;
    static constexpr int maxCases = 20000;
    static constexpr int maxSourceLength = 500;
};

} // namespace vv::validation
