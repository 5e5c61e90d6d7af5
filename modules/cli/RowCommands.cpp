#include "cli/RowCommands.h"

namespace vv::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("vv::cli", text);
}

Result<std::unique_ptr<ProjectStore>> openProjectRows(const QString &file, bool change)
{
    auto store = ProjectStore::open(file, change ? StoreOptions() : StoreOptions::readOnly());
    if (!store)
        return store.error();
    if (change)
        VV_TRY((*store)->mayChange());
    return std::move(*store);
}

std::optional<qint64> rowIdFrom(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v > 0 ? std::optional<qint64>(v) : std::nullopt;
}

Result<std::optional<qint64>> expectedVersion(const Args &a, const QString &usage)
{
    if (!a.has(QStringLiteral("expect-version")))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 v = a.value(QStringLiteral("expect-version")).toLongLong(&ok);
    if (!ok || v < 1)
        return usageError(tr("--expect-version takes the row version shown by 'show'"), usage);
    return std::optional<qint64>(v);
}

Result<RowChange> rowChange(CommandContext &ctx, Args &a, const QString &idProblem)
{
    VV_TRY(a.parse(ctx.args(), 2, 2, ctx.usage()));
    RowChange change;
    const auto id = rowIdFrom(a.positional()[1]);
    if (!id)
        return usageError(idProblem, ctx.usage());
    change.id = *id;
    auto expected = expectedVersion(a, ctx.usage());
    if (!expected)
        return expected.error();
    change.expected = *expected;
    auto project = openProjectRows(a.positional()[0], true);
    if (!project)
        return project.error();
    change.project = std::move(*project);
    return change;
}

} // namespace vv::cli
