#include "store/TestRunTable.h"

#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QUuid>

#include <cmath>
#include <iterator>

namespace vv {

QString testRunStatusToString(TestRunStatus status)
{
    switch (status) {
    case TestRunStatus::Running: return QStringLiteral("running");
    case TestRunStatus::Completed: return QStringLiteral("completed");
    case TestRunStatus::Failed: return QStringLiteral("failed");
    case TestRunStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

std::optional<TestRunStatus> testRunStatusFromString(const QString &text)
{
    for (TestRunStatus s : {TestRunStatus::Running, TestRunStatus::Completed, TestRunStatus::Failed,
                            TestRunStatus::Cancelled}) {
        if (testRunStatusToString(s) == text)
            return s;
    }
    return std::nullopt;
}

QString caseStatusToString(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Passed: return QStringLiteral("passed");
    case CaseStatus::Failed: return QStringLiteral("failed");
    case CaseStatus::Errored: return QStringLiteral("errored");
    case CaseStatus::NotGraded: return QStringLiteral("not_graded");
    }
    return QStringLiteral("errored");
}

std::optional<CaseStatus> caseStatusFromString(const QString &text)
{
    for (CaseStatus s : {CaseStatus::Passed, CaseStatus::Failed, CaseStatus::Errored, CaseStatus::NotGraded}) {
        if (caseStatusToString(s) == text)
            return s;
    }
    return std::nullopt;
}

namespace {

// NaN and infinities have no place in SQL or JSON; they are stored as NULL ("not known").
QVariant number(const std::optional<double> &v)
{
    if (!v || !std::isfinite(*v))
        return QVariant(QMetaType(QMetaType::Double));
    return *v;
}

std::optional<double> number(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

Json numberJson(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? Json(*v) : Json(nullptr);
}

Result<QString> documentText(const Json &doc, const QString &what)
{
    QByteArray text = canonicalJsonBytes(doc);
    if (text.size() > TestRunTable::maxDocumentBytes)
        return Error::input(TestRunTable::tr("the %1 is %2 MiB of JSON; at most %3 MiB can be stored")
                                .arg(what)
                                .arg(text.size() >> 20)
                                .arg(TestRunTable::maxDocumentBytes >> 20),
                            TestRunTable::tr("Store large outputs as evidence files instead."));
    return QString::fromUtf8(text);
}

Status checkUrns(const QStringList &urns)
{
    for (const QString &urn : urns) {
        if (!urn.startsWith(QStringLiteral("urn:")) || urn.size() > 200 || urn.contains(QLatin1Char(' ')))
            return Error::input(TestRunTable::tr("'%1' is not a requirement URN").arg(urn),
                                TestRunTable::tr("Use the requirement's URN, such as urn:veiviser:ai-act:art-15."));
    }
    return {};
}

} // namespace

Status TestRunTable::insertCase(qint64 runId, const CaseResult &result)
{
    const QString caseId = result.caseId.trimmed();
    if (caseId.isEmpty() || caseId.size() > 200)
        return Error::input(tr("a case needs an id of 1 to 200 characters"), tr("Give every case in the suite an id."));
    auto detail = documentText(result.detail.is_null() ? Json::object() : result.detail, tr("case detail"));
    if (!detail)
        return detail.error();
    const QDateTime finished = result.finished.isValid() ? result.finished : m_store.clock().nowUtc();
    auto exists = sql::scalar(m_store.database(),
                              QStringLiteral("SELECT count(*) FROM test_run_cases WHERE run_id = ? AND case_id = ?"),
                              {runId, caseId});
    if (!exists)
        return exists.error();
    if (exists->toLongLong() > 0)
        return Error::input(tr("case '%1' of run %2 is already stored").arg(caseId).arg(runId),
                            tr("A resumed run skips the cases listed by finishedCaseIds()."));
    VV_TRY(sql::exec(m_store.database(),
                     QStringLiteral("INSERT INTO test_run_cases (run_id, case_id, status, score, detail, finished) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {runId, caseId, caseStatusToString(result.status), number(result.score), *detail,
                      isoUtc(finished)}));
    return {};
}

// The run must exist and have the given status; the message names what is wrong.
static Status requireStatus(const QSqlDatabase &db, qint64 runId, const QList<TestRunStatus> &allowed,
                            const QString &doing)
{
    auto q = sql::exec(db, QStringLiteral("SELECT status FROM test_runs WHERE id = ?"), {runId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::input(TestRunTable::tr("there is no test run %1 in this project").arg(runId),
                            TestRunTable::tr("List the runs to see their ids."));
    const auto status = testRunStatusFromString(q->value(0).toString());
    if (!status || !allowed.contains(*status))
        return Error::input(TestRunTable::tr("cannot %1: run %2 has status '%3'").arg(doing).arg(runId).arg(q->value(0).toString()),
                            TestRunTable::tr("Start a new run instead."));
    return {};
}

static Status linkUrns(const QSqlDatabase &db, qint64 runId, const QStringList &urns)
{
    for (const QString &urn : urns)
        VV_TRY(sql::exec(db,
                         QStringLiteral("INSERT INTO test_run_requirements (run_id, urn) VALUES (?, ?) "
                                        "ON CONFLICT DO NOTHING"),
                         {runId, urn}));
    return {};
}

static Json metricNames(const std::vector<RunMetric> &metrics)
{
    Json names = Json::array();
    for (const RunMetric &m : metrics)
        names.push_back(toStd(m.name));
    return names;
}

Result<qint64> TestRunTable::insertRun(const NewTestRun &run, const std::optional<QString> &result, QString &uuid)
{
    if (run.engineId.trimmed().isEmpty() || run.kind.trimmed().isEmpty())
        return Error::input(tr("a test run needs an engine id and a kind"));
    if (run.casesTotal < 0)
        return Error::input(tr("a test run cannot have a negative number of cases"));
    VV_TRY(checkUrns(run.supports));
    auto provenance = documentText(run.provenance.is_null() ? Json::object() : run.provenance, tr("provenance"));
    if (!provenance)
        return provenance.error();
    uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_store.clock().nowUtc();
    const QDateTime started = run.started.isValid() ? run.started.toUTC() : now;
    // A run with its result is stored completed, at once; without, it starts running.
    QVariant resultValue{QMetaType(QMetaType::QString)}, finished{QMetaType(QMetaType::QString)};
    if (result) {
        resultValue = *result;
        finished = isoUtc(now);
    }
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("INSERT INTO test_runs (uuid, engine_id, engine_version, kind, title, status, "
                                      "provenance, result, cases_total, started, finished) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {uuid, run.engineId, run.engineVersion, run.kind, run.title,
                        result ? QStringLiteral("completed") : QStringLiteral("running"), *provenance, resultValue,
                        run.casesTotal, isoUtc(started), finished});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::runtime(tr("the new test run got no id"));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    VV_TRY(linkUrns(m_store.database(), id, run.supports));
    return id;
}

Result<qint64> TestRunTable::start(const NewTestRun &run)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    QString uuid;
    auto id = insertRun(run, std::nullopt, uuid);
    if (!id)
        return id.error();
    VV_TRY(tx->audit(QStringLiteral("run.start"),
                     Json{{"run_id", *id}, {"uuid", toStd(uuid)}, {"engine", toStd(run.engineId)},
                          {"engine_version", toStd(run.engineVersion)}, {"kind", toStd(run.kind)},
                          {"cases_total", run.casesTotal}, {"supports", toJson(run.supports)}}));
    VV_TRY(tx->commit());
    return *id;
}

Status TestRunTable::recordCase(qint64 runId, const CaseResult &result)
{
    return recordCases(runId, {result});
}

Status TestRunTable::recordCases(qint64 runId, const std::vector<CaseResult> &results)
{
    if (results.empty())
        return {};
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(requireStatus(m_store.database(), runId, {TestRunStatus::Running}, tr("store a case")));
    Json ids = Json::array();
    for (const CaseResult &r : results) {
        VV_TRY(insertCase(runId, r));
        ids.push_back({{"case_id", toStd(r.caseId.trimmed())}, {"status", toStd(caseStatusToString(r.status))}});
    }
    VV_TRY(tx->audit(QStringLiteral("run.cases"), Json{{"run_id", runId}, {"cases", ids}}));
    return tx->commit();
}

Result<QSet<QString>> TestRunTable::finishedCaseIds(qint64 runId) const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT case_id FROM test_run_cases WHERE run_id = ?"),
                       {runId});
    if (!q)
        return q.error();
    QSet<QString> ids;
    while (q->next())
        ids.insert(q->value(0).toString());
    return ids;
}

Status TestRunTable::resume(qint64 runId)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(requireStatus(m_store.database(), runId,
                         {TestRunStatus::Running, TestRunStatus::Failed, TestRunStatus::Cancelled}, tr("resume")));
    VV_TRY(sql::exec(m_store.database(),
                     QStringLiteral("UPDATE test_runs SET status = 'running', finished = NULL, error = '', "
                                    "result = NULL WHERE id = ?"),
                     {runId}));
    VV_TRY(sql::exec(m_store.database(), QStringLiteral("DELETE FROM test_run_metrics WHERE run_id = ?"), {runId}));
    auto done = sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM test_run_cases WHERE run_id = ?"),
                            {runId});
    if (!done)
        return done.error();
    VV_TRY(tx->audit(QStringLiteral("run.resume"), Json{{"run_id", runId}, {"cases_done", done->toLongLong()}}));
    return tx->commit();
}

static Result<Json> storedJson(const QVariant &text, const QString &what);

Status TestRunTable::addLearned(qint64 runId, std::optional<qint64> casesTotal, const Json &provenance)
{
    if (casesTotal && *casesTotal < 0)
        return Error::input(tr("a run cannot have %1 cases").arg(*casesTotal));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(requireStatus(m_store.database(), runId, {TestRunStatus::Running}, tr("record what the engine learned about")));
    auto stored = sql::scalar(m_store.database(), QStringLiteral("SELECT provenance FROM test_runs WHERE id = ?"), {runId});
    if (!stored)
        return stored.error();
    auto merged = storedJson(*stored, tr("test run %1 provenance").arg(runId));
    if (!merged)
        return merged.error();
    Json added = Json::array();
    if (provenance.is_object()) {
        for (const auto &[key, value] : provenance.items()) {
            if (merged->contains(key))
                continue;
            (*merged)[key] = value;
            added.push_back(key);
        }
    }
    auto text = documentText(*merged, tr("provenance"));
    if (!text)
        return text.error();
    VV_TRY(sql::exec(m_store.database(),
                     QStringLiteral("UPDATE test_runs SET provenance = ?, cases_total = coalesce(?, cases_total) "
                                    "WHERE id = ?"),
                     {*text, casesTotal ? QVariant(*casesTotal) : QVariant(QMetaType(QMetaType::LongLong)), runId}));
    VV_TRY(tx->audit(QStringLiteral("run.learned"), Json{{"run_id", runId},
                                                          {"cases_total", casesTotal ? Json(*casesTotal) : Json(nullptr)},
                                                          {"provenance_added", added}}));
    return tx->commit();
}

static Status writeMetrics(const QSqlDatabase &db, qint64 runId, const std::vector<RunMetric> &metrics)
{
    QSet<QString> seen;
    int ordinal = 0;
    for (const RunMetric &m : metrics) {
        if (m.name.trimmed().isEmpty() || seen.contains(m.name))
            return Error::input(TestRunTable::tr("metric names must be given and unique ('%1')").arg(m.name));
        seen.insert(m.name);
        VV_TRY(sql::exec(db,
                         QStringLiteral("INSERT INTO test_run_metrics (run_id, ordinal, name, value, ci_lower, "
                                        "ci_upper) VALUES (?, ?, ?, ?, ?, ?)"),
                         {runId, ordinal++, m.name, number(m.value), number(m.ciLower), number(m.ciUpper)}));
    }
    return {};
}

Status TestRunTable::finish(qint64 runId, TestRunStatus status, const std::vector<RunMetric> &metrics,
                            const Json &result, const QString &error)
{
    if (status == TestRunStatus::Running)
        return Error::input(tr("a run cannot finish as running"));
    QVariant resultText{QMetaType(QMetaType::QString)};
    if (!result.is_null()) {
        auto text = documentText(result, tr("result"));
        if (!text)
            return text.error();
        resultText = *text;
    }
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(requireStatus(m_store.database(), runId, {TestRunStatus::Running}, tr("finish")));
    VV_TRY(sql::exec(m_store.database(), QStringLiteral("DELETE FROM test_run_metrics WHERE run_id = ?"), {runId}));
    VV_TRY(writeMetrics(m_store.database(), runId, metrics));
    VV_TRY(sql::exec(m_store.database(),
                     QStringLiteral("UPDATE test_runs SET status = ?, result = ?, error = ?, finished = ? WHERE id = ?"),
                     {testRunStatusToString(status), resultText, error.isNull() ? QStringLiteral("") : error,
                      isoUtc(m_store.clock().nowUtc()), runId}));
    VV_TRY(tx->audit(QStringLiteral("run.finish"), Json{{"run_id", runId},
                                                         {"status", toStd(testRunStatusToString(status))},
                                                         {"metrics", metricNames(metrics)}}));
    return tx->commit();
}

Result<qint64> TestRunTable::record(const NewTestRun &run, const std::vector<RunMetric> &metrics, const Json &result)
{
    // start() and finish() each commit; a completed run must appear whole or not at all, so this is one transaction.
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    auto id = record(*tx, run, metrics, result);
    if (!id)
        return id.error();
    VV_TRY(tx->commit());
    return *id;
}

Result<qint64> TestRunTable::record(Transaction &tx, const NewTestRun &run, const std::vector<RunMetric> &metrics,
                                    const Json &result)
{
    auto resultText = documentText(result, tr("result"));
    if (!resultText)
        return resultText.error();
    QString uuid;
    auto id = TestRunTable(tx.store()).insertRun(run, *resultText, uuid);
    if (!id)
        return id.error();
    VV_TRY(writeMetrics(tx.database(), *id, metrics));
    VV_TRY(tx.audit(QStringLiteral("run.record"),
                    Json{{"run_id", *id}, {"uuid", toStd(uuid)}, {"engine", toStd(run.engineId)},
                         {"engine_version", toStd(run.engineVersion)}, {"kind", toStd(run.kind)},
                         {"status", "completed"}, {"metrics", metricNames(metrics)},
                         {"supports", toJson(run.supports)}}));
    return *id;
}

Status TestRunTable::link(qint64 runId, const QStringList &urns)
{
    VV_TRY(checkUrns(urns));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(requireStatus(m_store.database(), runId,
                         {TestRunStatus::Running, TestRunStatus::Completed, TestRunStatus::Failed,
                          TestRunStatus::Cancelled},
                         tr("link")));
    VV_TRY(linkUrns(m_store.database(), runId, urns));
    VV_TRY(tx->audit(QStringLiteral("run.link"), Json{{"run_id", runId}, {"urns", toJson(urns)}}));
    return tx->commit();
}

static Result<Json> storedJson(const QVariant &text, const QString &what)
{
    if (text.isNull() || text.toString().isEmpty())
        return Json();
    return parseJson(text.toString().toUtf8(), what);
}

Result<TestRun> TestRunTable::load(qint64 runId, bool withResult) const
{
    const QSqlDatabase &db = m_store.database();
    auto q = sql::exec(db,
                       QStringLiteral("SELECT id, uuid, engine_id, engine_version, kind, title, status, provenance, "
                                      "error, cases_total, started, finished, %1 FROM test_runs WHERE id = ?")
                           .arg(withResult ? QStringLiteral("result") : QStringLiteral("NULL")),
                       {runId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::input(tr("there is no test run %1 in this project").arg(runId), tr("List the runs to see their ids."));
    TestRun run;
    run.id = q->value(0).toLongLong();
    run.uuid = q->value(1).toString();
    run.engineId = q->value(2).toString();
    run.engineVersion = q->value(3).toString();
    run.kind = q->value(4).toString();
    run.title = q->value(5).toString();
    run.status = testRunStatusFromString(q->value(6).toString()).value_or(TestRunStatus::Failed);
    auto provenance = storedJson(q->value(7), tr("test run %1 provenance").arg(runId));
    if (!provenance)
        return provenance.error();
    run.provenance = provenance->is_null() ? Json::object() : *provenance;
    run.error = q->value(8).toString();
    run.casesTotal = q->value(9).toLongLong();
    run.started = QDateTime::fromString(q->value(10).toString(), Qt::ISODateWithMs);
    if (!q->value(11).isNull())
        run.finished = QDateTime::fromString(q->value(11).toString(), Qt::ISODateWithMs);
    if (withResult) {
        auto result = storedJson(q->value(12), tr("test run %1 result").arg(runId));
        if (!result)
            return result.error();
        run.result = *result;
    }
    q->finish();

    auto m = sql::exec(db,
                       QStringLiteral("SELECT name, value, ci_lower, ci_upper FROM test_run_metrics WHERE run_id = ? "
                                      "ORDER BY ordinal"),
                       {runId});
    if (!m)
        return m.error();
    while (m->next())
        run.metrics.push_back({m->value(0).toString(), number(m->value(1)), number(m->value(2)), number(m->value(3))});
    auto r = sql::exec(db, QStringLiteral("SELECT urn FROM test_run_requirements WHERE run_id = ? ORDER BY urn"),
                       {runId});
    if (!r)
        return r.error();
    while (r->next())
        run.supports << r->value(0).toString();
    auto c = sql::exec(db,
                       QStringLiteral("SELECT status, count(*) FROM test_run_cases WHERE run_id = ? GROUP BY status"),
                       {runId});
    if (!c)
        return c.error();
    while (c->next()) {
        const auto s = caseStatusFromString(c->value(0).toString());
        const qint64 n = c->value(1).toLongLong();
        if (s == CaseStatus::Passed)
            run.cases.passed = n;
        else if (s == CaseStatus::Failed)
            run.cases.failed = n;
        else if (s == CaseStatus::NotGraded)
            run.cases.notGraded = n;
        else
            run.cases.errored += n;
    }
    return run;
}

Result<TestRun> TestRunTable::get(qint64 runId) const
{
    return load(runId, true);
}

Result<std::vector<TestRun>> TestRunTable::list() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT id FROM test_runs ORDER BY id DESC"));
    if (!q)
        return q.error();
    std::vector<qint64> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    std::vector<TestRun> runs;
    runs.reserve(ids.size());
    for (qint64 id : ids) {
        auto run = load(id, false);
        if (!run)
            return run.error();
        runs.push_back(std::move(*run));
    }
    return runs;
}

Result<std::vector<CaseResult>> TestRunTable::cases(qint64 runId, qint64 offset, int limit) const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT case_id, status, score, detail, finished FROM test_run_cases "
                                      "WHERE run_id = ? ORDER BY id LIMIT ? OFFSET ?"),
                       {runId, limit, offset});
    if (!q)
        return q.error();
    std::vector<CaseResult> out;
    while (q->next()) {
        CaseResult c;
        c.caseId = q->value(0).toString();
        c.status = caseStatusFromString(q->value(1).toString()).value_or(CaseStatus::Errored);
        c.score = number(q->value(2));
        auto detail = storedJson(q->value(3), tr("case %1 detail").arg(c.caseId));
        if (!detail)
            return detail.error();
        c.detail = *detail;
        c.finished = QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs);
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<CaseResult>> TestRunTable::allCases(qint64 runId) const
{
    // A run without cases and a run that does not exist are different answers; this asks for the run's id only,
    // not its result document.
    auto exists = sql::exec(m_store.database(), QStringLiteral("SELECT 1 FROM test_runs WHERE id = ?"), {runId});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return Error::input(tr("there is no test run %1 in this project").arg(runId), tr("List the runs to see their ids."));
    std::vector<CaseResult> all;
    for (;;) {
        auto page = cases(runId, static_cast<qint64>(all.size()), 1000);
        if (!page)
            return page.error();
        if (page->empty())
            return all;
        std::move(page->begin(), page->end(), std::back_inserter(all));
    }
}

Json testRunDocument(const TestRun &run)
{
    Json metrics = Json::array();
    for (const RunMetric &m : run.metrics)
        metrics.push_back({{"name", toStd(m.name)}, {"value", numberJson(m.value)}, {"ci_lower", numberJson(m.ciLower)},
                           {"ci_upper", numberJson(m.ciUpper)}});
    Json doc = {{"run_id", run.id},
                {"uuid", toStd(run.uuid)},
                {"engine", {{"id", toStd(run.engineId)}, {"version", toStd(run.engineVersion)}}},
                {"kind", toStd(run.kind)},
                {"title", toStd(run.title)},
                {"status", toStd(testRunStatusToString(run.status))},
                {"started", toStd(isoUtc(run.started))},
                {"finished", run.finished.isValid() ? Json(toStd(isoUtc(run.finished))) : Json(nullptr)},
                {"provenance", run.provenance},
                {"metrics", metrics},
                {"cases", {{"total", run.casesTotal}, {"passed", run.cases.passed}, {"failed", run.cases.failed},
                           {"errored", run.cases.errored}, {"not_graded", run.cases.notGraded},
                           // Errored cases were not tested; the share of them qualifies every figure of the run.
                           {"error_rate", run.cases.done() > 0 ? Json(double(run.cases.errored) / double(run.cases.done()))
                                                               : Json(nullptr)}}},
                {"supports", toJson(run.supports)},
                {"result", run.result}};
    if (!run.error.isEmpty())
        doc["error"] = toStd(run.error);
    return doc;
}

} // namespace vv
