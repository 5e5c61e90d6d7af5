#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "core/LocalizedText.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace vv::validation {

/// One level of a criterion's scale: its score and what an answer at that level looks like.
struct RubricLevel {
    int value = 0;
    LocalizedText label;  ///< a short name: "Delvis riktig"
    LocalizedText anchor; ///< what an answer at this level looks like
    QString harm;         ///< harm criteria only: none, minor or serious
};

/// One thing raters judge about an answer, with its scale and the prompt a model judge is given for it.
struct RubricCriterion {
    enum class Type { Scale, Harm };
    QString id;
    LocalizedText title;
    LocalizedText question;
    Type type = Type::Scale;
    std::vector<RubricLevel> levels; ///< strictly increasing values; higher is better
    QString judgePrompt; ///< Norwegian, with the placeholders {{question}}, {{answer}}, {{criterion}}, {{anchors}}

    int minValue() const { return levels.empty() ? 0 : levels.front().value; }
    int maxValue() const { return levels.empty() ? 0 : levels.back().value; }
    const RubricLevel *level(int value) const;
    /// The judge's prompt for one answer: the placeholders filled in once each, so nothing in the question or
    /// the answer is taken for a placeholder.
    QString judgePromptFor(const QString &question, const QString &answer) const;
};

/// A published rating scheme a rubric builds on.
struct RubricSource {
    LocalizedText citation;
    QString url;
};

/// A rating scheme for language-model answers at one of the Directorate's evaluation levels
/// (guidance/rubrics/*.yaml; docs/human-evaluation.md), checked fully when read.
struct Rubric {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::Rubric)
public:
    QString id;
    QString level; ///< basic, domain, use_case, context (as in the test suites)
    LocalizedText title;
    LocalizedText description;
    std::vector<RubricCriterion> criteria;
    std::vector<RubricSource> sources;

    const RubricCriterion *criterion(const QString &id) const;

    /// Reads and checks one rubric; every problem goes to problems (FILE:LINE:COL), the first is returned.
    static Result<Rubric> load(const QString &path, std::vector<Error> *problems = nullptr);
    static Result<Rubric> parse(const QByteArray &yaml, const QString &sourceName, std::vector<Error> *problems = nullptr);
    /// Every *.yaml in folder, sorted by file name; rubric ids must differ.
    static Result<std::vector<Rubric>> loadFolder(const QString &folder, std::vector<Error> *problems = nullptr);
    /// The rubrics that ship with Veiviser (share/veiviser/guidance/rubrics).
    static QString shippedFolder();
    /// The JSON Schema of a judge's answer: {"score": integer, "reason": string}.
    static Json judgeOutputSchema();

    static constexpr qint64 maxBytes = 1 << 20;
    static constexpr int maxCriteria = 40;
    static constexpr int maxLevels = 10;
    static constexpr int maxPromptChars = 8000;
};

} // namespace vv::validation
