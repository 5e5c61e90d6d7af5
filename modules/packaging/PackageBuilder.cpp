#include "packaging/PackageBuilder.h"

#include "core/Sha256.h"
#include "core/Translation.h"
#include "core/Version.h"
#include "packaging/DocumentRenderer.h"
#include "packaging/Exports.h"
#include "packaging/TraceSheet.h"
#include "packaging/Zip.h"
#include "store/PackageBuildTable.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>

namespace vv::packaging {

namespace {

/// A file that goes into the package from memory.
struct MemoryFile {
    QString path;
    QByteArray bytes;
    QString kind;
    QString document;
    QString lang;
};

// The traceability matrix the document shows, as sheets beside it (ISO 14971 and AI Act Art. 9 reviewers filter
// and sort it), once per language.
Status addTraceSheets(std::vector<MemoryFile> &files, const Json &model, const QString &lang,
                             const QDateTime &created)
{
    files.push_back({TraceSheet::csvPath(lang), TraceSheet::csv(model), QStringLiteral("export"), {}, {}});
    auto xlsx = TraceSheet::xlsx(model, created);
    if (!xlsx)
        return xlsx.error();
    files.push_back({TraceSheet::xlsxPath(lang), *xlsx, QStringLiteral("export"), {}, {}});
    return {};
}

/// Claims an output path for one build: QLockFile "PKG.zip.lock" keeps two builds from writing the same package
/// (a lock left by a killed build is taken over, since its process is gone), and under the lock the temporary files
/// a killed build's QSaveFile left ("PKG.zip.XXXXXX", where the file system has no unnamed temporary files) are
/// removed: with the lock held no other build can be writing them. Only names of exactly that pattern, last written
/// before the lock was taken, are touched.
Result<std::unique_ptr<QLockFile>> claimOutput(const QString &outPath)
{
    auto lock = std::make_unique<QLockFile>(outPath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, however long a build takes
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        if (lock->error() == QLockFile::LockFailedError)
            return Error::input(PackageBuilder::tr("another build is writing %1 (process %2 on %3)").arg(outPath).arg(pid).arg(host),
                                PackageBuilder::tr("Wait for it to finish, or choose another --out."));
        return Error::input(PackageBuilder::tr("cannot create %1.lock next to the package").arg(outPath),
                            PackageBuilder::tr("Check the folder and its permissions."));
    }
    const QDateTime claimed = QDateTime::currentDateTimeUtc();
    const QFileInfo out(outPath);
    const QRegularExpression temporary(QStringLiteral("^%1\\.[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(out.fileName())));
    const auto candidates = out.absoluteDir().entryInfoList({out.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : candidates) {
        if (temporary.match(f.fileName()).hasMatch() && f.lastModified() < claimed)
            QFile::remove(f.absoluteFilePath());
    }
    return lock;
}

} // namespace

Status PackageBuilder::checkRoles(ProjectStore &store, const TemplateLibrary &templates,
                                  const std::vector<const DocumentTemplate *> &docs, bool draft)
{
    auto info = store.info();
    if (!info)
        return info.error();
    const QString role = roleToString(info->role);
    QStringList notForRole;
    for (const DocumentTemplate *doc : docs)
        if (!doc->isFor(role))
            notForRole << doc->id;
    if (notForRole.isEmpty() || draft)
        return {};
    QStringList fitting;
    for (const DocumentTemplate &d : templates.documents())
        if (d.isFor(role))
            fitting << d.id;
    return Error::input(tr("%1: not a document for a project in the role %2 (it is the %3's duty)")
                            .arg(notForRole.join(QStringLiteral(", ")), roleLabel(info->role),
                                 roleLabel(info->role == ProjectRole::Deployer ? ProjectRole::Provider : ProjectRole::Deployer)),
                        tr("Documents for this role: %1. To build it anyway, marked as a draft on every page, give "
                           "--draft.").arg(fitting.join(QStringLiteral(", "))));
}

QString PackageBuilder::roleLabel(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Provider: return tr("provider");
    case ProjectRole::Deployer: return tr("deployer");
    case ProjectRole::Both: return tr("provider and deployer");
    }
    return {};
}

QString PackageBuilder::evidencePath(const EvidenceItem &item)
{
    // Letters without their accents, digits and . _ -; everything else becomes '_'.
    QString name = item.fileName.normalized(QString::NormalizationForm_KD);
    QString safe;
    for (const QChar c : name) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool ok = (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                                               c == QLatin1Char('-')));
        safe += ok ? c : QLatin1Char('_');
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = QStringLiteral("file");
    if (safe.size() > 120)
        safe = safe.right(120);
    return QStringLiteral("evidence/%1-%2").arg(item.id).arg(safe);
}

Result<PackageResult> PackageBuilder::build(ProjectStore &store, const guidance::GuidanceLibrary &library,
                                            const TemplateLibrary &templates, const TestRunSource &testRuns,
                                            const PackageRequest &request, const CancellationToken *cancel,
                                            const ProgressSink &progress)
{
    // Everything is checked before the first byte is written; the build is recorded in the project at the end.
    VV_TRY(store.mayChange());
    if (request.documents.isEmpty())
        return Error::input(tr("no documents were chosen"), tr("Give at least one --document ID."));
    std::vector<const DocumentTemplate *> docs;
    for (const QString &id : request.documents) {
        const DocumentTemplate *doc = templates.document(id);
        if (!doc) {
            QStringList ids;
            for (const DocumentTemplate &d : templates.documents())
                ids << d.id;
            return Error::input(tr("there is no document '%1'").arg(id), tr("Choose from: %1.").arg(ids.join(QStringLiteral(", "))));
        }
        if (std::find(docs.begin(), docs.end(), doc) == docs.end())
            docs.push_back(doc);
    }
    VV_TRY(checkRoles(store, templates, docs, request.draft));
    if (request.languages.isEmpty())
        return Error::input(tr("no document language was chosen"));
    for (const QString &lang : request.languages)
        if (lang != QStringLiteral("nb") && lang != QStringLiteral("en"))
            return Error::input(tr("documents are written in nb or en, not '%1'").arg(lang));
    for (const QString &f : request.formats)
        if (!formats().contains(f))
            return Error::input(tr("unknown format '%1'; allowed: %2").arg(f, formats().join(QStringLiteral(", "))));
    if (request.formats.isEmpty())
        return Error::input(tr("no format was chosen"), tr("Give --format html, pdf or docx (or several)."));
    if (request.formats.contains(QStringLiteral("pdf")) && !request.pdf)
        return Error::runtime(tr("no PDF printer is available"));
    if (request.formats.contains(QStringLiteral("docx")))
        VV_TRY(DocxConverter::checkAvailable());
    if (request.outPath.isEmpty())
        return Error::input(tr("no output file was given"), tr("Give --out PKG.zip."));
    if (store.isReadOnly())
        return Error::runtime(tr("the project is open read-only; building a package records the build in it"));
    VV_TRY(checkOutputPath(request.outPath, request.existing));
    auto claim = claimOutput(request.outPath);
    if (!claim)
        return claim.error();

    // Read before the snapshot: any entry that existed is a sound anchor for the history before it.
    auto head = store.auditHead();
    if (!head)
        return head.error();
    SnapshotParts parts;
    parts.measuredWindows = std::any_of(docs.begin(), docs.end(), [](const DocumentTemplate *d) {
        return d->showsMeasuredWindows();
    });
    parts.trace = std::any_of(docs.begin(), docs.end(), [](const DocumentTemplate *d) { return d->showsTrace(); });
    auto snapshot = ProjectSnapshot::read(store, library, testRuns, parts);
    if (!snapshot)
        return snapshot.error();
    const ProjectSnapshot &s = *snapshot;

    // Evidence: flagged content only when a user confirmed it.
    std::vector<const evidence::EvidenceStatus *> evidence;
    std::vector<PackageWarning> warnings;
    QStringList refused;
    for (const evidence::EvidenceStatus &e : s.evidence) {
        if (request.evidence == EvidenceScope::None)
            break;
        if (request.evidence == EvidenceScope::Linked && e.links.isEmpty())
            continue;
        if (!evidence::EvidenceLibrary::isClearedForPackage(e.item)) {
            refused << tr("%1 (id %2, %n identity number(s))", nullptr, int(e.item.piiFindings)).arg(e.item.title).arg(e.item.id);
            continue;
        }
        if (!e.item.piiScanned && e.item.piiFindings == 0)
            warnings.push_back({{}, QStringLiteral("pii_not_scanned:%1").arg(e.item.id),
                                tr("evidence %1 (%2) was not checked for identity numbers (binary content); look at it "
                                   "before the package is sent").arg(e.item.id).arg(e.item.title),
                                QString()});
        if (e.staleness.isStale())
            warnings.push_back({{}, QStringLiteral("stale:%1").arg(e.item.id),
                                tr("evidence %1 (%2) is stale (%3)")
                                    .arg(e.item.id)
                                    .arg(e.item.title,
                                         e.staleness.expired ? tr("its expiry date has passed")
                                                             : tr("it concerns an older system version")),
                                QString()});
        evidence.push_back(&e);
    }
    if (!refused.isEmpty())
        return Error::input(tr("evidence with Norwegian identity numbers that no one confirmed cannot go into a package: %1")
                                .arg(refused.join(QStringLiteral("; "))),
                            tr("Confirm each with 'veiviser-cli evidence confirm-pii FILE ID --reason TEXT' after checking "
                               "it, remove the content, or leave evidence out with --evidence linked|none."));

    PackageContext context;
    context.programVersion = QStringLiteral(VV_VERSION);
    for (const evidence::EvidenceStatus *e : evidence)
        context.evidencePaths[e->item.id] = evidencePath(e->item);

    // Documents, in every language, as HTML first; PDF and DOCX are made from the same HTML.
    struct Rendered {
        const DocumentTemplate *doc;
        QString lang;
        QByteArray html;
    };
    std::vector<Rendered> rendered;
    std::vector<MemoryFile> files;
    QStringList sheetLanguages;
    Json documentsJson = Json::array();
    for (const DocumentTemplate *doc : docs) {
        for (const QString &lang : request.languages) {
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
            const Json model = DocumentModel::build(s, templates, *doc, lang, context);
            auto html = DocumentRenderer::render(templates, *doc, model);
            if (!html)
                return html.error();
            if (doc->showsTrace() && !sheetLanguages.contains(lang)) {
                VV_TRY(addTraceSheets(files, model, lang, s.created));
                sheetLanguages << lang;
            }
            rendered.push_back({doc, lang, *html});
            Json missing = Json::array();
            for (const MissingItem &m : DocumentModel::missing(s, templates, *doc, lang))
                missing.push_back({{"key", toStd(m.key)}, {"label", toStd(m.label)}});
            documentsJson.push_back({{"id", toStd(doc->id)}, {"lang", toStd(lang)}, {"title", toStd(doc->title.in(lang))},
                                     {"paths", Json::array()}, {"missing", missing}});
        }
        // Warnings speak the user's language, not the first language the documents are written in.
        for (const MissingItem &m : DocumentModel::missing(s, templates, *doc, Translation::current()))
            // Each label says what is missing or open in a sentence of its own ("Intended purpose (not filled in)").
            warnings.push_back({doc->id, m.key, tr("%1: %2", "a document's id and what it lacks").arg(doc->id, m.label),
                                m.label});
        // Given in one language only: complete, but that document shows the other language's text, marked.
        for (const QString &lang : request.languages)
            for (const QString &key : DocumentModel::untranslated(s, *doc, lang)) {
                const DetailSpec *spec = templates.detail(key);
                const QString label =
                    (lang == QStringLiteral("nb") ? tr("%1 has no text in Bokmål; the Bokmål document shows the "
                                                       "English text, marked as not translated")
                                                  : tr("%1 has no text in English; the English document shows the "
                                                       "Bokmål text, marked as not translated"))
                        .arg(spec ? spec->label.current() : key);
                warnings.push_back({doc->id, QStringLiteral("untranslated:%1:%2").arg(lang, key),
                                    tr("%1: %2", "a document's id and what it lacks").arg(doc->id, label), label});
            }
    }
    auto documentFile = [](const Rendered &r, const char *extension, QByteArray bytes) {
        return MemoryFile{QStringLiteral("documents/%1/%2.%3").arg(r.lang, r.doc->id, QLatin1String(extension)),
                          std::move(bytes), QStringLiteral("document"), r.doc->id, r.lang};
    };
    if (request.formats.contains(QStringLiteral("html")))
        for (const Rendered &r : rendered)
            files.push_back(documentFile(r, "html", r.html));
    if (request.formats.contains(QStringLiteral("pdf"))) {
        std::vector<QByteArray> html;
        for (const Rendered &r : rendered)
            html.push_back(r.html);
        if (progress)
            progress(0, 0, tr("Making PDF documents"));
        auto pdfs = request.pdf->print(html, cancel);
        if (!pdfs)
            return pdfs.error();
        if (pdfs->size() != rendered.size())
            return Error::runtime(tr("the PDF step returned %1 documents instead of %2").arg(pdfs->size()).arg(rendered.size()));
        for (std::size_t i = 0; i < rendered.size(); ++i)
            files.push_back(documentFile(rendered[i], "pdf", (*pdfs)[i]));
    }
    if (request.formats.contains(QStringLiteral("docx"))) {
        for (const Rendered &r : rendered) {
            if (progress)
                progress(0, 0, tr("Making DOCX documents"));
            auto docx = DocxConverter::convert(r.html, s.created, cancel);
            if (!docx)
                return docx.error();
            files.push_back(documentFile(r, "docx", *docx));
        }
    }
    std::stable_sort(files.begin(), files.end(), [](const MemoryFile &a, const MemoryFile &b) { return a.path < b.path; });
    for (Json &d : documentsJson) {
        Json paths = Json::array();
        for (const MemoryFile &f : files)
            if (f.document == fromStd(d["id"].get<std::string>()) && f.lang == fromStd(d["lang"].get<std::string>()))
                paths.push_back(toStd(f.path));
        d["paths"] = paths;
    }

    files.push_back({PackageNames::assessmentExport(), canonicalJsonBytes(Exports::assessment(s, context, documentsJson)),
                     QStringLiteral("export"), {}, {}});
    files.push_back({PackageNames::cycloneDxExport(), QByteArray::fromStdString(Exports::cycloneDx(s, context).dump(2)),
                     QStringLiteral("export"), {}, {}});
    // The declaration in machine-readable form (AI Act Art. 47(1)); the manifest's signature covers it as it
    // covers every file.
    for (const DocumentTemplate *doc : docs)
        if (doc->id == Exports::declarationDocumentId())
            files.push_back({PackageNames::declarationExport(),
                             QByteArray::fromStdString(
                                 Exports::declarationOfConformity(
                                     s, *doc, context,
                                     request.signingKey.isNull() ? QString() : request.signingKey.publicKey().fingerprint())
                                     .dump(2)),
                             QStringLiteral("export"), {}, {}});

    // The manifest: every file with its size and hash. Evidence hashes are the content addresses already stored,
    // and reading each item back checks it against that hash.
    Json fileList = Json::array();
    qint64 total = 0;
    for (const MemoryFile &f : files) {
        Json fj = {{"path", toStd(f.path)}, {"size", f.bytes.size()}, {"sha256", toStd(Sha256::hex(f.bytes))},
                   {"kind", toStd(f.kind)}};
        if (!f.document.isEmpty()) {
            fj["document"] = toStd(f.document);
            fj["lang"] = toStd(f.lang);
        }
        fileList.push_back(fj);
        total += f.bytes.size();
    }
    for (const evidence::EvidenceStatus *e : evidence) {
        fileList.push_back({{"path", toStd(context.evidencePaths[e->item.id])}, {"size", e->item.size},
                            {"sha256", toStd(e->item.sha256)}, {"kind", "evidence"}, {"evidence_id", e->item.id}});
        total += e->item.size;
    }
    Json packs = Json::array();
    for (const guidance::Pack &p : library.packs())
        packs.push_back({{"id", toStd(p.id)}, {"version", toStd(p.version)}});
    Json manifestJson = {{"format", "veiviser-package"},
                         {"format_version", packageFormatVersion},
                         {"generator", {{"name", "Veiviser"}, {"version", VV_VERSION}}},
                         {"created", toStd(isoUtc(s.created))},
                         {"project", {{"name", toStd(s.info.name)}, {"system_version", toStd(s.info.systemVersion)},
                                      {"role", toStd(roleToString(s.info.role))}}},
                         {"packs", packs},
                         {"documents", documentsJson},
                         {"files", fileList},
                         {"signer", nullptr}};
    if (head->seq > 0)
        manifestJson["audit_head"] = {{"seq", head->seq}, {"hash", toStd(head->hash)}};
    if (!request.signingKey.isNull()) {
        const PublicKey pub = request.signingKey.publicKey();
        manifestJson["signer"] = {{"algorithm", "Ed25519"},
                                  {"public_key", toStd(QString::fromLatin1(pub.raw().toBase64()))},
                                  {"fingerprint", toStd(pub.fingerprint())}};
    }
    const QByteArray manifestBytes = canonicalJsonBytes(manifestJson);
    auto manifest = Manifest::parse(manifestBytes, PackageLimits{});
    if (!manifest)
        return manifest.error();

    // Written under a temporary name and renamed into place, so a failed build leaves no half package. Checked
    // again under the lock, since the build took a while.
    VV_TRY(checkOutputPath(request.outPath, request.existing));
    QSaveFile out(request.outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error::input(tr("cannot write %1: %2").arg(request.outPath, out.errorString()),
                            tr("Check the folder and its permissions."));
    ZipWriter zip(out, s.created);
    VV_TRY(zip.addFile(PackageNames::manifest(), manifestBytes));
    if (!request.signingKey.isNull()) {
        auto signature = request.signingKey.sign(manifestBytes);
        if (!signature)
            return signature.error();
        VV_TRY(zip.addFile(PackageNames::signature(), QByteArray(signature->toBase64() + '\n')));
        VV_TRY(zip.addFile(PackageNames::signerKey(), request.signingKey.publicKey().pem()));
    }
    ProgressThrottle throttle(progress);
    qint64 done = 0;
    for (const MemoryFile &f : files) {
        VV_TRY(zip.addFile(f.path, f.bytes));
        done += f.bytes.size();
        throttle.report(done, total, f.path);
    }
    evidence::EvidenceLibrary evidenceLibrary(store);
    for (const evidence::EvidenceStatus *e : evidence) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        const QString path = context.evidencePaths[e->item.id];
        VV_TRY(zip.beginEntry(path, e->item.size));
        const qint64 before = done;
        VV_TRY(evidenceLibrary.exportTo(e->item.id, zip.device(), cancel, [&](qint64 d, qint64, const QString &) {
            throttle.report(before + d, total, path);
        }));
        VV_TRY(zip.endEntry());
        done += e->item.size;
    }
    VV_TRY(zip.finish());
    const qint64 bytes = out.size();
    if (!out.commit())
        return Error::runtime(tr("cannot write %1: %2").arg(request.outPath, out.errorString()),
                              tr("Check that the disk has space for the package."));
    throttle.report(total, total, QString(), true);

    // The project remembers what it sent, so that a review of this package can be matched to it.
    PackageBuild build;
    build.manifestSha256 = manifest->sha256;
    build.created = s.created;
    build.fileName = QFileInfo(request.outPath).fileName();
    build.signerFingerprint = request.signingKey.isNull() ? QString() : request.signingKey.publicKey().fingerprint();
    for (const DocumentTemplate *doc : docs)
        build.documents << doc->id;
    build.manifest = QString::fromUtf8(manifestBytes);
    auto recorded = [&]() -> Result<qint64> {
        auto tx = store.begin();
        if (!tx)
            return tx.error();
        auto id = PackageBuildTable::insert(*tx, build);
        if (!id)
            return id.error();
        VV_TRY(tx->audit(QStringLiteral("package.build"),
                         Json{{"manifest_sha256", toStd(build.manifestSha256)},
                              {"file_name", toStd(build.fileName)},
                              {"documents", toJson(build.documents)},
                              {"languages", toJson(request.languages)},
                              {"formats", toJson(request.formats)},
                              {"files", fileList.size()},
                              {"bytes", bytes},
                              {"signer", toStd(build.signerFingerprint)}}));
        VV_TRY(tx->commit());
        return *id;
    }();
    if (!recorded) {
        QFile::remove(request.outPath);
        return recorded.error();
    }
    PackageResult result;
    result.path = request.outPath;
    result.manifest = *manifest;
    result.warnings = warnings;
    result.bytes = bytes;
    result.buildId = *recorded;
    return result;
}

} // namespace vv::packaging
