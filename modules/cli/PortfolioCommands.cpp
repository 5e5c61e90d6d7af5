// portfolio

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "guidance/GuidanceLibrary.h"
#include "tracking/Portfolio.h"

namespace vv::cli {

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

using tracking::PortfolioRow;

// The readable table: the columns a terminal has room for, aligned; rows that cannot be read follow it.
static void printTable(CommandContext &ctx, const tracking::Portfolio &portfolio,
                       const guidance::GuidanceLibrary &library)
{
    using C = PortfolioRow::Column;
    const std::vector<C> columns = {C::Name, C::SystemVersion, C::Role, C::MdrClass, C::AiActRisk, C::Dpia,
                                    C::DpiaReview, C::Fria, C::Requirements, C::Overdue, C::Deviations,
                                    C::IncidentReports, C::Alarms, C::Modified};
    std::vector<QStringList> cells;
    QStringList headers;
    for (C c : columns)
        headers << PortfolioRow::header(c);
    cells.push_back(headers);
    for (const PortfolioRow &r : portfolio.rows) {
        if (!r.readable())
            continue;
        QStringList line;
        for (C c : columns)
            line << r.text(c, library);
        cells.push_back(line);
    }
    std::vector<qsizetype> width(columns.size(), 0);
    for (const QStringList &line : cells)
        for (std::size_t i = 0; i < columns.size(); ++i)
            width[i] = std::max(width[i], line[qsizetype(i)].size());
    for (const QStringList &line : cells) {
        QString text;
        for (std::size_t i = 0; i < columns.size(); ++i)
            text += i + 1 < columns.size() ? line[qsizetype(i)].leftJustified(width[i] + 2) : line[qsizetype(i)];
        ctx.line(text);
    }
    for (const PortfolioRow &r : portfolio.rows)
        if (!r.readable())
            ctx.line(tr("%1: cannot be read: %2").arg(r.file, r.error));
    ctx.line(tr("%n project(s)", nullptr, int(portfolio.rows.size())) +
             (portfolio.unreadable() > 0 ? tr(", %n cannot be read", nullptr, portfolio.unreadable()) : QString()));
}

static int portfolio(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    auto result = tracking::Portfolio::read(a.positional()[0], *library);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json())
        ctx.printJson(result->toJson());
    else
        printTable(ctx, *result, *library);
    // A project that cannot be read is a finding about the portfolio, as a failed verify is.
    return result->unreadable() > 0 ? 1 : 0;
}

void registerPortfolioCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("portfolio")}, QStringLiteral("DIR|postgresql://..."),
                 QT_TRANSLATE_NOOP("vv::cli", "List the AI systems of a folder of projects (or a team database): "
                                              "risk class, what is due and open alarms."),
                 portfolio);
}

} // namespace vv::cli
