#include "cli/Cli.h"

#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "core/Translation.h"
#include "core/Version.h"
#include "guidance/GuidanceLibrary.h"

namespace vv::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("vv::cli", text);
}

const CommandRegistry &registry()
{
    static const CommandRegistry r = [] {
        CommandRegistry reg;
        registerAll(reg);
        return reg;
    }();
    return r;
}

static void printHelp(QTextStream &out)
{
    out << tr("Usage: veiviser-cli [--json] [--lang nb|en] COMMAND ...") << Qt::endl << Qt::endl;
    out << tr("Commands:") << Qt::endl;
    for (const Command &c : registry().all())
        out << QStringLiteral("  ") << c.name() << QLatin1Char(' ') << c.synopsis << Qt::endl
            << QStringLiteral("      ") << QCoreApplication::translate("vv::cli", c.summary) << Qt::endl;
    out << Qt::endl
        << tr("Exit codes: 0 success; 1 a check found a problem; 2 usage or input error; 3 engine or runtime failure.")
        << Qt::endl;
}

// A support request needs both numbers: the program's and those of the packs it judged with.
static int printVersion(CommandContext &top)
{
    const Result<guidance::GuidanceLibrary> library = guidance::GuidanceLibrary::loadShipped();
    if (top.json()) {
        Json doc{{"version", VV_VERSION}, {"qt", qVersion()}, {"packs", Json::array()}};
        if (library) {
            for (const guidance::Pack &pack : library->packs())
                doc["packs"].push_back({{"id", pack.id.toStdString()}, {"version", pack.version.toStdString()}});
        } else {
            doc["packs_error"] = library.error().toString().toStdString();
        }
        top.printJson(doc);
        return 0;
    }
    top.line(QStringLiteral("veiviser-cli %1 (Qt %2)").arg(QStringLiteral(VV_VERSION), QString::fromLatin1(qVersion())));
    if (!library) {
        top.line(tr("guidance packs: not available (%1)").arg(library.error().toString()));
        return 0;
    }
    top.line(tr("guidance packs:"));
    for (const guidance::Pack &pack : library->packs())
        top.line(QStringLiteral("  %1 %2").arg(pack.id, pack.version));
    return 0;
}

int run(const QStringList &rawArgs, QTextStream &out, QTextStream &err)
{
    // Global options may stand anywhere before "--"; commands never see them.
    bool json = false;
    bool version = false;
    bool help = false;
    QString lang = qEnvironmentVariable("VEIVISER_LANG", Translation::defaultLanguage());
    QStringList args;
    bool passThrough = false;
    for (int i = 0; i < rawArgs.size(); ++i) {
        const QString &a = rawArgs[i];
        if (passThrough) {
            args << a;
        } else if (a == QStringLiteral("--")) {
            passThrough = true;
            args << a;
        } else if (a == QStringLiteral("--json")) {
            json = true;
        } else if (a == QStringLiteral("--version")) {
            version = true;
        } else if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            help = true;
        } else if (a == QStringLiteral("--lang") && i + 1 < rawArgs.size()) {
            lang = rawArgs[++i];
        } else if (a.startsWith(QStringLiteral("--lang="))) {
            lang = a.mid(7);
        } else {
            args << a;
        }
    }
    Translation::install(Translation::isSupported(lang) ? lang : Translation::defaultLanguage());
    CommandContext top({}, json, out, err);
    if (!Translation::isSupported(lang))
        return top.fail(Error::input(tr("unknown language '%1'").arg(lang), tr("Use --lang nb or --lang en.")));

    if (version)
        return printVersion(top);
    if (args.isEmpty()) {
        if (help) {
            printHelp(out);
            return 0;
        }
        printHelp(err);
        return 2;
    }
    int consumed = 0;
    const Command *command = registry().find(args, &consumed);
    if (!command)
        return top.fail(Error::input(tr("unknown command '%1'").arg(args.mid(0, 2).join(QLatin1Char(' '))),
                                     tr("Run 'veiviser-cli --help' for the list of commands.")));
    if (help) {
        out << tr("Usage: veiviser-cli %1 %2").arg(command->name(), command->synopsis) << Qt::endl
            << QCoreApplication::translate("vv::cli", command->summary) << Qt::endl;
        return 0;
    }
    CommandContext ctx(args.mid(consumed), json, out, err, command->name() + QLatin1Char(' ') + command->synopsis);
    return command->run(ctx);
}

} // namespace vv::cli
