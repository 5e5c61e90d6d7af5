// Runs a Veiviser test suite against an OpenAI-compatible /v1/chat/completions endpoint with libcurl's multi
// interface: bounded concurrency, timeouts, retries with backoff on 429 and 5xx (honouring Retry-After), TLS
// verification always on. The API key is read from an environment variable named in the settings, at the moment of
// use; it never reaches the project, the log or the result. Judge and grounded graders ask a judge model at a second
// (or the same) endpoint once the answer is in, and retrieval cases ask a retrieval endpoint: both are transfers in
// the same multi loop, so a case waiting for its judge holds up no other case.

#include "secrets/Keychain.h"
#include "validation/AnswerGrading.h"
#include "validation/Rubric.h"
#include "validation/EvaluationEngine.h"
#include "validation/SuiteRunSummary.h"
#include "validation/TestSuite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QObject>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <cmath>
#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace vv::validation {

/// Translated texts of the engine (a class so that lupdate sees the context).
class EngineText {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::OpenAiCompatibleEngine)
};

namespace {

constexpr qsizetype maxResponseBytes = 8 << 20;

/// The endpoint settings of one run.
struct Endpoint {
    QString baseUrl; ///< without a trailing slash
    QString model;
    QByteArray apiKey;
    QString caFile;
    int concurrency = 4;
    long timeoutMs = 60000;
    int maxRetries = 3;
    double temperature = 0;
    qint64 maxTokens = 512;
};

/// The endpoint settings of one run: the tested model, its judge, and the retrieval endpoint.
struct Endpoints {
    Endpoint tested;
    Endpoint judge;         ///< the tested endpoint and model unless judge_base_url or judge_model says otherwise
    bool judgeIsTested = false; ///< the judge is the tested model itself: recorded with every judge verdict
    QString retrievalUrl;   ///< POST {query, k} -> {results: [{id, score}]}; empty when not set
};

/// What a transfer is for: the tested model's answer, a judge's score for one grader, or a retrieval.
enum class Purpose { Answer, Judge, Retrieval };

/// One request to make: the case, what for, the grader (judge) and which attempt.
struct Job {
    std::size_t caseIndex = 0;
    Purpose purpose = Purpose::Answer;
    std::size_t graderIndex = 0;
    int attempt = 0;
};

constexpr int judgeMaxTokens = 512;
constexpr std::size_t maxRetrievalResults = 1000;

/// One HTTP exchange in flight.
struct Transfer {
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    std::string body;
    QByteArray response;
    QByteArray retryAfter;
    Job job;
    QElapsedTimer clock;
    char error[CURL_ERROR_SIZE] = {};
    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headers);
    }
};

std::size_t onBody(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const std::size_t n = size * count;
    if (t->response.size() + static_cast<qsizetype>(n) > maxResponseBytes)
        return 0; // aborts the transfer: no answer is this large
    t->response.append(data, static_cast<qsizetype>(n));
    return n;
}

std::size_t onHeader(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const QByteArray line(data, static_cast<qsizetype>(size * count));
    if (line.toLower().startsWith("retry-after:"))
        t->retryAfter = line.mid(12).trimmed();
    return size * count;
}

void applyTls(CURL *easy, const Endpoint &e)
{
    // Verification is never switched off; a private CA can be added.
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!e.caFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, QFile::encodeName(e.caFile).constData());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
}

/// What became of one case's request.
struct Answer {
    bool ok = false;
    QString content;
    QString error;
    long httpStatus = 0;
};

Answer parseAnswer(long status, const QByteArray &body)
{
    Answer a;
    a.httpStatus = status;
    if (status != 200) {
        a.error = EngineText::tr("the endpoint answered HTTP %1").arg(status);
        return a;
    }
    if (body.trimmed().startsWith('<')) {
        a.error = EngineText::tr("the endpoint sent an HTML page instead of JSON");
        return a;
    }
    auto doc = parseJson(body, QStringLiteral("response"));
    if (!doc) {
        a.error = EngineText::tr("the response is not valid JSON: %1").arg(doc.error().what());
        return a;
    }
    const Json *content = nullptr;
    if (doc->is_object() && (*doc)["choices"].is_array() && !(*doc)["choices"].empty() &&
        (*doc)["choices"][0].is_object() && (*doc)["choices"][0]["message"].is_object())
        content = &(*doc)["choices"][0]["message"]["content"];
    if (!content || !content->is_string()) {
        a.error = EngineText::tr("the response has no choices[0].message.content");
        return a;
    }
    a.ok = true;
    a.content = fromStd(content->get<std::string>());
    return a;
}

/// A retrieval endpoint's ranked ids, or why its response is unusable.
struct Retrieved {
    QStringList ids; ///< best first, each once
    QString error;
};

Retrieved parseRetrieval(long status, const QByteArray &body)
{
    Retrieved r;
    if (status != 200) {
        r.error = EngineText::tr("the retrieval endpoint answered HTTP %1").arg(status);
        return r;
    }
    auto doc = parseJson(body, QStringLiteral("retrieval response"));
    if (!doc || !doc->is_object() || !(*doc)["results"].is_array()) {
        r.error = EngineText::tr("the retrieval response is not {\"results\": [{\"id\", \"score\"}]}");
        return r;
    }
    const Json &results = (*doc)["results"];
    if (results.size() > maxRetrievalResults) {
        r.error = EngineText::tr("the retrieval response has more than %1 results").arg(maxRetrievalResults);
        return r;
    }
    for (const Json &hit : results) {
        if (!hit.is_object() || !hit["id"].is_string() || !hit["score"].is_number() || hit["id"].get<std::string>().size() > 200) {
            r.error = EngineText::tr("a retrieval result is not {\"id\": text, \"score\": number}");
            return r;
        }
        const QString id = fromStd(hit["id"].get<std::string>());
        if (!r.ids.contains(id))
            r.ids << id;
    }
    return r;
}

/// recall@k and reciprocal rank (of the first expected id within the first k) for one retrieval case.
Json retrievalScores(const RetrievalCheck &check, const QStringList &ranked)
{
    const QStringList top = ranked.mid(0, check.k);
    int found = 0;
    double reciprocalRank = 0;
    for (qsizetype i = 0; i < top.size(); ++i) {
        if (check.expectedIds.contains(top[i])) {
            ++found;
            if (reciprocalRank == 0)
                reciprocalRank = 1.0 / double(i + 1);
        }
    }
    Json returned = Json::array();
    for (const QString &id : top)
        returned.push_back(toStd(id));
    return {{"k", check.k}, {"recall_at_k", double(found) / double(check.expectedIds.size())},
            {"reciprocal_rank", reciprocalRank}, {"expected", check.expectedIds.size()}, {"found", found},
            {"returned", returned}, {"min_recall", check.minRecall}};
}

/// A case between its answer and its last judge's reply.
struct CaseWork {
    Answer answer;
    qint64 latencyMs = 0;
    int attempts = 1;
    std::vector<std::optional<GraderVerdict>> verdicts; ///< by grader; empty until the judge replies
    int judgesLeft = 0;
    bool awaitsDictionaries = false; ///< a language grader waits for the dictionaries, still loading
};

/// The text a judge is shown as the question: the case's passages, if any, above its last user message.
QString judgeQuestion(const SuiteCase &c)
{
    return c.context.empty() ? c.question() : c.contextBlock() + QStringLiteral("\n\n") + c.question();
}

/// The request body of one job.
std::string requestBody(const Job &job, const SuiteCase &c, const Endpoints &e, const QString &answer)
{
    switch (job.purpose) {
    case Purpose::Answer:
        return Json{{"model", toStd(e.tested.model)}, {"messages", c.conversation()},
                    {"temperature", e.tested.temperature}, {"max_tokens", e.tested.maxTokens}, {"stream", false}}
            .dump();
    case Purpose::Judge: {
        const Grader &g = c.graders[job.graderIndex];
        const QString prompt = g.criterion->judgePromptFor(judgeQuestion(c), answer);
        const Json format = {{"type", "json_schema"},
                             {"json_schema", {{"name", "rubric_score"}, {"strict", true}, {"schema", Rubric::judgeOutputSchema()}}}};
        return Json{{"model", toStd(e.judge.model)}, {"messages", Json::array({{{"role", "user"}, {"content", toStd(prompt)}}})},
                    {"temperature", 0}, {"max_tokens", judgeMaxTokens}, {"stream", false}, {"response_format", format}}
            .dump();
    }
    case Purpose::Retrieval: break;
    }
    return Json{{"query", toStd(c.retrieval->query)}, {"k", c.retrieval->k}}.dump();
}

/// One grader's verdict as stored with the case; judge verdicts carry the label and which judge gave them.
Json verdictJson(const GraderVerdict &v, const Grader &g, bool judgeIsTested)
{
    Json out = {{"grader", toStd(v.grader)}, {"passed", v.passed}, {"reason", toStd(v.reason)}};
    if (!g.usesJudge())
        return out;
    // Which criterion the score is on: what judge calibration pairs with the clinicians' scores.
    out["rubric"] = toStd(g.rubricId);
    out["criterion"] = toStd(g.criterionId);
    out["pass_at"] = g.passAt;
    out["score"] = v.score ? Json(*v.score) : Json(nullptr);
    out["judge_reason"] = toStd(v.judgeReason);
    out["judge_checked"] = false;
    out["judge_label"] = toStd(SuiteRunSummary::notCheckedLabel());
    out["judge_is_tested_model"] = judgeIsTested;
    return out;
}

} // namespace

/// The openai-compatible engine: a test suite against a chat-completions endpoint.
class OpenAiCompatibleEngine : public QObject, public EvaluationEngine {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VV_EVALUATION_ENGINE_IID FILE "plugin.json")
    Q_INTERFACES(vv::validation::EvaluationEngine)
public:
    OpenAiCompatibleEngine() { curl_global_init(CURL_GLOBAL_DEFAULT); }

    Result<EnginePlan> plan(const EngineRequest &request) override;
    Result<EngineOutcome> run(const EngineRequest &request, const EngineSession &session) override;

private:
    static Result<Endpoint> endpoint(const Json &config);
    static Result<Endpoints> endpoints(const Json &config, const TestSuite &suite);
    static Result<TestSuite> suite(const EngineRequest &request);
    /// The endpoint settings and the suite, both checked: what plan() and run() start from.
    static Result<std::pair<Endpoints, TestSuite>> prepare(const EngineRequest &request);
    static QString reportedModel(const Endpoint &e);
};

namespace {

/// A setting's http or https address without trailing slashes.
Result<QString> address(const Json &c, const char *key)
{
    QString value = jsonString(c, key).trimmed();
    while (value.endsWith(QLatin1Char('/')))
        value.chop(1);
    const QUrl url(value);
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) ||
        url.host().isEmpty())
        return Error::input(EngineText::tr("%1 must be an http or https address such as "
                                           "http://127.0.0.1:8080/v1, not '%2'").arg(QLatin1String(key), value));
    return value;
}

} // namespace

Result<Endpoint> OpenAiCompatibleEngine::endpoint(const Json &c)
{
    Endpoint e;
    auto base = address(c, "base_url");
    if (!base)
        return base.error();
    e.baseUrl = *base;
    e.model = jsonString(c, "model");
    const QString keyEnv = jsonString(c, "api_key_env");
    const QString keyEntry = jsonString(c, "api_key_keychain");
    if (!keyEnv.isEmpty() && !keyEntry.isEmpty())
        return Error::input(EngineText::tr("api_key_env and api_key_keychain are both set"),
                            EngineText::tr("Name one place for the API key."));
    if (!keyEntry.isEmpty()) {
        auto key = secrets::Keychain::read(keyEntry);
        if (!key)
            return key.error();
        if (!key->has_value() || (*key)->isEmpty())
            return Error::input(EngineText::tr("the keychain has no entry '%1' (api_key_keychain)").arg(keyEntry),
                                EngineText::tr("Store the key with: veiviser-cli secret set %1").arg(keyEntry));
        e.apiKey = **key;
    } else if (!keyEnv.isEmpty()) {
        e.apiKey = qgetenv(keyEnv.toLocal8Bit().constData());
        if (e.apiKey.isEmpty())
            return Error::input(EngineText::tr("the environment variable %1 (api_key_env) is empty or not set").arg(keyEnv),
                                EngineText::tr("Set it in the shell that runs Veiviser; the key is never stored."));
    }
    e.caFile = jsonString(c, "ca_file");
    if (!e.caFile.isEmpty() && !QFileInfo(e.caFile).isFile())
        return Error::input(EngineText::tr("the CA file %1 does not exist").arg(e.caFile));
    const qint64 concurrency = c.value("concurrency", qint64(4));
    if (concurrency < 1 || concurrency > 256)
        return Error::input(EngineText::tr("concurrency must be between 1 and 256"));
    e.concurrency = static_cast<int>(concurrency);
    const double timeout = c.value("timeout_s", 60.0);
    if (!(timeout > 0 && timeout <= 3600))
        return Error::input(EngineText::tr("timeout_s must be between 0 and 3600 seconds"));
    e.timeoutMs = std::max(1L, std::lround(timeout * 1000));
    const qint64 retries = c.value("max_retries", qint64(3));
    if (retries < 0 || retries > 20)
        return Error::input(EngineText::tr("max_retries must be between 0 and 20"));
    e.maxRetries = static_cast<int>(retries);
    e.temperature = c.value("temperature", 0.0);
    e.maxTokens = c.value("max_tokens", qint64(512));
    return e;
}

Result<Endpoints> OpenAiCompatibleEngine::endpoints(const Json &c, const TestSuite &s)
{
    auto tested = endpoint(c);
    if (!tested)
        return tested.error();
    Endpoints e{*tested, *tested, false, {}};
    if (!jsonString(c, "judge_base_url").trimmed().isEmpty()) {
        // Another server: its own key or none; the tested endpoint's key never goes to it.
        auto base = address(c, "judge_base_url");
        if (!base)
            return base.error();
        e.judge.baseUrl = *base;
        e.judge.apiKey.clear();
        if (jsonString(c, "judge_model").isEmpty())
            return Error::input(EngineText::tr("judge_base_url is set but judge_model is not"),
                                EngineText::tr("Name the judge's model."));
        if (const QString keyEnv = jsonString(c, "judge_api_key_env"); !keyEnv.isEmpty()) {
            e.judge.apiKey = qgetenv(keyEnv.toLocal8Bit().constData());
            if (e.judge.apiKey.isEmpty())
                return Error::input(EngineText::tr("the environment variable %1 (judge_api_key_env) is empty or not set")
                                        .arg(keyEnv),
                                    EngineText::tr("Set it in the shell that runs Veiviser; the key is never stored."));
        }
    }
    if (const QString model = jsonString(c, "judge_model"); !model.isEmpty())
        e.judge.model = model;
    e.judgeIsTested = e.judge.baseUrl == e.tested.baseUrl && e.judge.model == e.tested.model;
    const bool retrieves = std::any_of(s.cases.begin(), s.cases.end(), [](const SuiteCase &sc) { return sc.retrieval.has_value(); });
    if (!jsonString(c, "retrieval_url").trimmed().isEmpty()) {
        auto url = address(c, "retrieval_url");
        if (!url)
            return url.error();
        e.retrievalUrl = *url;
    } else if (retrieves) {
        return Error::input(EngineText::tr("the suite has retrieval cases but retrieval_url is not set"),
                            EngineText::tr("Give the retrieval endpoint's address (docs/test-suites.md, \"Retrieval\")."));
    }
    return e;
}

Result<TestSuite> OpenAiCompatibleEngine::suite(const EngineRequest &request)
{
    if (request.suitePath.isEmpty())
        return Error::input(EngineText::tr("the openai-compatible engine needs a test suite"),
                            EngineText::tr("Give one with --suite, for example guidance/suites/basic.yaml."));
    return TestSuite::load(request.suitePath);
}

Result<std::pair<Endpoints, TestSuite>> OpenAiCompatibleEngine::prepare(const EngineRequest &request)
{
    auto s = suite(request);
    if (!s)
        return s.error();
    auto e = endpoints(request.config, *s);
    if (!e)
        return e.error();
    return std::pair{std::move(*e), std::move(*s)};
}

// The model id the server reports at /models, where it has one; empty when it does not answer.
QString OpenAiCompatibleEngine::reportedModel(const Endpoint &e)
{
    Transfer t;
    t.easy = curl_easy_init();
    const QByteArray url = (e.baseUrl + QStringLiteral("/models")).toUtf8();
    curl_easy_setopt(t.easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(t.easy, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(t.easy, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(t.easy, CURLOPT_TIMEOUT_MS, std::min(e.timeoutMs, 10000L));
    applyTls(t.easy, e);
    if (!e.apiKey.isEmpty()) {
        t.headers = curl_slist_append(t.headers, QByteArray("Authorization: Bearer " + e.apiKey).constData());
        curl_easy_setopt(t.easy, CURLOPT_HTTPHEADER, t.headers);
    }
    long status = 0;
    if (curl_easy_perform(t.easy) != CURLE_OK ||
        curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK || status != 200)
        return {};
    auto doc = parseJson(t.response, QStringLiteral("models"));
    if (!doc || !doc->is_object() || !(*doc)["data"].is_array())
        return {};
    QStringList ids;
    for (const Json &m : (*doc)["data"]) {
        if (m.is_object() && m["id"].is_string())
            ids << fromStd(m["id"].get<std::string>());
    }
    // The configured model when the server lists it, else the only one it serves.
    if (ids.contains(e.model))
        return e.model;
    return ids.size() == 1 ? ids.front() : QString();
}

Result<EnginePlan> OpenAiCompatibleEngine::plan(const EngineRequest &request)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    const Endpoint *e = &prepared->first.tested;
    const TestSuite *s = &prepared->second;
    auto supports = s->supportedRequirements();
    if (!supports)
        return supports.error();
    EnginePlan plan;
    plan.title = EngineText::tr("%1 against %2").arg(s->name, e->model);
    plan.casesTotal = static_cast<qint64>(s->cases.size());
    plan.supports = *supports;
    const QString reported = reportedModel(*e);
    plan.provenance = {{"endpoint", toStd(e->baseUrl)}, {"model", toStd(e->model)},
                       {"model_id", reported.isEmpty() ? Json(nullptr) : Json(toStd(reported))},
                       {"suite_name", toStd(s->name)}};
    if (s->usesJudge()) {
        const Endpoints &all = prepared->first;
        plan.provenance["judge_endpoint"] = toStd(all.judge.baseUrl);
        plan.provenance["judge_model"] = toStd(all.judge.model);
        plan.provenance["judge_is_tested_model"] = all.judgeIsTested;
        plan.provenance["judge_checked_against_clinicians"] = false;
    }
    if (!prepared->first.retrievalUrl.isEmpty())
        plan.provenance["retrieval_endpoint"] = toStd(prepared->first.retrievalUrl);
    return plan;
}

namespace {

/// The requests of one run in flight on a curl multi handle: answers, judges and retrievals, with retries; each case
/// is recorded once its last request is in.
class CaseLoop {
public:
    /// spelling: the dictionaries loading in the background, for suites with a language grader.
    CaseLoop(const Endpoints &e, const TestSuite &s, const EngineSession &session,
             std::optional<std::shared_future<NorwegianSpelling::Loaded>> spelling)
        : m_e(e), m_s(s), m_session(session), m_spellingLoading(std::move(spelling)),
          m_multi(curl_multi_init(), curl_multi_cleanup)
    {
        m_clock.start();
    }
    ~CaseLoop()
    {
        for (auto &[easy, t] : m_active)
            curl_multi_remove_handle(m_multi.get(), easy);
    }

    void add(std::size_t caseIndex)
    {
        m_pending.push_back({caseIndex, m_s.cases[caseIndex].retrieval ? Purpose::Retrieval : Purpose::Answer, 0, 0});
    }
    Status run();
    std::vector<CaseResult> &ranNow() { return m_ranNow; }

private:
    void start(const Job &job);
    void startReady();
    Status onDone(CURL *easy, CURLcode code);
    bool retryLater(const Transfer &t, CURLcode code, long status);
    Status finishAnswer(const Transfer &t, const Answer &answer, const QString &transportError);
    Status finishJudge(const Transfer &t, const Answer &reply, const QString &transportError);
    Status finishRetrieval(const Transfer &t, const Retrieved &retrieved);
    Status record(std::size_t caseIndex, CaseResult c);
    bool dictionariesReady();
    Status gradeAwaitingDictionaries(bool wait);
    Json baseDetail(const SuiteCase &sc, qint64 latencyMs, int attempts, long httpStatus) const;
    const Endpoint &endpointOf(Purpose p) const { return p == Purpose::Judge ? m_e.judge : m_e.tested; }
    QByteArray urlOf(Purpose p) const
    {
        return p == Purpose::Retrieval ? m_e.retrievalUrl.toUtf8()
                                       : (endpointOf(p).baseUrl + QStringLiteral("/chat/completions")).toUtf8();
    }

    const Endpoints &m_e;
    const TestSuite &m_s;
    const EngineSession &m_session;
    std::optional<std::shared_future<NorwegianSpelling::Loaded>> m_spellingLoading;
    std::shared_ptr<const NorwegianSpelling> m_spelling;
    std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> m_multi;
    QElapsedTimer m_clock;
    std::deque<Job> m_pending;
    std::multimap<qint64, Job> m_retries; // due time (ms) -> job
    std::map<CURL *, std::unique_ptr<Transfer>> m_active;
    std::map<std::size_t, CaseWork> m_working; // cases waiting for their judges
    std::vector<CaseResult> m_ranNow;
};

void CaseLoop::start(const Job &job)
{
    const SuiteCase &sc = m_s.cases[job.caseIndex];
    const Endpoint &e = endpointOf(job.purpose);
    auto t = std::make_unique<Transfer>();
    t->job = job;
    t->easy = curl_easy_init();
    const auto work = m_working.find(job.caseIndex);
    t->body = requestBody(job, sc, m_e, work == m_working.end() ? QString() : work->second.answer.content);
    t->headers = curl_slist_append(t->headers, "Content-Type: application/json");
    // The retrieval endpoint gets no key: the contract has none, and a key is only sent where it was given for.
    if (job.purpose != Purpose::Retrieval && !e.apiKey.isEmpty())
        t->headers = curl_slist_append(t->headers, QByteArray("Authorization: Bearer " + e.apiKey).constData());
    const QByteArray url = urlOf(job.purpose);
    curl_easy_setopt(t->easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(t->easy, CURLOPT_HTTPHEADER, t->headers);
    curl_easy_setopt(t->easy, CURLOPT_POSTFIELDS, t->body.c_str());
    curl_easy_setopt(t->easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(t->body.size()));
    curl_easy_setopt(t->easy, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(t->easy, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(t->easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(t->easy, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(t->easy, CURLOPT_TIMEOUT_MS, e.timeoutMs);
    curl_easy_setopt(t->easy, CURLOPT_ERRORBUFFER, t->error);
    applyTls(t->easy, e);
    t->clock.start();
    curl_multi_add_handle(m_multi.get(), t->easy);
    m_active.emplace(t->easy, std::move(t));
}

void CaseLoop::startReady()
{
    const auto room = [this] { return static_cast<int>(m_active.size()) < m_e.tested.concurrency; };
    while (!m_retries.empty() && m_retries.begin()->first <= m_clock.elapsed() && room()) {
        const Job job = m_retries.begin()->second;
        m_retries.erase(m_retries.begin());
        start(job);
    }
    while (!m_pending.empty() && room()) {
        start(m_pending.front());
        m_pending.pop_front();
    }
}

bool CaseLoop::retryLater(const Transfer &t, CURLcode code, long status)
{
    const bool transient = code == CURLE_OK ? (status == 429 || status >= 500)
                                            : (code == CURLE_OPERATION_TIMEDOUT || code == CURLE_COULDNT_CONNECT ||
                                               code == CURLE_GOT_NOTHING || code == CURLE_RECV_ERROR ||
                                               code == CURLE_SEND_ERROR);
    if (!transient || t.job.attempt >= endpointOf(t.job.purpose).maxRetries)
        return false;
    // Retry-After in seconds where the server gives it (capped), else exponential backoff.
    bool ok = false;
    const double after = t.retryAfter.toDouble(&ok);
    const qint64 waitMs = ok && after >= 0 ? static_cast<qint64>(std::min(after, 60.0) * 1000)
                                           : static_cast<qint64>(250 * std::pow(2.0, t.job.attempt));
    if (m_session.log)
        m_session.log(EngineText::tr("%1: %2, trying again in %3 ms")
                          .arg(m_s.cases[t.job.caseIndex].id,
                               code == CURLE_OK ? QStringLiteral("HTTP %1").arg(status)
                                                : QString::fromUtf8(curl_easy_strerror(code)))
                          .arg(waitMs));
    Job again = t.job;
    ++again.attempt;
    m_retries.emplace(m_clock.elapsed() + waitMs, again);
    return true;
}

Status CaseLoop::onDone(CURL *easy, CURLcode code)
{
    curl_multi_remove_handle(m_multi.get(), easy);
    auto node = m_active.extract(easy);
    const Transfer &t = *node.mapped();
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    if (retryLater(t, code, status))
        return {};
    QString transportError;
    if (code != CURLE_OK)
        transportError = EngineText::tr("request failed: %1").arg(QString::fromUtf8(t.error[0] ? t.error : curl_easy_strerror(code)));
    switch (t.job.purpose) {
    case Purpose::Answer: return finishAnswer(t, code == CURLE_OK ? parseAnswer(status, t.response) : Answer{}, transportError);
    case Purpose::Judge: return finishJudge(t, code == CURLE_OK ? parseAnswer(status, t.response) : Answer{}, transportError);
    case Purpose::Retrieval: break;
    }
    return finishRetrieval(t, code == CURLE_OK ? parseRetrieval(status, t.response) : Retrieved{{}, transportError});
}

Json CaseLoop::baseDetail(const SuiteCase &sc, qint64 latencyMs, int attempts, long httpStatus) const
{
    Json detail = {{"level", toStd(sc.level)}, {"language", toStd(sc.language)}, {"latency_ms", latencyMs},
                   {"attempts", attempts}, {"http_status", httpStatus}};
    if (!sc.source.isEmpty())
        detail["source"] = toStd(sc.source);
    return detail;
}

Status CaseLoop::finishAnswer(const Transfer &t, const Answer &answer, const QString &transportError)
{
    const SuiteCase &sc = m_s.cases[t.job.caseIndex];
    if (!transportError.isEmpty() || !answer.ok) {
        CaseResult c;
        c.status = CaseStatus::Errored;
        c.detail = baseDetail(sc, t.clock.elapsed(), t.job.attempt + 1, answer.httpStatus);
        c.detail["error"] = toStd(transportError.isEmpty() ? answer.error : transportError);
        c.detail["failure_source"] = "endpoint";
        c.detail["verdicts"] = Json::array();
        return record(t.job.caseIndex, std::move(c));
    }
    CaseWork work{answer, t.clock.elapsed(), t.job.attempt + 1, {}, 0};
    work.verdicts.resize(sc.graders.size());
    for (std::size_t i = 0; i < sc.graders.size(); ++i) {
        if (sc.graders[i].usesJudge()) {
            // First in line: a case waiting for its judge is nearly done.
            m_pending.push_front({t.job.caseIndex, Purpose::Judge, i, 0});
            ++work.judgesLeft;
        } else if (sc.graders[i].kind == Grader::Kind::Language && !dictionariesReady()) {
            // Graded once the dictionaries are in; the other requests go on meanwhile.
            work.awaitsDictionaries = true;
        } else {
            work.verdicts[i] = AnswerGrading::grade(sc.graders[i], answer.content, m_spelling.get(), sc.context);
        }
    }
    m_working[t.job.caseIndex] = std::move(work);
    return record(t.job.caseIndex, {});
}

Status CaseLoop::finishJudge(const Transfer &t, const Answer &reply, const QString &transportError)
{
    CaseWork &work = m_working.at(t.job.caseIndex);
    const Grader &g = m_s.cases[t.job.caseIndex].graders[t.job.graderIndex];
    GraderVerdict v;
    if (!transportError.isEmpty() || !reply.ok) {
        v.grader = Grader::kindName(g.kind);
        v.reason = AnswerGrading::tr("judge reply unusable: %1").arg(transportError.isEmpty() ? reply.error : transportError);
    } else {
        v = AnswerGrading::judgeVerdict(g, reply.content);
    }
    work.verdicts[t.job.graderIndex] = std::move(v);
    --work.judgesLeft;
    return record(t.job.caseIndex, {});
}

Status CaseLoop::finishRetrieval(const Transfer &t, const Retrieved &retrieved)
{
    const SuiteCase &sc = m_s.cases[t.job.caseIndex];
    CaseResult c;
    c.detail = baseDetail(sc, t.clock.elapsed(), t.job.attempt + 1, 0);
    if (!retrieved.error.isEmpty()) {
        c.status = CaseStatus::Errored;
        c.detail["error"] = toStd(retrieved.error);
        c.detail["failure_source"] = "endpoint";
        c.detail["verdicts"] = Json::array();
        return record(t.job.caseIndex, std::move(c));
    }
    const Json scores = retrievalScores(*sc.retrieval, retrieved.ids);
    const double recall = scores["recall_at_k"].get<double>();
    const bool passed = recall >= sc.retrieval->minRecall;
    c.status = passed ? CaseStatus::Passed : CaseStatus::Failed;
    c.score = recall;
    c.detail["retrieval"] = scores;
    c.detail["verdicts"] = Json::array({{{"grader", "retrieval"}, {"passed", passed},
                                         {"reason", toStd(EngineText::tr("recall@%1 %2 (at least %3 wanted)")
                                                              .arg(sc.retrieval->k)
                                                              .arg(recall, 0, 'f', 3)
                                                              .arg(sc.retrieval->minRecall))}}});
    if (!passed)
        c.detail["failure_source"] = "test";
    return record(t.job.caseIndex, std::move(c));
}

// Stores a finished case; for an answered case (c empty) only once its last judge has replied.
Status CaseLoop::record(std::size_t caseIndex, CaseResult c)
{
    const SuiteCase &sc = m_s.cases[caseIndex];
    if (const auto w = m_working.find(caseIndex); w != m_working.end()) {
        if (w->second.judgesLeft > 0 || w->second.awaitsDictionaries)
            return {};
        const CaseWork &work = w->second;
        bool all = true;
        Json verdicts = Json::array();
        for (std::size_t i = 0; i < sc.graders.size(); ++i) {
            const GraderVerdict &v = *work.verdicts[i];
            all = all && v.passed;
            verdicts.push_back(verdictJson(v, sc.graders[i], m_e.judgeIsTested));
        }
        c.status = all ? CaseStatus::Passed : CaseStatus::Failed;
        c.score = all ? 1.0 : 0.0;
        c.detail = baseDetail(sc, work.latencyMs, work.attempts, work.answer.httpStatus);
        c.detail["output"] = toStd(work.answer.content);
        if (!all)
            c.detail["failure_source"] = "test";
        c.detail["verdicts"] = std::move(verdicts);
        m_working.erase(w);
    }
    c.caseId = sc.id;
    VV_TRY(m_session.recordCase(c));
    m_ranNow.push_back(std::move(c));
    return {};
}

bool CaseLoop::dictionariesReady()
{
    if (!m_spellingLoading)
        return true;
    if (m_spellingLoading->wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return false;
    if (const NorwegianSpelling::Loaded &loaded = m_spellingLoading->get(); loaded)
        m_spelling = *loaded;
    else if (m_session.log)
        m_session.log(loaded.error().toString()); // the language graders then fail with the reason
    m_spellingLoading.reset();
    return true;
}

// Grades the language graders of the answers that came in before the dictionaries, and stores those cases whose
// judges have replied too; with wait, after waiting for the dictionaries.
Status CaseLoop::gradeAwaitingDictionaries(bool wait)
{
    if (wait && m_spellingLoading)
        m_spellingLoading->wait();
    if (!dictionariesReady())
        return {};
    std::vector<std::size_t> ready;
    for (auto &[index, work] : m_working) {
        if (!work.awaitsDictionaries)
            continue;
        const SuiteCase &sc = m_s.cases[index];
        for (std::size_t i = 0; i < sc.graders.size(); ++i)
            if (sc.graders[i].kind == Grader::Kind::Language)
                work.verdicts[i] = AnswerGrading::grade(sc.graders[i], work.answer.content, m_spelling.get(), sc.context);
        work.awaitsDictionaries = false;
        ready.push_back(index);
    }
    for (const std::size_t index : ready)
        VV_TRY(record(index, {}));
    return {};
}

Status CaseLoop::run()
{
    while (!m_pending.empty() || !m_retries.empty() || !m_active.empty()) {
        if (m_session.isCancelled())
            return Error::cancelled();
        VV_TRY(gradeAwaitingDictionaries(false));
        startReady();
        int running = 0;
        curl_multi_perform(m_multi.get(), &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi.get(), &queued)) {
            if (msg->msg == CURLMSG_DONE)
                VV_TRY(onDone(msg->easy_handle, msg->data.result));
        }
        // A slot freed above is filled at once: waiting for the next socket event first would leave it idle until
        // another request finished.
        const bool roomForMore = !m_pending.empty() && static_cast<int>(m_active.size()) < m_e.tested.concurrency;
        if (!roomForMore && (!m_active.empty() || !m_retries.empty())) {
            int timeout = 100;
            if (m_active.empty() && !m_retries.empty())
                timeout = static_cast<int>(std::clamp<qint64>(m_retries.begin()->first - m_clock.elapsed(), 0, 100));
            curl_multi_poll(m_multi.get(), nullptr, 0, timeout, nullptr);
        }
    }
    return gradeAwaitingDictionaries(true);
}

} // namespace

Result<EngineOutcome> OpenAiCompatibleEngine::run(const EngineRequest &request, const EngineSession &session)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    const TestSuite *s = &prepared->second;
    // The dictionaries take most of a second to load: only for suites with a language grader, one copy for the
    // process, loaded while the first requests are out.
    const bool checksLanguage = std::any_of(s->cases.begin(), s->cases.end(), [](const SuiteCase &c) {
        return std::any_of(c.graders.begin(), c.graders.end(),
                           [](const Grader &g) { return g.kind == Grader::Kind::Language; });
    });
    std::optional<std::shared_future<NorwegianSpelling::Loaded>> spelling;
    if (checksLanguage)
        spelling = NorwegianSpelling::shared();
    CaseLoop loop(prepared->first, *s, session, std::move(spelling));
    for (std::size_t i = 0; i < s->cases.size(); ++i) {
        if (!request.finishedCaseIds.contains(s->cases[i].id))
            loop.add(i);
    }
    VV_TRY(loop.run());
    return SuiteRunSummary::of(s->name, request.finishedCases, loop.ranNow());
}

} // namespace vv::validation

#include "OpenAiCompatibleEngine.moc"
