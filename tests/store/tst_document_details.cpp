// Document details in two languages: each language's text kept apart, audited, and an older project's texts kept
// as Bokmål when it is migrated.
#include "OldProject.h"
#include "TestSupport.h"

#include "core/Sha256.h"
#include "store/AuditChain.h"
#include "store/DocumentDetailTable.h"
#include "store/Migrations.h"
#include "store/ProjectStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;

class TestDocumentDetails : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void languagesAreKeptApart();
    void removingBothLanguagesRemovesTheDetail();
    void unknownLanguageIsRefused();
    void olderProjectKeepsItsTextsAsBokmal();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<ProjectStore> create();
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
};

namespace {
const QString purpose = QStringLiteral("system.intended_purpose");
const QString nb = QStringLiteral("nb");
const QString en = QStringLiteral("en");
} // namespace

void TestDocumentDetails::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ProjectStore> TestDocumentDetails::create()
{
    StoreOptions o;
    o.clock = &m_clock;
    o.actor = QStringLiteral("alice");
    auto store = ProjectStore::create(path(QStringLiteral("p.veiviser")),
                                      {QStringLiteral("Sepsis"), QStringLiteral("1"), ProjectRole::Provider}, o);
    return store ? std::move(*store) : nullptr;
}

void TestDocumentDetails::languagesAreKeptApart()
{
    auto store = create();
    QVERIFY(store);
    DocumentDetailTable table(*store);
    auto first = table.set({{purpose, nb, QStringLiteral("Varsler sepsis")}});
    QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
    QCOMPARE(*first, 1);
    QCOMPARE(*table.set({{purpose, en, QStringLiteral("Warns of sepsis")}}), 1);
    // Writing the same English text again changes nothing, and writes nothing to the audit chain.
    const qint64 entries = store->verifyAudit()->entries;
    QCOMPARE(*table.set({{purpose, en, QStringLiteral("Warns of sepsis")}}), 0);
    QCOMPARE(store->verifyAudit()->entries, entries);
    auto all = table.all();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->front().text.nb, QStringLiteral("Varsler sepsis"));
    QCOMPARE(all->front().text.en, QStringLiteral("Warns of sepsis"));
    // Removing the Bokmål text keeps the English one.
    QCOMPARE(*table.set({{purpose, nb, QString()}}), 1);
    all = table.all();
    QCOMPARE(all->size(), std::size_t(1));
    QVERIFY(all->front().text.nb.isEmpty());
    QCOMPARE(all->front().text.en, QStringLiteral("Warns of sepsis"));
    auto v = store->verifyAudit();
    QVERIFY2(v && v->intact, v ? qPrintable(v->problem) : "");
}

void TestDocumentDetails::removingBothLanguagesRemovesTheDetail()
{
    auto store = create();
    QVERIFY(store);
    DocumentDetailTable table(*store);
    QCOMPARE(*table.set({{purpose, nb, QStringLiteral("a")}, {purpose, en, QStringLiteral("b")}}), 2);
    QCOMPARE(*table.set({{purpose, nb, QString()}, {purpose, en, QString()}}), 2);
    QVERIFY(table.all()->empty());
    auto v = store->verifyAudit();
    QVERIFY2(v && v->intact, v ? qPrintable(v->problem) : "");
}

void TestDocumentDetails::unknownLanguageIsRefused()
{
    auto store = create();
    QVERIFY(store);
    auto r = DocumentDetailTable(*store).set({{purpose, QStringLiteral("nn"), QStringLiteral("x")}});
    QVERIFY(!r);
    QVERIFY2(r.error().what().contains(QStringLiteral("'nn' is not a language")), qPrintable(r.error().what()));
    QVERIFY(DocumentDetailTable(*store).all()->empty());
}

void TestDocumentDetails::olderProjectKeepsItsTextsAsBokmal()
{
    const QString file = path(QStringLiteral("old.veiviser"));
    const QString text = QStringLiteral("Varsler sepsis hos voksne");
    {
        // A project as Veiviser left it before details had two languages: one text, one audit entry without a
        // language.
        test::OldProject old(file, 9, m_clock);
        QVERIFY2(old.problem().isEmpty(), qPrintable(old.problem()));
        const QSqlDatabase &db = old.database();
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO document_details (detail_key, value, updated_at, updated_by) "
                                         "VALUES (?, ?, '2025-01-01T00:00:00.000Z', 'old')")));
        q.addBindValue(purpose);
        q.addBindValue(text);
        QVERIFY(q.exec());
        QVERIFY(audit::append(db, m_clock, QStringLiteral("old"), QStringLiteral("document.detail"),
                              Json{{"key", toStd(purpose)}, {"value_sha256", toStd(Sha256::hex(text.toUtf8()))}})
                    .ok());
    }
    StoreOptions o;
    o.clock = &m_clock;
    auto store = ProjectStore::open(file, o);
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    auto all = DocumentDetailTable(**store).all();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->front().text.nb, text);
    QVERIFY(all->front().text.en.isEmpty());
    // The old entry (no language) and a new one (English) together still describe the table.
    QCOMPARE(*DocumentDetailTable(**store).set({{purpose, en, QStringLiteral("Warns of sepsis in adults")}}), 1);
    auto v = (*store)->verifyAudit();
    QVERIFY2(v && v->intact, v ? qPrintable(v->problem) : "");
}

QTEST_GUILESS_MAIN(TestDocumentDetails)
#include "tst_document_details.moc"
