// Runs promptfoo (npm) as an external program. A Veiviser suite is converted into a promptfoo configuration (graders
// promptfoo checks the same way become its assertions; Veiviser grades the rest on the returned output), or the
// user's own configuration runs as it is. promptfoo appends each result to a JSONL file as it finishes; the engine
// reads it while promptfoo runs, so every case is stored at once and a killed run can be resumed.

#include "validation/AnswerGrading.h"
#include "validation/EvaluationEngine.h"
#include "validation/Promptfoo.h"
#include "validation/SuiteRunSummary.h"
#include "validation/TestSuite.h"

#include "core/Sha256.h"
#include "core/WorkFolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>

#include <map>
#include <set>
#include <memory>

namespace vv::validation {

/// Translated texts of the engine (a class so that lupdate sees the context).
class PromptfooText {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PromptfooEngine)
};

namespace {

/// How much of promptfoo's own output is kept for error messages.
constexpr qsizetype maxTailBytes = 16 << 10;
/// How many of its lines go to the run log.
constexpr int maxLogLines = 200;

/// What a run needs, checked: where promptfoo is, and either a converted suite or the user's configuration.
struct Setup {
    QString program;
    std::optional<TestSuite> suite; ///< set for a converted suite
    QString userConfig;             ///< set for the user's own configuration
    PromptfooProvider provider;
    int concurrency = 4;
    QString level;
};

/// The last bytes of a stream, for error messages.
void keepTail(QByteArray &tail, const QByteArray &more)
{
    tail += more;
    if (tail.size() > maxTailBytes)
        tail.remove(0, tail.size() - maxTailBytes);
}

/// A provider of the user's configuration as promptfoo ran it: id, temperature, endpoint.
Json providerRun(const PromptfooRecord &r)
{
    return {{"provider", toStd(r.provider)},
            {"temperature", r.temperature ? Json(*r.temperature) : Json(nullptr)},
            {"endpoint", r.endpoint.isEmpty() ? Json(nullptr) : Json(toStd(r.endpoint))}};
}

/// For the user's own configuration, whose cases and providers only promptfoo's output tells: the number of results
/// and the providers with what they ran with, for the run's provenance.
void learnFromOwnConfig(EngineOutcome &outcome, qint64 cases, const std::set<std::string> &providers)
{
    outcome.casesTotal = cases;
    Json list = Json::array();
    for (const std::string &p : providers)
        list.push_back(Json::parse(p));
    if (list.size() == 1)
        for (const char *key : {"provider", "temperature", "endpoint"})
            outcome.provenance[key] = list[0][key];
    outcome.provenance["providers"] = std::move(list);
}

} // namespace

/// The promptfoo engine.
class PromptfooEngine : public QObject, public EvaluationEngine {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VV_EVALUATION_ENGINE_IID FILE "plugin.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
public:
    Result<EnginePlan> plan(const EngineRequest &request) override;
    Result<EngineOutcome> run(const EngineRequest &request, const EngineSession &session) override;

private:
    static Result<Setup> setup(const EngineRequest &request);
    static Result<QString> version(const QString &program);
    static CaseResult grade(const SuiteCase &sc, const PromptfooRecord &r, const NorwegianSpelling *spelling);
    static CaseResult fromOwnConfig(const PromptfooRecord &r, const QString &level);
};

Result<Setup> PromptfooEngine::setup(const EngineRequest &request)
{
    Setup s;
    s.program = request.programPath;
    if (s.program.isEmpty())
        return Error::input(PromptfooText::tr("promptfoo was not found"),
                            PromptfooText::tr("Install it with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -g "
                                              "promptfoo@0.118.0, or give its path with --set promptfoo=PATH."));
    const Json &c = request.config;
    s.userConfig = jsonString(c, "config");
    if (!s.userConfig.isEmpty() && !request.suitePath.isEmpty())
        return Error::input(PromptfooText::tr("give either a suite (--suite) or your own promptfoo configuration "
                                              "(--set config=PATH), not both"));
    if (s.userConfig.isEmpty() && request.suitePath.isEmpty())
        return Error::input(PromptfooText::tr("the promptfoo engine needs a suite or a promptfoo configuration"),
                            PromptfooText::tr("Give --suite guidance/suites/basic.yaml, or --set config=PATH."));
    if (!s.userConfig.isEmpty()) {
        if (QFileInfo(s.userConfig).isRelative() && !request.projectDir.isEmpty())
            s.userConfig = QFileInfo(request.projectDir + QLatin1Char('/') + s.userConfig).absoluteFilePath();
        if (!QFileInfo(s.userConfig).isFile())
            return Error::input(PromptfooText::tr("the promptfoo configuration %1 does not exist").arg(s.userConfig));
    } else {
        auto suite = TestSuite::load(request.suitePath);
        if (!suite)
            return suite.error();
        s.suite = std::move(*suite);
    }
    s.provider.id = jsonString(c, "provider", QStringLiteral("echo")).trimmed();
    if (s.provider.id.isEmpty() || s.provider.id.size() > 1000)
        return Error::input(PromptfooText::tr("provider must name a promptfoo provider such as echo, "
                                              "'exec: /path/to/script' or openai:chat:MODEL"));
    s.provider.baseUrl = jsonString(c, "base_url").trimmed();
    s.provider.apiKeyEnv = jsonString(c, "api_key_env").trimmed();
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    if (!s.provider.apiKeyEnv.isEmpty() && !envName.match(s.provider.apiKeyEnv).hasMatch())
        return Error::input(PromptfooText::tr("api_key_env must be the name of an environment variable, not '%1'")
                                .arg(s.provider.apiKeyEnv));
    s.provider.temperature = c.value("temperature", 0.0);
    s.provider.maxTokens = c.value("max_tokens", qint64(512));
    const qint64 concurrency = c.value("concurrency", qint64(4));
    if (concurrency < 1 || concurrency > 256)
        return Error::input(PromptfooText::tr("concurrency must be between 1 and 256"));
    s.concurrency = static_cast<int>(concurrency);
    s.level = jsonString(c, "level", QStringLiteral("basic"));
    if (!TestSuite::levels().contains(s.level))
        return Error::input(PromptfooText::tr("level must be one of %1, not '%2'")
                                .arg(TestSuite::levels().join(QStringLiteral(", ")), s.level));
    return s;
}

// The version promptfoo reports; running it also shows that Node.js and promptfoo's modules work.
Result<QString> PromptfooEngine::version(const QString &program)
{
    // Starting promptfoo takes seconds; the answer holds while the file is unchanged.
    static QMutex mutex;
    static QHash<QString, QString> known;
    const QFileInfo info(program);
    const QString key = QStringLiteral("%1|%2|%3").arg(info.canonicalFilePath()).arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch());
    {
        QMutexLocker lock(&mutex);
        if (const auto it = known.constFind(key); it != known.cend())
            return *it;
    }
    WorkFolder configDir(QStringLiteral("promptfoo-version"));
    QProcess p;
    p.setProcessEnvironment(PromptfooConfig::environment(configDir.path()));
    p.start(program, {QStringLiteral("--version")});
    if (!p.waitForStarted(10000))
        return Error::input(PromptfooText::tr("%1 could not be started: %2").arg(program, p.errorString()),
                            PromptfooText::tr("promptfoo needs Node.js 18 or later (node in PATH)."));
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(2000);
        return Error::runtime(PromptfooText::tr("%1 --version did not answer within two minutes").arg(program));
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput().left(4096)).trimmed();
    static const QRegularExpression versionLine(QStringLiteral("(?:^|\\n)(\\d{1,4}\\.\\d{1,4}\\.\\d{1,6})\\s*$"));
    const auto m = versionLine.match(out);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !m.hasMatch())
        return Error::input(PromptfooText::tr("%1 --version failed: %2")
                                .arg(program, QString::fromUtf8(p.readAllStandardError().right(2000)).trimmed()),
                            PromptfooText::tr("Reinstall promptfoo 0.118.0; it needs Node.js 18 or later."));
    QMutexLocker lock(&mutex);
    known.insert(key, m.captured(1));
    return m.captured(1);
}

Result<EnginePlan> PromptfooEngine::plan(const EngineRequest &request)
{
    auto s = setup(request);
    if (!s)
        return s.error();
    auto v = version(s->program);
    if (!v)
        return v.error();
    EnginePlan plan;
    plan.provenance = {{"promptfooVersion", toStd(*v)}, {"program", "promptfoo"}};
    if (s->suite) {
        plan.title = PromptfooText::tr("%1 through promptfoo (%2)").arg(s->suite->name, s->provider.id);
        plan.casesTotal = static_cast<qint64>(s->suite->cases.size());
        auto supports = s->suite->supportedRequirements();
        if (!supports)
            return supports.error();
        plan.supports = *supports;
        plan.provenance["mode"] = "suite";
        plan.provenance["provider"] = toStd(s->provider.id);
        plan.provenance["suite_name"] = toStd(s->suite->name);
        if (!s->provider.baseUrl.isEmpty())
            plan.provenance["endpoint"] = toStd(s->provider.baseUrl);
    } else {
        auto sha = Sha256::hexOfFile(s->userConfig);
        if (!sha)
            return sha.error();
        plan.title = PromptfooText::tr("promptfoo configuration %1").arg(QFileInfo(s->userConfig).fileName());
        auto supports = TestSuite::requirementsForLevel(s->level);
        if (!supports)
            return supports.error();
        plan.supports = *supports;
        plan.provenance["mode"] = "config";
        plan.provenance["promptfoo_config"] = {{"file_name", toStd(QFileInfo(s->userConfig).fileName())},
                                               {"sha256", toStd(*sha)}};
        plan.provenance["level"] = toStd(s->level);
        // The configuration names its own providers; what they ran with is read from promptfoo's output (run()).
        plan.provenance["settings_not_used"] = {"provider", "base_url", "api_key_env", "temperature", "max_tokens"};
    }
    if (*v != QStringLiteral("0.118.0") && request.finishedCaseIds.isEmpty())
        plan.provenance["version_note"] = toStd(PromptfooText::tr("Veiviser is tested with promptfoo 0.118.0"));
    return plan;
}

CaseResult PromptfooEngine::grade(const SuiteCase &sc, const PromptfooRecord &r, const NorwegianSpelling *spelling)
{
    CaseResult c;
    c.caseId = sc.id;
    Json detail = {{"level", toStd(sc.level)}, {"language", toStd(sc.language)}, {"provider", toStd(r.provider)}};
    if (!sc.source.isEmpty())
        detail["source"] = toStd(sc.source);
    if (r.latencyMs >= 0)
        detail["latency_ms"] = r.latencyMs;
    Json verdicts = Json::array();
    QString problem = r.errored ? r.error : !r.output ? PromptfooText::tr("promptfoo returned no output") : QString();
    bool all = r.success;
    std::size_t next = 0; // the next of promptfoo's assertion results, in the order they were sent
    for (const Grader &g : sc.graders) {
        if (!problem.isEmpty())
            break;
        const Json asserts = PromptfooConfig::assertionsFor(g);
        GraderVerdict v;
        if (asserts.empty()) {
            v = AnswerGrading::grade(g, *r.output, spelling);
        } else {
            v.grader = Grader::kindName(g.kind);
            v.passed = true;
            for (const Json &a : asserts) {
                if (next >= r.assertions.size() ||
                    (!r.assertions[next].type.isEmpty() && r.assertions[next].type != fromStd(a["type"].get<std::string>()))) {
                    problem = PromptfooText::tr("promptfoo's assertion results do not match the assertions sent");
                    break;
                }
                const PromptfooAssertion &pa = r.assertions[next++];
                if (!pa.passed && v.passed) {
                    v.passed = false;
                    v.reason = pa.reason;
                }
            }
            if (!problem.isEmpty())
                break;
        }
        all = all && v.passed;
        verdicts.push_back({{"grader", toStd(v.grader)}, {"passed", v.passed}, {"reason", toStd(v.reason)},
                            {"graded_by", asserts.empty() ? "veiviser" : "promptfoo"}});
    }
    if (!problem.isEmpty()) {
        c.status = CaseStatus::Errored;
        detail["error"] = toStd(problem);
        detail["failure_source"] = "endpoint";
        verdicts = Json::array();
    } else {
        c.status = all ? CaseStatus::Passed : CaseStatus::Failed;
        c.score = all ? 1.0 : 0.0;
        if (!all)
            detail["failure_source"] = "test";
    }
    if (r.output)
        detail["output"] = toStd(*r.output);
    detail["verdicts"] = verdicts;
    c.detail = std::move(detail);
    return c;
}

// A result of the user's own configuration: promptfoo's verdict as it stands.
CaseResult PromptfooEngine::fromOwnConfig(const PromptfooRecord &r, const QString &level)
{
    CaseResult c;
    c.caseId = r.caseId;
    Json verdicts = Json::array();
    for (const PromptfooAssertion &a : r.assertions)
        verdicts.push_back({{"grader", toStd(a.type.isEmpty() ? QStringLiteral("assertion") : a.type)},
                            {"passed", a.passed}, {"reason", toStd(a.reason)}, {"graded_by", "promptfoo"}});
    Json detail = {{"level", toStd(level)}, {"provider", toStd(r.provider)}, {"description", toStd(r.description)},
                   {"verdicts", verdicts}};
    if (r.latencyMs >= 0)
        detail["latency_ms"] = r.latencyMs;
    if (r.output)
        detail["output"] = toStd(*r.output);
    if (r.errored) {
        c.status = CaseStatus::Errored;
        detail["error"] = toStd(r.error);
        detail["failure_source"] = "endpoint";
    } else {
        c.status = r.success ? CaseStatus::Passed : CaseStatus::Failed;
        c.score = r.score ? *r.score : (r.success ? 1.0 : 0.0);
        if (!r.success)
            detail["failure_source"] = "test";
    }
    c.detail = std::move(detail);
    return c;
}

Result<EngineOutcome> PromptfooEngine::run(const EngineRequest &request, const EngineSession &session)
{
    auto s = setup(request);
    if (!s)
        return s.error();
    auto log = [&](const QString &line) {
        if (session.log)
            session.log(line);
    };
    WorkFolder work(QStringLiteral("promptfoo")); // the answers, which may quote health data
    if (!work.isValid())
        return Error::runtime(PromptfooText::tr("no temporary folder for promptfoo: %1").arg(work.errorString()));
    const QString results = work.filePath(QStringLiteral("results.jsonl"));
    QString configPath = s->userConfig;
    std::map<QString, const SuiteCase *> planned; // the cases promptfoo is asked to run
    if (s->suite) {
        for (const SuiteCase &sc : s->suite->cases) {
            if (!request.finishedCaseIds.contains(sc.id))
                planned.emplace(sc.id, &sc);
        }
        if (planned.empty())
            return SuiteRunSummary::of(s->suite->name, request.finishedCases, {});
        // JSON is YAML, which is what promptfoo reads.
        configPath = work.filePath(QStringLiteral("promptfooconfig.yaml"));
        QFile f(configPath);
        const QByteArray text =
            QByteArray::fromStdString(PromptfooConfig::fromSuite(*s->suite, s->provider, request.finishedCaseIds).dump(1));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.flush())
            return Error::runtime(PromptfooText::tr("cannot write %1: %2").arg(configPath, f.errorString()));
    }

    // The dictionaries load while promptfoo starts (which takes a second or two on its own).
    const auto spellingLoading = NorwegianSpelling::shared();

    QProcess p;
    p.setProcessEnvironment(PromptfooConfig::environment(work.filePath(QStringLiteral("promptfoo-home"))));
    p.setWorkingDirectory(s->suite ? request.projectDir : QFileInfo(s->userConfig).absolutePath());
    const QStringList args = {QStringLiteral("eval"), QStringLiteral("-c"), configPath, QStringLiteral("-o"), results,
                              QStringLiteral("-j"), QString::number(s->concurrency), QStringLiteral("--no-cache"),
                              QStringLiteral("--no-progress-bar"), QStringLiteral("--no-table")};
    log(PromptfooText::tr("Starting promptfoo eval with %1 at concurrency %2.")
            .arg(s->suite ? s->provider.id : QFileInfo(s->userConfig).fileName()).arg(s->concurrency));
    p.start(s->program, args);
    if (!p.waitForStarted(10000))
        return Error::runtime(PromptfooText::tr("promptfoo could not be started: %1").arg(p.errorString()));
    std::shared_ptr<const NorwegianSpelling> spelling;
    if (const NorwegianSpelling::Loaded &loaded = spellingLoading.get(); loaded)
        spelling = *loaded;
    else if (s->suite)
        log(loaded.error().toString());

    PromptfooJsonlTail tail(results);
    std::vector<CaseResult> ranNow;
    QSet<QString> seen;
    std::set<std::string> providersRun; // of the user's configuration, as promptfoo reports them
    QByteArray stdoutTail, stderrTail, lineBuffer;
    int logged = 0;
    auto stop = [&p] {
        p.terminate();
        if (!p.waitForFinished(3000)) {
            p.kill();
            p.waitForFinished(3000);
        }
    };
    auto drainOutput = [&] {
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        keepTail(stdoutTail, out);
        keepTail(stderrTail, err);
        // promptfoo's own lines go to the log (bounded), so a user sees its warnings.
        lineBuffer += out + err;
        if (lineBuffer.size() > maxTailBytes)
            lineBuffer = lineBuffer.right(maxTailBytes);
        for (qsizetype nl = lineBuffer.indexOf('\n'); nl >= 0; nl = lineBuffer.indexOf('\n')) {
            const QString line = QString::fromUtf8(lineBuffer.left(nl)).trimmed().left(500);
            lineBuffer.remove(0, nl + 1);
            if (!line.isEmpty() && logged < maxLogLines && !line.startsWith(QLatin1Char('='))) {
                ++logged;
                log(QStringLiteral("promptfoo: ") + line);
            }
        }
    };
    auto takeResults = [&]() -> Status {
        auto records = tail.poll();
        if (!records)
            return records.error();
        for (const PromptfooRecord &r : *records) {
            CaseResult c;
            if (s->suite) {
                const auto it = planned.find(r.caseId);
                if (it == planned.end())
                    return Error::runtime(PromptfooText::tr("promptfoo returned a result for the case '%1', which was "
                                                            "not asked for").arg(r.caseId.left(200)));
                if (seen.contains(r.caseId))
                    return Error::runtime(PromptfooText::tr("promptfoo returned two results for the case '%1'").arg(r.caseId));
                c = grade(*it->second, r, spelling.get());
            } else {
                providersRun.insert(providerRun(r).dump());
                // The user's configuration runs whole again on resume; finished cases are not stored twice.
                if (request.finishedCaseIds.contains(r.caseId))
                    continue;
                if (seen.contains(r.caseId))
                    return Error::runtime(PromptfooText::tr("promptfoo returned two results for '%1'; give the tests "
                                                            "distinct descriptions or indices").arg(r.caseId));
                c = fromOwnConfig(r, s->level);
            }
            seen.insert(r.caseId);
            VV_TRY(session.recordCase(c));
            ranNow.push_back(std::move(c));
        }
        return {};
    };

    while (p.state() != QProcess::NotRunning) {
        p.waitForFinished(100);
        drainOutput();
        if (session.isCancelled()) {
            stop();
            return Error::cancelled();
        }
        if (auto st = takeResults(); !st) {
            stop();
            return st.error();
        }
    }
    drainOutput();
    VV_TRY(takeResults());

    if (p.exitStatus() != QProcess::NormalExit)
        return Error::runtime(PromptfooText::tr("promptfoo crashed: %1").arg(QString::fromUtf8(stderrTail.right(2000)).trimmed()));
    // 100 means that some tests failed, which the cases already say.
    if (p.exitCode() != 0 && p.exitCode() != 100)
        return Error::runtime(PromptfooText::tr("promptfoo ended with exit code %1: %2")
                                  .arg(p.exitCode())
                                  .arg(QString::fromUtf8((stderrTail.isEmpty() ? stdoutTail : stderrTail).right(2000))
                                           .trimmed()),
                              PromptfooText::tr("Check the configuration and the provider; the log has promptfoo's output."));
    if (tail.hasPartialLine())
        return Error::runtime(PromptfooText::tr("promptfoo's result file ends in the middle of a result"));
    if (s->suite && seen.size() != static_cast<qsizetype>(planned.size()))
        return Error::runtime(PromptfooText::tr("promptfoo returned results for %1 of %2 cases")
                                  .arg(seen.size()).arg(planned.size()),
                              PromptfooText::tr("Resume the run to try the others again."));

    EngineOutcome outcome = SuiteRunSummary::of(s->suite ? s->suite->name : QFileInfo(s->userConfig).fileName(),
                                                request.finishedCases, ranNow);
    outcome.result["promptfoo_exit_code"] = p.exitCode();
    if (!s->suite)
        learnFromOwnConfig(outcome, request.finishedCaseIds.size() + seen.size(), providersRun);
    return outcome;
}

} // namespace vv::validation

#include "PromptfooEngine.moc"
