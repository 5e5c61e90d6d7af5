#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "validation/TestSuite.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace vv::validation {

/// Where promptfoo sends a converted suite: a promptfoo provider id (echo, exec: PATH, openai:chat:MODEL) and the
/// settings an OpenAI-style provider takes. The API key stays in the environment; only its variable's name is
/// written into the configuration.
struct PromptfooProvider {
    QString id = QStringLiteral("echo");
    QString baseUrl;   ///< config.apiBaseUrl
    QString apiKeyEnv; ///< config.apiKeyEnvar
    double temperature = 0;
    qint64 maxTokens = 512;
};

/// A Veiviser test suite as a promptfoo configuration: each case's messages become its prompt, graders that promptfoo
/// can check become its assertions, and Veiviser grades the rest on the output promptfoo returns.
class PromptfooConfig {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PromptfooConfig)
public:
    /// The configuration for the suite's cases that are not in skip (a resumed run's finished ones).
    static Json fromSuite(const TestSuite &suite, const PromptfooProvider &provider, const QSet<QString> &skip = {});
    /// The promptfoo assertions a grader becomes, in order; empty when Veiviser grades it itself.
    static Json assertionsFor(const Grader &grader);
    /// The environment promptfoo runs in: telemetry, update checks and sharing off, and its database and
    /// settings in configDir (a run's temporary folder) instead of the user's home.
    static QProcessEnvironment environment(const QString &configDir);
    /// The test's metadata key that carries the Veiviser case id through promptfoo.
    static constexpr const char *caseIdKey = "veiviserCaseId";
};

/// One assertion promptfoo checked on a result.
struct PromptfooAssertion {
    QString type;
    bool passed = false;
    QString reason;
};

/// One result of promptfoo's output (an entry of results.results in its JSON, one line of its JSONL), read from
/// untrusted text field by field.
struct PromptfooRecord {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PromptfooRecord)
public:
    QString caseId;   ///< the Veiviser case id from the test's metadata, else "t<testIdx>-p<promptIdx>-<provider>"
    QString description;
    QString provider;
    std::optional<double> temperature; ///< the provider's config.temperature, as promptfoo ran it
    QString endpoint;                  ///< the provider's config.apiBaseUrl (or apiHost, url), as promptfoo ran it
    bool success = false;
    std::optional<double> score;
    bool errored = false; ///< promptfoo or the provider failed (failureReason 2, or an error without grading)
    QString error;
    std::optional<QString> output; ///< the model's answer; objects are kept as their JSON text
    qint64 latencyMs = -1;
    std::vector<PromptfooAssertion> assertions;

    /// line: where the record is in a JSONL file (1-based), 0 otherwise.
    static Result<PromptfooRecord> fromJson(const Json &record, const QString &source, int line = 0);
    /// One JSONL line; line is 1-based, for the error location.
    static Result<PromptfooRecord> fromLine(QByteArrayView line, const QString &source, int lineNumber);

    static constexpr qsizetype maxLineBytes = 16 << 20;
    static constexpr qsizetype maxTextLength = 8 << 20;
    static constexpr std::size_t maxAssertions = 1000;
};

/// promptfoo's whole JSON output (`promptfoo eval -o results.json`), results format version 3.
struct PromptfooResults {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PromptfooResults)
public:
    QString evalId;
    QString promptfooVersion;
    std::vector<PromptfooRecord> records;
    Json stats = Json::object(); ///< successes, failures, errors as promptfoo counted them

    static Result<PromptfooResults> parse(QByteArrayView json, const QString &source);
    static Result<PromptfooResults> load(const QString &path);

    static constexpr qint64 maxBytes = 256ll << 20;
};

/// Reads the JSONL file promptfoo appends to while it runs: each call returns the lines completed since the last.
class PromptfooJsonlTail {
    Q_DECLARE_TR_FUNCTIONS(vv::validation::PromptfooJsonlTail)
public:
    explicit PromptfooJsonlTail(QString path) : m_path(std::move(path)) {}
    /// New complete records; an error for a malformed line or a line longer than PromptfooRecord::maxLineBytes.
    Result<std::vector<PromptfooRecord>> poll();
    /// Text after the last newline once promptfoo has ended: a cut-off record.
    bool hasPartialLine() const { return !m_pending.isEmpty(); }

private:
    QString m_path;
    qint64 m_offset = 0;
    int m_line = 0;
    QByteArray m_pending;
};

} // namespace vv::validation
