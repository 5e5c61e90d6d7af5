#pragma once

#include "core/Error.h"
#include "core/Json.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace vv::cli {

/// What a running command sees: its own arguments, the global options, and the output streams.
class CommandContext {
public:
    CommandContext(QStringList args, bool json, QTextStream &out, QTextStream &err, QString usage = {})
        : m_args(std::move(args)), m_json(json), m_out(out), m_err(err), m_usage(std::move(usage)) {}

    const QStringList &args() const { return m_args; }
    bool json() const { return m_json; }
    /// The command's words and synopsis, for usage errors.
    const QString &usage() const { return m_usage; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Reports an error as one line on stderr (and as {"error": ...} on stdout with --json); returns its exit code.
    int fail(const Error &error);
    /// Reports every error (one line each on stderr; all of them in the JSON document); returns the first's exit code.
    int failAll(const std::vector<Error> &errors);
    /// Writes the one JSON document of a --json run.
    void printJson(const Json &doc);
    /// Writes a line of human-readable output (not used with --json), control characters escaped (see printable()).
    void line(const QString &text = {});
    /// Writes a line to stderr (warnings, problems found, engine logs), control characters escaped.
    void note(const QString &text);
    /// What a `... check` command found: each problem as FILE:LINE:COL on stderr, then the summary there too;
    /// returns 0 when there are none, else the exit code the first one's kind gives (Error::exitCode), so that every
    /// check answers the same kind of problem with the same code. With --json only the code (the command prints
    /// its document).
    int reportProblems(const std::vector<Error> &problems, const QString &summary);

private:
    QStringList m_args;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_usage;
};

/// text with every control character (C0 including newline and tab, DEL, C1) and every bidirectional override made
/// visible as an escape (\n, \t, \r, \x1b, \u{202e}): text from packages, projects and file names can then neither
/// drive the terminal nor break a line of output in two. Every human-readable line of the CLI passes through it.
QString printable(const QString &text);

/// One CLI command: the words that name it, its synopsis and a one-line summary, and what it does.
struct Command {
    QStringList words;        ///< e.g. {"project", "init"}
    QString synopsis;         ///< arguments after the words, e.g. "FILE [--name NAME]"
    const char *summary;      ///< wrapped in QT_TRANSLATE_NOOP("vv::cli", ...)
    std::function<int(CommandContext &)> run;

    QString name() const { return words.join(QLatin1Char(' ')); }
};

/// The table of commands; each module's commands are added by a register function (see Commands.cpp).
class CommandRegistry {
public:
    void add(Command command);
    void add(QStringList words, QString synopsis, const char *summary, int (*run)(CommandContext &));
    /// The command named by the longest prefix of words; sets consumed to the number of words used.
    const Command *find(const QStringList &words, int *consumed) const;
    const std::vector<Command> &all() const { return m_commands; }

private:
    std::vector<Command> m_commands;
};

} // namespace vv::cli
