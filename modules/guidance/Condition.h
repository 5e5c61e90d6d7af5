#pragma once

#include "guidance/Value.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace vv::guidance {

/// Three-valued (Kleene) truth: an unanswered input makes a comparison unknown, never false.
enum class Truth { False, True, Unknown };
QString truthName(Truth t);

/// The outcome of evaluating a condition: its truth and, when unknown, the facts whose absence made it so.
struct Evaluation {
    Truth truth = Truth::Unknown;
    /// Unknown facts the result depended on; empty unless truth is Unknown. In the order they appear.
    QStringList unknownFacts;
};

/// A parsed `when` / `applies_when` / rule condition (docs/guidance-format.md, "Conditions").
/// A hand-written recursive-descent parser with a bounded depth; nothing in it is ever run as code.
class Condition {
    Q_DECLARE_TR_FUNCTIONS(vv::guidance::Condition)
public:
    /// Nesting deeper than this (parentheses, `not`, lists) is refused, so hostile input cannot exhaust the stack.
    static constexpr int maxDepth = 32;
    /// Longer conditions are refused; a real one fits on a few lines.
    static constexpr qsizetype maxLength = 4096;

    /// Parses text. An error's location has line 1 and the 1-based character column within text.
    static Result<Condition> parse(const QString &text);

    /// The fact's spec, or nullptr when the condition may not use it (unknown, or not visible from its pack).
    using FactLookup = std::function<const FactSpec *(const QString &id)>;
    /// Checks the facts and the types: every fact known, no text facts, compatible comparisons, choice values
    /// that exist. Each error's column (1-based) points into the text. lookupProblem explains a nullptr lookup.
    std::vector<Error> typeCheck(const FactLookup &lookup,
                                 const std::function<QString(const QString &id)> &lookupProblem) const;

    /// Evaluates with Kleene logic; value() returns nullopt for an unknown fact.
    Evaluation evaluate(const std::function<std::optional<Value>(const QString &id)> &value) const;

    /// How readable() names facts and values: a question's text or an outcome's title, an answer's label.
    struct Vocabulary {
        std::function<QString(const QString &fact)> factTitle;
        /// fact is empty for a value compared with no fact (e.g. `true` on its own).
        std::function<QString(const QString &fact, const Value &value)> valueText;
        /// The joining words in the text's language ("and", "or", "not %1", "%1 includes %2", "%1 does not include
        /// %2"), for a document written in another language than the interface's; empty ones are the interface's.
        QString andWord, orWord, notFormat, includesFormat, excludesFormat;
    };
    /// The condition in the user's words, for people who do not read expressions: facts by their titles, values by
    /// their labels, and/or/not in the interface language ("Is it a medical device? = Yes and not (...)").
    QString readable(const Vocabulary &words) const;

    const QString &text() const { return m_text; }
    /// Every fact the condition names, once each, in order of first appearance.
    const QStringList &facts() const { return m_facts; }

    struct Node;

private:
    Condition() = default;
    QString m_text;
    QStringList m_facts;
    std::shared_ptr<const Node> m_root;
};

} // namespace vv::guidance
