#include "packaging/Review.h"

#include "core/Sha256.h"
#include "core/WorkFolder.h"
#include "core/Version.h"
#include "store/AnswerTable.h"
#include "store/DocumentDetailTable.h"
#include "store/EvidenceTable.h"
#include "store/PackageBuildTable.h"
#include "store/RequirementStateTable.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vv::packaging {

namespace {

QDate dateFrom(const Json &j, const char *key)
{
    return QDate::fromString(jsonString(j, key), Qt::ISODate);
}

QDateTime timeFrom(const Json &j, const char *key)
{
    return QDateTime::fromString(jsonString(j, key), Qt::ISODateWithMs);
}

/// The package's document details, in both languages where the export has them (detail_languages), else the one
/// text of each (packages built before details had two languages), which was Bokmål.
Status openDetails(Transaction &tx, const Json &assessment)
{
    const Json languages = assessment.value("detail_languages", Json());
    if (languages.is_object()) {
        for (auto it = languages.begin(); it != languages.end(); ++it)
            for (const QString &lang : DocumentDetailTable::languages())
                if (it.value().is_object() && !jsonString(it.value(), toStd(lang).c_str()).isEmpty())
                    VV_TRY(DocumentDetailTable::set(tx, {fromStd(it.key()), lang, jsonString(it.value(), toStd(lang).c_str())}));
        return {};
    }
    const Json details = assessment.value("details", Json::object());
    for (auto it = details.begin(); it != details.end(); ++it)
        if (it.value().is_string())
            VV_TRY(DocumentDetailTable::set(tx, {fromStd(it.key()), QStringLiteral("nb"), fromStd(it.value().get<std::string>())}));
    return {};
}

} // namespace

Result<ReviewOpened> Review::open(const QString &packagePath, const QString &outPath, const ReviewOpenOptions &options,
                                  const CancellationToken *cancel, const ProgressSink &progress)
{
    // A review project is always a new file; the companion files of a project (-wal, -shm) are refused by name too.
    VV_TRY(checkOutputPath(outPath, ExistingFile::Never));
    // Private (0700), and removed also when this process is killed: the package holds the vendor's evidence.
    WorkFolder work(QStringLiteral("review-open")); // the package is extracted into a fresh folder inside it
    if (!work.isValid())
        return Error::runtime(tr("cannot create a temporary folder: %1").arg(work.errorString()));
    PackageReadOptions read;
    read.limits = options.limits;
    read.pinnedKey = options.pinnedKey;
    read.extractTo = work.filePath(QStringLiteral("package"));
    read.keepInMemory = {PackageNames::assessmentExport()};
    read.cancel = cancel;
    read.progress = progress;
    auto v = PackageReader::read(packagePath, read);
    if (!v)
        return v.error();
    if (!v->ok())
        return Error::check(tr("the package does not verify: %1").arg(v->problems.join(QStringLiteral("; "))),
                            tr("Ask the sender for the package again; do not review a package that does not verify."),
                            {packagePath});
    auto parsed = parseJson(v->memoryFile(PackageNames::assessmentExport()), PackageNames::assessmentExport());
    if (!parsed)
        return parsed.error();
    const Json &a = *parsed;
    if (!a.is_object() || a.value("format", Json()) != "veiviser-assessment")
        return Error::check(tr("the package has no assessment export to review"), {}, {packagePath});
    const Json project = a.value("project", Json::object());

    // Built under a temporary name next to the target and renamed at the end: no half review project.
    const QString partPath = outPath + QStringLiteral(".part");
    QFile::remove(partPath);
    NewProject np;
    np.name = jsonString(project, "name", QFileInfo(outPath).completeBaseName());
    np.systemVersion = jsonString(project, "system_version", QStringLiteral("1.0"));
    np.role = roleFromString(jsonString(project, "role")).value_or(ProjectRole::Both);
    StoreOptions storeOptions;
    storeOptions.clock = options.clock;
    ReviewOpened opened;
    {
        auto store = ProjectStore::create(partPath, np, storeOptions);
        if (!store)
            return store.error();
        auto filled = [&]() -> Status {
            auto tx = (*store)->begin();
            if (!tx)
                return tx.error();
            for (const Json &ans : a.value("answers", Json::array())) {
                AnswerChange c{jsonString(ans, "fact"), ans.value("value", Json()), jsonString(ans, "pack"),
                               jsonString(ans, "version")};
                if (c.factId.isEmpty() || c.value.is_null())
                    continue;
                VV_TRY(AnswerTable::apply(*tx, c));
                ++opened.answers;
            }
            for (const Json &r : a.value("requirements", Json::array())) {
                const Json st = r.value("state", Json());
                if (!st.is_object())
                    continue;
                RequirementState state;
                state.urn = jsonString(r, "urn");
                state.status = requirementStatusFromName(jsonString(st, "status")).value_or(RequirementStatus::NotStarted);
                state.justification = jsonString(st, "justification");
                state.owner = jsonString(st, "owner");
                if (const QDate due = dateFrom(st, "due_date"); due.isValid())
                    state.dueDate = due;
                state.notes = jsonString(st, "notes");
                state.packId = jsonString(st, "pack");
                state.packVersion = jsonString(st, "version");
                VV_TRY(RequirementStateTable::save(*tx, state));
                ++opened.requirementStates;
            }
            VV_TRY(openDetails(*tx, a));
            // Evidence from the extracted files; each must hash to what the package says.
            for (const Json &e : a.value("evidence", Json::array())) {
                const QString path = jsonString(e, "path");
                if (path.isEmpty())
                    continue;
                auto file = v->file(path, QStringLiteral("evidence"));
                if (!file)
                    return file.error();
                QFile f;
                VV_TRY(file->open(f));
                auto blob = tx->putBlob(f, cancel);
                if (!blob)
                    return blob.error();
                if (blob->sha256 != jsonString(e, "sha256"))
                    return Error::check(tr("the evidence file %1 does not match the assessment export").arg(path));
                EvidenceItem item;
                item.sha256 = blob->sha256;
                item.size = blob->size;
                item.title = jsonString(e, "title", path);
                item.kind = evidenceKindFromString(jsonString(e, "kind")).value_or(EvidenceKind::Other);
                item.description = jsonString(e, "description");
                item.author = jsonString(e, "author");
                item.reviewer = jsonString(e, "reviewer");
                item.effectiveDate = dateFrom(e, "effective_date");
                item.expiryDate = dateFrom(e, "expiry_date");
                item.systemVersion = jsonString(e, "system_version");
                item.sourceKind = EvidenceSource::File;
                item.source = path;
                item.fileName = jsonString(e, "file_name", QFileInfo(path).fileName());
                item.mediaType = jsonString(e, "media_type", QStringLiteral("application/octet-stream"));
                item.reviewState = reviewStateFromString(jsonString(e, "review_state")).value_or(ReviewState::Draft);
                item.created = timeFrom(e, "created");
                item.modified = timeFrom(e, "modified");
                const Json pii = e.value("pii", Json::object());
                item.piiScanned = pii.value("scanned", false);
                item.piiFindings = pii.value("findings", 0);
                item.piiReport = pii.value("report", Json::object());
                if (const Json c = pii.value("confirmation", Json()); c.is_object()) {
                    item.piiClearedBy = jsonString(c, "by");
                    item.piiClearedAt = timeFrom(c, "at");
                    item.piiClearReason = jsonString(c, "reason");
                }
                auto id = EvidenceTable::insert(*tx, item);
                if (!id)
                    return id.error();
                for (const Json &urn : e.value("links", Json::array()))
                    if (urn.is_string())
                        if (auto l = EvidenceTable::addLink(*tx, *id, fromStd(urn.get<std::string>())); !l)
                            return l.error();
                ++opened.evidence;
            }
            // Every file of the package, so the reviewer can open documents and exports from the project alone.
            for (const ManifestFile &mf : v->manifest.files) {
                auto file = v->file(mf.path, mf.kind);
                if (!file)
                    return file.error();
                QFile f;
                VV_TRY(file->open(f));
                auto blob = tx->putBlob(f, cancel);
                if (!blob)
                    return blob.error();
                VV_TRY(ReviewTable::addPackageFile(*tx, {mf.path, blob->sha256, blob->size,
                                                         mf.kind == QStringLiteral("evidence") || mf.kind == QStringLiteral("export")
                                                             ? mf.kind : QStringLiteral("document")}));
                ++opened.files;
            }
            ReviewedPackage p;
            p.manifestSha256 = v->manifest.sha256;
            p.manifest = QString::fromUtf8(v->manifest.canonical);
            p.signerFingerprint = v->signerFingerprint;
            p.keyPinned = v->keyPinned;
            p.fileName = QFileInfo(packagePath).fileName();
            p.reviewerName = options.reviewerName;
            p.reviewerOrganisation = options.reviewerOrganisation;
            VV_TRY(ReviewTable::insertPackage(*tx, p));
            VV_TRY(tx->audit(QStringLiteral("review.open"),
                             Json{{"manifest_sha256", toStd(p.manifestSha256)},
                                  {"package", toStd(p.fileName)},
                                  {"signer", toStd(p.signerFingerprint)},
                                  {"key_pinned", p.keyPinned},
                                  {"files", opened.files}}));
            VV_TRY(ReviewTable::seal(*tx));
            return tx->commit();
        }();
        if (!filled) {
            store->reset();
            QFile::remove(partPath);
            return filled.error();
        }
    }
    if (!QFile::rename(partPath, outPath)) {
        QFile::remove(partPath);
        return Error::runtime(tr("cannot create %1").arg(outPath), tr("Check the folder and its permissions."));
    }
    opened.path = outPath;
    opened.verification = std::move(*v);
    opened.verification.kept.clear();
    return opened;
}

Result<QByteArray> Review::packageFile(ProjectStore &review, const QString &path, qint64 maxBytes)
{
    auto files = ReviewTable(review).packageFiles();
    if (!files)
        return files.error();
    for (const ReviewPackageFile &f : *files) {
        if (f.path != path)
            continue;
        if (f.size > maxBytes)
            return Error::input(tr("%1 is too large to read here (%2 bytes)").arg(path).arg(f.size));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        VV_TRY(review.readBlob(f.sha256, buffer));
        return bytes;
    }
    return Error::input(tr("%1 is not in the reviewed package").arg(path));
}

Result<Json> Review::packageAssessment(ProjectStore &review)
{
    auto bytes = packageFile(review, PackageNames::assessmentExport());
    if (!bytes)
        return bytes.error();
    return parseJson(*bytes, PackageNames::assessmentExport());
}

Result<Json> Review::exportDocument(ProjectStore &review, const SigningKey &key)
{
    ReviewTable table(review);
    auto package = table.package();
    if (!package)
        return package.error();
    if (!*package)
        return Error::input(tr("%1 is not a review project").arg(review.location()),
                            tr("Make one with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'."));
    auto findings = table.findings();
    if (!findings)
        return findings.error();
    auto manifest = parseJson((*package)->manifest.toUtf8(), PackageNames::manifest());
    if (!manifest)
        return manifest.error();
    auto assessment = packageAssessment(review);
    std::map<QString, Json> titles;
    if (assessment)
        for (const Json &r : assessment->value("requirements", Json::array()))
            titles[jsonString(r, "urn")] = r.value("title", Json());
    Json list = Json::array();
    for (const ReviewFinding &f : *findings)
        list.push_back({{"urn", toStd(f.urn)},
                        {"title", titles.count(f.urn) ? titles[f.urn] : Json(nullptr)},
                        {"verdict", toStd(verdictName(f.verdict))},
                        {"comment", toStd(f.comment)},
                        {"updated_at", toStd(isoUtc(f.updatedAt))},
                        {"updated_by", toStd(f.updatedBy)}});
    const Json project = manifest->value("project", Json::object());
    Json doc = {{"format", "veiviser-review"},
                {"format_version", 1},
                {"created", toStd(isoUtc(review.clock().nowUtc()))},
                {"generator", {{"name", "Veiviser"}, {"version", VV_VERSION}}},
                {"package", {{"manifest_sha256", toStd((*package)->manifestSha256)},
                             {"file_name", toStd((*package)->fileName)},
                             {"project", project.value("name", Json(""))},
                             {"system_version", project.value("system_version", Json(""))},
                             {"created", manifest->value("created", Json(""))},
                             {"signer_fingerprint", toStd((*package)->signerFingerprint)}}},
                {"reviewer", {{"name", toStd((*package)->reviewerName)},
                              {"organisation", toStd((*package)->reviewerOrganisation)}}},
                {"summary", toStd((*package)->summary)},
                {"findings", list}};
    // The review project's own history up to this export, anchored by the reviewer's signature.
    auto head = review.auditHead();
    if (!head)
        return head.error();
    if (head->seq > 0)
        doc["audit_head"] = {{"seq", head->seq}, {"hash", toStd(head->hash)}};
    if (!key.isNull()) {
        auto signature = key.sign(canonicalJsonBytes(doc));
        if (!signature)
            return signature.error();
        const PublicKey pub = key.publicKey();
        doc["signature"] = {{"algorithm", "Ed25519"},
                            {"public_key", toStd(QString::fromLatin1(pub.raw().toBase64()))},
                            {"fingerprint", toStd(pub.fingerprint())},
                            {"value", toStd(QString::fromLatin1(signature->toBase64()))}};
    }
    auto tx = review.begin(ChangeScope::Review);
    if (!tx)
        return tx.error();
    VV_TRY(tx->audit(QStringLiteral("review.export"),
                     Json{{"findings", list.size()},
                          {"signed", !key.isNull()},
                          {"signer", key.isNull() ? std::string() : toStd(key.publicKey().fingerprint())}}));
    VV_TRY(tx->commit());
    return doc;
}

Status Review::writeReviewFile(ProjectStore &review, const SigningKey &key, const QString &outPath,
                               ExistingFile existing)
{
    // Checked before the export is recorded in the audit trail, so a refused target leaves no trace.
    VV_TRY(checkOutputPath(outPath, existing));
    auto doc = exportDocument(review, key);
    if (!doc)
        return doc.error();
    return writeOutputFile(outPath, QByteArray::fromStdString(doc->dump(2)) + '\n', existing);
}

Result<Review::CheckedReview> Review::readReviewFile(const QString &path, const PublicKey &pinnedKey, bool allowUnsigned)
{
    auto doc = readJsonFile(path, maxReviewBytes);
    if (!doc)
        return doc.error();
    auto bad = [&](const QString &what) {
        return Error::check(tr("%1: %2").arg(path, what), tr("The review file is damaged or not a Veiviser review."));
    };
    if (!doc->is_object() || doc->value("format", Json()) != "veiviser-review")
        return bad(tr("this is not a Veiviser review file"));
    if (doc->value("format_version", 0) > 1)
        return Error::input(tr("%1 was written by a newer Veiviser").arg(path), tr("Update Veiviser to import it."));
    if (!doc->contains("package") || !(*doc)["package"].is_object() || !isSha256Hex(jsonString((*doc)["package"], "manifest_sha256")))
        return bad(tr("it does not name the package it reviews"));
    if (!doc->contains("findings") || !(*doc)["findings"].is_array())
        return bad(tr("it has no findings list"));
    for (const Json &f : (*doc)["findings"])
        if (!f.is_object() || jsonString(f, "urn").isEmpty() || !verdictFromName(jsonString(f, "verdict")))
            return bad(tr("a finding lacks a requirement or has an unknown verdict"));
    CheckedReview out;
    if (doc->contains("audit_head")) {
        const Json &h = (*doc)["audit_head"];
        if (!h.is_object() || !h.contains("seq") || !h["seq"].is_number_integer() || h["seq"].get<qint64>() < 1 ||
            !isSha256Hex(jsonString(h, "hash")))
            return bad(tr("its audit head is not an entry number and a SHA-256"));
        out.auditHead = AuditHead{h["seq"].get<qint64>(), jsonString(h, "hash")};
    }
    Json body = *doc;
    body.erase("signature");
    out.sha256 = Sha256::hex(canonicalJsonBytes(body));
    if (doc->contains("signature")) {
        const Json &s = (*doc)["signature"];
        if (!s.is_object() || jsonString(s, "algorithm") != QStringLiteral("Ed25519"))
            return bad(tr("the signature is not Ed25519"));
        auto key = PublicKey::fromRaw(QByteArray::fromBase64(jsonString(s, "public_key").toLatin1()), path);
        if (!key)
            return bad(tr("the signature's public key is not valid"));
        const QByteArray signature = QByteArray::fromBase64(jsonString(s, "value").toLatin1());
        if (!key->verify(canonicalJsonBytes(body), signature))
            return Error::check(tr("%1: the signature does not verify; the review was changed after it was signed").arg(path),
                                tr("Ask the reviewer to send it again."));
        if (jsonString(s, "fingerprint") != key->fingerprint())
            return bad(tr("the fingerprint does not match the signature's key"));
        if (!pinnedKey.isNull() && !(pinnedKey == *key))
            return Error::check(tr("%1 is signed by %2, not by the key given (%3)").arg(path, key->fingerprint(), pinnedKey.fingerprint()));
        out.isSigned = true;
        out.fingerprint = key->fingerprint();
    } else if (!allowUnsigned) {
        return Error::check(tr("%1 is not signed, so who wrote it cannot be checked").arg(path),
                            tr("Ask the reviewer for a signed review, or import it with --allow-unsigned."));
    } else if (!pinnedKey.isNull()) {
        return Error::check(tr("%1 is not signed, so it cannot be checked against the key given").arg(path));
    }
    out.document = std::move(*doc);
    return out;
}

Result<std::optional<ImportedReview>> Review::import(ProjectStore &vendor, const QString &reviewPath,
                                                     const PublicKey &pinnedKey, bool allowUnsigned)
{
    VV_TRY(vendor.mayChange());
    auto checked = readReviewFile(reviewPath, pinnedKey, allowUnsigned);
    if (!checked)
        return checked.error();
    const Json &doc = checked->document;
    const QString manifestSha = jsonString(doc["package"], "manifest_sha256");
    auto build = PackageBuildTable::findByManifest(vendor, manifestSha);
    if (!build)
        return build.error();
    if (!*build)
        return Error::check(tr("%1 reviews a package this project did not build (manifest %2)").arg(reviewPath, manifestSha.left(16)),
                            tr("Import the review into the project that built the package."));
    auto seen = ImportedReviewTable::contains(vendor, checked->sha256);
    if (!seen)
        return seen.error();
    if (*seen)
        return std::optional<ImportedReview>();
    ImportedReview r;
    r.reviewSha256 = checked->sha256;
    r.packageBuildId = (*build)->id;
    r.reviewerName = jsonString(doc.value("reviewer", Json::object()), "name");
    r.reviewerOrganisation = jsonString(doc.value("reviewer", Json::object()), "organisation");
    r.reviewerFingerprint = checked->fingerprint;
    r.reviewedAt = timeFrom(doc, "created");
    r.summary = jsonString(doc, "summary");
    r.document = QString::fromUtf8(canonicalJsonBytes(doc));
    for (const Json &f : doc["findings"])
        r.findings.push_back({jsonString(f, "urn"), verdictFromName(jsonString(f, "verdict")).value_or(Verdict::Question),
                              jsonString(f, "comment"), r.reviewedAt, r.reviewerName});
    auto tx = vendor.begin();
    if (!tx)
        return tx.error();
    auto id = ImportedReviewTable::insert(*tx, r);
    if (!id)
        return id.error();
    r.id = *id;
    int deficiencies = 0, questions = 0;
    for (const ReviewFinding &f : r.findings) {
        deficiencies += f.verdict == Verdict::Deficiency;
        questions += f.verdict == Verdict::Question;
    }
    VV_TRY(tx->audit(QStringLiteral("review.import"),
                     Json{{"review_sha256", toStd(r.reviewSha256)},
                          {"manifest_sha256", toStd(manifestSha)},
                          {"reviewer", toStd(r.reviewerName)},
                          {"organisation", toStd(r.reviewerOrganisation)},
                          {"signer", toStd(r.reviewerFingerprint)},
                          {"findings", r.findings.size()},
                          {"deficiencies", deficiencies},
                          {"questions", questions}}));
    VV_TRY(tx->commit());
    r.importedAt = vendor.clock().nowUtc();
    r.importedBy = vendor.actor();
    return std::optional<ImportedReview>(std::move(r));
}

} // namespace vv::packaging
