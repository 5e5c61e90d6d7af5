#pragma once

#include "guidance/Assessment.h"

#include <QCoreApplication>
#include <QUrl>

namespace vv::ui {

/// Rich text that explains the guidance engine's conclusions, shared by the classification, walkthrough and
/// requirement pages. Answers in it link to their question (to change them), outcomes to their own reasons.
class TraceHtml {
    Q_DECLARE_TR_FUNCTIONS(vv::ui::TraceHtml)
public:
    /// Why a derived fact has its value: the deciding reason and sources first, what is still missing with links
    /// to answer it, then the rule that decided (or those still open) with the facts it used. The rules that did not
    /// apply are folded under "Other rules checked (N)", a link to otherRulesLink(); with otherRulesShown they
    /// follow it in full.
    static QString trace(const guidance::GuidanceLibrary &library, const guidance::DecisionTrace &trace,
                         bool otherRulesShown = false);
    /// The link that folds and unfolds the rules that did not apply; the page showing the trace follows it.
    static QUrl otherRulesLink();
    /// Sources as links ("MDR Annex VIII, Rule 11" → its URL), separated by semicolons.
    static QString sources(const std::vector<guidance::Source> &sources);
    static QString sources(const guidance::GuidanceLibrary &library, const QString &packId,
                           const std::vector<guidance::Ref> &refs);
    /// A question's text or an outcome's title, for a fact id.
    static QString factName(const guidance::GuidanceLibrary &library, const QString &fact);
    /// "Question: answer" with a link to change the answer (or to the outcome's reasons).
    static QString factUse(const guidance::GuidanceLibrary &library, const guidance::FactUse &use);
    /// Links to the questions, for "still needed" lists.
    static QString questionLinks(const guidance::GuidanceLibrary &library, const QStringList &facts);
    /// An agency's name as a link to its web site.
    static QString agency(const guidance::GuidanceLibrary &library, const QString &agencyId);
};

} // namespace vv::ui
