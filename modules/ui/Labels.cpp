#include "ui/Labels.h"

#include <QCoreApplication>
#include <QLocale>

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

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateEditFormat()) : QString();
}

QString dateTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return dateText(local.date()) + QLatin1Char(' ') + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString dateEditFormat()
{
    // Four-digit years: a two-digit year (12/6/26) is ambiguous next to a deadline.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

} // namespace vv::ui
