#include "cli/CommandRegistry.h"

namespace vv::cli {

int CommandContext::fail(const Error &error)
{
    m_err << QCoreApplication::translate("vv::cli", "error: ") << error.toString() << Qt::endl;
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

void CommandContext::printJson(const Json &doc)
{
    m_out << QString::fromStdString(doc.dump(2, ' ', false, Json::error_handler_t::replace)) << Qt::endl;
}

void CommandContext::line(const QString &text)
{
    m_out << text << Qt::endl;
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
