#pragma once

// Ratings as CSV, for raters who work without Veiviser (docs/human-evaluation.md): `ratings export` writes one row
// per rater, case, answer and criterion in the rater's own order, and `ratings import` reads the scores back,
// strictly: one bad row and nothing is stored.

#include "core/Error.h"
#include "store/RatingTable.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace vv::validation {

class RatingRound;

/// The export and import of a round's ratings as CSV.
class RatingCsv {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::RatingCsv)
public:
    /// case_id,rater,criterion,score,comment, then side (left or right; empty in a round of one run), question and
    /// answer: the blinded texts a rater needs. Scores already given are filled in; the rest are blank. Only rater's
    /// rows when rater is given (a file for one rater must not show the others' scores).
    static Result<QByteArray> write(const RatingRound &round, const QString &rater = {});
    /// The scores of a CSV file in the layout write() makes (extra columns are ignored, rows with a blank score are
    /// unrated). Every problem is an input error at FILE:LINE in problems; the scores are returned only when there
    /// is none.
    static Result<std::vector<StoredRating>> read(const RatingRound &round, const QByteArray &bytes,
                                                  const QString &sourceName, std::vector<Error> &problems);

    static constexpr qint64 maxBytes = 64 << 20;
    static constexpr int maxProblems = 100;
};

} // namespace vv::validation
