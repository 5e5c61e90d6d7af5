#pragma once

#include "guidance/GuidanceLibrary.h"

#include <QCoreApplication>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace vv::guidance {

/// An answer as the engine sees it: the value and the version of the pack it was given under.
struct GivenAnswer {
    Value value;
    QString packVersion;
};

/// A fact the engine looked at, with its value at that moment (nullopt: unknown).
struct FactUse {
    QString fact;
    std::optional<Value> value;
};

/// One rule of a decision as it was looked at: the rule, the facts it used, whether it matched, and why.
struct TraceStep {
    QString ruleId;
    QString condition;            ///< the condition text, or empty for an `otherwise` rule
    std::vector<FactUse> factsUsed;
    Truth result = Truth::Unknown; ///< True: matched and decided the outcome
    Value value;                   ///< what the rule gives when it matches
    LocalizedText reason;
    std::vector<Source> sources;
};

/// Why a derived fact has its value: every rule that was looked at, in order, with its legal source.
struct DecisionTrace {
    QString fact;
    QString decisionId;
    QString packId;
    LocalizedText title;
    std::optional<Value> value;   ///< nullopt: unknown; a null Value: not applicable
    std::vector<TraceStep> steps;
    QStringList missing;          ///< questions whose answers are needed to decide it
    QStringList needsReview;      ///< answers it rests on that were given under another pack version

    Json toJson() const;
};

/// How a question's fact got its value.
enum class FactOrigin { Answered, ProjectRole, NotAsked, Unanswered, WaitingForCondition, Derived };

/// A fact after evaluation.
struct FactOutcome {
    std::optional<Value> value;
    FactOrigin origin = FactOrigin::Unanswered;
    QStringList missing;
    QStringList needsReview;
};

/// Whether a requirement applies to this project.
enum class Applicability { Applies, DoesNotApply, Undetermined };
QString applicabilityName(Applicability a);

/// When a requirement starts to bind this system, in the EU and in Norway, and on whose authority.
struct ApplicationStart {
    QDate eu;
    std::optional<QDate> no;    ///< nullopt: not yet in force in Norway (or not yet known)
    std::vector<Source> sources;
    bool confirmed = true;      ///< false: the date rests on a text the pack's authors could not check
    bool fromPack = false;      ///< the pack's general date: the requirement names none of its own

    /// "2027-12-02 in the EU; in Norway: no date yet" in the interface language, dates written by formatDate (the
    /// GUI passes its own date format; the default is ISO 8601).
    QString text(const std::function<QString(const QDate &)> &formatDate = {}) const;
    Json toJson() const;
};

/// A requirement's applicability and the reason for it.
struct RequirementApplicability {
    Q_DECLARE_TR_FUNCTIONS(vv::guidance::RequirementApplicability)
public:
    QString urn;
    QString packId;
    Applicability state = Applicability::Undetermined;
    bool roleExcludes = false;       ///< it binds another role than the project's
    Role binds = Role::Both;
    Role projectRole = Role::Both;
    QString condition;               ///< applies_when, empty when it always applies
    std::vector<FactUse> factsUsed;
    QStringList missing;
    QStringList needsReview;
    /// From when it binds this system; nullopt while the answers that choose the date are missing.
    std::optional<ApplicationStart> appliesFrom;

    /// One sentence in the interface language: why it applies, does not apply, or is not yet known. With a
    /// library, the condition and the answers are in the user's words; without, as expressions and fact ids
    /// (for JSON documents, whose readers know the expression language).
    QString reason(const GuidanceLibrary *library = nullptr) const;
    Json toJson() const;
};

/// An answer given under another version of its pack than the one loaded now, or one the pack no longer accepts.
struct ReviewItem {
    QString fact;
    QString packId;
    QString answeredUnder;
    QString currentVersion;
    bool invalid = false; ///< the stored value is no longer allowed (or the question is gone); answer it again
};

/// Everything the engine concludes from a project's answers and role: derived facts with their traces,
/// the requirements that apply (and why the others do not), what is missing and what needs review.
class Assessment {
    Q_DECLARE_TR_FUNCTIONS(vv::guidance::Assessment)
public:
    Role role = Role::Both;
    std::map<QString, FactOutcome> facts;
    std::vector<DecisionTrace> traces;               ///< one per derived fact, in evaluation order
    std::vector<RequirementApplicability> requirements; ///< in pack and file order
    QStringList missing;                             ///< questions still needed, in walkthrough order
    std::vector<ReviewItem> needsReview;

    /// The value of a fact; nullopt when unknown (or not a fact).
    std::optional<Value> value(const QString &fact) const;
    const DecisionTrace *trace(const QString &fact) const;
    const RequirementApplicability *requirement(const QString &urn) const;
    int count(Applicability state) const;

    /// The stable `veiviser-cli assess --json` document (see the issue and docs/guidance-format.md).
    Json toJson() const;
};

/// Turns a fact value into JSON for documents: the value, or null for unknown and not applicable.
Json factJson(const std::optional<Value> &value);

/// Assesses stored answers: anything with `factId`, `value` (JSON) and `packVersion`, such as the store's
/// StoredAnswer. An answer the packs no longer accept (the question is gone, or the value is no longer allowed) is
/// left out of the assessment and listed under needsReview as invalid.
template <typename StoredAnswers>
Assessment assessStored(const GuidanceLibrary &library, const StoredAnswers &stored, Role projectRole)
{
    std::map<QString, GivenAnswer> given;
    std::vector<ReviewItem> invalid;
    for (const auto &a : stored) {
        auto v = library.parseAnswer(a.factId, a.value);
        if (v && *v) {
            given[a.factId] = {**v, a.packVersion};
            continue;
        }
        const Pack *pack = library.packOfFact(a.factId);
        invalid.push_back({a.factId, pack ? pack->id : QString(), a.packVersion, pack ? pack->version : QString(), true});
    }
    Assessment result = library.assess(given, projectRole);
    result.needsReview.insert(result.needsReview.end(), invalid.begin(), invalid.end());
    return result;
}

} // namespace vv::guidance
