// register

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "core/Translation.h"
#include "guidance/GuidanceLibrary.h"
#include "packaging/Registration.h"
#include "store/OutputFile.h"
#include "store/ProjectStore.h"

#include <QFileInfo>

namespace vv::cli {

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

using packaging::Registration;

static QStringList formatIds(const std::vector<Registration> &formats)
{
    QStringList ids;
    for (const Registration &r : formats)
        ids << r.id;
    return ids;
}

// The readable summary: each section, whether the law asks for it, and the fields still missing.
static void printSummary(CommandContext &ctx, const Json &doc)
{
    ctx.line(fromStd(doc["title"].get<std::string>()));
    for (const Json &s : doc["sections"]) {
        const QString required = fromStd(s["required"].get<std::string>());
        const QString state = required == QStringLiteral("yes")         ? tr("required")
                              : required == QStringLiteral("no")        ? tr("not required")
                              : required == QStringLiteral("voluntary") ? tr("voluntary (no law asks for it)")
                                                                        : tr("not yet known (answer the walkthrough)");
        ctx.line(tr("Section %1 (%2): %3").arg(fromStd(s["id"].get<std::string>()), fromStd(s["basis"].get<std::string>()), state));
        ctx.line(QStringLiteral("  ") + fromStd(s["why"].get<std::string>()));
        if (required == QStringLiteral("no"))
            continue;
        for (const Json &f : s["fields"])
            ctx.line(QStringLiteral("  %1  %2: %3")
                         .arg(fromStd(f["point"].get<std::string>()).leftJustified(5), fromStd(f["label"].get<std::string>()),
                              f["value"].is_string() ? fromStd(f["value"].get<std::string>()).replace(QLatin1Char('\n'), QStringLiteral("; "))
                              : f["optional"].get<bool>() ? tr("(not given; optional)")
                                                          : tr("MISSING")));
    }
    ctx.line(tr("%n field(s) missing.", nullptr, int(doc["missing"].size())));
}

static int registerCommand(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("format")).option(QStringLiteral("out")).option(QStringLiteral("language"));
    a.option(QStringLiteral("document"));
    a.flag(QStringLiteral("force"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto formats = Registration::loadShipped();
    if (!formats)
        return ctx.fail(formats.error());
    const QString format = a.value(QStringLiteral("format"));
    auto chosen = std::find_if(formats->begin(), formats->end(), [&](const Registration &r) { return r.id == format; });
    if (chosen == formats->end())
        return ctx.fail(usageError(tr("unknown format '%1'; this version has: %2")
                                       .arg(format, formatIds(*formats).join(QStringLiteral(", "))),
                                   ctx.usage()));
    const QString lang = a.value(QStringLiteral("language"), Translation::current());
    if (!Translation::isSupported(lang))
        return ctx.fail(usageError(tr("unknown language '%1'; allowed: nb, en").arg(lang), ctx.usage()));
    const QString out = a.value(QStringLiteral("out"));
    const QString document = a.value(QStringLiteral("document"));
    const ExistingFile existing = a.has(QStringLiteral("force")) ? ExistingFile::Replace : ExistingFile::Refuse;
    if (!document.isEmpty() && !QStringList{QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("docx")}
                                    .contains(QFileInfo(document).suffix().toLower()))
        return ctx.fail(usageError(tr("--document names a file ending in .html, .pdf or .docx"), ctx.usage()));
    for (const QString &path : {out, document})
        if (!path.isEmpty())
            if (auto s = checkOutputPath(path, existing); !s)
                return ctx.fail(s.error());
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    auto store = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    if (auto s = chosen->fill(**store, *library, lang); !s)
        return ctx.fail(s.error());
    const Json doc = chosen->toJson(lang);
    if (!out.isEmpty())
        if (auto s = writeOutputFile(out, QByteArray::fromStdString(doc.dump(2)) + '\n', existing); !s)
            return ctx.fail(s.error());
    if (!document.isEmpty())
        if (auto s = chosen->writeDocument(*library, lang, document, existing); !s)
            return ctx.fail(s.error());
    if (!out.isEmpty() || !document.isEmpty()) {
        if (ctx.json())
            ctx.printJson(Json{{"registration_file", out.isEmpty() ? Json() : Json(toStd(out))},
                               {"document_file", document.isEmpty() ? Json() : Json(toStd(document))},
                               {"missing", doc["missing"]}});
        else
            for (const QString &path : {out, document})
                if (!path.isEmpty())
                    ctx.line(tr("Wrote %1; %n field(s) missing.", nullptr, int(doc["missing"].size())).arg(path));
        return 0;
    }
    if (ctx.json())
        ctx.printJson(doc);
    else
        printSummary(ctx, doc);
    return 0;
}

void registerRegistrationCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("register")},
                 QStringLiteral("FILE --format eu-ai-database|eudamed-udi|public-register [--language nb|en] "
                                "[--out PATH] [--document PATH.html|.pdf|.docx] [--force]"),
                 QT_TRANSLATE_NOOP("vv::cli", "The fields a registration asks for (EU database, Annex VIII; EUDAMED, "
                                              "MDR Annex VI part A; a public algorithm register), filled from the "
                                              "project, with what is missing."),
                 registerCommand);
}

} // namespace vv::cli
