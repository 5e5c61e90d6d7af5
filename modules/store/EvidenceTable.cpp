#include "store/EvidenceTable.h"

#include "store/RowVersion.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

static const VersionedRows versionedEvidence("evidence", "id", "modified_by", "modified");

namespace {

constexpr std::pair<EvidenceKind, const char *> kindNames[] = {
    {EvidenceKind::Report, "report"},
    {EvidenceKind::DatasetDescription, "dataset_description"},
    {EvidenceKind::RiskAnalysis, "risk_analysis"},
    {EvidenceKind::TestResult, "test_result"},
    {EvidenceKind::Log, "log"},
    {EvidenceKind::Configuration, "configuration"},
    {EvidenceKind::Declaration, "declaration"},
    {EvidenceKind::Other, "other"},
};

constexpr std::pair<ReviewState, const char *> stateNames[] = {
    {ReviewState::Draft, "draft"},
    {ReviewState::Submitted, "submitted"},
    {ReviewState::InReview, "in_review"},
    {ReviewState::Approved, "approved"},
};

template <typename E, std::size_t N>
QString nameOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(table[N - 1].second);
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char *> (&table)[N], const QString &text)
{
    for (const auto &[v, name] : table) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// QtSql binds a null QString as NULL; the NOT NULL text columns take an empty string instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

const QString columns = QStringLiteral(
    "id, blob_sha256, size, title, kind, description, author, reviewer, effective_date, expiry_date, "
    "system_version, source_kind, source, file_name, media_type, review_state, created, modified, pii_scanned, "
    "pii_findings, pii_report, pii_cleared_by, pii_cleared_at, pii_clear_reason, modified_by, row_version");

EvidenceItem itemFrom(const QSqlQuery &q)
{
    EvidenceItem e;
    e.id = q.value(0).toLongLong();
    e.sha256 = q.value(1).toString();
    e.size = q.value(2).toLongLong();
    e.title = q.value(3).toString();
    e.kind = evidenceKindFromString(q.value(4).toString()).value_or(EvidenceKind::Other);
    e.description = q.value(5).toString();
    e.author = q.value(6).toString();
    e.reviewer = q.value(7).toString();
    e.effectiveDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    e.expiryDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.systemVersion = q.value(10).toString();
    e.sourceKind = evidenceSourceFromString(q.value(11).toString()).value_or(EvidenceSource::File);
    e.source = q.value(12).toString();
    e.fileName = q.value(13).toString();
    e.mediaType = q.value(14).toString();
    e.reviewState = reviewStateFromString(q.value(15).toString()).value_or(ReviewState::Draft);
    e.created = timeFrom(q.value(16));
    e.modified = timeFrom(q.value(17));
    e.piiScanned = q.value(18).toInt() != 0;
    e.piiFindings = q.value(19).toLongLong();
    auto report = parseJson(q.value(20).toString().toUtf8(), QStringLiteral("evidence.pii_report"));
    e.piiReport = report && report->is_object() ? *report : Json::object();
    e.piiClearedBy = q.value(21).toString();
    e.piiClearedAt = timeFrom(q.value(22));
    e.piiClearReason = q.value(23).toString();
    e.modifiedBy = q.value(24).toString();
    e.rowVersion = q.value(25).toLongLong();
    return e;
}

Result<std::vector<EvidenceItem>> select(const ProjectStore &store, const QString &where, const QVariantList &binds)
{
    auto q = sql::exec(store.database(), QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM evidence ") + where,
                       binds);
    if (!q)
        return q.error();
    std::vector<EvidenceItem> out;
    while (q->next())
        out.push_back(itemFrom(*q));
    return out;
}

Result<std::optional<EvidenceItem>> selectOne(const ProjectStore &store, const QString &where, const QVariantList &binds)
{
    auto items = select(store, where, binds);
    if (!items)
        return items.error();
    if (items->empty())
        return std::optional<EvidenceItem>();
    return std::optional<EvidenceItem>(std::move(items->front()));
}

} // namespace

QString evidenceKindToString(EvidenceKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<EvidenceKind> evidenceKindFromString(const QString &text)
{
    return valueOf(kindNames, text);
}

const std::vector<EvidenceKind> &allEvidenceKinds()
{
    static const std::vector<EvidenceKind> all = [] {
        std::vector<EvidenceKind> v;
        for (const auto &[kind, name] : kindNames)
            v.push_back(kind);
        return v;
    }();
    return all;
}

QString reviewStateToString(ReviewState state)
{
    return nameOf(stateNames, state);
}

std::optional<ReviewState> reviewStateFromString(const QString &text)
{
    return valueOf(stateNames, text);
}

const std::vector<ReviewState> &allReviewStates()
{
    static const std::vector<ReviewState> all = [] {
        std::vector<ReviewState> v;
        for (const auto &[state, name] : stateNames)
            v.push_back(state);
        return v;
    }();
    return all;
}

QString evidenceSourceToString(EvidenceSource source)
{
    return source == EvidenceSource::TestRun ? QStringLiteral("test_run") : QStringLiteral("file");
}

std::optional<EvidenceSource> evidenceSourceFromString(const QString &text)
{
    if (text == QStringLiteral("file"))
        return EvidenceSource::File;
    if (text == QStringLiteral("test_run"))
        return EvidenceSource::TestRun;
    return std::nullopt;
}

Result<qint64> EvidenceTable::insert(Transaction &tx, const EvidenceItem &e)
{
    VV_TRY(tx.store().require(MemberRole::Editor, QCoreApplication::translate("vv::ProjectStore", "add evidence")));
    return sql::insertReturningId(
        tx.database(),
        QStringLiteral("INSERT INTO evidence (blob_sha256, size, title, kind, description, author, reviewer, "
                       "effective_date, expiry_date, system_version, source_kind, source, file_name, media_type, "
                       "review_state, created, modified, pii_scanned, pii_findings, pii_report, pii_cleared_by, "
                       "pii_cleared_at, pii_clear_reason, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.sha256, e.size, text(e.title), evidenceKindToString(e.kind), text(e.description), text(e.author),
         text(e.reviewer), dateValue(e.effectiveDate), dateValue(e.expiryDate), text(e.systemVersion),
         evidenceSourceToString(e.sourceKind), text(e.source), text(e.fileName), text(e.mediaType), reviewStateToString(e.reviewState), isoUtc(e.created), isoUtc(e.modified),
         e.piiScanned ? 1 : 0, e.piiFindings, QString::fromUtf8(canonicalJsonBytes(e.piiReport)),
         textOrNull(e.piiClearedBy), e.piiClearedAt.isValid() ? QVariant(isoUtc(e.piiClearedAt)) : textOrNull({}),
         textOrNull(e.piiClearReason), tx.store().actor()});
}

Status EvidenceTable::update(Transaction &tx, const EvidenceItem &e)
{
    // Reviewers move items through review; what an item says stays the editors' (checked below).
    VV_TRY(tx.store().require(MemberRole::Reviewer, QCoreApplication::translate("vv::ProjectStore", "change evidence")));
    VV_TRY(versionedEvidence.check(tx, e.id, e.rowVersion,
                                   QCoreApplication::translate("vv::ProjectStore", "evidence item %1").arg(e.id)));
    if (tx.store().memberRole() == MemberRole::Reviewer) {
        auto stored = find(tx.store(), e.id);
        if (!stored)
            return stored.error();
        if (*stored) {
            EvidenceItem same = **stored;
            same.reviewState = e.reviewState;
            same.reviewer = e.reviewer;
            if (same.title != e.title || same.kind != e.kind || same.description != e.description ||
                same.author != e.author || same.effectiveDate != e.effectiveDate || same.expiryDate != e.expiryDate ||
                same.systemVersion != e.systemVersion || same.piiClearedBy != e.piiClearedBy ||
                same.piiClearReason != e.piiClearReason)
                return Error::input(QCoreApplication::translate("vv::ProjectStore",
                                                                "as a reviewer you may change only the review state "
                                                                "and reviewer of evidence item %1").arg(e.id),
                                    QCoreApplication::translate("vv::ProjectStore",
                                                                "Ask an editor to change the rest."));
        }
    }
    auto q = sql::exec(
        tx.database(),
        QStringLiteral("UPDATE evidence SET title = ?, kind = ?, description = ?, author = ?, reviewer = ?, "
                       "effective_date = ?, expiry_date = ?, system_version = ?, review_state = ?, modified = ?, "
                       "pii_cleared_by = ?, pii_cleared_at = ?, pii_clear_reason = ?, modified_by = ?, ") +
            versionedEvidence.bump() + QStringLiteral(" WHERE id = ?"),
        {text(e.title), evidenceKindToString(e.kind), text(e.description), text(e.author), text(e.reviewer),
         dateValue(e.effectiveDate), dateValue(e.expiryDate), text(e.systemVersion), reviewStateToString(e.reviewState), isoUtc(e.modified),
         textOrNull(e.piiClearedBy), e.piiClearedAt.isValid() ? QVariant(isoUtc(e.piiClearedAt)) : textOrNull({}),
         textOrNull(e.piiClearReason), tx.store().actor(), e.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::input(QCoreApplication::translate("vv::ProjectStore", "there is no evidence item %1").arg(e.id));
    return {};
}

Status EvidenceTable::remove(Transaction &tx, qint64 id, bool purgeContent)
{
    VV_TRY(tx.store().require(MemberRole::Editor, QCoreApplication::translate("vv::ProjectStore", "remove evidence")));
    const QSqlDatabase &db = tx.database();
    auto sha = sql::exec(db, QStringLiteral("SELECT blob_sha256 FROM evidence WHERE id = ?"), {id});
    if (!sha)
        return sha.error();
    if (!sha->next())
        return Error::input(QCoreApplication::translate("vv::ProjectStore", "there is no evidence item %1").arg(id));
    const QString hash = sha->value(0).toString();
    VV_TRY(sql::exec(db, QStringLiteral("DELETE FROM evidence_links WHERE evidence_id = ?"), {id}));
    VV_TRY(sql::exec(db, QStringLiteral("DELETE FROM evidence WHERE id = ?"), {id}));
    if (!purgeContent)
        return {};
    auto others = sql::scalar(db, QStringLiteral("SELECT count(*) FROM evidence WHERE blob_sha256 = ?"), {hash});
    if (!others)
        return others.error();
    if (others->toLongLong() > 0)
        return {};
    // secure_delete overwrites freed pages with zeros, so purged personal data does not linger in the file.
    // (PostgreSQL reclaims deleted rows with VACUUM, which is the server administrator's.)
    const bool sqlite = sql::dialectOf(db) == sql::Dialect::SQLite;
    if (sqlite)
        VV_TRY(sql::exec(db, QStringLiteral("PRAGMA secure_delete = ON")));
    auto cleared = [&]() -> Status {
        VV_TRY(sql::exec(db, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id IN "
                                            "(SELECT id FROM blobs WHERE sha256 = ?)"), {hash}));
        VV_TRY(sql::exec(db, QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"), {hash}));
        return {};
    }();
    if (sqlite)
        (void)sql::exec(db, QStringLiteral("PRAGMA secure_delete = OFF"));
    return cleared;
}

Result<std::optional<EvidenceItem>> EvidenceTable::find(const ProjectStore &store, qint64 id)
{
    return selectOne(store, QStringLiteral("WHERE id = ?"), {id});
}

Result<std::optional<EvidenceItem>> EvidenceTable::findBySha256(const ProjectStore &store, const QString &sha256)
{
    return selectOne(store, QStringLiteral("WHERE blob_sha256 = ? ORDER BY id LIMIT 1"), {sha256});
}

Result<std::vector<EvidenceItem>> EvidenceTable::list(const ProjectStore &store)
{
    return select(store, QStringLiteral("ORDER BY id"), {});
}

Result<qint64> EvidenceTable::count(const ProjectStore &store)
{
    auto n = sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM evidence"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<bool> EvidenceTable::addLink(Transaction &tx, qint64 id, const QString &urn)
{
    VV_TRY(tx.store().require(MemberRole::Editor, QCoreApplication::translate("vv::ProjectStore", "link evidence")));
    auto exists = sql::scalar(tx.database(),
                              QStringLiteral("SELECT count(*) FROM evidence_links WHERE evidence_id = ? AND urn = ?"),
                              {id, urn});
    if (!exists)
        return exists.error();
    if (exists->toLongLong() > 0)
        return false;
    auto q = sql::exec(tx.database(),
                       QStringLiteral("INSERT INTO evidence_links (evidence_id, urn, created) VALUES (?, ?, ?)"),
                       {id, urn, isoUtc(tx.store().clock().nowUtc())});
    if (!q)
        return q.error();
    return true;
}

Result<bool> EvidenceTable::removeLink(Transaction &tx, qint64 id, const QString &urn)
{
    VV_TRY(tx.store().require(MemberRole::Editor, QCoreApplication::translate("vv::ProjectStore", "link evidence")));
    auto q = sql::exec(tx.database(), QStringLiteral("DELETE FROM evidence_links WHERE evidence_id = ? AND urn = ?"),
                       {id, urn});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<QStringList> EvidenceTable::linksOf(const ProjectStore &store, qint64 id)
{
    auto q = sql::exec(store.database(),
                       QStringLiteral("SELECT urn FROM evidence_links WHERE evidence_id = ? ORDER BY urn"), {id});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<std::vector<qint64>> EvidenceTable::itemsLinkedTo(const ProjectStore &store, const QString &urn)
{
    auto q = sql::exec(store.database(),
                       QStringLiteral("SELECT evidence_id FROM evidence_links WHERE urn = ? ORDER BY evidence_id"),
                       {urn});
    if (!q)
        return q.error();
    std::vector<qint64> out;
    while (q->next())
        out.push_back(q->value(0).toLongLong());
    return out;
}

Result<QMap<qint64, QStringList>> EvidenceTable::allLinks(const ProjectStore &store)
{
    auto q = sql::exec(store.database(),
                       QStringLiteral("SELECT evidence_id, urn FROM evidence_links ORDER BY evidence_id, urn"));
    if (!q)
        return q.error();
    QMap<qint64, QStringList> out;
    while (q->next())
        out[q->value(0).toLongLong()] << q->value(1).toString();
    return out;
}

} // namespace vv
