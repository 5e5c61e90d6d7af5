#include "ui/Labels.h"

#include <QCoreApplication>

namespace vv::ui {

QString roleLabel(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Provider: return QCoreApplication::translate("vv::ui", "Provider (manufacturer)");
    case ProjectRole::Deployer: return QCoreApplication::translate("vv::ui", "Deployer (user organisation)");
    case ProjectRole::Both: return QCoreApplication::translate("vv::ui", "Provider and deployer");
    }
    return {};
}

QString evidenceKindLabel(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Report: return QCoreApplication::translate("vv::ui", "Report");
    case EvidenceKind::DatasetDescription: return QCoreApplication::translate("vv::ui", "Dataset description");
    case EvidenceKind::RiskAnalysis: return QCoreApplication::translate("vv::ui", "Risk analysis");
    case EvidenceKind::TestResult: return QCoreApplication::translate("vv::ui", "Test result");
    case EvidenceKind::Log: return QCoreApplication::translate("vv::ui", "Log");
    case EvidenceKind::Configuration: return QCoreApplication::translate("vv::ui", "Configuration");
    case EvidenceKind::Declaration: return QCoreApplication::translate("vv::ui", "Declaration");
    case EvidenceKind::Other: return QCoreApplication::translate("vv::ui", "Other");
    }
    return {};
}

QString reviewStateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return QCoreApplication::translate("vv::ui", "Draft");
    case ReviewState::Submitted: return QCoreApplication::translate("vv::ui", "Submitted");
    case ReviewState::InReview: return QCoreApplication::translate("vv::ui", "In review");
    case ReviewState::Approved: return QCoreApplication::translate("vv::ui", "Approved");
    }
    return {};
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted: return QCoreApplication::translate("vv::ui", "Accepted");
    case Verdict::Deficiency: return QCoreApplication::translate("vv::ui", "Deficiency");
    case Verdict::Question: return QCoreApplication::translate("vv::ui", "Question");
    }
    return {};
}

} // namespace vv::ui
