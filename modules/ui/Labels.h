#pragma once

#include "store/EvidenceTable.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"

#include <QDate>
#include <QDateTime>

namespace vv::ui {

/// Translated display names for the store's enumerations, shared by every page.
QString roleLabel(ProjectRole role);
QString evidenceKindLabel(EvidenceKind kind);
QString reviewStateLabel(ReviewState state);
/// A reviewer's verdict on a requirement (accepted, deficiency, question).
QString verdictLabel(Verdict verdict);

/// A date as the GUI writes every date: the locale's short format (06.12.2026 in Bokmål, 06/12/2026 in English).
QString dateText(const QDate &date);
/// A moment as the GUI writes it: dateText() of its local date and the locale's short time.
QString dateTimeText(const QDateTime &time);
/// The display format of date fields, so that what is typed looks like what is shown.
QString dateEditFormat();

} // namespace vv::ui
