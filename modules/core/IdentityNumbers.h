#pragma once

// The detector for Norwegian person identifiers behind the evidence library's PII guard and the test suites'
// no_identity_numbers grader; pure text scanning, so it lives in core. The rules and their sources are in
// docs/evidence.md.

#include "core/Json.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace vv {

/// The Norwegian person identifiers the PII guard recognises.
enum class IdentityNumberType {
    Fodselsnummer, ///< birth date, individual number, two mod-11 control digits (Skatteetaten)
    DNumber,       ///< as a fødselsnummer with 40 added to the day
    HNumber,       ///< a health service's help number: 40 added to the month (HIS 1001:2010)
    FhNumber,      ///< Norsk helsenett's common help number: first digit 8 or 9, no date, the same control digits
};
/// The key used in reports and JSON: fodselsnummer, d_number, h_number, fh_number.
QString identityNumberTypeKey(IdentityNumberType type);

/// The two control digits for the first nine digits (ASCII), or nullopt when one of them would be 10: no number is
/// issued with those nine digits.
std::optional<std::pair<int, int>> identityControlDigits(QByteArrayView nineDigits);

/// Checks eleven ASCII digits: a real date (century from the individual number), both control digits, and, when
/// today is given, a birth date that is not in the future. nullopt when they are not an identity number.
std::optional<IdentityNumberType> classifyIdentityNumber(QByteArrayView elevenDigits, QDate today = {});

/// What a scan found: how many identity numbers, of which type, and on which lines. Never the numbers.
struct IdentityNumberFindings {
    static constexpr std::size_t maxLines = 1000;

    qint64 count = 0;
    std::array<qint64, 4> byType{}; ///< indexed by IdentityNumberType
    std::vector<qint64> lines;      ///< distinct 1-based line numbers, ascending, at most maxLines
    bool linesTruncated = false;

    /// {"count": n, "by_type": {...}, "lines": [...], "lines_truncated": bool}
    Json toJson() const;
};

/// Finds identity numbers in text fed to it in pieces of any size, in one pass and constant memory.
/// Byte input is read as ASCII-compatible text (UTF-8, Latin-1, Windows-1252), or as UTF-16 when it starts with
/// a byte-order mark. A candidate is 11 digits, or 6 digits, one space and 5 digits (the printed form), that is
/// not part of a longer run of digits, not next to a letter, not the fraction of a decimal number ("0.01019012345")
/// and not after a '+' (international phone numbers).
class IdentityNumberScanner {
public:
    /// Called for each match with the offset and length of the match in the input's code units.
    using MatchSink = std::function<void(qint64 offset, qint64 length)>;

    explicit IdentityNumberScanner(QDate today = {}, MatchSink onMatch = {});

    void feed(const char *data, qint64 size);
    void feed(QByteArrayView bytes) { feed(bytes.data(), bytes.size()); }
    /// Feeds UTF-16 text directly (no byte-order detection).
    void feedText(QStringView text);
    /// Ends the input, so that a number at the very end counts; returns the findings.
    const IdentityNumberFindings &finish();
    const IdentityNumberFindings &findings() const { return m_findings; }

    static IdentityNumberFindings scan(QByteArrayView bytes, QDate today = {});

private:
    enum class Encoding { Undecided, Bytes, Utf16Le, Utf16Be };
    void put(char32_t c);
    void endRun(char32_t following);
    void accept(const std::array<char, 11> &digits, qint64 line, qint64 offset, qint64 length);
    void flushUndecided();

    QDate m_today;
    MatchSink m_onMatch;
    IdentityNumberFindings m_findings;
    Encoding m_encoding = Encoding::Undecided;
    QByteArray m_pendingBytes; // the first bytes until the encoding is known, or an odd byte of UTF-16
    bool m_finished = false;

    qint64 m_line = 1;
    qint64 m_pos = 0; // code units consumed
    char32_t m_last1 = 0, m_last2 = 0;

    // The run of digits being read.
    bool m_inRun = false;
    std::array<char, 12> m_digits{};
    int m_len = 0;          // digits seen, capped at 12 (more than 11 can never match)
    int m_spaceAt = -1;     // digits before the single space of "DDMMYY NNNNN", or -1
    char32_t m_before1 = 0, m_before2 = 0;
    qint64 m_runLine = 0, m_runStart = 0;

    // A candidate followed by '.', waiting for the next character: a digit makes it a decimal number.
    bool m_pendingDot = false;
    std::array<char, 11> m_pendingDigits{};
    qint64 m_pendingLine = 0, m_pendingStart = 0, m_pendingLength = 0;
};

/// Replaces each identity number in text with bullets of the same length; for audit payloads and messages.
QString redactIdentityNumbers(const QString &text, QDate today = {});

} // namespace vv
