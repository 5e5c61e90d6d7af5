#include "validation/Promptfoo.h"

#include "core/RegularFile.h"

#include <QFile>

#include <cmath>

namespace vv::validation {

namespace {

Error recordError(const QString &source, int line, const QString &what)
{
    return Error::input(what, PromptfooRecord::tr("The promptfoo output is damaged or from an unsupported version; "
                                                  "run promptfoo 0.118.0 again."),
                        SourceLocation{source, line, 0});
}

// An optional string member of bounded length; nullopt when absent or null, an error when of another type.
Result<std::optional<QString>> optionalText(const Json &obj, const char *key, const QString &source, int line)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return std::optional<QString>();
    if (!it->is_string())
        return recordError(source, line, PromptfooRecord::tr("'%1' must be a string").arg(QLatin1String(key)));
    if (it->get_ref<const std::string &>().size() > static_cast<std::size_t>(PromptfooRecord::maxTextLength))
        return recordError(source, line, PromptfooRecord::tr("'%1' is longer than %2 bytes")
                                             .arg(QLatin1String(key)).arg(PromptfooRecord::maxTextLength));
    return std::optional<QString>(fromStd(it->get<std::string>()));
}

// What the provider ran with, from the provider object promptfoo writes with each result. Users' configurations
// vary, so what is not a number or a string is left out rather than refused.
void readProviderConfig(PromptfooRecord &r, const Json &provider)
{
    const auto config = provider.find("config");
    if (config == provider.end() || !config->is_object())
        return;
    if (const auto t = config->find("temperature"); t != config->end() && t->is_number() &&
        std::isfinite(t->get<double>()))
        r.temperature = t->get<double>();
    for (const char *key : {"apiBaseUrl", "apiHost", "url"}) {
        if (const auto e = config->find(key); e != config->end() && e->is_string()) {
            r.endpoint = fromStd(e->get<std::string>()).left(500);
            return;
        }
    }
}

Result<std::optional<qint64>> optionalIndex(const Json &obj, const char *key, const QString &source, int line)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return std::optional<qint64>();
    if (!it->is_number_integer() || it->get<qint64>() < 0 || it->get<qint64>() > 100000000)
        return recordError(source, line, PromptfooRecord::tr("'%1' must be a whole number of at least 0")
                                             .arg(QLatin1String(key)));
    return std::optional<qint64>(it->get<qint64>());
}

} // namespace

QProcessEnvironment PromptfooConfig::environment(const QString &configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTFOO_DISABLE_TELEMETRY"), QStringLiteral("1"));
    env.insert(QStringLiteral("PROMPTFOO_DISABLE_UPDATE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PROMPTFOO_DISABLE_SHARING"), QStringLiteral("1"));
    env.insert(QStringLiteral("PROMPTFOO_DISABLE_REMOTE_GENERATION"), QStringLiteral("1"));
    if (!configDir.isEmpty())
        env.insert(QStringLiteral("PROMPTFOO_CONFIG_DIR"), configDir);
    return env;
}

Json PromptfooConfig::assertionsFor(const Grader &g)
{
    // Only what promptfoo checks the same way: substrings without regard to case (promptfoo does not fold
    // diacritics, so "légevakt" does not contain "legevakt" there) and regular expressions (JavaScript syntax).
    Json out = Json::array();
    switch (g.kind) {
    case Grader::Kind::Contains:
        for (const QString &t : g.texts)
            out.push_back({{"type", "icontains"}, {"value", toStd(t)}});
        break;
    case Grader::Kind::NotContains:
        for (const QString &t : g.texts)
            out.push_back({{"type", "not-icontains"}, {"value", toStd(t)}});
        break;
    case Grader::Kind::Regex: out.push_back({{"type", "regex"}, {"value", toStd(g.pattern)}}); break;
    default: break; // refusal, escalation, language, LIX and JSON Schema: Veiviser's own graders
    }
    return out;
}

Json PromptfooConfig::fromSuite(const TestSuite &suite, const PromptfooProvider &provider, const QSet<QString> &skip)
{
    Json providerJson = {{"id", toStd(provider.id)}};
    Json providerConfig = Json::object();
    if (!provider.baseUrl.isEmpty())
        providerConfig["apiBaseUrl"] = toStd(provider.baseUrl);
    if (!provider.apiKeyEnv.isEmpty())
        providerConfig["apiKeyEnvar"] = toStd(provider.apiKeyEnv);
    if (provider.id.startsWith(QStringLiteral("openai:"))) {
        providerConfig["temperature"] = provider.temperature;
        providerConfig["max_tokens"] = provider.maxTokens;
    }
    if (!providerConfig.empty())
        providerJson["config"] = providerConfig;

    Json tests = Json::array();
    for (const SuiteCase &c : suite.cases) {
        if (skip.contains(c.id))
            continue;
        // A single user message goes as plain text (what echo and exec: providers expect); a conversation goes as
        // the JSON chat array, which promptfoo's chat providers send as messages.
        std::string prompt;
        if (c.messages.size() == 1 && c.messages[0].value("role", std::string()) == "user" &&
            c.messages[0].contains("content") && c.messages[0]["content"].is_string())
            prompt = c.messages[0]["content"].get<std::string>();
        else
            prompt = c.messages.dump();
        Json asserts = Json::array();
        for (const Grader &g : c.graders) {
            for (Json &a : assertionsFor(g))
                asserts.push_back(std::move(a));
        }
        Json test = {{"description", toStd(c.id)},
                     {"vars", {{"veiviser_prompt", prompt}}},
                     {"metadata", {{caseIdKey, toStd(c.id)}, {"level", toStd(c.level)}, {"language", toStd(c.language)}}}};
        if (!asserts.empty())
            test["assert"] = std::move(asserts);
        tests.push_back(std::move(test));
    }
    return {{"description", toStd(suite.name)},
            {"prompts", Json::array({{{"id", "veiviser"}, {"raw", "{{ veiviser_prompt }}"}}})},
            {"providers", Json::array({providerJson})},
            {"tests", tests},
            {"sharing", false}};
}

Result<PromptfooRecord> PromptfooRecord::fromJson(const Json &j, const QString &source, int line)
{
    if (!j.is_object())
        return recordError(source, line, tr("a result is not a JSON object"));
    PromptfooRecord r;
    const auto success = j.find("success");
    if (success == j.end() || !success->is_boolean())
        return recordError(source, line, tr("a result has no 'success' true or false"));
    r.success = success->get<bool>();
    if (const auto score = j.find("score"); score != j.end() && !score->is_null()) {
        if (!score->is_number() || !std::isfinite(score->get<double>()))
            return recordError(source, line, tr("'score' must be a number"));
        r.score = score->get<double>();
    }
    auto failureReason = optionalIndex(j, "failureReason", source, line);
    if (!failureReason)
        return failureReason.error();
    auto error = optionalText(j, "error", source, line);
    if (!error)
        return error.error();
    auto latency = optionalIndex(j, "latencyMs", source, line);
    if (!latency)
        return latency.error();
    r.latencyMs = latency->value_or(-1);
    auto testIdx = optionalIndex(j, "testIdx", source, line);
    if (!testIdx)
        return testIdx.error();
    auto promptIdx = optionalIndex(j, "promptIdx", source, line);
    if (!promptIdx)
        return promptIdx.error();

    if (const auto provider = j.find("provider"); provider != j.end() && !provider->is_null()) {
        if (provider->is_string())
            r.provider = fromStd(provider->get<std::string>());
        else if (provider->is_object()) {
            auto id = optionalText(*provider, "id", source, line);
            if (!id)
                return id.error();
            r.provider = id->value_or(QString());
            readProviderConfig(r, *provider);
        } else
            return recordError(source, line, tr("'provider' must be an object or a string"));
        r.provider.truncate(200);
    }

    if (const auto response = j.find("response"); response != j.end() && !response->is_null()) {
        if (!response->is_object())
            return recordError(source, line, tr("'response' must be an object"));
        if (const auto out = response->find("output"); out != response->end() && !out->is_null()) {
            if (out->is_string()) {
                auto text = optionalText(*response, "output", source, line);
                if (!text)
                    return text.error();
                r.output = **text;
            } else {
                // Structured output (tool calls, JSON mode) is graded as its JSON text.
                std::string dumped = out->dump();
                if (dumped.size() > static_cast<std::size_t>(maxTextLength))
                    return recordError(source, line, tr("'response.output' is longer than %1 bytes").arg(maxTextLength));
                r.output = fromStd(dumped);
            }
        }
        auto responseError = optionalText(*response, "error", source, line);
        if (!responseError)
            return responseError.error();
        if (!error->has_value() && responseError->has_value())
            *error = *responseError;
    }
    r.error = error->value_or(QString());

    bool graded = false;
    if (const auto grading = j.find("gradingResult"); grading != j.end() && !grading->is_null()) {
        if (!grading->is_object())
            return recordError(source, line, tr("'gradingResult' must be an object"));
        graded = true;
        if (const auto parts = grading->find("componentResults"); parts != grading->end() && !parts->is_null()) {
            if (!parts->is_array())
                return recordError(source, line, tr("'gradingResult.componentResults' must be a list"));
            if (parts->size() > maxAssertions)
                return recordError(source, line, tr("a result has more than %1 assertions").arg(maxAssertions));
            for (const Json &p : *parts) {
                if (!p.is_object() || !p.contains("pass") || !p["pass"].is_boolean())
                    return recordError(source, line, tr("every entry of 'componentResults' needs 'pass' true or false"));
                PromptfooAssertion a;
                a.passed = p["pass"].get<bool>();
                auto reason = optionalText(p, "reason", source, line);
                if (!reason)
                    return reason.error();
                a.reason = reason->value_or(QString()).left(2000);
                if (const auto as = p.find("assertion"); as != p.end() && as->is_object()) {
                    auto type = optionalText(*as, "type", source, line);
                    if (!type)
                        return type.error();
                    a.type = type->value_or(QString()).left(100);
                }
                r.assertions.push_back(std::move(a));
            }
        }
    }
    // promptfoo's ResultFailureReason: 0 none, 1 an assertion failed, 2 an error.
    r.errored = (failureReason->value_or(0) == 2) || (!r.success && !r.error.isEmpty() && !graded);
    if (r.errored && r.error.isEmpty())
        r.error = tr("promptfoo reports an error without a message");

    // The case id: the Veiviser id a converted suite put into the test's metadata, else promptfoo's indices.
    std::optional<QString> caseId;
    for (const char *holder : {"testCase", "metadata"}) {
        const auto h = j.find(holder);
        if (h == j.end() || !h->is_object())
            continue;
        const Json *meta = holder == std::string("testCase") ? (h->contains("metadata") ? &(*h)["metadata"] : nullptr)
                                                             : &*h;
        if (!meta || !meta->is_object())
            continue;
        auto id = optionalText(*meta, PromptfooConfig::caseIdKey, source, line);
        if (!id)
            return id.error();
        if (id->has_value()) {
            caseId = *id;
            break;
        }
    }
    if (const auto tc = j.find("testCase"); tc != j.end() && tc->is_object()) {
        auto description = optionalText(*tc, "description", source, line);
        if (!description)
            return description.error();
        r.description = description->value_or(QString()).left(500);
    }
    if (caseId) {
        if (caseId->isEmpty() || caseId->size() > 200)
            return recordError(source, line, tr("the case id in the metadata is empty or longer than 200 characters"));
        r.caseId = *caseId;
    } else {
        if (!testIdx->has_value() || !promptIdx->has_value())
            return recordError(source, line, tr("a result has neither a Veiviser case id nor 'testIdx' and 'promptIdx'"));
        r.caseId = QStringLiteral("t%1-p%2").arg(**testIdx).arg(**promptIdx);
        if (!r.provider.isEmpty())
            r.caseId += QLatin1Char('-') + r.provider.left(100);
    }
    return r;
}

Result<PromptfooRecord> PromptfooRecord::fromLine(QByteArrayView line, const QString &source, int lineNumber)
{
    if (line.size() > maxLineBytes)
        return recordError(source, lineNumber, tr("a line is longer than %1 MiB").arg(maxLineBytes >> 20));
    auto doc = parseJson(line, source);
    if (!doc)
        return recordError(source, lineNumber, tr("a line is not valid JSON: %1").arg(doc.error().what()));
    return fromJson(*doc, source, lineNumber);
}

Result<PromptfooResults> PromptfooResults::parse(QByteArrayView json, const QString &source)
{
    if (json.size() > maxBytes)
        return recordError(source, 0, tr("the file is larger than %1 MiB").arg(maxBytes >> 20));
    auto doc = parseJson(json, source);
    if (!doc)
        return doc.error();
    if (!doc->is_object())
        return recordError(source, 0, tr("the output is not a JSON object"));
    PromptfooResults out;
    auto evalId = optionalText(*doc, "evalId", source, 0);
    if (!evalId)
        return evalId.error();
    out.evalId = evalId->value_or(QString()).left(200);
    const auto results = doc->find("results");
    if (results == doc->end() || !results->is_object())
        return recordError(source, 0, tr("the output has no 'results' object"));
    const auto version = results->find("version");
    if (version == results->end() || !version->is_number_integer())
        return recordError(source, 0, tr("'results.version' is missing"));
    if (version->get<qint64>() != 3)
        return Error::input(tr("promptfoo results version %1 is not supported (only version 3)").arg(version->get<qint64>()),
                            tr("Export the results with promptfoo 0.118.0."), SourceLocation{source, 0, 0});
    const auto list = results->find("results");
    if (list == results->end() || !list->is_array())
        return recordError(source, 0, tr("'results.results' must be a list"));
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto r = PromptfooRecord::fromJson((*list)[i], source);
        if (!r)
            return r.error().prefixed(tr("result %1").arg(i + 1));
        out.records.push_back(std::move(*r));
    }
    if (const auto stats = results->find("stats"); stats != results->end() && stats->is_object()) {
        for (const char *k : {"successes", "failures", "errors"}) {
            if (stats->contains(k) && (*stats)[k].is_number_integer())
                out.stats[k] = (*stats)[k];
        }
    }
    if (const auto meta = doc->find("metadata"); meta != doc->end() && meta->is_object()) {
        auto v = optionalText(*meta, "promptfooVersion", source, 0);
        if (!v)
            return v.error();
        out.promptfooVersion = v->value_or(QString()).left(50);
    }
    return out;
}

Result<PromptfooResults> PromptfooResults::load(const QString &path)
{
    QFile f;
    VV_TRY(openRegularFile(f, path));
    if (f.size() > maxBytes)
        return recordError(path, 0, tr("the file is larger than %1 MiB").arg(maxBytes >> 20));
    return parse(f.read(maxBytes), path);
}

Result<std::vector<PromptfooRecord>> PromptfooJsonlTail::poll()
{
    std::vector<PromptfooRecord> out;
    QFile f(m_path);
    if (!f.exists())
        return out; // promptfoo creates it with the first result
    if (auto s = openRegularFile(f, m_path); !s)
        return Error::runtime(s.error().what());
    if (f.size() < m_offset)
        return Error::runtime(tr("%1 shrank while promptfoo was writing it").arg(m_path));
    f.seek(m_offset);
    // Reads in bounded pieces, so that a runaway line cannot take all memory.
    while (true) {
        const QByteArray chunk = f.read(1 << 20);
        if (chunk.isEmpty())
            break;
        m_offset += chunk.size();
        m_pending += chunk;
        qsizetype start = 0;
        for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n', start)) {
            ++m_line;
            const QByteArrayView line = QByteArrayView(m_pending).sliced(start, nl - start).trimmed();
            start = nl + 1;
            if (line.isEmpty())
                continue;
            auto r = PromptfooRecord::fromLine(line, m_path, m_line);
            if (!r)
                return r.error();
            out.push_back(std::move(*r));
        }
        m_pending.remove(0, start);
        if (m_pending.size() > PromptfooRecord::maxLineBytes)
            return recordError(m_path, m_line + 1, PromptfooRecord::tr("a line is longer than %1 MiB")
                                                       .arg(PromptfooRecord::maxLineBytes >> 20));
    }
    return out;
}

} // namespace vv::validation
