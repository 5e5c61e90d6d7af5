#include "store/DeviationTable.h"

#include "core/Clock.h"
#include "core/Sha256.h"
#include "store/MonitoringTable.h"
#include "store/ProjectStore.h"
#include "store/RowVersion.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

namespace {

const VersionedRows versionedDeviations("deviations", "id", "updated_by", "updated_at");
const VersionedRows versionedIncidents("incidents", "id", "updated_by", "updated_at");

std::string textHash(const QString &text)
{
    return text.isEmpty() ? std::string() : toStd(Sha256::hex(text.toUtf8()));
}

Json linksJson(const std::vector<DeviationLink> &links)
{
    Json out = Json::array();
    for (const DeviationLink &l : links)
        out.push_back(Json{{"kind", toStd(l.kind)}, {"ref", toStd(l.ref)}});
    return out;
}

std::vector<DeviationLink> linksFrom(const QString &text)
{
    std::vector<DeviationLink> out;
    auto j = parseJson(text.toUtf8(), QStringLiteral("deviation links"));
    if (!j || !j->is_array())
        return out;
    for (const Json &l : *j)
        out.push_back({QString::fromStdString(l.value("kind", std::string())),
                       QString::fromStdString(l.value("ref", std::string()))});
    return out;
}

// The fields the audit records for a deviation: its state as values, its free texts as hashes.
Json auditPayload(qint64 id, const Deviation &d)
{
    return Json{{"id", id},
                {"severity", toStd(d.severity)},
                {"owner", toStd(d.owner)},
                {"title_sha256", textHash(d.title)},
                {"description_sha256", textHash(d.description)},
                {"assessment_sha256", textHash(d.assessment)},
                {"cause_sha256", textHash(d.cause)},
                {"corrective_action_sha256", textHash(d.correctiveAction)},
                {"closing_check_sha256", textHash(d.closingCheck)},
                {"links", linksJson(d.links)}};
}


QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QStringList DeviationTable::severities()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
}

Status DeviationTable::check(const Deviation &d) const
{
    if (d.title.trimmed().isEmpty())
        return Error::input(tr("a deviation needs a title saying what happened"));
    if (!severities().contains(d.severity))
        return Error::input(tr("the severity must be low, medium, high or critical, not '%1'").arg(d.severity));
    for (const QString *text :
         {&d.title, &d.description, &d.assessment, &d.cause, &d.correctiveAction, &d.closingCheck})
        if (text->toUtf8().size() > maxTextBytes)
            return Error::input(tr("a deviation's text is longer than %1 bytes").arg(maxTextBytes));
    for (const DeviationLink &l : d.links)
        if (l.kind != QStringLiteral("alarm") && l.kind != QStringLiteral("test_run") &&
            l.kind != QStringLiteral("evidence") && l.kind != QStringLiteral("hazard"))
            return Error::input(
                tr("a deviation links to an alarm, a test run, an evidence item or a hazard, not '%1'").arg(l.kind));
    for (const DeviationLink &l : d.links) {
        if (l.kind != QStringLiteral("hazard"))
            continue;
        auto n = sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM hazards WHERE ref = ?"), {l.ref});
        if (!n)
            return n.error();
        if (n->toLongLong() == 0)
            return Error::input(tr("there is no hazard %1 in the risk-management file").arg(l.ref),
                                tr("'hazard list' shows the hazards."));
    }
    return {};
}

Result<qint64> DeviationTable::open(const Deviation &d)
{
    VV_TRY(check(d));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QString now = isoUtc(m_store.clock().nowUtc());
    auto id = sql::insertReturningId(
        tx->database(),
        QStringLiteral("INSERT INTO deviations (title, description, severity, owner, assessment, cause, "
                       "corrective_action, closing_check, links, status, opened_at, opened_by, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"),
        {sql::notNull(d.title), sql::notNull(d.description), d.severity, sql::notNull(d.owner),
         sql::notNull(d.assessment), sql::notNull(d.cause), sql::notNull(d.correctiveAction),
         sql::notNull(d.closingCheck), QString::fromStdString(canonicalJson(linksJson(d.links))), now, m_store.actor(),
         now, m_store.actor()});
    if (!id)
        return id.error();
    VV_TRY(tx->audit(QStringLiteral("deviation.open"), auditPayload(*id, d)));
    // An alarm handled in a deviation is no longer open: the deviation is where it is followed up.
    for (const DeviationLink &l : d.links) {
        if (l.kind != QStringLiteral("alarm"))
            continue;
        const qsizetype colon = l.ref.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error::input(
                tr("an alarm link is WINDOW_START:METRIC, such as 2026-05-25:oe_ratio, not '%1'").arg(l.ref));
        VV_TRY(MonitoringTable::acknowledge(*tx, l.ref.left(colon), l.ref.mid(colon + 1),
                                            tr("Deviation %1: %2").arg(*id).arg(d.title)));
    }
    VV_TRY(tx->commit());
    return *id;
}

Status DeviationTable::save(const Deviation &d)
{
    VV_TRY(check(d));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(versionedDeviations.check(*tx, d.id, d.rowVersion, tr("deviation %1").arg(d.id)));
    auto stored = get(d.id);
    if (!stored)
        return stored.error();
    if (stored->closed)
        return Error::input(tr("deviation %1 is closed").arg(d.id), tr("Open a new deviation that refers to it."));
    VV_TRY(sql::exec(tx->database(),
                     QStringLiteral("UPDATE deviations SET title = ?, description = ?, severity = ?, owner = ?, "
                                    "assessment = ?, cause = ?, corrective_action = ?, closing_check = ?, links = ?, "
                                    "updated_at = ?, updated_by = ?, ") +
                         versionedDeviations.bump() + QStringLiteral(" WHERE id = ?"),
                     {sql::notNull(d.title), sql::notNull(d.description), d.severity, sql::notNull(d.owner),
                      sql::notNull(d.assessment), sql::notNull(d.cause), sql::notNull(d.correctiveAction),
                      sql::notNull(d.closingCheck), QString::fromStdString(canonicalJson(linksJson(d.links))),
                      isoUtc(m_store.clock().nowUtc()), m_store.actor(), d.id}));
    VV_TRY(tx->audit(QStringLiteral("deviation.update"), auditPayload(d.id, d)));
    return tx->commit();
}

Status DeviationTable::close(qint64 id, std::optional<qint64> expectedVersion)
{
    auto d = get(id);
    if (!d)
        return d.error();
    if (d->closed)
        return Error::input(tr("deviation %1 is already closed").arg(id));
    QStringList missing;
    if (d->assessment.trimmed().isEmpty())
        missing << tr("assessment");
    if (d->cause.trimmed().isEmpty())
        missing << tr("cause");
    if (d->correctiveAction.trimmed().isEmpty())
        missing << tr("corrective action");
    if (d->closingCheck.trimmed().isEmpty())
        missing << tr("closing check");
    if (!missing.isEmpty())
        return Error::input(tr("deviation %1 cannot be closed before its %2 is written")
                                .arg(id)
                                .arg(missing.join(QStringLiteral(", "))),
                            tr("The internal-control cycle asks what happened, why, what was corrected, and whether "
                               "the correction worked (forskrift om ledelse og kvalitetsforbedring §§ 6–9)."));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(versionedDeviations.check(*tx, id, expectedVersion, tr("deviation %1").arg(id)));
    const QString now = isoUtc(m_store.clock().nowUtc());
    VV_TRY(sql::exec(tx->database(),
                     QStringLiteral("UPDATE deviations SET status = 'closed', closed_at = ?, updated_at = ?, "
                                    "updated_by = ?, ") +
                         versionedDeviations.bump() + QStringLiteral(" WHERE id = ?"),
                     {now, now, m_store.actor(), id}));
    VV_TRY(tx->audit(QStringLiteral("deviation.close"), Json{{"id", id}}));
    return tx->commit();
}

Result<std::vector<Deviation>> DeviationTable::all() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT id, title, description, severity, owner, assessment, cause, "
                                      "corrective_action, closing_check, links, status, opened_at, opened_by, "
                                      "updated_at, updated_by, closed_at, row_version FROM deviations ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<Deviation> out;
    while (q->next()) {
        Deviation d;
        d.id = q->value(0).toLongLong();
        d.title = q->value(1).toString();
        d.description = q->value(2).toString();
        d.severity = q->value(3).toString();
        d.owner = q->value(4).toString();
        d.assessment = q->value(5).toString();
        d.cause = q->value(6).toString();
        d.correctiveAction = q->value(7).toString();
        d.closingCheck = q->value(8).toString();
        d.links = linksFrom(q->value(9).toString());
        d.closed = q->value(10).toString() == QStringLiteral("closed");
        d.openedAt = QDateTime::fromString(q->value(11).toString(), Qt::ISODateWithMs);
        d.openedBy = q->value(12).toString();
        d.updatedAt = QDateTime::fromString(q->value(13).toString(), Qt::ISODateWithMs);
        d.updatedBy = q->value(14).toString();
        d.closedAt = QDateTime::fromString(q->value(15).toString(), Qt::ISODateWithMs);
        d.rowVersion = q->value(16).toLongLong();
        out.push_back(d);
    }
    return out;
}

Result<Deviation> DeviationTable::get(qint64 id) const
{
    return rowById(all(), id,
                Error::input(tr("there is no deviation %1").arg(id), tr("'deviation list' shows the deviations.")));
}

Result<qint64> DeviationTable::addIncident(const Incident &incident)
{
    auto deviation = get(incident.deviationId);
    if (!deviation)
        return deviation.error();
    if (!incident.awareOn.isValid())
        return Error::input(tr("an incident needs the date the organisation became aware of it"),
                            tr("Give --aware YYYY-MM-DD: the reporting deadlines run from it."));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QString now = isoUtc(m_store.clock().nowUtc());
    auto id = sql::insertReturningId(
        tx->database(),
        QStringLiteral("INSERT INTO incidents (deviation_id, aware_on, facts, reports, notes, created_at, created_by, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {incident.deviationId, dateText(incident.awareOn), QString::fromStdString(canonicalJson(incident.facts)),
         QString::fromStdString(canonicalJson(incident.reports)), sql::notNull(incident.notes), now, m_store.actor(),
         now, m_store.actor()});
    if (!id)
        return id.error();
    VV_TRY(tx->audit(QStringLiteral("incident.add"),
                     Json{{"id", *id},
                          {"deviation", incident.deviationId},
                          {"aware_on", toStd(dateText(incident.awareOn))},
                          {"facts", incident.facts},
                          {"reports", incident.reports},
                          {"notes_sha256", textHash(incident.notes)}}));
    VV_TRY(tx->commit());
    return *id;
}

Status DeviationTable::saveIncident(const Incident &incident)
{
    if (!incident.awareOn.isValid())
        return Error::input(tr("an incident needs the date the organisation became aware of it"));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(versionedIncidents.check(*tx, incident.id, incident.rowVersion, tr("incident %1").arg(incident.id)));
    VV_TRY(sql::exec(tx->database(),
                     QStringLiteral("UPDATE incidents SET aware_on = ?, facts = ?, reports = ?, notes = ?, "
                                    "updated_at = ?, updated_by = ?, ") +
                         versionedIncidents.bump() + QStringLiteral(" WHERE id = ?"),
                     {dateText(incident.awareOn), QString::fromStdString(canonicalJson(incident.facts)),
                      QString::fromStdString(canonicalJson(incident.reports)), sql::notNull(incident.notes),
                      isoUtc(m_store.clock().nowUtc()), m_store.actor(), incident.id}));
    VV_TRY(tx->audit(QStringLiteral("incident.update"),
                     Json{{"id", incident.id},
                          {"aware_on", toStd(dateText(incident.awareOn))},
                          {"facts", incident.facts},
                          {"reports", incident.reports},
                          {"notes_sha256", textHash(incident.notes)}}));
    return tx->commit();
}

Result<std::vector<Incident>> DeviationTable::incidents() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT id, deviation_id, aware_on, facts, reports, notes, created_at, "
                                      "created_by, updated_at, updated_by, row_version FROM incidents ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<Incident> out;
    while (q->next()) {
        Incident i;
        i.id = q->value(0).toLongLong();
        i.deviationId = q->value(1).toLongLong();
        i.awareOn = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        auto facts = parseJson(q->value(3).toString().toUtf8(), tr("incident %1").arg(i.id));
        auto reports = parseJson(q->value(4).toString().toUtf8(), tr("incident %1").arg(i.id));
        if (!facts)
            return facts.error();
        if (!reports)
            return reports.error();
        i.facts = *facts;
        i.reports = *reports;
        i.notes = q->value(5).toString();
        i.createdAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
        i.createdBy = q->value(7).toString();
        i.updatedAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODateWithMs);
        i.updatedBy = q->value(9).toString();
        i.rowVersion = q->value(10).toLongLong();
        out.push_back(i);
    }
    return out;
}

Result<Incident> DeviationTable::incident(qint64 id) const
{
    return rowById(incidents(), id,
                Error::input(tr("there is no incident %1").arg(id), tr("'incident list' shows the incidents.")));
}

} // namespace vv
