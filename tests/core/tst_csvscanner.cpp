#include "core/CsvScanner.h"
#include "core/CsvWriter.h"

#include <QTest>

using namespace vv;

// The expected splits are written out by hand, one row of the table per dialect rule.
class TestCsvScanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void records_data();
    void records();
    void quotingProblems_data();
    void quotingProblems();
    void delimiter_data();
    void delimiter();
    void decimal_data();
    void decimal();
    void header_data();
    void header();
    void headerProblems_data();
    void headerProblems();
    void boundariesFollowQuotes();
    void fieldCapStopsEarly();
    void writtenRecordsScanBack_data();
    void writtenRecordsScanBack();
};

namespace {

using Records = QList<QStringList>;

Records splitAll(const QByteArray &text, char delimiter, bool trim)
{
    Records out;
    const char *p = text.constData();
    const char *end = p + text.size();
    std::vector<std::string> fields;
    while (p < end) {
        const char *next = csv::recordEnd(p, end, true);
        if (csv::splitRecord(std::string_view(p, static_cast<std::size_t>(next - p)), delimiter, fields, trim) !=
            csv::Problem::None)
            return {{QStringLiteral("<problem>")}};
        QStringList row;
        for (const std::string &f : fields)
            row << QString::fromStdString(f);
        out << row;
        p = next;
    }
    return out;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList r;
    for (const char *c : cells)
        r << QString::fromUtf8(c);
    return r;
}

} // namespace

void TestCsvScanner::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("trim");
    QTest::addColumn<Records>("expected");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',' << true << Records{row({"a", "b", "c"}), row({"1", "2", "3"})};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << ',' << true << Records{row({"a,b", "c"})};
    QTest::newRow("escaped quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ',' << true
                                    << Records{row({"say \"hi\"", "x"})};
    QTest::newRow("quote inside unquoted field") << QByteArray("5\" disk,x\n") << ',' << true
                                                 << Records{row({"5\" disk", "x"})};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ',' << true << Records{row({"a", "b"}), row({"1", "2"})};
    QTest::newRow("CRLF untrimmed keeps CR") << QByteArray("a,b\r\n") << ',' << false << Records{row({"a", "b\r"})};
    QTest::newRow("embedded newline") << QByteArray("\"multi\nline\",2\n3,4\n") << ',' << true
                                      << Records{row({"multi\nline", "2"}), row({"3", "4"})};
    QTest::newRow("embedded CRLF") << QByteArray("\"a\r\nb\",2\r\n") << ',' << true << Records{row({"a\r\nb", "2"})};
    QTest::newRow("semicolon, decimal comma") << QByteArray("a;b\n1,5;2\n") << ';' << true
                                              << Records{row({"a", "b"}), row({"1,5", "2"})};
    QTest::newRow("tab is not blank when it delimits") << QByteArray("a\tb\n 1\t\t2\n") << '\t' << true
                                                      << Records{row({"a", "b"}), row({"1", "", "2"})};
    QTest::newRow("tab is blank under comma") << QByteArray("\ta ,\tb\n") << ',' << true << Records{row({"a", "b"})};
    QTest::newRow("spaces kept untrimmed") << QByteArray(" a , b\n") << ',' << false << Records{row({" a ", " b"})};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n\"\",x\n") << ',' << true
                                  << Records{row({"a", "", "c"}), row({"", "", ""}), row({"", "x"})};
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4\n") << ',' << true
                                 << Records{row({"a", "b", "c"}), row({"1"}), row({"1", "2", "3", "4"})};
    QTest::newRow("blank line is one empty field") << QByteArray("a\n\nb\n") << ',' << true
                                                   << Records{row({"a"}), row({""}), row({"b"})};
    QTest::newRow("last record without newline") << QByteArray("a,b\n1,2") << ',' << true
                                                  << Records{row({"a", "b"}), row({"1", "2"})};
    QTest::newRow("space after closing quote") << QByteArray("\"a\" ,b\n") << ',' << true << Records{row({"a", "b"})};
    QTest::newRow("UTF-8 kept") << QByteArray("bl\xc3\xa5,\"\xc3\xb8\"\n") << ',' << true
                                << Records{row({"bl\xc3\xa5", "\xc3\xb8"})};
}

void TestCsvScanner::records()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(bool, trim);
    QFETCH(Records, expected);
    QCOMPARE(splitAll(text, delimiter, trim), expected);
}

void TestCsvScanner::quotingProblems_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("problem");
    QTest::newRow("unclosed") << QByteArray("\"abc,d\n") << int(csv::Problem::UnclosedQuote);
    QTest::newRow("unclosed after escaped quote") << QByteArray("x,\"a\"\"") << int(csv::Problem::UnclosedQuote);
    QTest::newRow("text after quote") << QByteArray("\"a\"x,b\n") << int(csv::Problem::TextAfterQuote);
    QTest::newRow("text after quote, last field") << QByteArray("b,\"a\" x") << int(csv::Problem::TextAfterQuote);
}

void TestCsvScanner::quotingProblems()
{
    QFETCH(QByteArray, record);
    QFETCH(int, problem);
    std::vector<std::string> fields;
    QCOMPARE(int(csv::splitRecord(std::string_view(record.constData(), static_cast<std::size_t>(record.size())), ',',
                                  fields)),
             problem);
}

void TestCsvScanner::delimiter_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("a,b,c") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b;c") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc") << '\t';
    QTest::newRow("most common wins") << QByteArray("a;b,c;d") << ';';
    QTest::newRow("quoted delimiters do not count") << QByteArray("\"a;b;c\",d") << ',';
    QTest::newRow("none") << QByteArray("abc") << '\0';
}

void TestCsvScanner::delimiter()
{
    QFETCH(QByteArray, line);
    QFETCH(char, expected);
    QCOMPARE(csv::detectDelimiter(std::string_view(line.constData(), static_cast<std::size_t>(line.size()))), expected);
}

void TestCsvScanner::decimal_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<char>("expected");
    QTest::newRow("decimal comma, semicolons") << QByteArray("0,25;1\n0,5;0\n") << ';' << ',';
    QTest::newRow("decimal point") << QByteArray("0.25,1\n0.5,0\n") << ',' << '.';
    QTest::newRow("quoted decimal comma") << QByteArray("\"0,25\",1\n") << ',' << ',';
    QTest::newRow("negative decimal comma") << QByteArray("-1,5\tx\n") << '\t' << ',';
    QTest::newRow("mixed marks mean point") << QByteArray("0,25;0.5\n") << ';' << '.';
    QTest::newRow("no decimals") << QByteArray("1;0\nyes;no\n") << ';' << '.';
    QTest::newRow("text with a comma is not a number") << QByteArray("\"a,b\";1\n") << ';' << '.';
    QTest::newRow("thousands style is not a decimal") << QByteArray("1,234.5;1\n") << ';' << '.';
}

void TestCsvScanner::decimal()
{
    QFETCH(QByteArray, records);
    QFETCH(char, delimiter);
    QFETCH(char, expected);
    QCOMPARE(csv::detectDecimal(std::string_view(records.constData(), static_cast<std::size_t>(records.size())),
                                delimiter),
             expected);
}

void TestCsvScanner::header_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("lines");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << row({"a", "b"}) << ',' << 4 << 1;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a;b\n1;2\n") << row({"a", "b"}) << ';' << 7 << 1;
    QTest::newRow("CRLF and spaces") << QByteArray(" a\t; b \r\n1;2\r\n") << row({"a", "b"}) << ';' << 9 << 1;
    QTest::newRow("quoted name over two lines") << QByteArray("\"a\nb\",c\n1,2\n") << row({"a\nb", "c"}) << ','
                                                << 8 << 2;
    QTest::newRow("header only, no newline") << QByteArray("x\ty") << row({"x", "y"}) << '\t' << 3 << 1;
}

void TestCsvScanner::header()
{
    QFETCH(QByteArray, start);
    QFETCH(QStringList, names);
    QFETCH(char, delimiter);
    QFETCH(int, bytes);
    QFETCH(int, lines);
    csv::Header h;
    QCOMPARE(int(csv::scanHeader(std::string_view(start.constData(), static_cast<std::size_t>(start.size())), true, 0,
                                 1000, 100, h)),
             int(csv::HeaderProblem::None));
    QStringList got;
    for (const std::string &n : h.names)
        got << QString::fromStdString(n);
    QCOMPARE(got, names);
    QCOMPARE(h.delimiter, delimiter);
    QCOMPARE(int(h.bytes), bytes);
    QCOMPARE(int(h.lines), lines);
}

void TestCsvScanner::headerProblems_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<bool>("atEof");
    QTest::addColumn<int>("problem");
    QTest::newRow("empty") << QByteArray() << true << int(csv::HeaderProblem::Empty);
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE" "a\0,\0", 6) << true << int(csv::HeaderProblem::Utf16);
    QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF\0a", 4) << true << int(csv::HeaderProblem::Utf16);
    QTest::newRow("longer than the cap") << QByteArray("aaaa,bbbb,cccc\n") << true << int(csv::HeaderProblem::TooLong);
    QTest::newRow("no newline before the end of what was read") << QByteArray("a,b") << false
                                                                << int(csv::HeaderProblem::TooLong);
    QTest::newRow("zero byte") << QByteArray("a,\0b\n", 5) << true << int(csv::HeaderProblem::ZeroBytes);
    QTest::newRow("no delimiter") << QByteArray("abc\n") << true << int(csv::HeaderProblem::NoDelimiter);
    QTest::newRow("unclosed quote") << QByteArray("a,\"b") << true << int(csv::HeaderProblem::UnclosedQuote);
    QTest::newRow("too many columns") << QByteArray("a,b,c,d\n") << true << int(csv::HeaderProblem::TooManyColumns);
}

void TestCsvScanner::headerProblems()
{
    QFETCH(QByteArray, start);
    QFETCH(bool, atEof);
    QFETCH(int, problem);
    csv::Header h;
    QCOMPARE(int(csv::scanHeader(std::string_view(start.constData(), static_cast<std::size_t>(start.size())), atEof, 0,
                                 10, 3, h)),
             problem);
}

void TestCsvScanner::boundariesFollowQuotes()
{
    // Records start at 0, 8, 12 and 16 (the end); the newline inside quotes at 2 is no boundary.
    const QByteArray block("\"x\ny\",1\n2,3\n4,5\n");
    std::vector<const char *> splits;
    const char *begin = block.constData();
    QCOMPARE(int(csv::recordBoundaries(begin, begin + block.size(), 3, splits) - begin), 16);
    QCOMPARE(splits.size(), std::size_t(2));
    for (const char *s : splits)
        QVERIFY2(s - begin == 8 || s - begin == 12 || s - begin == 16, qPrintable(QString::number(s - begin)));
    // A block cut inside a quoted field ends at the last whole record.
    const QByteArray cut("a,b\n\"c\nd");
    QCOMPARE(int(csv::recordBoundaries(cut.constData(), cut.constData() + cut.size(), 2, splits) - cut.constData()), 4);
    // Without quotes, a block without a newline has no complete record.
    const QByteArray partial("a,b");
    QVERIFY(csv::recordBoundaries(partial.constData(), partial.constData() + partial.size(), 2, splits) ==
            partial.constData());
}

void TestCsvScanner::fieldCapStopsEarly()
{
    const QByteArray wide("a,b,c,d,e\n");
    std::vector<std::string> fields;
    QCOMPARE(int(csv::splitRecord(std::string_view(wide.constData(), static_cast<std::size_t>(wide.size())), ',',
                                  fields, true, 2)),
             int(csv::Problem::None));
    QCOMPARE(fields.size(), std::size_t(3)); // one past the cap, so the caller can tell
}


// The writer's records, scanned by the one scanner, give the fields back: quoting survives delimiters, quotes and
// line breaks, and only text a spreadsheet would run as a formula gains its apostrophe.
void TestCsvScanner::writtenRecordsScanBack_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << row({"H-01", "ok"}) << row({"H-01", "ok"}) << QByteArray("H-01,ok\r\n");
    QTest::newRow("delimiter") << row({"a, b", "c"}) << row({"a, b", "c"}) << QByteArray("\"a, b\",c\r\n");
    QTest::newRow("quote") << row({"say \"no\""}) << row({"say \"no\""}) << QByteArray("\"say \"\"no\"\"\"\r\n");
    QTest::newRow("line break") << row({"two\nlines", "x"}) << row({"two\nlines", "x"})
                                << QByteArray("\"two\nlines\",x\r\n");
    QTest::newRow("formula") << row({"=HYPERLINK(\"x\")", "y"}) << row({"'=HYPERLINK(\"x\")", "y"})
                             << QByteArray("\"'=HYPERLINK(\"\"x\"\")\",y\r\n");
    QTest::newRow("plus, at, minus") << row({"+1+1", "@SUM(A1)", "-2+3"}) << row({"'+1+1", "'@SUM(A1)", "'-2+3"})
                                     << QByteArray("'+1+1,'@SUM(A1),'-2+3\r\n");
    QTest::newRow("a negative number stays a number") << row({"-0.3", "+2"}) << row({"-0.3", "+2"})
                                                      << QByteArray("-0.3,+2\r\n");
    QTest::newRow("empty fields") << row({"", "", ""}) << row({"", "", ""}) << QByteArray(",,\r\n");
    QTest::newRow("Norwegian letters") << row({"Høy risiko", "ÆØÅ"}) << row({"Høy risiko", "ÆØÅ"})
                                       << QByteArray("H\xc3\xb8y risiko,\xc3\x86\xc3\x98\xc3\x85\r\n");
}

void TestCsvScanner::writtenRecordsScanBack()
{
    QFETCH(QStringList, fields);
    QFETCH(QStringList, expected);
    QFETCH(QByteArray, bytes);
    const QByteArray written = csv::record(fields);
    QCOMPARE(written, bytes);
    const Records back = splitAll(written, ',', true);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.front(), expected);
}

QTEST_GUILESS_MAIN(TestCsvScanner)
#include "tst_csvscanner.moc"
