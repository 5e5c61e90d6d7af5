#pragma once

#include "core/LocalizedText.h"
#include "guidance/Condition.h"
#include "guidance/Value.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vv::guidance {

using vv::LocalizedText;

/// Whom a requirement binds, in the AI Act's words.
enum class Role { Provider, Deployer, Both };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
/// True when a requirement for `binds` applies to a project whose role is `project`.
bool roleBinds(Role binds, Role project);

/// The levels a language-model test case may have (docs/test-suites.md), in order: basic, domain, use_case, context,
/// guardrails. Only the names; which requirements a level's cases are evidence for is in the packs
/// (`evaluation_levels` on a requirement), with the requirement's sources.
const QStringList &evaluationLevelNames();

/// A reference by id to something declared elsewhere (a source, agency, pack or URN), with where it was written.
struct Ref {
    QString id;
    SourceLocation where;
};
QStringList refIds(const std::vector<Ref> &refs);

/// A condition as written in a pack file, with where its text starts so that errors point into it.
struct PlacedCondition {
    Condition condition;
    SourceLocation start;  ///< the first character of the condition text
    bool linear = true;    ///< the text stands on one line in the file, so offsets map to columns
    SourceLocation at(qsizetype offset) const;
};

/// A legal or guidance source: the citation a user reads and the URL that holds it.
struct Source {
    QString id;
    LocalizedText citation;
    QString url;
    LocalizedText note;
    SourceLocation where;
};

/// A group of questions and requirements in the walkthrough and the navigator.
struct Section {
    QString id;
    LocalizedText title;
    SourceLocation where;
};

/// A publishing or supervising body (Helsedirektoratet, DMP, Datatilsynet, ...).
struct Agency {
    QString id;
    LocalizedText name;
    QString url;
    SourceLocation where;
};

/// One allowed value of a choice or multi fact, with its label.
struct Choice {
    QString value;
    LocalizedText label;  ///< empty for decision outputs declared as a plain list
};

/// A question the user answers; its answer is the fact with the same id.
struct Question {
    QString id;
    Ref section;
    FactType type = FactType::Bool;
    bool typeKnown = false;  ///< the type was given and valid
    std::vector<Choice> choices;
    std::optional<double> min, max;
    LocalizedText text;
    LocalizedText help;
    std::vector<Ref> sources;
    Ref agency;
    std::optional<PlacedCondition> when;
    SourceLocation where;
};

/// One step of a decision: when its condition holds, the decision's output takes its value.
struct Rule {
    QString id;
    std::optional<PlacedCondition> when;
    bool otherwise = false;
    Value value;             ///< null: "not applicable"
    LocalizedText reason;
    std::vector<Ref> sources;
    SourceLocation where;
};

/// A decision tree that derives one fact from others through ordered rules; the first rule that holds decides.
struct Decision {
    QString id;
    QString output;
    FactType type = FactType::Bool;
    bool typeKnown = false;
    std::vector<Choice> choices;
    LocalizedText title;
    Ref section;
    std::vector<Rule> rules;
    SourceLocation where;
};

/// From when a requirement binds, in the EU and in Norway, for the systems its condition selects: the law often
/// phases one duty in on different dates for different systems (AI Act Art. 113).
struct ApplicationDate {
    std::optional<PlacedCondition> when; ///< nullopt: every system not caught by an earlier entry
    QDate eu;
    std::optional<QDate> no;             ///< nullopt: not yet in force in Norway (or not yet known)
    std::vector<Ref> sources;
    /// False when the date rests on a citation whose text the pack's authors could not read themselves; the
    /// interface marks it so that nobody relies on it unchecked.
    bool confirmed = true;
    SourceLocation where;
};

/// A requirement: what the law asks of a provider or deployer, when it applies, and what evidence satisfies it.
struct Requirement {
    QString urn;
    Ref section;
    LocalizedText title;
    LocalizedText text;
    Role role = Role::Both;
    Ref agency;
    std::vector<Ref> sources;
    std::optional<PlacedCondition> appliesWhen;
    std::vector<ApplicationDate> appliesFrom; ///< the first entry whose `when` holds; empty: the pack's dates
    std::vector<LocalizedText> evidenceExpected;
    QStringList evaluationLevels; ///< the test-suite levels whose cases are evidence for it (evaluationLevelNames())
    SourceLocation where;
};

/// Requirements in different packs that one piece of evidence can satisfy together.
struct CrosswalkLink {
    QString id;
    LocalizedText title;
    LocalizedText note;
    std::vector<Ref> requirements;
    SourceLocation where;
};

/// One guidance pack as loaded from its folder (docs/guidance-format.md).
struct Pack {
    QString id;
    QString version;
    LocalizedText title;
    LocalizedText summary;
    std::vector<Ref> agencies;
    QDate effectiveEu;
    std::optional<QDate> effectiveNo;  ///< nullopt: not yet in force in Norway
    LocalizedText effectiveNote;
    std::vector<Ref> dependsOn;
    std::vector<Source> sources;
    std::vector<Section> sections;
    std::vector<Agency> agenciesDefined;
    std::vector<Question> questions;
    std::vector<Decision> decisions;
    std::vector<Requirement> requirements;
    QString folder;
    SourceLocation where;  ///< pack.yaml

    const Source *source(const QString &id) const;
    const Section *section(const QString &id) const;
};

} // namespace vv::guidance
