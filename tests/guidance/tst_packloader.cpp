// Pack loading: one broken guidance root per validation rule (tests/fixtures/guidance/broken, written by
// make_fixtures.py), each with the FILE:LINE:COL message it must produce, and the loader's behaviour on the edges.

#include "TestSupport.h"

#include "guidance/GuidanceLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace vv;
using namespace vv::guidance;

class TestPackLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void brokenFixtures_data();
    void brokenFixtures();
    void validFixtureLoads();
    void checkOnePackReportsBrokenDependencyOnce();
    void checkOnePackIgnoresUnrelatedSiblings();
    void checkAcceptsAFileForItsFolder();
    void checkRefusesMissingPath();
    void oversizedFileIsRefused();
    void aliasBombIsBounded();
    void deepYamlIsRefused();
    void errorsAreCapped();
    void loadCheckedFailsWithFirstProblem();

private:
    static QString fixtures() { return QStringLiteral(VV_FIXTURES_DIR "/guidance"); }
};

static QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

static void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

/// The problems of a check, each as "FILE:LINE:COL: message" with the checked folder's prefix removed.
static QStringList problems(const QString &root)
{
    QStringList out;
    const Diagnostics d = GuidanceLibrary::check(root);
    for (const Error &e : d.errors()) {
        QString line = e.toString();
        if (line.startsWith(root + QLatin1Char('/')))
            line = line.mid(root.size() + 1);
        out << line;
    }
    return out;
}

void TestPackLoader::brokenFixtures_data()
{
    QTest::addColumn<QString>("root");
    const QDir dir(fixtures() + QStringLiteral("/broken"));
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 50, "one fixture per validation rule");
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestPackLoader::brokenFixtures()
{
    QFETCH(QString, root);
    const QStringList expected = read(root + QStringLiteral("/expected.txt")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!expected.isEmpty());
    const QStringList actual = problems(root);
    // Exactly the expected problems: each expected line begins one reported problem, and nothing else is reported.
    QVERIFY2(actual.size() == expected.size(),
             qPrintable(QStringLiteral("expected:\n%1\nactual:\n%2").arg(expected.join(QLatin1Char('\n')),
                                                                          actual.join(QLatin1Char('\n')))));
    for (const QString &e : expected) {
        const bool found = std::any_of(actual.begin(), actual.end(), [&](const QString &a) { return a.startsWith(e); });
        QVERIFY2(found, qPrintable(QStringLiteral("missing: %1\nactual:\n%2").arg(e, actual.join(QLatin1Char('\n')))));
    }
}

void TestPackLoader::validFixtureLoads()
{
    PackCounts counts;
    const Diagnostics d = GuidanceLibrary::check(fixtures() + QStringLiteral("/data/guidance"), &counts);
    QVERIFY2(d.isEmpty(), qPrintable(d.isEmpty() ? QString() : d.errors().front().toString()));
    QCOMPARE(counts.packs, 2);
    QCOMPARE(counts.questions, 6);
    QCOMPARE(counts.decisions, 3);
    QCOMPARE(counts.requirements, 4);
    QCOMPARE(counts.crosswalkLinks, 1);
}

void TestPackLoader::checkOnePackReportsBrokenDependencyOnce()
{
    QTemporaryDir dir;
    // common is broken in two places; reg, which depends on it, is fine.
    QDir().mkpath(dir.filePath(QStringLiteral("guidance")));
    const QString src = fixtures() + QStringLiteral("/data/guidance");
    VV_HELPER(write(dir.filePath(QStringLiteral("guidance/reg/pack.yaml")), read(src + QStringLiteral("/reg/pack.yaml")).toUtf8()));
    VV_HELPER(write(dir.filePath(QStringLiteral("guidance/reg/decisions.yaml")), read(src + QStringLiteral("/reg/decisions.yaml")).toUtf8()));
    VV_HELPER(write(dir.filePath(QStringLiteral("guidance/reg/requirements.yaml")),
          read(src + QStringLiteral("/reg/requirements.yaml")).toUtf8()));
    QString common = read(src + QStringLiteral("/common/pack.yaml"));
    common.replace(QStringLiteral("version: 1.0.0"), QStringLiteral("version: one"));
    common.replace(QStringLiteral("type: number"), QStringLiteral("type: numeric"));
    VV_HELPER(write(dir.filePath(QStringLiteral("guidance/common/pack.yaml")), common.toUtf8()));

    const QString reg = dir.filePath(QStringLiteral("guidance/reg"));
    const QStringList onlyReg = problems(reg);
    QVERIFY2(onlyReg.size() == 1, qPrintable(onlyReg.join(QLatin1Char('\n'))));
    QVERIFY2(onlyReg.front().startsWith(QStringLiteral("pack.yaml:7:14: the pack 'common' that this pack depends on has 4 problem(s)")),
             qPrintable(onlyReg.front()));
    const QStringList commonProblems = problems(dir.filePath(QStringLiteral("guidance/common")));
    QCOMPARE(commonProblems.size(), 4); // version, the type, and sys.users's min and max on a non-number
}

void TestPackLoader::checkOnePackIgnoresUnrelatedSiblings()
{
    QTemporaryDir dir;
    const QString src = fixtures() + QStringLiteral("/data/guidance");
    VV_HELPER(write(dir.filePath(QStringLiteral("guidance/common/pack.yaml")), read(src + QStringLiteral("/common/pack.yaml")).toUtf8()));
    VV_HELPER(write(dir.filePath(QStringLiteral("guidance/other/pack.yaml")), "id: other\nversion: nope\n"));
    const QStringList p = problems(dir.filePath(QStringLiteral("guidance/common")));
    QVERIFY2(p.isEmpty(), qPrintable(p.join(QLatin1Char('\n'))));
    QCOMPARE(problems(dir.filePath(QStringLiteral("guidance"))).size(), 5); // the version and four missing keys
}

void TestPackLoader::checkAcceptsAFileForItsFolder()
{
    const QString root = fixtures() + QStringLiteral("/broken/unknown-fact");
    const Diagnostics d = GuidanceLibrary::check(root + QStringLiteral("/p/pack.yaml"));
    QCOMPARE(d.size(), 1);
    QVERIFY(d.errors().front().what().contains(QStringLiteral("x.flagg")));
}

void TestPackLoader::checkRefusesMissingPath()
{
    const Diagnostics d = GuidanceLibrary::check(QStringLiteral("/nonexistent/guidance"));
    QCOMPARE(d.size(), 1);
    QVERIFY(d.errors().front().what().contains(QStringLiteral("does not exist")));
    QTemporaryDir empty;
    const Diagnostics e = GuidanceLibrary::check(empty.path());
    QCOMPARE(e.size(), 1);
    QVERIFY(e.errors().front().what().contains(QStringLiteral("holds no pack.yaml")));
}

void TestPackLoader::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("p"));
    VV_HELPER(write(pack + QStringLiteral("/pack.yaml"), "id: p\n"));
    VV_HELPER(write(pack + QStringLiteral("/big.yaml"), QByteArray(int(PackLoader::maxFileBytes) + 10, '#')));
    const QStringList p = problems(pack);
    QVERIFY(std::any_of(p.begin(), p.end(), [](const QString &s) {
        return s.startsWith(QStringLiteral("big.yaml: the file is larger than"));
    }));
}

void TestPackLoader::aliasBombIsBounded()
{
    // One valid question with 2000 sources, listed 2000 times by alias: 12 kB that describe four million items.
    // Every list stays under the per-list limit and nothing is malformed, so only the node budget stops the walk.
    QByteArray sources = "[s";
    for (int i = 1; i < 2000; ++i)
        sources += ", s";
    sources += "]";
    QByteArray yaml = "questions: [&q {id: x.y, type: bool, text: {nb: A, en: A}, sources: " + sources + "}";
    for (int i = 1; i < 2000; ++i)
        yaml += ", *q";
    yaml += "]\n";
    QVERIFY(yaml.size() < 20000);
    Diagnostics d;
    PackLoader::loadFiles(QStringLiteral("p"), {{QStringLiteral("pack.yaml"), yaml}}, d);
    QVERIFY(d.size() <= Diagnostics::maxErrors + 1);
    const auto budget = std::find_if(d.errors().begin(), d.errors().end(), [](const Error &e) {
        return e.what() == QStringLiteral("the file describes too many items (aliases repeated too often?)");
    });
    QVERIFY2(budget != d.errors().end(), qPrintable(d.isEmpty() ? QString() : d.errors().front().toString()));
    QCOMPARE(budget->where().file, QStringLiteral("p/pack.yaml"));
    QCOMPARE(budget->hint(), QStringLiteral("Write the pack without YAML aliases."));
}

void TestPackLoader::deepYamlIsRefused()
{
    Diagnostics d;
    const QByteArray deep = "questions: " + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n";
    PackLoader::loadFiles(QStringLiteral("p"), {{QStringLiteral("pack.yaml"), deep}}, d);
    QVERIFY(d.hasSyntaxErrors());
    // Said as what it is, with the level and FILE:LINE, not yaml-cpp's "bad file".
    const Error &e = d.errors().front();
    QVERIFY2(e.what().contains(QStringLiteral("nested too deeply (more than ")), qPrintable(e.toString()));
    QVERIFY2(!e.what().contains(QStringLiteral("bad file")), qPrintable(e.toString()));
    QCOMPARE(e.where().file, QStringLiteral("p/pack.yaml")); // the pack folder and the file, as in every pack error
    QCOMPARE(e.where().line, 1);
    // On a later line, that line is named.
    Diagnostics later;
    PackLoader::loadFiles(QStringLiteral("p"), {{QStringLiteral("pack.yaml"), "id: p\n" + deep}}, later);
    QVERIFY(!later.errors().empty());
    QCOMPARE(later.errors().front().where().line, 2);
}

void TestPackLoader::errorsAreCapped()
{
    QByteArray yaml = "questions:\n";
    for (int i = 0; i < 2000; ++i)
        yaml += "  - {bad: 1}\n";
    Diagnostics d;
    PackLoader::loadFiles(QStringLiteral("p"), {{QStringLiteral("pack.yaml"), yaml}}, d);
    QCOMPARE(d.size(), qsizetype(Diagnostics::maxErrors + 1));
    QVERIFY(d.errors().back().what().contains(QStringLiteral("the rest are not listed")));
}

void TestPackLoader::loadCheckedFailsWithFirstProblem()
{
    auto bad = GuidanceLibrary::loadChecked(fixtures() + QStringLiteral("/broken/unknown-fact"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), Error::Kind::Runtime);
    QVERIFY(bad.error().what().contains(QStringLiteral("x.flagg")));
    auto good = GuidanceLibrary::loadChecked(fixtures() + QStringLiteral("/data/guidance"));
    QVERIFY(good.ok());
    QCOMPARE(int(good->packs().size()), 2);
    QCOMPARE(good->packs().front().id, QStringLiteral("common"));
}

QTEST_GUILESS_MAIN(TestPackLoader)
#include "tst_packloader.moc"
