#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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
    char decimal = '.'; ///< detected from the rows: ',' when numbers have decimal commas and none a decimal point
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

/// One data record of a CSV file: its trimmed, unquoted fields and the line it starts on.
struct CsvRecord {
    qint64 line = 0;
    std::vector<std::string> fields;
    std::vector<int> columns; ///< 1-based byte column of each field in its line
};

/// Reads a CSV file record by record with the same dialect rules, limits and errors as PredictionsCsv (delimiter
/// detection, BOM, UTF-16 refusal, quoting, line-length bound, FIFOs refused), for readers that need other columns
/// than a label and a score (production data for monitoring). Memory is bounded by the longest record.
class CsvRecordReader {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PredictionsCsv)
public:
    CsvRecordReader();
    ~CsvRecordReader();
    CsvRecordReader(const CsvRecordReader &) = delete;
    CsvRecordReader &operator=(const CsvRecordReader &) = delete;
    /// Opens the file and reads its header; delimiter 0 detects it.
    Status open(const QString &path, char delimiter = 0);
    const QStringList &header() const;
    char delimiter() const;
    qint64 bytes() const;    ///< the file's size
    qint64 position() const; ///< bytes consumed so far, for progress
    /// The index of the column named name, or an error naming the columns there are.
    Result<int> column(const QString &name) const;
    /// The next non-blank record; false at the end of the file.
    Result<bool> next(CsvRecord &record);
    /// SHA-256 of the whole file, once next() has returned false.
    QString sha256() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// How a CSV cell reads as a number: the usual spellings of "not available" are Missing; a number with a thousands
/// separator or text after it is Invalid (never guessed).
enum class CsvNumber { Number, Missing, Invalid, OutOfRange };
CsvNumber parseCsvNumber(std::string_view text, char decimal, double &out);
/// How a CSV cell reads as an outcome: 1/0, true/false, or, with positive given, that class against any other.
enum class CsvLabel { Positive, Negative, Missing, Invalid };
CsvLabel parseCsvLabel(std::string_view text, const std::string &positive, char decimal);
/// Whether a cell is empty or one of the spellings of "not available" (NA, NaN, null, #N/A, ...).
bool isCsvMissing(std::string_view text);

/// Parses a delimiter given by a user: ",", ";", "tab" or "\t"; 0 for "auto" or an empty text; -1 when invalid.
int delimiterFromText(const QString &text);

} // namespace vv::validation
