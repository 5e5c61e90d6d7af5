// The predictions CSV reader: dialects (delimiters, decimal commas, quotes, BOM), label forms, invalid rows with
// their line numbers, --drop-invalid, and hostile input.

#include "TestSupport.h"

#include "validation/PredictionsCsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <random>

using namespace vv;
using namespace vv::validation;

class TestPredictionsCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dialects_data();
    void dialects();
    void labelForms_data();
    void labelForms();
    void brokenFixtures_data();
    void brokenFixtures();
    void dropInvalidCountsRows();
    void lineNumbersAfterQuotedNewlines();
    void blocksAndChunksGiveTheSameResult();
    void groupsAndCompareColumns();
    void missingColumnListsTheColumns();
    void hostileLongLine();
    void longDecimalsAreNumbers();
    void tooManyGroups();
    void norwegianExcelExport();
    void previewShowsFirstRows();
    void cancelStopsReading();
    void positiveLabelNeverSeenIsAWarning();
    void randomDamageIsAnErrorNotACrash();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

static QString fixture(const QString &name)
{
    return QStringLiteral(VV_FIXTURES_DIR "/validation/") + name;
}

static CsvOptions columns(const QString &label = QStringLiteral("label"), const QString &score = QStringLiteral("score"))
{
    CsvOptions o;
    o.labelColumn = label;
    o.scoreColumn = score;
    return o;
}

void TestPredictionsCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestPredictionsCsv::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestPredictionsCsv::dialects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("delimiter"); // 0: detect
    QTest::addColumn<char>("decimal");
    QTest::addColumn<char>("expectedDelimiter");

    const QByteArray plain = "label,score\n1,0.9\n0,0.25\n1,0.5\n0,0.5\n";
    QTest::newRow("comma") << plain << 0 << '.' << ',';
    QTest::newRow("semicolon, decimal comma") << QByteArray("label;score\n1;0,9\n0;0,25\n1;0,5\n0;0,5\n") << 0 << ','
                                              << ';';
    QTest::newRow("tab") << QByteArray("label\tscore\n1\t0.9\n0\t0.25\n1\t0.5\n0\t0.5\n") << 0 << '.' << '\t';
    QTest::newRow("given delimiter") << QByteArray("label;score\n1;0.9\n0;0.25\n1;0.5\n0;0.5\n") << int(';') << '.'
                                     << ';';
    QTest::newRow("CRLF and BOM") << QByteArray("\xEF\xBB\xBFlabel,score\r\n1,0.9\r\n0,0.25\r\n1,0.5\r\n0,0.5\r\n") << 0
                                  << '.' << ',';
    QTest::newRow("quoted fields and names") << QByteArray("\"label\",\"score\"\n\"1\",\"0.9\"\n0,\"0.25\"\n1,0.5\n0,0.5\n")
                                             << 0 << '.' << ',';
    QTest::newRow("comma decimals quoted in a comma file")
        << QByteArray("label,score\n1,\"0,9\"\n0,\"0,25\"\n1,\"0,5\"\n0,\"0,5\"\n") << 0 << ',' << ',';
    QTest::newRow("spaces around fields") << QByteArray("label , score\n 1 , 0.9 \n0,0.25\n1, 0.5\n0 ,0.5\n") << 0 << '.'
                                          << ',';
    QTest::newRow("no final newline") << QByteArray("label,score\n1,0.9\n0,0.25\n1,0.5\n0,0.5") << 0 << '.' << ',';
    QTest::newRow("blank lines") << QByteArray("label,score\n1,0.9\n\n0,0.25\n1,0.5\n   \n0,0.5\n\n") << 0 << '.' << ',';
    QTest::newRow("exponent and plus sign") << QByteArray("label,score\n1,9e-1\n0,+2.5E-1\n1,0.5\n0,.5\n") << 0 << '.'
                                            << ',';
}

void TestPredictionsCsv::dialects()
{
    QFETCH(QByteArray, content);
    QFETCH(int, delimiter);
    QFETCH(char, decimal);
    QFETCH(char, expectedDelimiter);
    CsvOptions o = columns();
    o.delimiter = static_cast<char>(delimiter);
    o.decimal = decimal;
    auto p = PredictionsCsv::read(write(QStringLiteral("d.csv"), content), o);
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p->delimiter, expectedDelimiter);
    QCOMPARE(p->rows, 4);
    QCOMPARE(p->positives.score, (std::vector<double>{0.9, 0.5}));
    QCOMPARE(p->negatives.score, (std::vector<double>{0.25, 0.5}));
    QCOMPARE(p->header, (QStringList{QStringLiteral("label"), QStringLiteral("score")}));
    QCOMPARE(p->sha256, test::fileSha256(m_dir->filePath(QStringLiteral("d.csv"))));
}

void TestPredictionsCsv::labelForms_data()
{
    QTest::addColumn<QByteArray>("labels"); // four labels, comma-separated
    QTest::addColumn<QString>("positive");
    QTest::addColumn<QString>("expectPositive");
    QTest::addColumn<QString>("expectNegative");
    QTest::newRow("0/1") << QByteArray("1,0,1,0") << QString() << QStringLiteral("1") << QStringLiteral("0");
    QTest::newRow("1.0/0.0") << QByteArray("1.0,0.0,1.0,0") << QString() << QStringLiteral("1") << QStringLiteral("0");
    QTest::newRow("true/false") << QByteArray("true,false,TRUE,False") << QString() << QStringLiteral("1")
                                << QStringLiteral("0");
    QTest::newRow("named") << QByteArray("Poor,Good,Poor,Good") << QStringLiteral("Poor") << QStringLiteral("Poor")
                           << QStringLiteral("Good");
    QTest::newRow("named with spaces and æøå") << QByteArray("Dårlig, God,Dårlig ,God") << QStringLiteral("Dårlig")
                                               << QStringLiteral("Dårlig") << QStringLiteral("God");
}

void TestPredictionsCsv::labelForms()
{
    QFETCH(QByteArray, labels);
    QFETCH(QString, positive);
    QFETCH(QString, expectPositive);
    QFETCH(QString, expectNegative);
    const QList<QByteArray> l = labels.split(',');
    QByteArray csv = "label,score\n";
    const char *scores[] = {"0.8", "0.1", "0.7", "0.3"};
    for (int i = 0; i < 4; ++i)
        csv += l[i] + ',' + scores[i] + '\n';
    CsvOptions o = columns();
    o.positiveLabel = positive;
    auto p = PredictionsCsv::read(write(QStringLiteral("l.csv"), csv), o);
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p->positives.score, (std::vector<double>{0.8, 0.7}));
    QCOMPARE(p->negatives.score, (std::vector<double>{0.1, 0.3}));
    QCOMPARE(p->positiveClass, expectPositive);
    QCOMPARE(p->negativeClass, expectNegative);
}

void TestPredictionsCsv::brokenFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("positive");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QString label = QStringLiteral("label");
    QTest::newRow("NaN score") << "nan_score.csv" << label << QString() << '.' << 4 << "the score ('score') is missing";
    QTest::newRow("text score") << "text_score.csv" << label << QString() << '.' << 3 << "'abc' is not a number";
    QTest::newRow("inf score") << "inf_score.csv" << label << QString() << '.' << 3 << "'inf' is not a number";
    QTest::newRow("missing label") << "missing_label.csv" << label << QString() << '.' << 3
                                   << "the label ('label') is missing";
    QTest::newRow("label 2") << "bad_label.csv" << label << QString() << '.' << 5 << "the label '2' is not 0/1";
    QTest::newRow("unterminated quote") << "unterminated_quote.csv" << label << QString() << '.' << 3
                                        << "no closing quote";
    QTest::newRow("text after quote") << "text_after_quote.csv" << label << QString() << '.' << 3
                                      << "text follows the closing quote";
    QTest::newRow("wrong field count") << "wrong_field_count.csv" << label << QString() << '.' << 3
                                       << "the row has 4 fields, the header has 3";
    QTest::newRow("UTF-16") << "utf16.csv" << label << QString() << '.' << 1 << "UTF-16";
    QTest::newRow("binary") << "binary.csv" << label << QString() << '.' << 1 << "not text";
    QTest::newRow("empty") << "empty.csv" << label << QString() << '.' << 1 << "the file is empty";
    QTest::newRow("header only") << "header_only.csv" << label << QString() << '.' << 2 << "no data rows";
    QTest::newRow("no delimiter") << "no_delimiter.csv" << label << QString() << '.' << 1
                                  << "no comma, semicolon or tab";
    QTest::newRow("three classes") << "three_classes.csv" << QStringLiteral("outcome") << QStringLiteral("Poor") << '.'
                                   << 4 << "more than two classes";
    QTest::newRow("no positive class among two") << "three_classes.csv" << QStringLiteral("outcome")
                                                 << QStringLiteral("poor") << '.' << 3 << "none is the positive class";
    QTest::newRow("duplicate column") << "duplicate_column.csv" << label << QString() << '.' << 1
                                      << "2 columns named 'score'";
    QTest::newRow("thousands separator") << "thousands_separator.csv" << label << QString() << ',' << 3
                                         << "'1.234,5' is not a number";
}

void TestPredictionsCsv::brokenFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, label);
    QFETCH(QString, positive);
    QFETCH(char, decimal);
    QFETCH(int, line);
    QFETCH(QString, message);
    CsvOptions o = columns(label);
    o.positiveLabel = positive;
    o.decimal = decimal;
    const QString path = fixture(QStringLiteral("broken/") + file);
    auto p = PredictionsCsv::read(path, o);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind(), Error::Kind::Input);
    QVERIFY2(p.error().what().contains(message), qPrintable(p.error().toString()));
    QCOMPARE(p.error().where().file, path);
    QCOMPARE(p.error().where().line, line);
    // The one-line form names the file and line, and says what to do.
    QVERIFY(p.error().toString().startsWith(path + QLatin1Char(':') + QString::number(line)));
    QVERIFY(!p.error().hint().isEmpty());
}

void TestPredictionsCsv::dropInvalidCountsRows()
{
    CsvOptions o = columns();
    o.dropInvalid = true;
    const QByteArray csv = "id,label,score\n1,1,0.9\n2,1,NA\n3,0,0.2\n4,,0.5\n5,0,x\n6,0,0.1\n7,1\n";
    auto p = PredictionsCsv::read(write(QStringLiteral("drop.csv"), csv), o);
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p->rows, 7);
    QCOMPARE(p->dropped, 4);
    QCOMPARE(p->n(), 3);
    QCOMPARE(p->droppedExamples.size(), std::size_t(4));
    const qint64 lines[] = {3, 5, 6, 8};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(p->droppedExamples[static_cast<std::size_t>(i)].line, lines[i]);
    QVERIFY(p->droppedExamples[3].reason.contains(QStringLiteral("2 fields")));
    // Without the flag the first of them stops the read, naming its line.
    o.dropInvalid = false;
    auto strict = PredictionsCsv::read(m_dir->filePath(QStringLiteral("drop.csv")), o);
    QVERIFY(!strict.ok());
    QCOMPARE(strict.error().where().line, 3);
    // Malformed quoting is not a row problem: --drop-invalid cannot skip it.
    o.dropInvalid = true;
    auto quote = PredictionsCsv::read(fixture(QStringLiteral("broken/unterminated_quote.csv")), o);
    QVERIFY(!quote.ok());
    // A file where every row is invalid is an error, not an empty result.
    auto none = PredictionsCsv::read(write(QStringLiteral("none.csv"), "label,score\n1,x\n0,y\n"), o);
    QVERIFY(!none.ok());
    QVERIFY(none.error().what().contains(QStringLiteral("every row")));
}

void TestPredictionsCsv::lineNumbersAfterQuotedNewlines()
{
    const QByteArray csv = "label,score,note\n1,0.9,\"two\nlines\"\n0,0.2,\"a \"\"quoted\"\" word, with comma\"\n1,bad,x\n";
    auto p = PredictionsCsv::read(write(QStringLiteral("q.csv"), csv), columns());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().where().line, 5);
    CsvOptions o = columns();
    o.dropInvalid = true;
    auto d = PredictionsCsv::read(m_dir->filePath(QStringLiteral("q.csv")), o);
    QVERIFY(d.ok());
    QCOMPARE(d->n(), 2);
    QCOMPARE(d->droppedExamples.front().line, 5);
}

void TestPredictionsCsv::blocksAndChunksGiveTheSameResult()
{
    // 200 000 rows with quoted notes holding delimiters and newlines, read in one block and in blocks of 64 KiB
    // (so records straddle block ends and both threads parse chunks): the same rows, in the same order.
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QByteArray csv = "id;label;score;site;note\n";
    std::vector<double> expectPos, expectNeg;
    for (int i = 0; i < 200000; ++i) {
        const bool pos = u(rng) < 0.3;
        const double s = std::round(u(rng) * 1e6) / 1e6;
        (pos ? expectPos : expectNeg).push_back(s);
        csv += QByteArray::number(i) + ';' + (pos ? "1" : "0") + ';' + QByteArray::number(s, 'g', 17) + ';' +
               (i % 3 ? "A" : "B") + ';';
        if (i % 97 == 0)
            csv += "\"a;b\nc\"";
        csv += '\n';
    }
    const QString path = write(QStringLiteral("big.csv"), csv);
    CsvOptions o = columns();
    o.groupColumn = QStringLiteral("site");
    auto whole = PredictionsCsv::read(path, o);
    QVERIFY(whole.ok());
    o.blockBytes = 1 << 16;
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    auto blocks = PredictionsCsv::read(path, o);
    QVERIFY2(blocks.ok(), qPrintable(blocks ? QString() : blocks.error().toString()));
    for (const auto *p : {&*whole, &*blocks}) {
        QCOMPARE(p->positives.score, expectPos);
        QCOMPARE(p->negatives.score, expectNeg);
        QCOMPARE(p->rows, 200000);
        QCOMPARE(p->groups, (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    }
    QCOMPARE(whole->positives.group, blocks->positives.group);
    QCOMPARE(whole->sha256, blocks->sha256);
    QCOMPARE(whole->sha256, test::fileSha256(path));
    // An error deep in the file names its line whatever the block size.
    csv += "x;1;bad;A;\n";
    const QString bad = write(QStringLiteral("bad.csv"), csv);
    auto e = PredictionsCsv::read(bad, o);
    QVERIFY(!e.ok());
    const int expectedLine = 1 + 200000 + 200000 / 97 + 1 + 1;
    QCOMPARE(e.error().where().line, expectedLine);
}

void TestPredictionsCsv::groupsAndCompareColumns()
{
    CsvOptions o = columns();
    o.groupColumn = QStringLiteral("site");
    o.compareColumn = QStringLiteral("old");
    auto p = PredictionsCsv::read(write(QStringLiteral("g.csv"),
                                        "label,score,old,site\n1,0.9,0.6,Oslo\n0,0.1,0.3,Bergen\n1,0.4,0.2,\n0,0.3,0.4,Oslo\n"),
                                  o);
    QVERIFY(p.ok());
    QCOMPARE(p->groups, (QStringList{QStringLiteral("Oslo"), QStringLiteral("Bergen"), QString()}));
    QCOMPARE(p->positives.group, (std::vector<std::uint32_t>{0, 2}));
    QCOMPARE(p->negatives.group, (std::vector<std::uint32_t>{1, 0}));
    QCOMPARE(p->positives.compare, (std::vector<double>{0.6, 0.2}));
    QCOMPARE(p->negatives.compare, (std::vector<double>{0.3, 0.4}));
    // A missing comparison score makes the row invalid too.
    auto bad = PredictionsCsv::read(write(QStringLiteral("g2.csv"), "label,score,old,site\n1,0.9,,Oslo\n"), o);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().what().contains(QStringLiteral("comparison score")));
}

void TestPredictionsCsv::missingColumnListsTheColumns()
{
    auto p = PredictionsCsv::read(fixture(QStringLiteral("asah.csv")), columns(QStringLiteral("outcome"),
                                                                              QStringLiteral("S100B")));
    QVERIFY(!p.ok());
    QVERIFY(p.error().what().contains(QStringLiteral("no column 'S100B'")));
    QVERIFY(p.error().hint().contains(QStringLiteral("'s100b'")));
    QCOMPARE(p.error().where().line, 1);
}

void TestPredictionsCsv::hostileLongLine()
{
    // 3 MiB without a newline: refused with the line named, without reading the whole file into one field.
    QByteArray csv = "label,score\n1,0.5\n0,";
    csv += QByteArray(3 << 20, '7');
    csv += "\n";
    auto p = PredictionsCsv::read(write(QStringLiteral("long.csv"), csv), columns());
    QVERIFY(!p.ok());
    QVERIFY2(p.error().what().contains(QStringLiteral("longer than")), qPrintable(p.error().toString()));
    QCOMPARE(p.error().where().line, 3);
    // An unclosed quote swallowing the rest of a large file fails the same way.
    QByteArray quote = "label,score,note\n1,0.5,\"";
    for (int i = 0; i < 200000; ++i)
        quote += "0,0.5,x\n";
    auto q = PredictionsCsv::read(write(QStringLiteral("quote.csv"), quote), columns());
    QVERIFY(!q.ok());
    QCOMPARE(q.error().where().line, 2);
    // A header of a million columns is refused.
    QByteArray wide = "label,score";
    for (int i = 0; i < 20000; ++i)
        wide += ",c" + QByteArray::number(i);
    auto w = PredictionsCsv::read(write(QStringLiteral("wide.csv"), wide + "\n1,0.5\n"), columns());
    QVERIFY(!w.ok());
    QVERIFY(w.error().what().contains(QStringLiteral("columns")));
}

void TestPredictionsCsv::longDecimalsAreNumbers()
{
    // A valid decimal with 100 000 digits is a number, in both decimal styles; one beyond double's range is named
    // as that, never "not a number".
    const QByteArray digits(100000, '3');
    auto p = PredictionsCsv::read(write(QStringLiteral("digits.csv"), "label,score\n1,0." + digits + "\n0,0.1\n"), columns());
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().toString().left(300)));
    QCOMPARE(p->n(), 2);
    CsvOptions comma = columns();
    comma.decimal = ',';
    comma.delimiter = ';';
    auto c = PredictionsCsv::read(write(QStringLiteral("komma.csv"), "label;score\n1;0," + digits + "\n0;0,1\n"), comma);
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().toString().left(300)));
    QCOMPARE(c->n(), 2);
    auto huge = PredictionsCsv::read(write(QStringLiteral("huge.csv"), "label,score\n1,1" + digits + "\n0,0.1\n"), columns());
    QVERIFY(!huge.ok());
    QVERIFY2(!huge.error().what().contains(QStringLiteral("not a number")), qPrintable(huge.error().what().left(300)));
    QVERIFY2(huge.error().what().contains(QStringLiteral("too large")), qPrintable(huge.error().what().left(300)));
}

void TestPredictionsCsv::tooManyGroups()
{
    QByteArray csv = "label,score,site\n";
    for (int i = 0; i < PredictionsCsv::maxGroups + 5; ++i)
        csv += QByteArray(i % 2 ? "1" : "0") + ",0.5,site" + QByteArray::number(i) + '\n';
    CsvOptions o = columns();
    o.groupColumn = QStringLiteral("site");
    o.dropInvalid = true;
    auto p = PredictionsCsv::read(write(QStringLiteral("groups.csv"), csv), o);
    QVERIFY(!p.ok());
    QVERIFY(p.error().what().contains(QStringLiteral("more than %1 different values").arg(PredictionsCsv::maxGroups)));
}

void TestPredictionsCsv::norwegianExcelExport()
{
    CsvOptions o = columns(QStringLiteral("utfall"), QStringLiteral("S100B (µg/l)"));
    o.decimal = ',';
    o.positiveLabel = QStringLiteral("Dårlig");
    o.groupColumn = QStringLiteral("kjønn");
    auto nb = PredictionsCsv::read(fixture(QStringLiteral("asah_nb.csv")), o);
    QVERIFY2(nb.ok(), qPrintable(nb ? QString() : nb.error().toString()));
    auto plain = PredictionsCsv::read(fixture(QStringLiteral("asah.csv")), columns(QStringLiteral("poor"),
                                                                                   QStringLiteral("s100b")));
    QVERIFY(plain.ok());
    QCOMPARE(nb->delimiter, ';');
    QCOMPARE(nb->n(), 113);
    QCOMPARE(nb->positives.score, plain->positives.score);
    QCOMPARE(nb->negatives.score, plain->negatives.score);
    QCOMPARE(nb->groups, (QStringList{QStringLiteral("Kvinne"), QStringLiteral("Mann")}));
    QCOMPARE(nb->negativeClass, QStringLiteral("God"));
}

void TestPredictionsCsv::previewShowsFirstRows()
{
    auto p = PredictionsCsv::preview(fixture(QStringLiteral("asah_nb.csv")), 5);
    QVERIFY(p.ok());
    QCOMPARE(p->delimiter, ';');
    QCOMPARE(p->header.size(), 5);
    QCOMPARE(p->header[2], QStringLiteral("kjønn"));
    QCOMPARE(p->rows.size(), 5);
    QCOMPARE(p->rows[0][1], QStringLiteral("God"));
    QCOMPARE(p->decimal, ','); // the Norwegian export writes 0,13
    auto english = PredictionsCsv::preview(fixture(QStringLiteral("asah.csv")), 5);
    QVERIFY(english.ok());
    QCOMPARE(english->delimiter, ',');
    QCOMPARE(english->decimal, '.');
    auto broken = PredictionsCsv::preview(fixture(QStringLiteral("broken/utf16.csv")));
    QVERIFY(!broken.ok());
}

void TestPredictionsCsv::cancelStopsReading()
{
    CancellationToken token;
    token.cancel();
    auto p = PredictionsCsv::read(fixture(QStringLiteral("asah.csv")), columns(QStringLiteral("poor"), QStringLiteral("s100b")),
                                  &token);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind(), Error::Kind::Cancelled);
}

void TestPredictionsCsv::positiveLabelNeverSeenIsAWarning()
{
    CsvOptions o = columns(QStringLiteral("outcome"), QStringLiteral("s100b"));
    o.positiveLabel = QStringLiteral("Good");
    auto p = PredictionsCsv::read(write(QStringLiteral("one.csv"), "outcome,s100b\nPoor,0.3\nPoor,0.4\n"), o);
    QVERIFY(p.ok());
    QCOMPARE(p->positives.size(), std::size_t(0));
    QCOMPARE(p->warnings.size(), 1);
    QVERIFY(p->warnings[0].contains(QStringLiteral("'Good'")));
}

void TestPredictionsCsv::randomDamageIsAnErrorNotACrash()
{
    // A valid file with random bytes changed, inserted or cut: every read ends in a result or an input error that
    // names a line, never a crash (the asan preset runs this under AddressSanitizer and UBSan).
    QFile f(fixture(QStringLiteral("asah.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray valid = f.readAll();
    std::mt19937_64 rng(99);
    const char alphabet[] = {'"', ',', ';', '\t', '\n', '\r', '\0', 'x', '1', '0', '.', '-', 'e', ' ', '\xEF', '\xBB'};
    CsvOptions o = columns(QStringLiteral("poor"), QStringLiteral("s100b"));
    o.groupColumn = QStringLiteral("gender");
    o.blockBytes = 1 << 16;
    int ok = 0, errors = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray damaged = valid;
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const auto at = static_cast<qsizetype>(rng() % static_cast<std::uint64_t>(damaged.size()));
            const char c = alphabet[rng() % sizeof(alphabet)];
            switch (rng() % 3) {
            case 0: damaged[at] = c; break;
            case 1: damaged.insert(at, c); break;
            default: damaged.truncate(std::max<qsizetype>(at, 1)); break;
            }
        }
        o.dropInvalid = i % 2;
        auto p = PredictionsCsv::read(write(QStringLiteral("damaged.csv"), damaged), o);
        if (p) {
            ++ok;
            QCOMPARE(p->n() + p->dropped, p->rows);
        } else {
            ++errors;
            QCOMPARE(p.error().kind(), Error::Kind::Input);
            QVERIFY(p.error().where().line >= 1);
        }
    }
    QVERIFY(ok > 0 && errors > 0);
}

QTEST_GUILESS_MAIN(TestPredictionsCsv)
#include "tst_predictions_csv.moc"
