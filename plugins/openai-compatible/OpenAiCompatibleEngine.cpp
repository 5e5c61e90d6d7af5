// Runs a Veiviser test suite against an OpenAI-compatible /v1/chat/completions endpoint with libcurl's multi
// interface: bounded concurrency, timeouts, retries with backoff on 429 and 5xx (honouring Retry-After), TLS
// verification always on. The API key is read from an environment variable named in the settings, at the moment of
// use; it never reaches the project, the log or the result.

#include "secrets/Keychain.h"
#include "validation/AnswerGrading.h"
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

/// One HTTP exchange in flight.
struct Transfer {
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    std::string body;
    QByteArray response;
    QByteArray retryAfter;
    std::size_t caseIndex = 0;
    int attempt = 0;
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

/// A request that has ended, with what grading its case needs.
struct FinishedRequest {
    std::size_t caseIndex = 0;
    int attempt = 0;
    qint64 latencyMs = 0;
    Answer answer;
    QString transportError;
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
    static Result<TestSuite> suite(const EngineRequest &request);
    /// The endpoint settings and the suite, both checked: what plan() and run() start from.
    static Result<std::pair<Endpoint, TestSuite>> prepare(const EngineRequest &request);
    static QString reportedModel(const Endpoint &e);
};

Result<Endpoint> OpenAiCompatibleEngine::endpoint(const Json &c)
{
    Endpoint e;
    e.baseUrl = jsonString(c, "base_url").trimmed();
    while (e.baseUrl.endsWith(QLatin1Char('/')))
        e.baseUrl.chop(1);
    const QUrl url(e.baseUrl);
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) ||
        url.host().isEmpty())
        return Error::input(EngineText::tr("base_url must be an http or https address such as "
                                           "http://127.0.0.1:8080/v1, not '%1'").arg(e.baseUrl));
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

Result<TestSuite> OpenAiCompatibleEngine::suite(const EngineRequest &request)
{
    if (request.suitePath.isEmpty())
        return Error::input(EngineText::tr("the openai-compatible engine needs a test suite"),
                            EngineText::tr("Give one with --suite, for example guidance/suites/basic.yaml."));
    return TestSuite::load(request.suitePath);
}

Result<std::pair<Endpoint, TestSuite>> OpenAiCompatibleEngine::prepare(const EngineRequest &request)
{
    auto e = endpoint(request.config);
    if (!e)
        return e.error();
    auto s = suite(request);
    if (!s)
        return s.error();
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
    const Endpoint *e = &prepared->first;
    const TestSuite *s = &prepared->second;
    EnginePlan plan;
    plan.title = EngineText::tr("%1 against %2").arg(s->name, e->model);
    plan.casesTotal = static_cast<qint64>(s->cases.size());
    plan.supports = s->supportedRequirements();
    const QString reported = reportedModel(*e);
    plan.provenance = {{"endpoint", toStd(e->baseUrl)}, {"model", toStd(e->model)},
                       {"model_id", reported.isEmpty() ? Json(nullptr) : Json(toStd(reported))},
                       {"suite_name", toStd(s->name)}};
    return plan;
}

Result<EngineOutcome> OpenAiCompatibleEngine::run(const EngineRequest &request, const EngineSession &session)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    const Endpoint *e = &prepared->first;
    const TestSuite *s = &prepared->second;
    // The dictionaries take most of a second to load: only for suites with a language grader, one copy for the
    // process, loaded while the first requests are under way.
    const bool checksLanguage = std::any_of(s->cases.begin(), s->cases.end(), [](const SuiteCase &c) {
        return std::any_of(c.graders.begin(), c.graders.end(),
                           [](const Grader &g) { return g.kind == Grader::Kind::Language; });
    });
    std::optional<std::shared_future<NorwegianSpelling::Loaded>> spellingLoading;
    if (checksLanguage)
        spellingLoading = NorwegianSpelling::shared();
    std::shared_ptr<const NorwegianSpelling> spelling;
    auto spellingForGrading = [&]() -> const NorwegianSpelling * {
        if (spellingLoading) {
            const NorwegianSpelling::Loaded &loaded = spellingLoading->get();
            if (loaded)
                spelling = *loaded;
            else if (session.log)
                session.log(loaded.error().toString());
            spellingLoading.reset();
        }
        return spelling.get();
    };

    std::deque<std::size_t> pending;
    for (std::size_t i = 0; i < s->cases.size(); ++i) {
        if (!request.finishedCaseIds.contains(s->cases[i].id))
            pending.push_back(i);
    }
    std::multimap<qint64, std::pair<std::size_t, int>> retries; // due time (ms) -> case, attempt
    std::map<CURL *, std::unique_ptr<Transfer>> active;
    std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> multi(curl_multi_init(), curl_multi_cleanup);
    QElapsedTimer clock;
    clock.start();
    const QByteArray url = (e->baseUrl + QStringLiteral("/chat/completions")).toUtf8();

    auto startTransfer = [&](std::size_t index, int attempt) {
        auto t = std::make_unique<Transfer>();
        t->caseIndex = index;
        t->attempt = attempt;
        t->easy = curl_easy_init();
        t->body = Json{{"model", toStd(e->model)}, {"messages", s->cases[index].messages},
                       {"temperature", e->temperature}, {"max_tokens", e->maxTokens}, {"stream", false}}.dump();
        t->headers = curl_slist_append(t->headers, "Content-Type: application/json");
        if (!e->apiKey.isEmpty())
            t->headers = curl_slist_append(t->headers, QByteArray("Authorization: Bearer " + e->apiKey).constData());
        curl_easy_setopt(t->easy, CURLOPT_URL, url.constData());
        curl_easy_setopt(t->easy, CURLOPT_HTTPHEADER, t->headers);
        curl_easy_setopt(t->easy, CURLOPT_POSTFIELDS, t->body.c_str());
        curl_easy_setopt(t->easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(t->body.size()));
        curl_easy_setopt(t->easy, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(t->easy, CURLOPT_WRITEDATA, t.get());
        curl_easy_setopt(t->easy, CURLOPT_HEADERFUNCTION, onHeader);
        curl_easy_setopt(t->easy, CURLOPT_HEADERDATA, t.get());
        curl_easy_setopt(t->easy, CURLOPT_TIMEOUT_MS, e->timeoutMs);
        curl_easy_setopt(t->easy, CURLOPT_ERRORBUFFER, t->error);
        applyTls(t->easy, *e);
        t->clock.start();
        curl_multi_add_handle(multi.get(), t->easy);
        active.emplace(t->easy, std::move(t));
    };

    std::vector<CaseResult> ranNow;
    auto finishCase = [&](const FinishedRequest &f) -> Status {
        const Answer &answer = f.answer;
        const QString &transportError = f.transportError;
        const SuiteCase &sc = s->cases[f.caseIndex];
        CaseResult c;
        c.caseId = sc.id;
        Json verdicts = Json::array();
        Json detail = {{"level", toStd(sc.level)}, {"language", toStd(sc.language)},
                       {"latency_ms", f.latencyMs}, {"attempts", f.attempt + 1},
                       {"http_status", answer.httpStatus}};
        if (!sc.source.isEmpty())
            detail["source"] = toStd(sc.source);
        if (!transportError.isEmpty() || !answer.ok) {
            c.status = CaseStatus::Errored;
            detail["error"] = toStd(transportError.isEmpty() ? answer.error : transportError);
            detail["failure_source"] = "endpoint";
        } else {
            bool all = true;
            for (const Grader &g : sc.graders) {
                const GraderVerdict v = AnswerGrading::grade(g, answer.content, spellingForGrading());
                all = all && v.passed;
                verdicts.push_back({{"grader", toStd(v.grader)}, {"passed", v.passed}, {"reason", toStd(v.reason)}});
            }
            c.status = all ? CaseStatus::Passed : CaseStatus::Failed;
            c.score = all ? 1.0 : 0.0;
            detail["output"] = toStd(answer.content);
            if (!all)
                detail["failure_source"] = "test";
        }
        detail["verdicts"] = verdicts;
        c.detail = std::move(detail);
        VV_TRY(session.recordCase(c));
        ranNow.push_back(std::move(c));
        return {};
    };

    // An answer that needs the dictionaries while they are still loading waits here, so that the requests go on
    // meanwhile; it is graded and stored once they are ready, and at the latest when the run stops.
    std::vector<FinishedRequest> awaitingDictionaries;
    auto needsDictionaries = [&](std::size_t index) {
        const auto &graders = s->cases[index].graders;
        return std::any_of(graders.begin(), graders.end(),
                           [](const Grader &g) { return g.kind == Grader::Kind::Language; });
    };
    auto dictionariesPending = [&] {
        return spellingLoading && spellingLoading->wait_for(std::chrono::seconds(0)) != std::future_status::ready;
    };
    auto finishAwaiting = [&]() -> Status {
        for (const FinishedRequest &f : awaitingDictionaries)
            VV_TRY(finishCase(f));
        awaitingDictionaries.clear();
        return {};
    };
    auto finishOrWait = [&](FinishedRequest f) -> Status {
        if (needsDictionaries(f.caseIndex) && dictionariesPending()) {
            awaitingDictionaries.push_back(std::move(f));
            return {};
        }
        VV_TRY(finishAwaiting());
        return finishCase(f);
    };

    auto cleanup = [&] {
        for (auto &[easy, t] : active)
            curl_multi_remove_handle(multi.get(), easy);
        active.clear();
    };

    while (!pending.empty() || !retries.empty() || !active.empty()) {
        if (session.isCancelled()) {
            cleanup();
            VV_TRY(finishAwaiting()); // answers already received are kept
            return Error::cancelled();
        }
        if (!awaitingDictionaries.empty() && !dictionariesPending())
            VV_TRY(finishAwaiting());
        while (!retries.empty() && retries.begin()->first <= clock.elapsed() &&
               static_cast<int>(active.size()) < e->concurrency) {
            const auto [index, attempt] = retries.begin()->second;
            retries.erase(retries.begin());
            startTransfer(index, attempt);
        }
        while (!pending.empty() && static_cast<int>(active.size()) < e->concurrency) {
            startTransfer(pending.front(), 0);
            pending.pop_front();
        }
        int running = 0;
        curl_multi_perform(multi.get(), &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi.get(), &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            CURL *easy = msg->easy_handle;
            const CURLcode code = msg->data.result;
            curl_multi_remove_handle(multi.get(), easy);
            auto node = active.extract(easy);
            Transfer &t = *node.mapped();
            long status = 0;
            curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
            const bool transient = code == CURLE_OK ? (status == 429 || status >= 500)
                                                    : (code == CURLE_OPERATION_TIMEDOUT || code == CURLE_COULDNT_CONNECT ||
                                                       code == CURLE_GOT_NOTHING || code == CURLE_RECV_ERROR ||
                                                       code == CURLE_SEND_ERROR);
            if (transient && t.attempt < e->maxRetries) {
                // Retry-After in seconds where the server gives it (capped), else exponential backoff.
                bool ok = false;
                const double after = t.retryAfter.toDouble(&ok);
                const qint64 waitMs = ok && after >= 0 ? static_cast<qint64>(std::min(after, 60.0) * 1000)
                                                       : static_cast<qint64>(250 * std::pow(2.0, t.attempt));
                if (session.log)
                    session.log(EngineText::tr("%1: %2, trying again in %3 ms")
                                    .arg(s->cases[t.caseIndex].id,
                                         code == CURLE_OK ? QStringLiteral("HTTP %1").arg(status)
                                                          : QString::fromUtf8(curl_easy_strerror(code)))
                                    .arg(waitMs));
                retries.emplace(clock.elapsed() + waitMs, std::make_pair(t.caseIndex, t.attempt + 1));
                continue;
            }
            QString transportError;
            if (code != CURLE_OK)
                transportError = EngineText::tr("request failed: %1")
                                     .arg(QString::fromUtf8(t.error[0] ? t.error : curl_easy_strerror(code)));
            if (auto st = finishOrWait({t.caseIndex, t.attempt, t.clock.elapsed(),
                                        code == CURLE_OK ? parseAnswer(status, t.response) : Answer{}, transportError});
                !st) {
                cleanup();
                return st.error();
            }
        }
        // A slot freed above is filled at once: waiting for the next socket event first would leave it idle until
        // another request finished.
        const bool roomForMore = !pending.empty() && static_cast<int>(active.size()) < e->concurrency;
        if (!roomForMore && (!active.empty() || !retries.empty())) {
            int timeout = 100;
            if (active.empty() && !retries.empty())
                timeout = static_cast<int>(std::clamp<qint64>(retries.begin()->first - clock.elapsed(), 0, 100));
            curl_multi_poll(multi.get(), nullptr, 0, timeout, nullptr);
        }
    }

    VV_TRY(finishAwaiting());
    return SuiteRunSummary::of(s->name, request.finishedCases, ranNow);
}

} // namespace vv::validation

#include "OpenAiCompatibleEngine.moc"
