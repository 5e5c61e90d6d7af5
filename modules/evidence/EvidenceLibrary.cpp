#include "evidence/EvidenceLibrary.h"

#include "core/RegularFile.h"
#include "evidence/ContentType.h"
#include "core/IdentityNumbers.h"
#include "evidence/ImportFiles.h"
#include "store/OutputFile.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QVersionNumber>

#include <cerrno>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace vv::evidence {

namespace {

constexpr qint64 sniffBytes = 64 << 10;
constexpr int maxTitle = 500;
constexpr int maxText = 20000;
constexpr int maxAuditText = 200;

// Reads a file for putBlob and, when the first bytes show text, streams it through the PII guard on the way:
// the content is read once for hashing, storing and scanning.
class ScanningReader : public QIODevice {
public:
    ScanningReader(QFile &file, QString fileName, QDate today)
        : m_file(file), m_fileName(std::move(fileName)), m_scanner(today)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_file.atEnd(); }
    QString errorString() const { return m_file.errorString(); }

    /// Call after the last read.
    void finish()
    {
        if (!m_decided)
            decide({});
        if (m_type.textLike)
            m_findings = m_scanner.finish();
    }
    const ContentType &type() const { return m_type; }
    const IdentityNumberFindings &findings() const { return m_findings; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            setErrorString(m_file.errorString());
            return -1;
        }
        if (n > 0) {
            if (!m_decided)
                decide(QByteArrayView(data, std::min(n, sniffBytes)));
            if (m_type.textLike)
                m_scanner.feed(data, n);
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void decide(QByteArrayView head)
    {
        m_type = detectContentType(m_fileName, head);
        m_decided = true;
    }

    QFile &m_file;
    QString m_fileName;
    IdentityNumberScanner m_scanner;
    bool m_decided = false;
    ContentType m_type;
    IdentityNumberFindings m_findings;
};

QString clipped(const QString &text)
{
    return text.size() > maxAuditText ? QString(text.left(maxAuditText) + QChar(0x2026)) : text;
}

Json dateJson(const QDate &d)
{
    return d.isValid() ? Json(toStd(d.toString(Qt::ISODate))) : Json(nullptr);
}

bool sameStat(const struct stat &a, const struct stat &b)
{
    return a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

// SQLite reports a full disk as "database or disk is full" (ENOSPC) and a file-size limit as a disk I/O error.
std::optional<Error> diskError(const Error &e)
{
    if (e.kind() != Error::Kind::Runtime)
        return std::nullopt;
    if (!e.what().contains(QStringLiteral("disk is full")) && !e.what().contains(QStringLiteral("disk I/O error")))
        return std::nullopt;
    return Error::runtime(EvidenceLibrary::tr("the disk is full, or the project file reached its size limit, "
                                              "while the content was stored"),
                          EvidenceLibrary::tr("Free disk space and import again; nothing was imported."));
}

QString safeFileName(const QString &name, qint64 id)
{
    QString n = name.section(QLatin1Char('/'), -1).trimmed();
    if (n.isEmpty() || n == QStringLiteral(".") || n == QStringLiteral(".."))
        n = QStringLiteral("evidence-%1").arg(id);
    return n;
}

} // namespace

EvidenceLibrary::EvidenceLibrary(ProjectStore &store, std::shared_ptr<const RequirementCatalog> catalog)
    : m_store(store), m_catalog(catalog ? std::move(catalog) : std::make_shared<AnyValidUrnCatalog>())
{
}

QDate EvidenceLibrary::today() const
{
    return m_store.clock().nowUtc().toLocalTime().date();
}

Result<QString> EvidenceLibrary::projectSystemVersion() const
{
    auto info = m_store.info();
    if (!info)
        return info.error();
    return info->systemVersion;
}

EvidenceKind EvidenceLibrary::guessKind(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QStringLiteral("log"))
        return EvidenceKind::Log;
    static const QStringList config = {QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("ini"),
                                       QStringLiteral("toml"), QStringLiteral("cfg"), QStringLiteral("conf")};
    if (config.contains(suffix))
        return EvidenceKind::Configuration;
    return EvidenceKind::Other;
}

Status EvidenceLibrary::checkUrn(const QString &urn) const
{
    if (!isRequirementUrn(urn))
        return Error::input(tr("'%1' is not a requirement URN").arg(urn),
                            tr("A requirement URN looks like urn:veiviser:ai-act:art-10."));
    if (!m_catalog->contains(urn))
        return Error::input(tr("there is no requirement %1 in the loaded guidance").arg(urn),
                            tr("Check the URN on the requirement's page."));
    return {};
}

Result<std::vector<ImportedItem>> EvidenceLibrary::import(const ImportRequest &request,
                                                          const CancellationToken *cancel,
                                                          const ProgressSink &progress)
{
    VV_TRY(m_store.mayChange());
    for (const QString &urn : request.links)
        VV_TRY(checkUrn(urn));
    if (request.title.size() > maxTitle)
        return Error::input(tr("the title is longer than %1 characters").arg(maxTitle));
    auto files = detail::collectImportFiles(request.paths, maxFiles, cancel);
    if (!files)
        return files.error();
    if (!request.title.trimmed().isEmpty() && files->size() != 1)
        return Error::input(tr("a title can only be given when importing one file (%1 files were found)")
                                .arg(files->size()),
                            tr("Import the files without --title, then give each its title."));
    qint64 total = 0;
    for (const auto &f : *files) {
        if (f.size > maxFileSize)
            return Error::input(tr("%1 is larger than %2 GiB").arg(f.displayPath).arg(maxFileSize >> 30),
                                tr("Store it elsewhere and import a description of it instead."));
        total += f.size;
    }
    // Refuse early what the disk cannot hold; a full disk during the import is still caught below.
    const QStorageInfo disk(QFileInfo(m_store.location()).absolutePath());
    const qint64 needed = total + (64ll << 20);
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed)
        return Error::runtime(tr("not enough free disk space for this import: it needs about %1 MiB, %2 MiB are free")
                                  .arg(needed >> 20)
                                  .arg(disk.bytesAvailable() >> 20),
                              tr("Free disk space and import again; nothing was imported."));

    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QDate day = today();
    const QDateTime now = m_store.clock().nowUtc();
    ProgressThrottle throttle(progress);
    std::vector<ImportedItem> result;
    int audits = 0;
    qint64 done = 0;

    auto fileError = [](const detail::ImportFile &f, Error e) {
        if (e.kind() == Error::Kind::Cancelled)
            return e;
        return diskError(e).value_or(e).prefixed(f.displayPath);
    };
    for (const detail::ImportFile &f : *files) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        throttle.report(done, total, f.source, true);

        // This runs inside the write transaction, so nothing here may wait on input: the open does not block, and
        // a file swapped for a FIFO or device since the walk is refused before it is read.
        int openError = 0;
        auto opened = openRegularFileNative(f.nativePath, f.displayPath, &openError);
        if (!opened) {
            if (openError == ENOENT)
                return Error::input(tr("%1 vanished before it could be read").arg(f.displayPath),
                                    tr("Import it again when it is back; nothing was imported."));
            return Error::input(opened.error().what(), tr("Nothing was imported."));
        }
        const int fd = *opened;
        QFile file;
        if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return Error::input(tr("cannot read %1: %2").arg(f.displayPath, file.errorString()));
        }
        struct stat before {};
        if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode))
            return Error::input(tr("%1 is not a regular file").arg(f.displayPath));
        if (before.st_size != f.size)
            return Error::input(tr("%1 changed while the import was prepared").arg(f.displayPath),
                                tr("Wait until the file is complete and import it again; nothing was imported."));

        ScanningReader reader(file, f.fileName, day);
        const qint64 offset = done;
        auto blob = tx->putBlob(reader, cancel,
                                [&](qint64 d, qint64, const QString &) { throttle.report(offset + d, total, f.source); },
                                before.st_size);
        if (!blob)
            return fileError(f, blob.error());
        struct stat after {};
        struct stat now_ {};
        if (::fstat(fd, &after) != 0 || !sameStat(before, after))
            return Error::input(tr("%1 changed while it was read").arg(f.displayPath),
                                tr("Wait until the file is complete and import it again; nothing was imported."));
        if (::stat(f.nativePath.constData(), &now_) == 0 && (now_.st_ino != before.st_ino || now_.st_dev != before.st_dev))
            return Error::input(tr("%1 was replaced while it was read").arg(f.displayPath),
                                tr("Wait until the file is complete and import it again; nothing was imported."));
        reader.finish();
        done += blob->size;

        ImportedItem imported;
        imported.source = f.source;
        imported.sha256 = blob->sha256;
        imported.size = blob->size;

        auto existing = EvidenceTable::findBySha256(tx->store(), blob->sha256);
        if (!existing)
            return existing.error();
        if (*existing) {
            imported.id = (*existing)->id;
            imported.alreadyInLibrary = true;
            imported.piiScanned = (*existing)->piiScanned;
            imported.piiFindings = (*existing)->piiFindings;
        } else {
            const ContentType &type = reader.type();
            EvidenceItem item;
            item.sha256 = blob->sha256;
            item.size = blob->size;
            item.title = request.title.trimmed().isEmpty() ? f.fileName : request.title.trimmed();
            item.kind = request.kind.value_or(guessKind(f.fileName));
            item.description = request.description;
            item.sourceKind = EvidenceSource::File;
            item.source = f.source;
            item.fileName = f.fileName;
            item.mediaType = type.mediaType;
            item.created = now;
            item.modified = now;
            item.piiScanned = type.textLike;
            // A name can carry an identity number too; it counts, but has no line.
            const IdentityNumberFindings inName = IdentityNumberScanner::scan(f.source.toUtf8(), day);
            Json report = type.textLike ? reader.findings().toJson() : Json::object();
            report["in_name"] = inName.count;
            item.piiReport = report;
            item.piiFindings = (type.textLike ? reader.findings().count : 0) + inName.count;

            auto id = EvidenceTable::insert(*tx, item);
            if (!id)
                return fileError(f, id.error());
            imported.id = *id;
            imported.piiScanned = item.piiScanned;
            imported.piiFindings = item.piiFindings;
            Json pii = nullptr;
            if (item.piiScanned || inName.count > 0)
                pii = Json{{"count", item.piiFindings}, {"by_type", report.value("by_type", Json::object())},
                           {"in_name", inName.count}};
            if (auto s = tx->audit(QStringLiteral("evidence.import"),
                                   Json{{"id", *id},
                                        {"sha256", toStd(item.sha256)},
                                        {"size", item.size},
                                        {"title", toStd(clipped(redactIdentityNumbers(item.title, day)))},
                                        {"kind", toStd(evidenceKindToString(item.kind))},
                                        {"source", toStd(clipped(redactIdentityNumbers(item.source, day)))},
                                        {"media_type", toStd(item.mediaType)},
                                        {"content_already_stored", blob->alreadyStored},
                                        {"pii", pii}});
                !s)
                return s.error();
            ++audits;
        }
        for (const QString &urn : request.links) {
            auto added = EvidenceTable::addLink(*tx, imported.id, urn);
            if (!added)
                return added.error();
            if (*added) {
                VV_TRY(tx->audit(QStringLiteral("evidence.link"), Json{{"id", imported.id}, {"urn", toStd(urn)}}));
                ++audits;
            }
        }
        result.push_back(std::move(imported));
    }
    if (cancel && cancel->isCancelled())
        return Error::cancelled();
    if (audits == 0) {
        // Everything was in the library already, with these links: nothing changed.
        tx->rollback();
        return result;
    }
    if (auto s = tx->commit(); !s)
        return diskError(s.error()).value_or(s.error());
    throttle.report(total, total, {}, true);
    return result;
}

Result<std::vector<EvidenceItem>> EvidenceLibrary::items() const
{
    return EvidenceTable::list(m_store);
}

Result<EvidenceItem> EvidenceLibrary::item(qint64 id) const
{
    auto found = EvidenceTable::find(m_store, id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::input(tr("there is no evidence item %1").arg(id),
                            tr("'evidence list' shows the items and their ids."));
    return std::move(**found);
}

Staleness stalenessOf(const EvidenceItem &item, const QString &projectSystemVersion, QDate today)
{
    Staleness s;
    s.expired = item.expiryDate.isValid() && today.isValid() && item.expiryDate < today;
    const QVersionNumber concerns = QVersionNumber::fromString(item.systemVersion.trimmed()).normalized();
    const QVersionNumber current = QVersionNumber::fromString(projectSystemVersion.trimmed()).normalized();
    s.olderSystemVersion = !item.systemVersion.trimmed().isEmpty() && !concerns.isNull() && !current.isNull()
                           && QVersionNumber::compare(concerns, current) < 0;
    return s;
}

Staleness EvidenceLibrary::staleness(const EvidenceItem &item) const
{
    auto version = projectSystemVersion();
    return stalenessOf(item, version ? *version : QString(), today());
}

bool EvidenceLibrary::isClearedForPackage(const EvidenceItem &item)
{
    return !isPiiFlagged(item) || (!item.piiClearedBy.isEmpty() && !item.piiClearReason.trimmed().isEmpty());
}

Result<bool> EvidenceLibrary::isClearedForPackage(qint64 id) const
{
    auto it = item(id);
    if (!it)
        return it.error();
    return isClearedForPackage(*it);
}

Result<std::vector<EvidenceStatus>> EvidenceLibrary::statuses() const
{
    auto all = EvidenceTable::list(m_store);
    if (!all)
        return all.error();
    auto links = EvidenceTable::allLinks(m_store);
    if (!links)
        return links.error();
    auto version = projectSystemVersion();
    if (!version)
        return version.error();
    const QDate day = today();
    std::vector<EvidenceStatus> out;
    out.reserve(all->size());
    for (EvidenceItem &e : *all) {
        EvidenceStatus s;
        s.links = links->value(e.id);
        s.staleness = stalenessOf(e, *version, day);
        s.piiFlagged = isPiiFlagged(e);
        s.clearedForPackage = isClearedForPackage(e);
        s.item = std::move(e);
        out.push_back(std::move(s));
    }
    return out;
}

Result<EvidenceStatus> EvidenceLibrary::status(qint64 id) const
{
    auto it = item(id);
    if (!it)
        return it.error();
    auto links = EvidenceTable::linksOf(m_store, id);
    if (!links)
        return links.error();
    EvidenceStatus s;
    s.links = *links;
    s.staleness = staleness(*it);
    s.piiFlagged = isPiiFlagged(*it);
    s.clearedForPackage = isClearedForPackage(*it);
    s.item = std::move(*it);
    return s;
}

Result<std::vector<EvidenceStatus>> EvidenceLibrary::staleItems() const
{
    auto all = statuses();
    if (!all)
        return all.error();
    std::vector<EvidenceStatus> out;
    for (auto &s : *all) {
        if (s.staleness.isStale())
            out.push_back(std::move(s));
    }
    return out;
}

Result<bool> EvidenceLibrary::update(const EvidenceItem &changed)
{
    VV_TRY(m_store.mayChange());
    auto current = item(changed.id);
    if (!current)
        return current.error();
    const EvidenceItem &old = *current;
    const QString title = changed.title.trimmed();
    if (title.isEmpty())
        return Error::input(tr("an evidence item needs a title"));
    if (title.size() > maxTitle)
        return Error::input(tr("the title is longer than %1 characters").arg(maxTitle));
    for (const QString *text : {&changed.description, &changed.author, &changed.reviewer, &changed.systemVersion}) {
        if (text->size() > maxText)
            return Error::input(tr("a text is longer than %1 characters").arg(maxText));
    }
    if (changed.effectiveDate.isValid() && changed.expiryDate.isValid() && changed.expiryDate < changed.effectiveDate)
        return Error::input(tr("the expiry date %1 is before the effective date %2")
                                .arg(changed.expiryDate.toString(Qt::ISODate), changed.effectiveDate.toString(Qt::ISODate)),
                            tr("Correct one of the dates."));
    if (changed.reviewState == ReviewState::Approved && changed.reviewer.trimmed().isEmpty())
        return Error::input(tr("an item can only be approved with the name of its reviewer"),
                            tr("Enter the reviewer first."));

    const QDate day = today();
    auto text = [&](const QString &s) { return Json(toStd(clipped(redactIdentityNumbers(s, day)))); };
    Json diff = Json::object();
    if (title != old.title)
        diff["title"] = text(title);
    if (changed.kind != old.kind)
        diff["kind"] = toStd(evidenceKindToString(changed.kind));
    if (changed.description != old.description)
        diff["description"] = text(changed.description);
    if (changed.author != old.author)
        diff["author"] = text(changed.author);
    if (changed.reviewer != old.reviewer)
        diff["reviewer"] = text(changed.reviewer);
    if (changed.effectiveDate != old.effectiveDate)
        diff["effective_date"] = dateJson(changed.effectiveDate);
    if (changed.expiryDate != old.expiryDate)
        diff["expiry_date"] = dateJson(changed.expiryDate);
    if (changed.systemVersion.trimmed() != old.systemVersion)
        diff["system_version"] = text(changed.systemVersion.trimmed());
    if (changed.reviewState != old.reviewState)
        diff["review_state"] = toStd(reviewStateToString(changed.reviewState));
    if (diff.empty())
        return false;

    EvidenceItem next = old;
    next.title = title;
    next.kind = changed.kind;
    next.description = changed.description;
    next.author = changed.author;
    next.reviewer = changed.reviewer;
    next.effectiveDate = changed.effectiveDate;
    next.expiryDate = changed.expiryDate;
    next.systemVersion = changed.systemVersion.trimmed();
    next.reviewState = changed.reviewState;
    next.modified = m_store.clock().nowUtc();
    // The version the caller's copy was read at, so an edit based on a stale copy is refused as a conflict.
    if (changed.rowVersion)
        next.rowVersion = changed.rowVersion;

    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(EvidenceTable::update(*tx, next));
    VV_TRY(tx->audit(QStringLiteral("evidence.update"), Json{{"id", next.id}, {"changed", diff}}));
    VV_TRY(tx->commit());
    return true;
}

Status EvidenceLibrary::remove(qint64 id, bool purgeContent)
{
    VV_TRY(m_store.mayChange());
    auto it = item(id);
    if (!it)
        return it.error();
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(EvidenceTable::remove(*tx, id, purgeContent));
    VV_TRY(tx->audit(QStringLiteral("evidence.remove"),
                     Json{{"id", id}, {"sha256", toStd(it->sha256)}, {"purge_content", purgeContent}}));
    return tx->commit();
}

Result<bool> EvidenceLibrary::link(qint64 id, const QString &urn)
{
    VV_TRY(m_store.mayChange());
    VV_TRY(checkUrn(urn));
    VV_TRY(item(id));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    auto added = EvidenceTable::addLink(*tx, id, urn);
    if (!added)
        return added.error();
    if (!*added)
        return false; // rolled back: nothing changed
    VV_TRY(tx->audit(QStringLiteral("evidence.link"), Json{{"id", id}, {"urn", toStd(urn)}}));
    VV_TRY(tx->commit());
    return true;
}

Result<bool> EvidenceLibrary::unlink(qint64 id, const QString &urn)
{
    VV_TRY(m_store.mayChange());
    if (!isRequirementUrn(urn))
        return Error::input(tr("'%1' is not a requirement URN").arg(urn),
                            tr("A requirement URN looks like urn:veiviser:ai-act:art-10."));
    VV_TRY(item(id));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    auto removed = EvidenceTable::removeLink(*tx, id, urn);
    if (!removed)
        return removed.error();
    if (!*removed)
        return false;
    VV_TRY(tx->audit(QStringLiteral("evidence.unlink"), Json{{"id", id}, {"urn", toStd(urn)}}));
    VV_TRY(tx->commit());
    return true;
}

Result<QStringList> EvidenceLibrary::requirementsFor(qint64 id) const
{
    VV_TRY(item(id));
    return EvidenceTable::linksOf(m_store, id);
}

Result<std::vector<EvidenceStatus>> EvidenceLibrary::evidenceFor(const QString &urn, bool includeCrosswalk) const
{
    auto each = evidenceForEach({urn}, includeCrosswalk);
    if (!each)
        return each.error();
    return std::move((*each)[urn]);
}

Result<std::map<QString, std::vector<EvidenceStatus>>> EvidenceLibrary::evidenceForEach(const QStringList &urns,
                                                                                       bool includeCrosswalk) const
{
    auto all = statuses();
    if (!all)
        return all.error();
    // Items are oldest first; each requirement lists its own items first, then those of its crosswalk partners.
    std::map<QString, std::vector<const EvidenceStatus *>> linked;
    for (const EvidenceStatus &s : *all)
        for (const QString &urn : s.links)
            linked[urn].push_back(&s);
    std::map<QString, std::vector<EvidenceStatus>> out;
    for (const QString &urn : urns) {
        std::vector<EvidenceStatus> &list = out[urn];
        std::set<qint64> seen;
        const auto add = [&](const QString &through, const QString &partner) {
            for (const EvidenceStatus *s : linked[through]) {
                if (!seen.insert(s->item.id).second)
                    continue;
                list.push_back(*s);
                list.back().viaCrosswalk = partner;
            }
        };
        add(urn, QString());
        if (includeCrosswalk)
            for (const QString &partner : m_catalog->crosswalkPartners(urn))
                add(partner, partner);
    }
    return out;
}

Result<QStringList> EvidenceLibrary::crosswalkReuse(qint64 id) const
{
    auto links = requirementsFor(id);
    if (!links)
        return links.error();
    QStringList out;
    for (const QString &urn : *links) {
        for (const QString &partner : m_catalog->crosswalkPartners(urn)) {
            if (!links->contains(partner) && !out.contains(partner))
                out << partner;
        }
    }
    out.sort();
    return out;
}

Status EvidenceLibrary::confirmPii(qint64 id, const QString &reason)
{
    VV_TRY(m_store.mayChange()); // before any check on the item, so a sealed project says so first
    auto it = item(id);
    if (!it)
        return it.error();
    if (!isPiiFlagged(*it))
        return Error::input(tr("evidence item %1 has no identity numbers; there is nothing to confirm").arg(id));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::input(tr("a confirmation needs a reason"),
                            tr("Say why the item may be shared although it holds identity numbers."));
    if (why.size() > maxText)
        return Error::input(tr("the reason is longer than %1 characters").arg(maxText));
    EvidenceItem next = *it;
    next.piiClearedBy = m_store.actor();
    next.piiClearedAt = m_store.clock().nowUtc();
    next.piiClearReason = why;
    next.modified = next.piiClearedAt;
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(EvidenceTable::update(*tx, next));
    VV_TRY(tx->audit(QStringLiteral("evidence.pii_confirm"),
                     Json{{"id", id},
                          {"pii_findings", next.piiFindings},
                          {"reason", toStd(clipped(redactIdentityNumbers(why, today())))}}));
    return tx->commit();
}

Status EvidenceLibrary::exportTo(qint64 id, QIODevice &out, const CancellationToken *cancel,
                                 const ProgressSink &progress) const
{
    auto it = item(id);
    if (!it)
        return it.error();
    return m_store.readBlob(it->sha256, out, cancel, progress);
}

Result<QString> EvidenceLibrary::exportToFile(qint64 id, const QString &path, bool overwrite,
                                              const CancellationToken *cancel, const ProgressSink &progress) const
{
    auto it = item(id);
    if (!it)
        return it.error();
    QString target = path;
    if (QFileInfo(path).isDir())
        target = QDir(path).filePath(safeFileName(it->fileName, id));
    VV_TRY(checkOutputPath(target, overwrite ? ExistingFile::Replace : ExistingFile::Refuse));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error::input(tr("cannot write %1: %2").arg(target, file.errorString()),
                            tr("Check that the folder exists and is writable."));
    if (auto s = m_store.readBlob(it->sha256, file, cancel, progress); !s) {
        file.cancelWriting();
        return s.error();
    }
    if (!file.commit())
        return Error::runtime(tr("cannot write %1: %2").arg(target, file.errorString()),
                              tr("Check free disk space and permissions."));
    return target;
}

} // namespace vv::evidence
