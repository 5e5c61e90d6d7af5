#include "Tampering.h"
#include "TestSupport.h"

#include "store/AnswerTable.h"
#include "store/AuditChain.h"
#include "store/DocumentDetailTable.h"
#include "store/ProjectStore.h"
#include "store/RequirementStateTable.h"

#include <QFile>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using vv::test::rechainFrom;
using vv::test::tamper;

class TestAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void intactChain();
    void tampering_data();
    void tampering();
    void hashCoversEveryField();
    void stateChangedOutsideVeiviser_data();
    void stateChangedOutsideVeiviser();
    void rewrittenHistoryMeetsNoAnchor();
    void anchorMissingEntries();
    void damagedFileIsNeverIntact();
};

namespace {

// A project with something in every replayed table: two answers, a requirement state with notes, a document
// detail, and a removed answer.
bool fillProject(const QString &file, const Clock &clock)
{
    StoreOptions o;
    o.clock = &clock;
    o.actor = QStringLiteral("alice");
    auto store = ProjectStore::create(file, {QStringLiteral("State"), QStringLiteral("1"), ProjectRole::Provider}, o);
    if (!store)
        return false;
    AnswerTable answers(**store);
    if (!answers.apply({{QStringLiteral("org.role"), Json("provider"), QStringLiteral("mdr"), QStringLiteral("1.0")},
                        {QStringLiteral("mdr.is_device"), Json(true), QStringLiteral("mdr"), QStringLiteral("1.0")},
                        {QStringLiteral("gdpr.x"), Json(3), QStringLiteral("gdpr"), QStringLiteral("1.0")}}))
        return false;
    if (!answers.apply({{QStringLiteral("gdpr.x"), Json(), QStringLiteral("gdpr"), QStringLiteral("1.0")}}))
        return false;
    RequirementState state;
    state.urn = QStringLiteral("urn:veiviser:ai-act:art-10");
    state.status = RequirementStatus::InProgress;
    state.owner = QStringLiteral("Kari");
    state.notes = QStringLiteral("Data governance notes");
    state.dueDate = QDate(2027, 1, 15);
    state.packId = QStringLiteral("ai-act");
    state.packVersion = QStringLiteral("1.0");
    if (!RequirementStateTable(**store).save(state))
        return false;
    return DocumentDetailTable(**store).set({{QStringLiteral("ai-act-annex-iv.intended_purpose"), QStringLiteral("nb"),
                                              QStringLiteral("Sepsis warning")}})
        .ok();
}

} // namespace

static std::unique_ptr<ProjectStore> makeProject(const QString &file, const Clock &clock, int updates)
{
    StoreOptions o;
    o.clock = &clock;
    o.actor = QStringLiteral("alice");
    auto store = ProjectStore::create(file, {QStringLiteral("Chain"), QStringLiteral("1"), ProjectRole::Deployer}, o);
    if (!store)
        return nullptr;
    for (int i = 0; i < updates; ++i) {
        if (!(*store)->updateProject(QStringLiteral("Chain"), QString::number(i + 2), ProjectRole::Deployer))
            return nullptr;
    }
    return std::move(*store);
}

void TestAudit::intactChain()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    auto store = makeProject(dir.filePath(QStringLiteral("a.veiviser")), clock, 9);
    QVERIFY(store);
    auto v = store->verifyAudit();
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->entries, 10);
    auto entries = store->auditEntries();
    QCOMPARE(entries->front().prevHash, audit::genesisHash());
    for (std::size_t i = 1; i < entries->size(); ++i)
        QCOMPARE((*entries)[i].prevHash, (*entries)[i - 1].hash);
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edited payload")
        << QStringList{QStringLiteral("UPDATE audit SET payload = '{\"name\":\"Evil\"}' WHERE seq = 3")} << qint64(3)
        << "was changed";
    QTest::newRow("edited time")
        << QStringList{QStringLiteral("UPDATE audit SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 4")} << qint64(4)
        << "was changed";
    QTest::newRow("edited actor") << QStringList{QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 2")}
                                  << qint64(2) << "was changed";
    QTest::newRow("edited action") << QStringList{QStringLiteral("UPDATE audit SET action = 'x' WHERE seq = 1")}
                                   << qint64(1) << "was changed";
    QTest::newRow("deleted middle entry") << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 5")} << qint64(5)
                                          << "is missing";
    QTest::newRow("deleted first entry") << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 1")} << qint64(1)
                                         << "is missing";
    QTest::newRow("deleted last entry") << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 6")} << qint64(6)
                                        << "were removed";
    QTest::newRow("reordered entries")
        << QStringList{QStringLiteral("UPDATE audit SET seq = -1 WHERE seq = 3"),
                       QStringLiteral("UPDATE audit SET seq = 3 WHERE seq = 4"),
                       QStringLiteral("UPDATE audit SET seq = 4 WHERE seq = -1")}
        << qint64(3) << "does not follow";
    QTest::newRow("deleted and renumbered")
        << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = 2"),
                       QStringLiteral("UPDATE audit SET seq = seq - 1 WHERE seq > 2")}
        << qint64(2) << "does not follow";
}

void TestAudit::tampering()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.veiviser"));
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(makeProject(file, clock, 5)); // six entries
    QVERIFY(tamper(file, sql));
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY(store.ok());
    auto v = (*store)->verifyAudit();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadSeq, firstBad);
    QVERIFY2(v->problem.contains(problem), qPrintable(v->problem));
}

void TestAudit::hashCoversEveryField()
{
    const QString base = audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("a"),
                                          QStringLiteral("x"), QStringLiteral("{}"));
    QCOMPARE(base.size(), 64);
    QVERIFY(base != audit::entryHash(QString(64, QLatin1Char('1')), 1, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 2, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("u"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("b"),
                                     QStringLiteral("x"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("y"), QStringLiteral("{}")));
    QVERIFY(base != audit::entryHash(audit::genesisHash(), 1, QStringLiteral("t"), QStringLiteral("a"),
                                     QStringLiteral("x"), QStringLiteral("{\"a\":1}")));
}

void TestAudit::stateChangedOutsideVeiviser_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("problem");
    QTest::newRow("nothing changed") << QStringList{} << QString();
    QTest::newRow("answer value") << QStringList{QStringLiteral("UPDATE answers SET value = 'false' WHERE fact_id = 'mdr.is_device'")}
                                  << "answers, row mdr.is_device: value differs";
    QTest::newRow("answer pack version")
        << QStringList{QStringLiteral("UPDATE answers SET pack_version = '9' WHERE fact_id = 'org.role'")}
        << "answers, row org.role: pack_version differs";
    QTest::newRow("answer deleted") << QStringList{QStringLiteral("DELETE FROM answers WHERE fact_id = 'org.role'")}
                                    << "answers, row org.role: the audit chain recorded it";
    QTest::newRow("removed answer put back")
        << QStringList{QStringLiteral("INSERT INTO answers (fact_id, value, pack_id, pack_version, answered_at, actor) "
                                      "VALUES ('gdpr.x', '3', 'gdpr', '1.0', '2026-05-01T08:00:00.000Z', 'alice')")}
        << "answers, row gdpr.x: the table holds it, but the audit chain never recorded it";
    QTest::newRow("requirement status")
        << QStringList{QStringLiteral("UPDATE requirement_states SET status = 'met'")}
        << "requirement_states, row urn:veiviser:ai-act:art-10: status differs";
    QTest::newRow("requirement notes") << QStringList{QStringLiteral("UPDATE requirement_states SET notes = 'Done'")}
                                       << "requirement_states, row urn:veiviser:ai-act:art-10: notes differs";
    QTest::newRow("requirement due date")
        << QStringList{QStringLiteral("UPDATE requirement_states SET due_date = NULL")}
        << "requirement_states, row urn:veiviser:ai-act:art-10: due_date differs";
    QTest::newRow("project name") << QStringList{QStringLiteral("UPDATE project SET name = 'Other'")}
                                  << "project, row 1: name differs";
    QTest::newRow("project role") << QStringList{QStringLiteral("UPDATE project SET role = 'deployer'")}
                                  << "project, row 1: role differs";
    QTest::newRow("document detail")
        << QStringList{QStringLiteral("UPDATE document_details SET value_nb = 'Something else'")}
        << "document_details, row ai-act-annex-iv.intended_purpose: value_nb differs";
    QTest::newRow("document detail's English text added")
        << QStringList{QStringLiteral("UPDATE document_details SET value_en = 'Something else'")}
        << "document_details, row ai-act-annex-iv.intended_purpose: value_en differs";
    QTest::newRow("member added") << QStringList{QStringLiteral(
        "INSERT INTO members (actor, role, added, added_by) VALUES ('mallory', 'editor', '2026-05-01', 'mallory')")}
                                  << "members, row mallory: the table holds it";
    // The issue's own case: the last entry deleted and the head moved back, so the chain itself is whole.
    QTest::newRow("last entry deleted, head moved")
        << QStringList{QStringLiteral("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)"),
                       QStringLiteral("UPDATE meta SET value = (SELECT seq || ':' || hash FROM audit ORDER BY seq DESC "
                                      "LIMIT 1) WHERE key = 'audit_head'")}
        << "document_details, row ai-act-annex-iv.intended_purpose: the table holds it, but the audit chain never";
}

void TestAudit::stateChangedOutsideVeiviser()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.veiviser"));
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(fillProject(file, clock));
    QVERIFY(tamper(file, sql));
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    auto v = (*store)->verifyAudit();
    QVERIFY2(v, v ? "" : qPrintable(v.error().toString()));
    if (problem.isEmpty()) {
        QVERIFY2(v->intact, qPrintable(v->problem));
        return;
    }
    QVERIFY(!v->intact);
    QVERIFY(v->stateDiffers);
    QVERIFY2(v->problem.contains(problem), qPrintable(v->problem));
}

// Someone with write access changes an answer, rewrites the entry that recorded it and recomputes every hash after
// it. Nothing inside the file can tell; the head that a signed package recorded before the rewrite can.
void TestAudit::rewrittenHistoryMeetsNoAnchor()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.veiviser"));
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(fillProject(file, clock));
    AuditHead anchor;
    {
        auto store = ProjectStore::open(file, StoreOptions::readOnly());
        QVERIFY(store);
        auto head = (*store)->auditHead();
        QVERIFY(head);
        anchor = *head;
        auto v = (*store)->verifyAudit({}, anchor);
        QVERIFY(v && v->intact && v->anchorChecked);
    }
    QVERIFY(anchor.seq >= 5);
    QVERIFY(tamper(file, {QStringLiteral("UPDATE answers SET value = 'false' WHERE fact_id = 'mdr.is_device'"),
                          QStringLiteral("UPDATE audit SET payload = replace(payload, '\"value\":true', '\"value\":false') "
                                         "WHERE action = 'answer.set' AND payload LIKE '%mdr.is_device%'")}));
    QVERIFY(tamper(file, rechainFrom(file, 1)));

    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY(store);
    auto alone = (*store)->verifyAudit();
    QVERIFY(alone);
    QVERIFY2(alone->intact, "the rewrite is consistent: without an anchor nothing can tell (SECURITY.md says so)");
    auto anchored = (*store)->verifyAudit({}, anchor);
    QVERIFY(anchored);
    QVERIFY(!anchored->intact);
    QVERIFY(!anchored->anchorChecked);
    QCOMPARE(anchored->firstBadSeq, anchor.seq);
    QVERIFY2(anchored->problem.contains(QStringLiteral("rewritten")), qPrintable(anchored->problem));
}

void TestAudit::anchorMissingEntries()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.veiviser"));
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(fillProject(file, clock));
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY(store);
    auto head = (*store)->auditHead();
    QVERIFY(head);
    const AuditHead future{head->seq + 3, head->hash};
    auto v = (*store)->verifyAudit({}, future);
    QVERIFY(v);
    QVERIFY(!v->intact);
    QVERIFY2(v->problem.contains(QStringLiteral("entries were removed")), qPrintable(v->problem));
}

// Two kinds of damage. Pages overwritten at the start of the file: the file does not open (a check's finding,
// exit 1). An index entry that no longer matches its row: the file opens and its chain verifies, and only SQLite's
// integrity check, which `audit verify` runs first, finds it. Neither is ever called intact.
void TestAudit::damagedFileIsNeverIntact()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));

    const QString overwritten = dir.filePath(QStringLiteral("d.veiviser"));
    QVERIFY(makeProject(overwritten, clock, 200));
    {
        QFile f(overwritten);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(ProjectStore::pageSize)); // page 2: its b-tree header and cell pointers
        f.write(QByteArray(4000, '\x5a'));
    }
    auto broken = ProjectStore::open(overwritten, StoreOptions::readOnly());
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind(), Error::Kind::Check);

    const QString file = dir.filePath(QStringLiteral("i.veiviser"));
    QVERIFY(fillProject(file, clock));
    qint64 root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'answers'")));
        QVERIFY(q.next());
        root = q.value(0).toLongLong();
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = (root - 1) * ProjectStore::pageSize;
        QVERIFY(f.seek(at));
        const QByteArray page = f.read(ProjectStore::pageSize);
        const qsizetype key = page.indexOf("mdr.is_device");
        QVERIFY(key > 0);
        QVERIFY(f.seek(at + key + 12));
        f.write("f"); // the index now says "mdr.is_devicf"
    }
    auto store = ProjectStore::open(file, StoreOptions::readOnly());
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    auto v = (*store)->verifyAudit();
    QVERIFY2(v, v ? "" : qPrintable(v.error().toString()));
    QVERIFY2(!v->intact, "a damaged file was called intact");
    QVERIFY(v->damaged);
    QVERIFY2(v->problem.contains(QStringLiteral("damaged")), qPrintable(v->problem));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
