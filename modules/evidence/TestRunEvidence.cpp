#include "evidence/TestRunEvidence.h"

#include "core/WorkFolder.h"
#include "evidence/EvidenceLibrary.h"
#include "store/ProjectStore.h"
#include "store/TestRunTable.h"

#include <QFile>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace vv::evidence {

QString TestRunEvidence::erroredCasesText(const TestRun &run)
{
    const qint64 done = run.cases.done();
    if (run.cases.errored <= 0 || done <= 0)
        return {};
    return tr("%1 of %2 cases errored (%3 %) and were not tested: no usable answer came back. The pass rates count "
              "only the %4 cases that were tested.")
        .arg(run.cases.errored)
        .arg(done)
        .arg(QLocale().toString(100.0 * double(run.cases.errored) / double(done), 'f', 1))
        .arg(done - run.cases.errored);
}

QString TestRunEvidence::notGradedCasesText(const TestRun &run)
{
    if (run.cases.notGraded <= 0)
        return {};
    return tr("%n of %1 case(s) were not graded: the tool gave them values but no pass or fail. No pass rate counts "
              "them.", nullptr, int(std::min<qint64>(run.cases.notGraded, std::numeric_limits<int>::max())))
        .arg(run.cases.done());
}

QString TestRunEvidence::judgeText(const TestRun &run)
{
    const Json judge = run.result.is_object() ? run.result.value("judge", Json::object()) : Json::object();
    if (!judge.is_object() || judge.value("checked_against_clinicians", true))
        return {};
    return tr("%1 verdicts came from a model judge and are not checked against clinicians.")
        .arg(judge.value("verdicts", qint64(0)));
}

QString TestRunEvidence::documentName(const QString &runUuid)
{
    return QStringLiteral("test-run-%1.json").arg(runUuid);
}

Result<qint64> TestRunEvidence::file(ProjectStore &project, qint64 runId)
{
    TestRunTable runs(project);
    auto run = runs.get(runId);
    if (!run)
        return run.error();
    if (run->status != TestRunStatus::Completed)
        return Error::input(tr("test run %1 is not completed").arg(runId));
    auto cases = runs.allCases(runId);
    if (!cases)
        return cases.error();
    Json doc = testRunDocument(*run);
    if (!cases->empty()) {
        Json list = Json::array();
        for (const auto &c : *cases)
            list.push_back({{"case_id", toStd(c.caseId)}, {"status", toStd(caseStatusToString(c.status))},
                            {"score", c.score ? Json(*c.score) : Json(nullptr)}, {"detail", c.detail}});
        doc["cases_detail"] = std::move(list);
    }

    // The library imports files; the document goes through a private temporary file named after the run.
    WorkFolder dir(QStringLiteral("test-run"));
    if (!dir.isValid())
        return Error::runtime(tr("no temporary folder for the test run document: %1").arg(dir.errorString()));
    const QString path = dir.filePath(documentName(run->uuid));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(doc.dump(2))) < 0 || !f.flush())
        return Error::runtime(tr("cannot write %1: %2").arg(path, f.errorString()));
    f.close();

    ImportRequest request;
    request.paths = {path};
    request.title = tr("Test run %1: %2").arg(runId).arg(run->title);
    request.kind = EvidenceKind::TestResult;
    request.links = run->supports;
    QStringList notes{erroredCasesText(*run), notGradedCasesText(*run), judgeText(*run)};
    notes.removeAll(QString());
    request.description = notes.join(QLatin1Char(' '));
    auto imported = EvidenceLibrary(project).import(request);
    if (!imported)
        return imported.error();
    if (imported->empty())
        return Error::runtime(tr("the test run document was not imported"));
    return imported->front().id;
}

} // namespace vv::evidence
