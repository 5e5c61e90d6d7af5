#pragma once

#include "guidance/PackLoader.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace vv::guidance {

class Assessment;
struct GivenAnswer;

/// What `guidance check` counted in the packs it checked.
struct PackCounts {
    int packs = 0;
    int questions = 0;
    int decisions = 0;
    int requirements = 0;
    int crosswalkLinks = 0;
};

/// All guidance packs of a folder, loaded and linked: their facts, decisions in evaluation order, requirements and
/// crosswalk. Cheap to copy (the loaded data is shared and never changes).
class GuidanceLibrary {
    Q_DECLARE_TR_FUNCTIONS(vv::guidance::GuidanceLibrary)
public:
    GuidanceLibrary();

    /// Loads every pack folder under root and root/crosswalk.yaml, and checks them together. Problems go to
    /// diagnostics; the library holds what could be loaded.
    static GuidanceLibrary load(const QString &root, Diagnostics &diagnostics);
    /// Loads the packs that ship with Veiviser (dataDirectory()/guidance); any problem is one runtime error.
    static Result<GuidanceLibrary> loadShipped();
    /// Loads root like load(), but fails with the problems when there are any.
    static Result<GuidanceLibrary> loadChecked(const QString &root);

    /// Links packs that are already loaded (and a crosswalk) and checks them together, as load() does.
    static GuidanceLibrary fromPacks(std::vector<Pack> packs, std::vector<CrosswalkLink> crosswalk,
                                     Diagnostics &diagnostics);

    /// Checks path, as `guidance check` does: a pack folder (its dependencies are taken from the folders next
    /// to it, and only their problems' existence is reported) or a guidance root with every pack and the crosswalk.
    static Diagnostics check(const QString &path, PackCounts *counts = nullptr);

    /// Packs in dependency order (common first).
    const std::vector<Pack> &packs() const;
    const Pack *pack(const QString &id) const;
    const Agency *agency(const QString &id) const;
    const FactSpec *fact(const QString &id) const;
    /// The question that asks a fact, or nullptr (a derived fact, or unknown).
    const Question *question(const QString &factId) const;
    /// The decision that derives a fact, or nullptr.
    const Decision *decision(const QString &factId) const;
    const Requirement *requirement(const QString &urn) const;
    /// The requirements (URNs) that a test-suite level's cases are evidence for, from their `evaluation_levels`:
    /// packs in dependency order, requirements in file order; empty for a level no requirement names.
    QStringList requirementsForLevel(const QString &level) const;
    /// A fact's name in the user's words: its question's text, or its outcome's title (the id when it has none).
    QString factTitle(const QString &factId) const;
    /// A fact's value in the user's words: Yes/No, the choice's label, "Not applicable" or "Not yet known".
    QString valueText(const QString &factId, const std::optional<Value> &value) const;
    /// A condition in the user's words, in the interface language (see Condition::readable).
    QString readable(const Condition &condition) const;
    /// The same for a condition's text; text that does not parse is returned as it is.
    QString readableCondition(const QString &text) const;
    /// The same in other words than the interface's, e.g. a document's language (Condition::Vocabulary).
    static QString readableCondition(const QString &text, const Condition::Vocabulary &words);
    /// The pack that declares a fact or a requirement.
    const Pack *packOfFact(const QString &factId) const;
    const Pack *packOfRequirement(const QString &urn) const;
    const std::vector<CrosswalkLink> &crosswalk() const;
    /// The crosswalk links a requirement is part of: evidence for it also counts for their other requirements.
    std::vector<const CrosswalkLink *> crosswalkFor(const QString &urn) const;
    /// Every fact (questions and derived) in an order where each comes after the facts its conditions use.
    const QStringList &evaluationOrder() const;
    /// Every question, in walkthrough order: packs in dependency order, questions in file order.
    const QStringList &questionOrder() const;

    /// Checks an answer for a fact before it is stored; the error names the allowed values.
    Result<std::optional<Value>> parseAnswer(const QString &factId, const Json &json) const;
    Result<std::optional<Value>> parseAnswerText(const QString &factId, const QString &text) const;

    /// Works out every derived fact, requirement and what is missing (see Assessment.h).
    Assessment assess(const std::map<QString, GivenAnswer> &answers, Role projectRole) const;

    struct Data;

private:
    explicit GuidanceLibrary(std::shared_ptr<const Data> data) : d(std::move(data)) {}
    static GuidanceLibrary link(std::vector<Pack> packs, std::vector<CrosswalkLink> crosswalk,
                                Diagnostics &diagnostics, const QString &focusPack);
    std::shared_ptr<const Data> d;
};

} // namespace vv::guidance
