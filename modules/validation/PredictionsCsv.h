#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace vv::validation {

/// How to read a predictions CSV: which columns hold what, and the file's dialect.
struct CsvOptions {
    QString labelColumn;
    QString scoreColumn;
    QString compareColumn;  ///< a second model's scores, for a paired comparison (optional)
    QString groupColumn;    ///< subgroups such as site or sex (optional)
    char delimiter = 0;     ///< ',', ';' or '\t'; 0 detects it from the header line
    char decimal = '.';     ///< '.' or ',' (Norwegian Excel exports)
    QString positiveLabel;  ///< the positive class of named labels; empty for 0/1 and true/false
    bool dropInvalid = false; ///< leave out rows with a missing or invalid label or score instead of stopping
    bool computeSha256 = true;
    qint64 blockBytes = 16 << 20; ///< read and parse the file in blocks of this size
};

/// One outcome class's rows in file order; compare and group are empty unless those columns were asked for.
struct ClassScores {
    std::vector<double> score;
    std::vector<double> compare;
    std::vector<std::uint32_t> group; ///< index into Predictions::groups
    std::size_t size() const { return score.size(); }
};

/// A row that --drop-invalid left out: its line in the file and why.
struct DroppedRow {
    qint64 line = 0;
    QString reason;
};

/// The predictions of one CSV file, split by outcome, with what provenance needs (hash, header, dialect).
struct Predictions {
    QString file;
    QString sha256; ///< of the file's bytes; empty when not computed
    qint64 bytes = 0;
    char delimiter = ',';
    char decimal = '.';
    QStringList header;
    QString labelColumn, scoreColumn, compareColumn, groupColumn;
    QString positiveClass = QStringLiteral("1"); ///< the labels as written in the file
    QString negativeClass = QStringLiteral("0");
    ClassScores positives;
    ClassScores negatives;
    QStringList groups; ///< subgroup values in order of first appearance
    qint64 rows = 0;    ///< data rows read, blank lines not counted
    qint64 dropped = 0;
    std::vector<DroppedRow> droppedExamples; ///< the first few dropped rows
    QStringList warnings;                    ///< translated notes, such as a positive label that never occurs

    qint64 n() const { return static_cast<qint64>(positives.size() + negatives.size()); }
};

/// The first rows of a CSV for a preview: its header and rows split with the detected or given delimiter.
struct CsvPreview {
    char delimiter = ',';
    QStringList header;
    QList<QStringList> rows;
    qint64 bytes = 0;
};

/// Reads and checks predictions CSV files (the CSV dialects of Excel, pandas and R); see docs/validation-metrics.md.
class PredictionsCsv {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PredictionsCsv)
public:
    /// Reads the label, score and optional compare and group columns. Rows with a missing or invalid label or score
    /// are an error naming the line, or, with dropInvalid, are counted and left out. Memory grows with the number of
    /// rows (about 9 bytes a row, more with compare and group columns), not with line lengths or the file size.
    static Result<Predictions> read(const QString &path, const CsvOptions &options,
                                    const CancellationToken *cancel = nullptr, const ProgressSink &progress = {});
    /// The header and up to maxRows rows, for choosing columns.
    static Result<CsvPreview> preview(const QString &path, int maxRows = 20, char delimiter = 0);

    /// Longest line accepted; a longer one is taken as a sign of a file that is not a predictions table.
    static constexpr qint64 maxLineBytes = 1 << 20;
    static constexpr int maxColumns = 10000;
    static constexpr int maxGroups = 200;
    static constexpr int maxGroupValueBytes = 200;
    static constexpr qint64 maxRows = 2147483647;
};

/// Parses a delimiter given by a user: ",", ";", "tab" or "\t"; 0 for "auto" or an empty text; -1 when invalid.
int delimiterFromText(const QString &text);

} // namespace vv::validation
