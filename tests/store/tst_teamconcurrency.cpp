// Concurrent writers on one project: 8 processes edit the same few answers, each save based on the version it
// read. Every edit must be either applied or reported as a conflict (never lost silently), the stored versions
// must account for exactly the applied edits, and the audit chain must stay one valid chain. CI makes
// VEIVISER_CONCURRENCY_EDITS (default 25) edits per writer; tests/reliability/concurrency runs 200.

#include "TestPostgres.h"
#include "TestSupport.h"

#include "store/AnswerTable.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;

class TestTeamConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEditAppliedOrConflict_data();
    void everyEditAppliedOrConflict();
};

void TestTeamConcurrency::everyEditAppliedOrConflict_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void TestTeamConcurrency::everyEditAppliedOrConflict()
{
    QFETCH(QString, engine);
    const int writers = 8;
    const int edits = qEnvironmentVariableIsSet("VEIVISER_CONCURRENCY_EDITS")
                          ? qEnvironmentVariableIntValue("VEIVISER_CONCURRENCY_EDITS")
                          : 25;
    QTemporaryDir dir;
    QString location;
    if (engine == QStringLiteral("postgresql")) {
        test::TestPostgres pg;
        if (!pg.available())
            QSKIP(qPrintable(pg.skipReason()));
        QString problem;
        location = pg.freshDatabase(QStringLiteral("concurrency"), &problem);
        QVERIFY2(!location.isEmpty(), qPrintable(problem));
    } else {
        location = dir.filePath(QStringLiteral("c.veiviser"));
    }
    {
        auto created = ProjectStore::create(location, {QStringLiteral("C"), QStringLiteral("1"), ProjectRole::Both});
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
    }

    std::vector<std::unique_ptr<QProcess>> procs;
    for (int w = 0; w < writers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(VV_BIN_DIR "/vv-team-writer"),
                 {location, QStringLiteral("writer%1").arg(w), QString::number(edits), QString::number(1000 + w)});
        QVERIFY2(p->waitForStarted(), qPrintable(p->errorString()));
        procs.push_back(std::move(p));
    }
    qint64 applied = 0;
    qint64 conflicts = 0;
    for (auto &p : procs) {
        QVERIFY(p->waitForFinished(240000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, err.constData());
        auto doc = parseJson(p->readAllStandardOutput(), QStringLiteral("writer"));
        QVERIFY(doc);
        applied += (*doc)["applied"].get<qint64>();
        conflicts += (*doc)["conflicts"].get<qint64>();
    }
    qInfo("%s: %lld edits applied, %lld reported as conflicts", qPrintable(engine), applied, conflicts);
    QCOMPARE(applied + conflicts, qint64(writers) * edits);
    QVERIFY(applied > 0);

    auto store = ProjectStore::open(location, StoreOptions::readOnly());
    QVERIFY(store);
    // Each applied edit bumped one row's version once (a new row starts at 1) and wrote one audit entry.
    auto answers = AnswerTable(**store).all();
    QVERIFY(answers);
    qint64 versions = 0;
    for (const StoredAnswer &a : *answers)
        versions += a.rowVersion;
    QCOMPARE(versions, applied);
    auto entries = (*store)->auditEntries(1, 1000000);
    QVERIFY(entries);
    qint64 sets = 0;
    for (const AuditEntry &e : *entries)
        sets += e.action == QStringLiteral("answer.set") ? 1 : 0;
    QCOMPARE(sets, applied);
    auto verified = (*store)->verifyAudit();
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->entries, applied + 1);
}

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_teamconcurrency.moc"
