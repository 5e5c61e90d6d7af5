// The PII guard's detector on valid numbers made with the algorithm, invalid ones and the contexts in which
// 11 digits are not an identity number.

#include "IdentityNumberFixtures.h"
#include "TestSupport.h"

#include "core/IdentityNumbers.h"

#include <QStringEncoder>
#include <QTest>

using namespace vv;

namespace {

QByteArray make(int dd, int mm, int yy, int individual)
{
    return test::identityNumber(dd, mm, yy, individual);
}

// A common help number: first digit 8 or 9, eight more digits, the control digits.
QByteArray makeFh(const char *eight)
{
    for (int last = 0; last < 10; ++last) {
        const QByteArray nine = QByteArray(eight) + QByteArray::number(last);
        if (const auto c = identityControlDigits(nine))
            return nine + QByteArray::number(c->first) + QByteArray::number(c->second);
    }
    return {};
}

QByteArray withDigit(QByteArray number, int index, int delta)
{
    number[index] = static_cast<char>('0' + (number[index] - '0' + delta) % 10);
    return number;
}

QByteArray grouped(const QByteArray &number, const char *separator)
{
    return number.left(6) + separator + number.mid(6);
}

const QDate today(2025, 6, 1);

} // namespace

class TestIdentityNumbers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void controlDigitsMatchPublishedExample();
    void classify_data();
    void classify();
    void scanInContext_data();
    void scanInContext();
    void linesAreCounted();
    void piecesGiveTheSameResult();
    void linesAreCapped();
    void redactsForAuditPayloads();
};

void TestIdentityNumbers::controlDigitsMatchPublishedExample()
{
    // fnrinfo.no's worked example "Beregning av kontrollsiffer": 311299567 gets the control digits 1 and 5.
    const auto c = identityControlDigits("311299567");
    QVERIFY(c.has_value());
    QCOMPARE(c->first, 1);
    QCOMPARE(c->second, 5);
    QCOMPARE(classifyIdentityNumber("31129956715"), IdentityNumberType::Fodselsnummer);
    QVERIFY(!classifyIdentityNumber("31129956716"));
}

void TestIdentityNumbers::classify_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected"); // type key, or empty for "not an identity number"

    const QString fnr = QStringLiteral("fodselsnummer");
    const QByteArray born1990 = make(1, 1, 90, 123);
    QTest::newRow("fødselsnummer 1990") << born1990 << today << fnr;
    QTest::newRow("D-number: day + 40") << make(41, 1, 90, 123) << today << QStringLiteral("d_number");
    QTest::newRow("D-number, day 31 + 40") << make(71, 12, 85, 200) << today << QStringLiteral("d_number");
    QTest::newRow("H-number: month + 40") << make(1, 41, 90, 123) << today << QStringLiteral("h_number");
    QTest::newRow("H-number, December") << make(15, 52, 70, 300) << today << QStringLiteral("h_number");
    QTest::newRow("FH-number starting with 8") << makeFh("81234567") << today << QStringLiteral("fh_number");
    QTest::newRow("FH-number starting with 9") << makeFh("97654321") << today << QStringLiteral("fh_number");
    QTest::newRow("1854-1899: 500-749, year 54-99") << make(15, 6, 70, 600) << today << fnr;
    QTest::newRow("2000-2039: 500-999, year 00-39") << make(15, 6, 10, 600) << today << fnr;
    QTest::newRow("2000-2039: 900-999") << make(15, 6, 10, 950) << today << fnr;
    QTest::newRow("1940-1999: 900-999, year 40-99") << make(15, 6, 45, 950) << today << fnr;
    QTest::newRow("29 February 2000") << make(29, 2, 0, 600) << today << fnr;
    QTest::newRow("29 February 1996") << make(29, 2, 96, 123) << today << fnr;
    QTest::newRow("without a today, 2030 is possible") << make(15, 6, 30, 600) << QDate() << fnr;

    QTest::newRow("wrong first control digit") << withDigit(born1990, 9, 1) << today << QString();
    QTest::newRow("wrong second control digit") << withDigit(born1990, 10, 1) << today << QString();
    QTest::newRow("both control digits wrong") << withDigit(withDigit(born1990, 9, 3), 10, 7) << today << QString();
    QTest::newRow("one digit of the date changed") << withDigit(born1990, 1, 1) << today << QString();
    QTest::newRow("29 February 1900 (not a leap year)") << make(29, 2, 0, 123) << today << QString();
    QTest::newRow("31 April") << make(31, 4, 90, 123) << today << QString();
    QTest::newRow("day 32") << make(32, 1, 90, 123) << today << QString();
    QTest::newRow("day 00") << make(0, 1, 90, 123) << today << QString();
    QTest::newRow("month 13") << make(1, 13, 90, 123) << today << QString();
    QTest::newRow("month 00") << make(1, 0, 90, 123) << today << QString();
    QTest::newRow("D-number day 72") << make(72, 1, 90, 123) << today << QString();
    QTest::newRow("D-number and H-number at once") << make(41, 41, 90, 123) << today << QString();
    QTest::newRow("month + 80 (synthetic test numbers)") << make(1, 81, 90, 123) << today << QString();
    QTest::newRow("750-899 with year 40-99: not issued") << make(15, 6, 45, 800) << today << QString();
    QTest::newRow("500-749 with year 40-53: not issued") << make(15, 6, 45, 600) << today << QString();
    QTest::newRow("born in the future") << make(15, 6, 30, 600) << today << QString();
    QTest::newRow("born tomorrow") << make(2, 6, 25, 600) << today << QString();
    QTest::newRow("born today") << make(1, 6, 25, 600) << today << fnr;
    QTest::newRow("ten digits") << born1990.left(10) << today << QString();
    QTest::newRow("not digits") << QByteArray("0101901234a") << today << QString();
}

void TestIdentityNumbers::classify()
{
    QFETCH(QByteArray, number);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    QVERIFY2(number.size() == 11 || expected.isEmpty(), number.constData());
    const auto type = classifyIdentityNumber(number, today);
    QCOMPARE(type ? identityNumberTypeKey(*type) : QString(), expected);
    // The scanner agrees with the classifier on the number standing alone.
    QCOMPARE(IdentityNumberScanner::scan(number, today).count, expected.isEmpty() ? 0 : 1);
}

void TestIdentityNumbers::scanInContext_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("count");

    const QByteArray n = make(1, 1, 90, 123);
    const QByteArray d = make(45, 3, 82, 250);
    QTest::newRow("alone") << n << 1;
    QTest::newRow("empty text") << QByteArray() << 0;
    QTest::newRow("in a sentence") << "Pasienten (fnr " + n + ") ble innlagt." << 1;
    QTest::newRow("end of a sentence") << "Fnr: " + n + ". Neste linje" << 1;
    QTest::newRow("at the very end after a dot") << "fnr " + n + "." << 1;
    QTest::newRow("printed form DDMMYY NNNNN") << "fnr " + grouped(n, " ") + " ok" << 1;
    QTest::newRow("two spaces is not the printed form") << grouped(n, "  ") << 0;
    QTest::newRow("hyphen is not the printed form") << grouped(n, "-") << 0;
    QTest::newRow("six digits, a space, then a number") << "123456 " + n << 1;
    QTest::newRow("a number, then a space and more digits") << n + " 12345" << 1;
    QTest::newRow("CSV column") << "id,fnr,score\n7," + n + ",0.93\n" << 1;
    QTest::newRow("semicolon CSV") << "7;" + n + ";0,93\n" << 1;
    QTest::newRow("tab separated") << "7\t" + n + "\t1\n" << 1;
    QTest::newRow("JSON string") << "{\"fnr\": \"" + n + "\"}" << 1;
    QTest::newRow("JSON number") << "{\"fnr\":" + n + "}" << 1;
    QTest::newRow("file name with underscore") << "patient_" + n + ".csv" << 1;
    QTest::newRow("URL path") << "GET /api/patients/" + n + "/journal" << 1;
    QTest::newRow("D-number in a log line") << "2024-03-01T10:00:00Z lookup " + d + " ok" << 1;
    QTest::newRow("two on one line") << n + " og " + d << 2;

    QTest::newRow("inside 12 digits (before)") << "9" + n << 0;
    QTest::newRow("inside 12 digits (after)") << n + "9" << 0;
    QTest::newRow("inside a 13-digit timestamp") << "17" + n << 0;
    QTest::newRow("letter before (hex hash)") << "ab" + n + "cd" << 0;
    QTest::newRow("letter after") << n + "kr" << 0;
    QTest::newRow("fraction of a decimal number") << "0." + n << 0;
    QTest::newRow("followed by decimals") << n + ".5" << 0;
    QTest::newRow("international phone number") << "+" + n << 0;
    QTest::newRow("phone number with +47 and a space") << "+47 " + n << 1;
    QTest::newRow("Norwegian phone numbers") << QByteArray("+47 912 34 567, 004791234567, 91234567") << 0;
    QTest::newRow("wrong control digits in a CSV") << "7," + withDigit(n, 10, 1) + ",0.93\n" << 0;
    QTest::newRow("eleven zeros") << QByteArray("00000000000") << 0;
    QTest::newRow("Latin-1 text") << QByteArray("f\xf8" "dselsnummer: ") + n << 1;
}

void TestIdentityNumbers::scanInContext()
{
    QFETCH(QByteArray, text);
    QFETCH(int, count);
    QCOMPARE(IdentityNumberScanner::scan(text, today).count, count);
}

void TestIdentityNumbers::linesAreCounted()
{
    const QByteArray n = make(1, 1, 90, 123);
    const QByteArray h = make(1, 41, 90, 123);
    const QByteArray text = "header\n" + n + "\nfoo\nbar\r\n" + h + ";" + n + "\r\nlast " + n;
    const auto f = IdentityNumberScanner::scan(text, today);
    QCOMPARE(f.count, 4);
    QCOMPARE(f.lines, (std::vector<qint64>{2, 5, 6}));
    QCOMPARE(f.byType[static_cast<std::size_t>(IdentityNumberType::Fodselsnummer)], 3);
    QCOMPARE(f.byType[static_cast<std::size_t>(IdentityNumberType::HNumber)], 1);
    VV_COMPARE_JSON(f.toJson()["lines"], Json::array({2, 5, 6}));

    // UTF-16 with a byte-order mark, as Windows tools write "Unicode text".
    const QString utf16Text = QStringLiteral("a\nb ") + QString::fromLatin1(n) + QStringLiteral("\n");
    for (auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder enc(encoding, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = enc(utf16Text);
        const auto u = IdentityNumberScanner::scan(bytes, today);
        QCOMPARE(u.count, 1);
        QCOMPARE(u.lines, std::vector<qint64>{2});
    }
}

void TestIdentityNumbers::piecesGiveTheSameResult()
{
    QByteArray text;
    for (int i = 0; i < 50; ++i)
        text += "row " + QByteArray::number(i) + "," + make(1 + i % 28, 1 + i % 12, 60 + i % 30, 100 + i) + "," +
                grouped(make(2, 2, 80, 300 + i), " ") + ",0." + make(3, 3, 70, 200) + "\n";
    const auto whole = IdentityNumberScanner::scan(text, today);
    QCOMPARE(whole.count, 100); // the decimal fraction on each line is not counted
    for (int piece : {1, 2, 3, 7, 11, 4096}) {
        IdentityNumberScanner s(today);
        for (qsizetype i = 0; i < text.size(); i += piece)
            s.feed(text.constData() + i, std::min<qsizetype>(piece, text.size() - i));
        const auto f = s.finish();
        QCOMPARE(f.count, whole.count);
        QCOMPARE(f.lines, whole.lines);
    }
}

void TestIdentityNumbers::linesAreCapped()
{
    QByteArray text;
    const QByteArray n = make(1, 1, 90, 123);
    for (std::size_t i = 0; i < IdentityNumberFindings::maxLines + 500; ++i)
        text += n + "\n";
    const auto f = IdentityNumberScanner::scan(text, today);
    QCOMPARE(f.count, qint64(IdentityNumberFindings::maxLines + 500));
    QCOMPARE(f.lines.size(), IdentityNumberFindings::maxLines);
    QVERIFY(f.linesTruncated);
}

void TestIdentityNumbers::redactsForAuditPayloads()
{
    const QString n = QString::fromLatin1(make(1, 1, 90, 123));
    const QString wrong = QString::fromLatin1(withDigit(make(2, 2, 80, 300), 10, 1));
    const QString redacted = redactIdentityNumbers(QStringLiteral("rapport for %1 og %2.csv, ikke %3")
                                                       .arg(n, QString::fromLatin1(grouped(n.toLatin1(), " ")), wrong),
                                                   today);
    QVERIFY(!redacted.contains(n));
    QVERIFY(!redacted.contains(n.left(6)));
    QVERIFY(redacted.contains(wrong)); // not an identity number, so it stays
    QCOMPARE(redacted.count(QChar(0x2022)), 23);
    QCOMPARE(redactIdentityNumbers(QStringLiteral("ingen tall her")), QStringLiteral("ingen tall her"));
}

QTEST_GUILESS_MAIN(TestIdentityNumbers)
#include "tst_identitynumbers.moc"
