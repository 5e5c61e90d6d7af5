#pragma once

// Generated portfolios of projects for the portfolio tests and the bench: each project is planned here with the
// values a portfolio row must show, then built through the store, so that a test compares the row with the plan
// rather than with what the code under test computed.

#include "store/ProjectStore.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace vv::guidance {
class GuidanceLibrary;
}

namespace vv::test {

/// One planned project and what its portfolio row must say.
struct PlannedProject {
    enum class Answers {
        None,        ///< nothing answered: every classification unknown
        ProviderIIb, ///< Class IIb medical device software, high-risk by Annex I, no personal data
        Demo,        ///< demo/answers.json: the hospital deploying the sepsis model (personal health data)
    };
    QString file;
    QString name;
    QString systemVersion;
    ProjectRole role = ProjectRole::Deployer;
    Answers answers = Answers::None;
    int met = 0;          ///< requirements set to met (Demo answers only), 0..4, plus one set aside as not applicable
    bool overdue = false; ///< one requirement in progress, due long ago (Demo answers only)
    QString package;      ///< a package build's file name; empty for none
    QDateTime changed;    ///< every change is made at this time, so it is the row's "modified"

    /// The requirements met or justified as not applicable in the plan.
    int done() const { return answers == Answers::Demo ? met + 1 : 0; }
};

/// n projects with varied names, roles, answers, states and packages, in dir.
std::vector<PlannedProject> plannedPortfolio(int n, const QString &dir);
/// Builds the planned project; returns an empty string on success, otherwise what went wrong.
QString buildProject(const PlannedProject &plan, const guidance::GuidanceLibrary &library);

} // namespace vv::test
