#include "cli/CommandRegistry.h"

namespace vv::cli {

int CommandContext::fail(const Error &error)
{
    m_err << QCoreApplication::translate("vv::cli", "error: ") << printable(error.toString()) << Qt::endl;
    if (m_json) {
        Json e = {{"message", toStd(error.what())}, {"exit_code", error.exitCode()}};
        if (!error.hint().isEmpty())
            e["hint"] = toStd(error.hint());
        if (!error.where().isEmpty()) {
            e["file"] = toStd(error.where().file);
            if (error.where().line > 0)
                e["line"] = error.where().line;
            if (error.where().column > 0)
                e["column"] = error.where().column;
        }
        printJson(Json{{"error", e}});
    }
    return error.exitCode();
}

int CommandContext::failAll(const std::vector<Error> &errors)
{
    if (errors.size() == 1)
        return fail(errors.front());
    Json list = Json::array();
    for (const Error &e : errors) {
        note(QCoreApplication::translate("vv::cli", "error: ") + e.toString());
        list.push_back({{"message", toStd(e.what())}, {"hint", toStd(e.hint())}, {"text", toStd(e.toString())}});
    }
    if (m_json)
        printJson({{"error", list.front()}, {"errors", list}});
    return errors.front().exitCode();
}

int CommandContext::reportProblems(const std::vector<Error> &problems, const QString &summary)
{
    if (!m_json) {
        for (const Error &e : problems)
            note(e.toString());
        if (!problems.empty())
            note(summary);
    }
    // The kind of the first problem decides, as it does for a single error (Error::exitCode).
    return problems.empty() ? 0 : problems.front().exitCode();
}

void CommandContext::printJson(const Json &doc)
{
    m_out << QString::fromStdString(doc.dump(2, ' ', false, Json::error_handler_t::replace)) << Qt::endl;
}

void CommandContext::line(const QString &text)
{
    m_out << printable(text) << Qt::endl;
}

void CommandContext::note(const QString &text)
{
    m_err << printable(text) << Qt::endl;
}

QString printable(const QString &text)
{
    auto needsEscape = [](char32_t c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    };
    bool clean = true;
    for (const QChar ch : text)
        if (needsEscape(ch.unicode())) {
            clean = false;
            break;
        }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        const char32_t c = ch.unicode();
        if (!needsEscape(c))
            out += ch;
        else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c == '\r')
            out += QLatin1String("\\r");
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{%1}").arg(uint(c), 0, 16);
    }
    return out;
}

void CommandRegistry::add(Command command)
{
    m_commands.push_back(std::move(command));
}

void CommandRegistry::add(QStringList words, QString synopsis, const char *summary, int (*run)(CommandContext &))
{
    add(Command{std::move(words), std::move(synopsis), summary, run});
}

const Command *CommandRegistry::find(const QStringList &words, int *consumed) const
{
    const Command *best = nullptr;
    int bestLen = 0;
    for (const Command &c : m_commands) {
        const auto n = c.words.size();
        if (n <= words.size() && n > bestLen && words.mid(0, n) == c.words) {
            best = &c;
            bestLen = static_cast<int>(n);
        }
    }
    if (consumed)
        *consumed = bestLen;
    return best;
}

} // namespace vv::cli
