#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv::validation {

/// One check of a language model's answer (see docs/test-suites.md for each kind).
struct Grader {
    enum class Kind {
        Contains, NotContains, Regex, RefusalExpected, EscalationExpected, Language, MaxLix, JsonSchema,
        NoIdentityNumbers
    };
    Kind kind = Kind::Contains;
    QStringList texts;   ///< contains / not_contains: every one must (not) appear; escalation: 113, legevakt, fastlege
    QString pattern;     ///< regex
    QString language;    ///< language: nb or nn
    double maxLix = 0;   ///< max_lix
    Json schema;         ///< json_schema
    bool expected = true; ///< refusal_expected: true or false

    static QString kindName(Kind kind);
};

/// One test case of a suite: the conversation sent to the model and the graders its answer must pass.
struct SuiteCase {
    QString id;
    QString level;    ///< basic, domain, use_case, context, guardrails
    QString language; ///< nb, nn or se (Northern Sámi): the language the case is written in
    QString source;   ///< where the case comes from: a guideline, helsenorge.no content, a clinician's scenario; optional
    Json messages = Json::array(); ///< OpenAI chat messages: [{"role": ..., "content": ...}]
    std::vector<Grader> graders;
};

/// A Veiviser test suite for language models (guidance/suites/*.yaml), checked fully when read.
struct TestSuite {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::TestSuite)
public:
    QString name;
    QString description;
    std::vector<SuiteCase> cases;

    static Result<TestSuite> load(const QString &path);
    static Result<TestSuite> parse(const QByteArray &yaml, const QString &sourceName);

    /// The requirements a level's cases are evidence for (the Directorate of Health's four evaluation levels, and
    /// guardrails); empty for an unknown level.
    static QStringList requirementsForLevel(const QString &level);
    /// The levels a case may have, in order: basic, domain, use_case, context, guardrails.
    static QStringList levels();
    /// The languages a case may be written in: nb, nn and se (Northern Sámi). The language grader checks nb and nn only.
    static QStringList caseLanguages();
    /// Every level's requirement that this suite has cases for.
    QStringList supportedRequirements() const;

    static constexpr qint64 maxBytes = 8 << 20;
    static constexpr int maxCases = 20000;
    static constexpr int maxSourceLength = 500;
};

} // namespace vv::validation
