#include "core/IdentityNumbers.h"

namespace vv {

namespace {

constexpr bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The weights of Skatteetaten's mod-11 control digits.
constexpr int weights1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr int weights2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

int controlDigit(const int *digits, const int *weights, int n)
{
    int sum = 0;
    for (int i = 0; i < n; ++i)
        sum += digits[i] * weights[i];
    const int k = 11 - sum % 11;
    return k == 11 ? 0 : k; // 10 means: no valid number
}

// The birth year's century, from the individual number (Skatteetaten's series); 0 when the pair is not issued.
int century(int individual, int yy)
{
    if (individual <= 499)
        return 1900;
    if (individual <= 749 && yy >= 54)
        return 1800;
    if (yy <= 39)
        return 2000; // 500-999
    if (individual >= 900)
        return 1900; // 900-999 with 40-99
    return 0;
}

} // namespace

QString identityNumberTypeKey(IdentityNumberType type)
{
    switch (type) {
    case IdentityNumberType::Fodselsnummer: return QStringLiteral("fodselsnummer");
    case IdentityNumberType::DNumber: return QStringLiteral("d_number");
    case IdentityNumberType::HNumber: return QStringLiteral("h_number");
    case IdentityNumberType::FhNumber: return QStringLiteral("fh_number");
    }
    return QStringLiteral("fodselsnummer");
}

std::optional<std::pair<int, int>> identityControlDigits(QByteArrayView nineDigits)
{
    if (nineDigits.size() != 9)
        return std::nullopt;
    int n[10];
    for (int i = 0; i < 9; ++i) {
        if (!isDigit(static_cast<unsigned char>(nineDigits[i])))
            return std::nullopt;
        n[i] = nineDigits[i] - '0';
    }
    const int k1 = controlDigit(n, weights1, 9);
    if (k1 == 10)
        return std::nullopt;
    n[9] = k1;
    const int k2 = controlDigit(n, weights2, 10);
    if (k2 == 10)
        return std::nullopt;
    return std::pair{k1, k2};
}

std::optional<IdentityNumberType> classifyIdentityNumber(QByteArrayView d, QDate today)
{
    if (d.size() != 11)
        return std::nullopt;
    int n[11];
    for (int i = 0; i < 11; ++i) {
        if (!isDigit(static_cast<unsigned char>(d[i])))
            return std::nullopt;
        n[i] = d[i] - '0';
    }
    const auto control = identityControlDigits(d.first(9));
    if (!control || control->first != n[9] || control->second != n[10])
        return std::nullopt;

    // A common help number carries no date: the first digit (8 or 9) marks it, the rest is random.
    if (n[0] >= 8)
        return IdentityNumberType::FhNumber;

    IdentityNumberType type = IdentityNumberType::Fodselsnummer;
    int day = n[0] * 10 + n[1];
    int month = n[2] * 10 + n[3];
    const int yy = n[4] * 10 + n[5];
    const int individual = n[6] * 100 + n[7] * 10 + n[8];
    if (day > 40) {
        day -= 40;
        type = IdentityNumberType::DNumber;
    }
    if (month > 40) {
        if (type == IdentityNumberType::DNumber)
            return std::nullopt; // never both
        month -= 40;
        type = IdentityNumberType::HNumber;
    }
    const int c = century(individual, yy);
    if (c == 0)
        return std::nullopt;
    const QDate born(c + yy, month, day);
    if (!born.isValid())
        return std::nullopt;
    if (today.isValid() && born > today)
        return std::nullopt;
    return type;
}

Json IdentityNumberFindings::toJson() const
{
    Json types = Json::object();
    for (auto t : {IdentityNumberType::Fodselsnummer, IdentityNumberType::DNumber, IdentityNumberType::HNumber,
                   IdentityNumberType::FhNumber}) {
        types[toStd(identityNumberTypeKey(t))] = byType[static_cast<std::size_t>(t)];
    }
    return Json{{"count", count}, {"by_type", types}, {"lines", lines}, {"lines_truncated", linesTruncated}};
}

IdentityNumberScanner::IdentityNumberScanner(QDate today, MatchSink onMatch)
    : m_today(today), m_onMatch(std::move(onMatch))
{
}

void IdentityNumberScanner::put(char32_t c)
{
    if (m_pendingDot) {
        m_pendingDot = false;
        if (!isDigit(c))
            accept(m_pendingDigits, m_pendingLine, m_pendingStart, m_pendingLength);
    }
    if (isDigit(c)) {
        if (!m_inRun) {
            m_inRun = true;
            m_len = 0;
            m_spaceAt = -1;
            m_before1 = m_last1;
            m_before2 = m_last2;
            m_runLine = m_line;
            m_runStart = m_pos;
        } else if (m_spaceAt >= 0 && m_len - m_spaceAt == 5) {
            // "DDDDDD NNNNNN": too long for the printed form, so the digits after the space are a run of their own.
            m_before2 = static_cast<unsigned char>(m_digits[static_cast<std::size_t>(m_spaceAt) - 1]);
            m_before1 = ' ';
            for (int i = 0; i < 5; ++i)
                m_digits[static_cast<std::size_t>(i)] = m_digits[static_cast<std::size_t>(m_spaceAt + i)];
            m_runStart += m_spaceAt + 1;
            m_len = 5;
            m_spaceAt = -1;
        }
        if (m_len < 12) {
            m_digits[static_cast<std::size_t>(m_len)] = static_cast<char>(c);
            ++m_len;
        }
    } else if (c == ' ' && m_inRun && m_len == 6 && m_spaceAt < 0) {
        m_spaceAt = 6;
    } else if (m_inRun) {
        endRun(c);
    }
    m_last2 = m_last1;
    m_last1 = c;
    ++m_pos;
    if (c == '\n')
        ++m_line;
}

void IdentityNumberScanner::endRun(char32_t following)
{
    m_inRun = false;
    if (m_len != 11)
        return; // shorter, or part of a longer run of digits
    if (isLetter(m_before1) || m_before1 == '+' || (m_before1 == '.' && isDigit(m_before2)))
        return;
    if (isLetter(following))
        return;
    std::array<char, 11> digits{};
    for (std::size_t i = 0; i < 11; ++i)
        digits[i] = m_digits[i];
    const qint64 length = m_spaceAt >= 0 ? 12 : 11;
    if (following == '.') {
        m_pendingDot = true;
        m_pendingDigits = digits;
        m_pendingLine = m_runLine;
        m_pendingStart = m_runStart;
        m_pendingLength = length;
        return;
    }
    accept(digits, m_runLine, m_runStart, length);
}

void IdentityNumberScanner::accept(const std::array<char, 11> &digits, qint64 line, qint64 offset, qint64 length)
{
    const auto type = classifyIdentityNumber(QByteArrayView(digits.data(), 11), m_today);
    if (!type)
        return;
    ++m_findings.count;
    ++m_findings.byType[static_cast<std::size_t>(*type)];
    if (m_findings.lines.empty() || m_findings.lines.back() != line) {
        if (m_findings.lines.size() < IdentityNumberFindings::maxLines)
            m_findings.lines.push_back(line);
        else
            m_findings.linesTruncated = true;
    }
    if (m_onMatch)
        m_onMatch(offset, length);
}

void IdentityNumberScanner::flushUndecided()
{
    if (m_encoding != Encoding::Undecided)
        return;
    const QByteArray head = std::exchange(m_pendingBytes, {});
    if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16Le;
        feed(head.constData() + 2, head.size() - 2);
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16Be;
        feed(head.constData() + 2, head.size() - 2);
    } else {
        m_encoding = Encoding::Bytes;
        feed(head.constData(), head.size());
    }
}

void IdentityNumberScanner::feed(const char *data, qint64 size)
{
    if (m_finished || size <= 0)
        return;
    if (m_encoding == Encoding::Undecided) {
        m_pendingBytes.append(data, size);
        if (m_pendingBytes.size() >= 2)
            flushUndecided();
        return;
    }
    if (m_encoding == Encoding::Bytes) {
        for (qint64 i = 0; i < size; ++i)
            put(static_cast<unsigned char>(data[i]));
        return;
    }
    const bool le = m_encoding == Encoding::Utf16Le;
    qint64 i = 0;
    if (!m_pendingBytes.isEmpty()) {
        const auto a = static_cast<unsigned char>(m_pendingBytes[0]);
        const auto b = static_cast<unsigned char>(data[0]);
        put(le ? char32_t(a | (b << 8)) : char32_t((a << 8) | b));
        m_pendingBytes.clear();
        i = 1;
    }
    for (; i + 1 < size; i += 2) {
        const auto a = static_cast<unsigned char>(data[i]);
        const auto b = static_cast<unsigned char>(data[i + 1]);
        put(le ? char32_t(a | (b << 8)) : char32_t((a << 8) | b));
    }
    if (i < size)
        m_pendingBytes.append(data[i]);
}

void IdentityNumberScanner::feedText(QStringView text)
{
    if (m_finished)
        return;
    m_encoding = Encoding::Bytes; // already decoded: no byte-order detection
    for (QChar c : text)
        put(c.unicode());
}

const IdentityNumberFindings &IdentityNumberScanner::finish()
{
    if (m_finished)
        return m_findings;
    flushUndecided();
    m_finished = true;
    if (m_inRun)
        endRun(0);
    if (m_pendingDot) {
        m_pendingDot = false;
        accept(m_pendingDigits, m_pendingLine, m_pendingStart, m_pendingLength);
    }
    return m_findings;
}

IdentityNumberFindings IdentityNumberScanner::scan(QByteArrayView bytes, QDate today)
{
    IdentityNumberScanner s(today);
    s.feed(bytes);
    return s.finish();
}

QString redactIdentityNumbers(const QString &text, QDate today)
{
    std::vector<std::pair<qint64, qint64>> spans;
    IdentityNumberScanner s(today, [&](qint64 offset, qint64 length) { spans.emplace_back(offset, length); });
    s.feedText(text);
    s.finish();
    if (spans.empty())
        return text;
    QString out = text;
    for (const auto &[offset, length] : spans)
        out.replace(offset, length, QString(length, QChar(0x2022)));
    return out;
}

} // namespace vv
