// keys generate | templates check | templates coverage | details list | details set | package build | package verify |
// package inspect | package diff | review open | review finding | review findings | review export | review import | review list

#include "cli/Args.h"
#include "cli/CommandRegistry.h"
#include "cli/Commands.h"
#include "core/Environment.h"
#include "core/Translation.h"
#include "packaging/PackageBuilder.h"
#include "packaging/PackageDiff.h"
#include "packaging/PackageReader.h"
#include "packaging/Review.h"
#include "packaging/TemplateLibrary.h"
#include "packaging/TestRuns.h"
#include "store/DocumentDetailTable.h"
#include "store/ImportedReviewTable.h"
#include "store/PackageBuildTable.h"
#include "store/OutputFile.h"
#include "store/ProjectStore.h"
#include "store/ReviewTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vv::cli {

using namespace vv::packaging;

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vv::cli", text, disambiguation, n);
}

namespace {

Result<QByteArray> passphraseFrom(const Args &a)
{
    if (!a.has(QStringLiteral("passphrase-file")))
        return QByteArray();
    return readPassphraseFile(a.value(QStringLiteral("passphrase-file")));
}

Result<SigningKey> signingKeyFrom(const Args &a)
{
    if (!a.has(QStringLiteral("sign")))
        return SigningKey();
    auto passphrase = passphraseFrom(a);
    if (!passphrase)
        return passphrase.error();
    return SigningKey::readFile(a.value(QStringLiteral("sign")), *passphrase);
}

Result<PublicKey> pinnedKeyFrom(const Args &a)
{
    if (!a.has(QStringLiteral("pubkey")))
        return PublicKey();
    return PublicKey::readFile(a.value(QStringLiteral("pubkey")));
}

Json problemsJson(const QStringList &problems)
{
    Json list = Json::array();
    for (const QString &p : problems)
        list.push_back(toStd(p));
    return list;
}

} // namespace

static int keysGenerate(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("passphrase-file"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto passphrase = passphraseFrom(a);
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto key = SigningKey::generate();
    if (!key)
        return ctx.fail(key.error());
    auto path = key->writeFiles(a.positional()[0], *passphrase);
    if (!path)
        return ctx.fail(path.error());
    const QString pub = QDir(a.positional()[0]).filePath(SigningKey::publicKeyFileName());
    const QString fingerprint = key->publicKey().fingerprint();
    if (ctx.json()) {
        ctx.printJson(Json{{"private_key", toStd(*path)}, {"public_key", toStd(pub)},
                           {"fingerprint", toStd(fingerprint)}, {"encrypted", !passphrase->isEmpty()}});
        return 0;
    }
    ctx.line(tr("Private key: %1 (readable only by you%2)")
                 .arg(*path, passphrase->isEmpty() ? QString() : tr(", protected by the passphrase")));
    ctx.line(tr("Public key:  %1").arg(pub));
    ctx.line(tr("Fingerprint: %1").arg(fingerprint));
    ctx.line(tr("Give the public key to whoever checks your packages, and read the fingerprint out to them."));
    return 0;
}

static int templatesCheck(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 0, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QString root = a.positional().isEmpty() ? QDir(dataDirectory()).filePath(QStringLiteral("templates"))
                                                  : a.positional()[0];
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    TemplateCounts counts;
    const std::vector<Error> problems = TemplateLibrary::check(root, *library, &counts);
    if (ctx.json()) {
        Json list = Json::array();
        for (const Error &e : problems)
            list.push_back(toStd(e.toString()));
        ctx.printJson(Json{{"root", toStd(root)}, {"ok", problems.empty()}, {"documents", counts.documents},
                           {"partials", counts.partials}, {"details", counts.details}, {"problems", list}});
    } else if (problems.empty()) {
        ctx.line(tr("%1: %2 documents, %3 partials, %4 details; all fine.")
                     .arg(root).arg(counts.documents).arg(counts.partials).arg(counts.details));
    }
    return ctx.reportProblems(problems, tr("%n problem(s) in the templates.", nullptr, int(problems.size())));
}

static int templatesCoverage(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 0, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    auto templates = a.positional().isEmpty() ? TemplateLibrary::loadShipped(*library)
                                              : TemplateLibrary::load(a.positional()[0], *library);
    if (!templates)
        return ctx.fail(templates.error());
    const QString lang = Translation::current();
    Json documents = Json::array();
    for (const DocumentTemplate &doc : templates->documents()) {
        Json covered = Json::array(), notCovered = Json::array();
        for (const CoverageItem &c : doc.coverage) {
            Json j = {{"item", toStd(c.item)}, {"title", toStd(c.title.in(lang))}, {"source", toStd(c.source)}};
            if (c.section.isEmpty()) {
                notCovered.push_back(std::move(j));
            } else {
                j["section"] = toStd(c.section);
                covered.push_back(std::move(j));
            }
        }
        documents.push_back({{"id", toStd(doc.id)}, {"basis", toStd(doc.basis.in(lang))}, {"roles", toJson(doc.roles)},
                             {"covered", covered}, {"not_covered", notCovered}});
    }
    if (ctx.json()) {
        ctx.printJson(Json{{"documents", documents}});
        return 0;
    }
    for (const Json &d : documents) {
        const qsizetype total = qsizetype(d["covered"].size() + d["not_covered"].size());
        ctx.line(tr("%1 (%2): %3 of %4 legal items covered")
                     .arg(fromStd(d["id"].get<std::string>()), fromStd(d["basis"].get<std::string>()))
                     .arg(d["covered"].size())
                     .arg(total));
        for (const Json &c : d["covered"])
            ctx.line(tr("  covered      %1 – %2 (section %3)")
                         .arg(fromStd(c["item"].get<std::string>()), fromStd(c["title"].get<std::string>()),
                              fromStd(c["section"].get<std::string>())));
        for (const Json &c : d["not_covered"])
            ctx.line(tr("  not covered  %1 – %2")
                         .arg(fromStd(c["item"].get<std::string>()), fromStd(c["title"].get<std::string>())));
    }
    return 0;
}

/// A detail's text in one line for the terminal, or what it lacks.
static QString detailLine(const QString &text, bool otherGiven)
{
    if (!text.isEmpty())
        return QString(text).left(200).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return otherGiven ? tr("(not translated)") : tr("(not given)");
}

/// The GSPR checklist (MDR Annex II 4) point by point: whether each point applies and what it still lacks.
static int gsprList(CommandContext &ctx, const GsprCatalog &catalog, const std::map<QString, LocalizedText> &details,
                    bool onlyLacking)
{
    using Field = GsprChecklist::Field;
    Json list = Json::array();
    for (const GsprGroup &g : catalog.groups)
        for (const GsprPoint &p : g.points) {
            const GsprEntry e = GsprChecklist::entry(details, p.point);
            QStringList lacking;
            for (Field f : GsprChecklist::lacking(e))
                lacking << GsprChecklist::fieldName(f);
            if (onlyLacking && lacking.isEmpty())
                continue;
            if (ctx.json()) {
                list.push_back({{"point", toStd(p.point)}, {"title", toStd(p.title.current())},
                                {"applies", e.applies.isEmpty() ? Json(nullptr) : Json(toStd(e.applies))},
                                {"reason", e.reason.toJson()}, {"method", e.method.toJson()},
                                {"standards", toStd(e.standards)}, {"evidence", toStd(e.evidence)},
                                {"lacking", toJson(lacking)}});
                continue;
            }
            const QString applies = e.applies == QStringLiteral("yes") ? tr("applies")
                                    : e.applies == QStringLiteral("no") ? tr("does not apply")
                                                                         : tr("not decided");
            ctx.line(QStringLiteral("%1  %2  [%3]").arg(p.point, p.title.current(), applies));
            const LocalizedText &why = e.applies == QStringLiteral("no") ? e.reason : e.method;
            if (!why.isEmpty())
                ctx.line(QStringLiteral("    ") + detailLine(why.current(), true));
            if (!e.standards.isEmpty())
                ctx.line(QStringLiteral("    ") + tr("standards: %1").arg(e.standards));
            if (!e.evidence.isEmpty())
                ctx.line(QStringLiteral("    ") + tr("evidence: %1").arg(e.evidence));
            if (!lacking.isEmpty())
                ctx.line(QStringLiteral("    ") + tr("lacking: %1").arg(lacking.join(QStringLiteral(", "))));
        }
    if (ctx.json())
        ctx.printJson(Json{{"gspr", list}});
    return 0;
}

static int detailsList(CommandContext &ctx)
{
    Args a;
    a.flag(QStringLiteral("missing")).flag(QStringLiteral("untranslated")).flag(QStringLiteral("gspr"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    auto templates = TemplateLibrary::loadShipped(*library);
    if (!templates)
        return ctx.fail(templates.error());
    auto values = DocumentDetailTable(**store).all();
    if (!values)
        return ctx.fail(values.error());
    std::map<QString, LocalizedText> byKey;
    for (const DocumentDetail &d : *values)
        byKey[d.key] = d.text;
    if (a.has(QStringLiteral("gspr")))
        return gsprList(ctx, templates->gspr(), byKey, a.has(QStringLiteral("missing")));
    Json list = Json::array();
    for (const DetailSpec &spec : templates->details()) {
        const auto it = byKey.find(spec.key);
        const LocalizedText text = it == byKey.end() ? LocalizedText{} : it->second;
        const bool given = !text.isEmpty();
        QStringList untranslated;
        for (const QString &lang : DocumentDetailTable::languages())
            if (given && (lang == QStringLiteral("nb") ? text.nb : text.en).isEmpty())
                untranslated << lang;
        if ((a.has(QStringLiteral("missing")) && given) ||
            (a.has(QStringLiteral("untranslated")) && untranslated.isEmpty()))
            continue;
        if (ctx.json()) {
            auto orNull = [](const QString &t) { return t.isEmpty() ? Json(nullptr) : Json(toStd(t)); };
            // "value" stays one text (Bokmål, or English when only it is given) for scripts written before.
            list.push_back({{"key", toStd(spec.key)}, {"label", toStd(spec.label.current())},
                            {"value", orNull(text.nb.isEmpty() ? text.en : text.nb)},
                            {"texts", {{"nb", orNull(text.nb)}, {"en", orNull(text.en)}}},
                            {"untranslated", toJson(untranslated)}});
            continue;
        }
        ctx.line(QStringLiteral("%1  %2").arg(spec.key, spec.label.current()));
        if (!given) {
            ctx.line(QStringLiteral("    ") + tr("(not given)"));
            continue;
        }
        ctx.line(QStringLiteral("    nb: ") + detailLine(text.nb, true));
        ctx.line(QStringLiteral("    en: ") + detailLine(text.en, true));
    }
    if (ctx.json())
        ctx.printJson(Json{{"details", list}});
    return 0;
}

/// The texts of a --from file: {"KEY": "text"} in lang, or {"KEY": {"nb": "..", "en": ".."}} in the languages given.
static Result<std::vector<DetailText>> detailTextsFrom(const QString &from, const QString &lang)
{
    auto doc = readJsonFile(from, 4 << 20);
    if (!doc)
        return doc.error();
    if (!doc->is_object())
        return Error::input(tr("%1: expected a JSON object of detail keys and texts").arg(from));
    std::vector<DetailText> values;
    for (auto it = doc->begin(); it != doc->end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (it.value().is_string()) {
            values.push_back({key, lang, QString::fromStdString(it.value().get<std::string>())});
            continue;
        }
        if (!it.value().is_object())
            return Error::input(tr("%1: the value of %2 is neither a text nor an object of texts by "
                                                        "language").arg(from, key),
                                tr("Write \"%1\": \"text\" or \"%1\": {\"nb\": \"...\", \"en\": \"...\"}.")
                                    .arg(key));
        for (auto t = it.value().begin(); t != it.value().end(); ++t) {
            const QString l = QString::fromStdString(t.key());
            if (!DocumentDetailTable::languages().contains(l) || !t.value().is_string())
                return Error::input(tr("%1: %2.%3 is not a text in nb or en").arg(from, key, l),
                                    tr("Details are written in nb (Bokmål) and en (English)."));
            values.push_back({key, l, QString::fromStdString(t.value().get<std::string>())});
        }
    }
    return values;
}

static int detailsSet(CommandContext &ctx)
{
    Args a;
    // --language, as in package build: --lang is the interface language and stands anywhere (Cli.cpp).
    a.option(QStringLiteral("from")).option(QStringLiteral("language"));
    if (auto s = a.parse(ctx.args(), 1, 3, ctx.usage()); !s)
        return ctx.fail(s.error());
    const QStringList &pos = a.positional();
    // Bokmål unless told: the language projects are written in, and the one texts were stored in before.
    const QString lang = a.has(QStringLiteral("language")) ? a.value(QStringLiteral("language")) : QStringLiteral("nb");
    if (!DocumentDetailTable::languages().contains(lang))
        return ctx.fail(usageError(tr("--language must be nb or en"), ctx.usage()));
    std::vector<DetailText> values;
    if (a.has(QStringLiteral("from"))) {
        if (pos.size() != 1)
            return ctx.fail(usageError(tr("give either KEY VALUE or --from FILE"), ctx.usage()));
        auto read = detailTextsFrom(a.value(QStringLiteral("from")), lang);
        if (!read)
            return ctx.fail(read.error());
        values = std::move(*read);
    } else {
        if (pos.size() != 3)
            return ctx.fail(usageError(tr("give KEY and VALUE (an empty VALUE removes the detail)"), ctx.usage()));
        values.push_back({pos[1], lang, pos[2]});
    }
    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    auto templates = TemplateLibrary::loadShipped(*library);
    if (!templates)
        return ctx.fail(templates.error());
    auto store = ProjectStore::open(pos[0]);
    if (!store)
        return ctx.fail(store.error());
    if (auto checked = templates->checkDetailTexts(values, **store); !checked)
        return ctx.fail(checked.error());
    auto changed = DocumentDetailTable(**store).set(values);
    if (!changed)
        return ctx.fail(changed.error());
    if (ctx.json())
        ctx.printJson(Json{{"changed", *changed}});
    else
        ctx.line(tr("%n detail(s) changed.", nullptr, *changed));
    return 0;
}

static int packageBuild(CommandContext &ctx)
{
    Args a;
    a.repeatable(QStringLiteral("document")).repeatable(QStringLiteral("format")).repeatable(QStringLiteral("language"));
    a.option(QStringLiteral("out")).option(QStringLiteral("sign")).option(QStringLiteral("passphrase-file"))
        .option(QStringLiteral("evidence")).flag(QStringLiteral("force")).flag(QStringLiteral("draft"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    if (!a.has(QStringLiteral("out")))
        return ctx.fail(usageError(tr("--out is required"), ctx.usage()));
    if (!a.has(QStringLiteral("document")))
        return ctx.fail(usageError(tr("give at least one --document"), ctx.usage()));
    PackageRequest request;
    request.documents = a.values(QStringLiteral("document"));
    request.outPath = a.value(QStringLiteral("out"));
    request.existing = a.has(QStringLiteral("force")) ? ExistingFile::Replace : ExistingFile::Refuse;
    request.draft = a.has(QStringLiteral("draft"));
    // Refused before any work, so a mistyped --out costs nothing.
    if (auto s = checkOutputPath(request.outPath, request.existing); !s)
        return ctx.fail(s.error());
    if (a.has(QStringLiteral("format")))
        request.formats = a.values(QStringLiteral("format"));
    for (const QString &f : request.formats)
        if (!PackageBuilder::formats().contains(f))
            return ctx.fail(usageError(tr("unknown format '%1'; allowed: html, pdf, docx").arg(f), ctx.usage()));
    if (a.has(QStringLiteral("language")))
        request.languages = a.values(QStringLiteral("language"));
    for (const QString &l : request.languages)
        if (l != QStringLiteral("nb") && l != QStringLiteral("en"))
            return ctx.fail(usageError(tr("unknown language '%1'; allowed: nb, en").arg(l), ctx.usage()));
    const QString scope = a.value(QStringLiteral("evidence"), QStringLiteral("all"));
    if (scope == QStringLiteral("all"))
        request.evidence = EvidenceScope::All;
    else if (scope == QStringLiteral("linked"))
        request.evidence = EvidenceScope::Linked;
    else if (scope == QStringLiteral("none"))
        request.evidence = EvidenceScope::None;
    else
        return ctx.fail(usageError(tr("--evidence takes all, linked or none"), ctx.usage()));
    auto key = signingKeyFrom(a);
    if (!key)
        return ctx.fail(key.error());
    request.signingKey = *key;
    ExternalPdfPrinter pdf;
    request.pdf = &pdf;

    auto library = guidance::GuidanceLibrary::loadShipped();
    if (!library)
        return ctx.fail(library.error());
    auto templates = TemplateLibrary::loadShipped(*library);
    if (!templates)
        return ctx.fail(templates.error());
    for (const QString &id : request.documents)
        if (!templates->document(id)) {
            QStringList ids;
            for (const DocumentTemplate &d : templates->documents())
                ids << d.id;
            return ctx.fail(usageError(tr("unknown document '%1'; allowed: %2").arg(id, ids.join(QStringLiteral(", "))),
                                       ctx.usage()));
        }
    auto store = ProjectStore::open(a.positional()[0]);
    if (!store)
        return ctx.fail(store.error());
    auto result = PackageBuilder::build(**store, *library, *templates, *testRunSource(), request);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json()) {
        Json warnings = Json::array();
        for (const PackageWarning &w : result->warnings)
            warnings.push_back({{"document", toStd(w.document)}, {"key", toStd(w.key)}, {"text", toStd(w.text)}});
        ctx.printJson(Json{{"package", toStd(result->path)}, {"bytes", result->bytes},
                           {"manifest_sha256", toStd(result->manifest.sha256)},
                           {"signed", result->manifest.signer.has_value()},
                           {"signer_fingerprint", result->manifest.signer ? Json(toStd(result->manifest.signer->fingerprint))
                                                                          : Json(nullptr)},
                           {"files", int(result->manifest.files.size())}, {"warnings", warnings}});
        return 0;
    }
    for (const PackageWarning &w : result->warnings)
        ctx.note(tr("warning: %1").arg(w.text));
    ctx.line(tr("Wrote %1: %n file(s), %2 bytes.", nullptr, int(result->manifest.files.size()))
                 .arg(result->path).arg(result->bytes));
    ctx.line(result->manifest.signer ? tr("Signed by %1.").arg(result->manifest.signer->fingerprint)
                                     : tr("Not signed: give --sign KEY so that readers can check who made it."));
    return 0;
}

static int packageVerify(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("pubkey")).flag(QStringLiteral("allow-unsigned"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    PackageReadOptions options;
    auto key = pinnedKeyFrom(a);
    if (!key)
        return ctx.fail(key.error());
    options.pinnedKey = *key;
    options.allowUnsigned = a.has(QStringLiteral("allow-unsigned"));
    auto v = PackageReader::read(a.positional()[0], options);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json()) {
        ctx.printJson(Json{{"package", toStd(a.positional()[0])}, {"ok", v->ok()}, {"problems", problemsJson(v->problems)},
                           {"signature_checked", v->signatureChecked}, {"key_pinned", v->keyPinned},
                           {"signer_fingerprint", toStd(v->signerFingerprint)},
                           {"manifest_sha256", toStd(v->manifest.sha256)}, {"files", int(v->manifest.files.size())}});
        return v->ok() ? 0 : 1;
    }
    for (const QString &p : v->problems)
        ctx.note(a.positional()[0] + QStringLiteral(": ") + p);
    if (!v->ok()) {
        ctx.note(tr("%1 does not verify: do not rely on its content. Ask the sender for a new copy.")
                     .arg(a.positional()[0]));
        return 1;
    }
    ctx.line(tr("%1 verifies: %n file(s), each matching its SHA-256.", nullptr, int(v->manifest.files.size()))
                 .arg(a.positional()[0]));
    if (v->keyPinned)
        ctx.line(tr("Signed with the key given (%1).").arg(v->signerFingerprint));
    else if (v->signatureChecked)
        ctx.line(tr("Signed by %1. Check this fingerprint with the sender, or give --pubkey.").arg(v->signerFingerprint));
    else
        ctx.line(tr("Not signed: its integrity is checked, but not who made it."));
    return 0;
}

static int packageInspect(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    PackageReadOptions options;
    options.allowUnsigned = true;
    auto v = PackageReader::read(a.positional()[0], options);
    if (!v)
        return ctx.fail(v.error());
    const Json &m = v->manifest.json;
    if (ctx.json()) {
        ctx.printJson(Json{{"package", toStd(a.positional()[0])}, {"manifest", m}, {"ok", v->ok()},
                           {"problems", problemsJson(v->problems)}, {"signer_fingerprint", toStd(v->signerFingerprint)}});
        return 0;
    }
    const Json project = m.value("project", Json::object());
    ctx.line(tr("Project:        %1, version %2").arg(QString::fromStdString(project.value("name", std::string())),
                                                      QString::fromStdString(project.value("system_version", std::string()))));
    ctx.line(tr("Created:        %1").arg(QString::fromStdString(m.value("created", std::string()))));
    ctx.line(tr("Generator:      %1").arg(QString::fromStdString(m.value("generator", Json::object()).value("version", std::string()))));
    QStringList packs;
    for (const Json &p : m.value("packs", Json::array()))
        if (p.is_object())
            packs << QStringLiteral("%1 %2").arg(QString::fromStdString(p.value("id", std::string())),
                                                 QString::fromStdString(p.value("version", std::string())));
    ctx.line(tr("Packs:          %1").arg(packs.join(QStringLiteral(", "))));
    ctx.line(tr("Signer:         %1").arg(v->signerFingerprint.isEmpty() ? tr("not signed") : v->signerFingerprint));
    ctx.line(tr("Manifest:       sha256:%1").arg(v->manifest.sha256));
    ctx.line(v->ok() ? tr("Verification:   every file matches") : tr("Verification:   FAILED (see 'package verify')"));
    ctx.line();
    for (const ManifestFile &f : v->manifest.files)
        ctx.line(QStringLiteral("%1  %2  %3  %4").arg(f.kind.leftJustified(8)).arg(f.size, 12).arg(f.sha256.left(16), f.path));
    return 0;
}

static int packageDiff(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto diff = PackageDiff::compare(a.positional()[0], a.positional()[1]);
    if (!diff)
        return ctx.fail(diff.error());
    if (ctx.json()) {
        Json changes = Json::array();
        for (const PackageChange &c : diff->changes)
            changes.push_back({{"area", toStd(c.area)}, {"key", toStd(c.key)}, {"kind", toStd(changeKindName(c.kind))},
                               {"before", toStd(c.before)}, {"after", toStd(c.after)}});
        ctx.printJson(Json{{"older_ok", diff->a.ok()}, {"newer_ok", diff->b.ok()}, {"changes", changes},
                           {"older_problems", problemsJson(diff->a.problems)},
                           {"newer_problems", problemsJson(diff->b.problems)}});
        return 0;
    }
    for (const QString &p : diff->a.problems)
        ctx.note(tr("warning: %1: %2").arg(a.positional()[0], p));
    for (const QString &p : diff->b.problems)
        ctx.note(tr("warning: %1: %2").arg(a.positional()[1], p));
    if (diff->changes.empty()) {
        ctx.line(tr("No changes."));
        return 0;
    }
    for (const PackageChange &c : diff->changes) {
        QString text;
        switch (c.kind) {
        case PackageChange::Kind::Added: text = tr("added: %1").arg(c.after); break;
        case PackageChange::Kind::Removed: text = tr("removed: %1").arg(c.before); break;
        case PackageChange::Kind::Changed: text = tr("%1 -> %2").arg(c.before, c.after); break;
        }
        ctx.line(QStringLiteral("%1  %2  %3").arg(c.area.leftJustified(12), c.key, text));
    }
    return 0;
}

static int reviewOpen(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("out")).option(QStringLiteral("pubkey")).option(QStringLiteral("reviewer"))
        .option(QStringLiteral("organisation"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    if (!a.has(QStringLiteral("out")))
        return ctx.fail(usageError(tr("--out is required"), ctx.usage()));
    ReviewOpenOptions options;
    auto key = pinnedKeyFrom(a);
    if (!key)
        return ctx.fail(key.error());
    options.pinnedKey = *key;
    options.reviewerName = a.value(QStringLiteral("reviewer"), currentOsUser());
    options.reviewerOrganisation = a.value(QStringLiteral("organisation"));
    auto opened = Review::open(a.positional()[0], a.value(QStringLiteral("out")), options);
    if (!opened)
        return ctx.fail(opened.error());
    if (ctx.json()) {
        ctx.printJson(Json{{"review", toStd(opened->path)}, {"answers", opened->answers},
                           {"requirement_states", opened->requirementStates}, {"evidence", opened->evidence},
                           {"files", opened->files}, {"signer_fingerprint", toStd(opened->verification.signerFingerprint)},
                           {"key_pinned", opened->verification.keyPinned}});
        return 0;
    }
    ctx.line(tr("The package verifies. Created the review project %1 (%2 answers, %3 requirement statuses, %4 evidence "
                "files, %5 package files).")
                 .arg(opened->path).arg(opened->answers).arg(opened->requirementStates).arg(opened->evidence)
                 .arg(opened->files));
    if (!opened->verification.keyPinned)
        ctx.line(tr("Signed by %1. Check this fingerprint with the sender, or give --pubkey.")
                     .arg(opened->verification.signerFingerprint));
    return 0;
}

static int reviewFinding(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("verdict")).option(QStringLiteral("comment")).flag(QStringLiteral("remove"));
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = ProjectStore::open(a.positional()[0]);
    if (!store)
        return ctx.fail(store.error());
    ReviewTable table(**store);
    if (a.has(QStringLiteral("remove"))) {
        auto removed = table.removeFinding(a.positional()[1]);
        if (!removed)
            return ctx.fail(removed.error());
        if (ctx.json())
            ctx.printJson(Json{{"removed", *removed}});
        else
            ctx.line(*removed ? tr("Removed the finding.") : tr("There was no finding on %1.").arg(a.positional()[1]));
        return 0;
    }
    const auto verdict = verdictFromName(a.value(QStringLiteral("verdict")));
    if (!verdict)
        return ctx.fail(usageError(tr("--verdict takes accepted, deficiency or question"), ctx.usage()));
    ReviewFinding finding;
    finding.urn = a.positional()[1];
    finding.verdict = *verdict;
    finding.comment = a.value(QStringLiteral("comment"));
    if (auto s = table.saveFinding(finding); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"urn", toStd(finding.urn)}, {"verdict", toStd(verdictName(finding.verdict))}});
    else
        ctx.line(tr("Recorded: %1 %2").arg(verdictName(finding.verdict), finding.urn));
    return 0;
}

static int reviewFindings(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    auto findings = ReviewTable(**store).findings();
    if (!findings)
        return ctx.fail(findings.error());
    Json list = Json::array();
    for (const ReviewFinding &f : *findings) {
        if (ctx.json())
            list.push_back({{"urn", toStd(f.urn)}, {"verdict", toStd(verdictName(f.verdict))}, {"comment", toStd(f.comment)}});
        else
            ctx.line(QStringLiteral("%1  %2  %3").arg(verdictName(f.verdict).leftJustified(10), f.urn, f.comment));
    }
    if (ctx.json())
        ctx.printJson(Json{{"findings", list}});
    else if (findings->empty())
        ctx.line(tr("No findings yet."));
    return 0;
}

static int reviewExport(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("out")).option(QStringLiteral("sign")).option(QStringLiteral("passphrase-file"))
        .option(QStringLiteral("summary")).flag(QStringLiteral("force"));
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    if (!a.has(QStringLiteral("out")))
        return ctx.fail(usageError(tr("--out is required"), ctx.usage()));
    const QString out = a.value(QStringLiteral("out"));
    const ExistingFile existing = a.has(QStringLiteral("force")) ? ExistingFile::Replace : ExistingFile::Refuse;
    if (auto s = checkOutputPath(out, existing); !s)
        return ctx.fail(s.error());
    auto key = signingKeyFrom(a);
    if (!key)
        return ctx.fail(key.error());
    // Exporting is recorded in the review project's audit trail, so it is opened for writing.
    auto store = ProjectStore::open(a.positional()[0]);
    if (!store)
        return ctx.fail(store.error());
    if (a.has(QStringLiteral("summary"))) {
        ReviewTable table(**store);
        auto package = table.package();
        if (!package)
            return ctx.fail(package.error());
        if (*package) {
            if (auto s = table.setReviewer((*package)->reviewerName, (*package)->reviewerOrganisation,
                                           a.value(QStringLiteral("summary"))); !s)
                return ctx.fail(s.error());
        }
    }
    if (auto s = Review::writeReviewFile(**store, *key, out, existing); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(Json{{"review_file", toStd(out)}, {"signed", !key->isNull()}});
    else
        ctx.line(key->isNull() ? tr("Wrote %1 (not signed: give --sign KEY so the vendor can check who wrote it).").arg(out)
                               : tr("Wrote %1, signed by %2.").arg(out, key->publicKey().fingerprint()));
    return 0;
}

static int reviewImport(CommandContext &ctx)
{
    Args a;
    a.option(QStringLiteral("pubkey")).flag(QStringLiteral("allow-unsigned"));
    if (auto s = a.parse(ctx.args(), 2, 2, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto key = pinnedKeyFrom(a);
    if (!key)
        return ctx.fail(key.error());
    auto store = ProjectStore::open(a.positional()[0]);
    if (!store)
        return ctx.fail(store.error());
    auto imported = Review::import(**store, a.positional()[1], *key, a.has(QStringLiteral("allow-unsigned")));
    if (!imported)
        return ctx.fail(imported.error());
    if (ctx.json()) {
        ctx.printJson(Json{{"imported", imported->has_value()},
                           {"findings", imported->has_value() ? int((*imported)->findings.size()) : 0}});
        return 0;
    }
    if (!*imported) {
        ctx.line(tr("This review was imported before."));
        return 0;
    }
    ctx.line(tr("Imported the review by %1 (%2): %n finding(s).", nullptr, int((*imported)->findings.size()))
                 .arg((*imported)->reviewerName, (*imported)->reviewerOrganisation));
    for (const ReviewFinding &f : (*imported)->findings)
        ctx.line(QStringLiteral("  %1  %2  %3").arg(verdictName(f.verdict).leftJustified(10), f.urn, f.comment));
    return 0;
}

static int reviewList(CommandContext &ctx)
{
    Args a;
    if (auto s = a.parse(ctx.args(), 1, 1, ctx.usage()); !s)
        return ctx.fail(s.error());
    auto store = ProjectStore::open(a.positional()[0], StoreOptions::readOnly());
    if (!store)
        return ctx.fail(store.error());
    auto reviews = ImportedReviewTable::list(**store);
    if (!reviews)
        return ctx.fail(reviews.error());
    Json list = Json::array();
    for (const ImportedReview &r : *reviews) {
        if (ctx.json()) {
            Json findings = Json::array();
            for (const ReviewFinding &f : r.findings)
                findings.push_back({{"urn", toStd(f.urn)}, {"verdict", toStd(verdictName(f.verdict))},
                                    {"comment", toStd(f.comment)}});
            list.push_back({{"reviewer", toStd(r.reviewerName)}, {"organisation", toStd(r.reviewerOrganisation)},
                            {"fingerprint", toStd(r.reviewerFingerprint)}, {"package_build", r.packageBuildId},
                            {"findings", findings}});
            continue;
        }
        ctx.line(tr("Review by %1 (%2), signed by %3:").arg(r.reviewerName, r.reviewerOrganisation,
                                                             r.reviewerFingerprint.isEmpty() ? tr("nobody") : r.reviewerFingerprint));
        for (const ReviewFinding &f : r.findings)
            ctx.line(QStringLiteral("  %1  %2  %3").arg(verdictName(f.verdict).leftJustified(10), f.urn, f.comment));
    }
    if (ctx.json())
        ctx.printJson(Json{{"reviews", list}});
    else if (reviews->empty())
        ctx.line(tr("No reviews imported."));
    return 0;
}

void registerPackageCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("keys"), QStringLiteral("generate")}, QStringLiteral("DIR [--passphrase-file FILE]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Write a new Ed25519 signing key pair into DIR (private key mode 0600)."),
                 keysGenerate);
    registry.add({QStringLiteral("templates"), QStringLiteral("check")}, QStringLiteral("[DIR]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Check document templates: manifests, Mustache tags, names and strings."),
                 templatesCheck);
    registry.add({QStringLiteral("templates"), QStringLiteral("coverage")}, QStringLiteral("[DIR]"),
                 QT_TRANSLATE_NOOP("vv::cli", "List, per document, the items of its legal contents list that it covers "
                                              "(with the section) and those it does not."),
                 templatesCoverage);
    registry.add({QStringLiteral("details"), QStringLiteral("list")}, QStringLiteral("FILE [--missing] [--untranslated] [--gspr]"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the document details (intended purpose, manufacturer, ...) and their texts in Bokmål and English; with --gspr, the GSPR checklist of MDR Annex II 4 point by point."),
                 detailsList);
    registry.add({QStringLiteral("details"), QStringLiteral("set")}, QStringLiteral("FILE (KEY VALUE | --from JSON) [--language nb|en]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Set document details in Bokmål (default) or English; an empty value removes that language's text."), detailsSet);
    registry.add({QStringLiteral("package"), QStringLiteral("build")},
                 QStringLiteral("FILE --document ID... --out PKG.zip [--force] [--sign KEY [--passphrase-file F]] "
                                "[--format html|pdf|docx]... [--language nb|en]... [--evidence all|linked|none] [--draft]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Build a signed documentation package: documents, evidence, exports, manifest."),
                 packageBuild);
    registry.add({QStringLiteral("package"), QStringLiteral("verify")},
                 QStringLiteral("PKG.zip [--pubkey KEY] [--allow-unsigned]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Check every file of a package against its hash and the signature."),
                 packageVerify);
    registry.add({QStringLiteral("package"), QStringLiteral("inspect")}, QStringLiteral("PKG.zip"),
                 QT_TRANSLATE_NOOP("vv::cli", "List a package's contents and metadata."), packageInspect);
    registry.add({QStringLiteral("package"), QStringLiteral("diff")}, QStringLiteral("OLDER.zip NEWER.zip"),
                 QT_TRANSLATE_NOOP("vv::cli", "Show what changed between two packages: answers, statuses, evidence, documents."),
                 packageDiff);
    registry.add({QStringLiteral("review"), QStringLiteral("open")},
                 QStringLiteral("PKG.zip --out REVIEW.veiviser [--pubkey KEY] [--reviewer NAME] [--organisation ORG]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Verify a package and make a read-only review project from it."), reviewOpen);
    registry.add({QStringLiteral("review"), QStringLiteral("finding")},
                 QStringLiteral("REVIEW URN (--verdict accepted|deficiency|question [--comment TEXT] | --remove)"),
                 QT_TRANSLATE_NOOP("vv::cli", "Record a finding on a requirement in a review project."), reviewFinding);
    registry.add({QStringLiteral("review"), QStringLiteral("findings")}, QStringLiteral("REVIEW"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the findings of a review project."), reviewFindings);
    registry.add({QStringLiteral("review"), QStringLiteral("export")},
                 QStringLiteral("REVIEW --out REVIEW.json [--force] [--sign KEY [--passphrase-file F]] [--summary TEXT]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Write the review's findings as a signed review file for the vendor."),
                 reviewExport);
    registry.add({QStringLiteral("review"), QStringLiteral("import")},
                 QStringLiteral("FILE REVIEW.json [--pubkey KEY] [--allow-unsigned]"),
                 QT_TRANSLATE_NOOP("vv::cli", "Import a regulator's signed review onto the project's requirements."),
                 reviewImport);
    registry.add({QStringLiteral("review"), QStringLiteral("list")}, QStringLiteral("FILE"),
                 QT_TRANSLATE_NOOP("vv::cli", "List the reviews imported into a project, with their findings."), reviewList);
}

} // namespace vv::cli
