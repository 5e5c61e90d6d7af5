#include "store/RiskTable.h"

#include "core/Clock.h"
#include "core/Sha256.h"
#include "store/DeviationTable.h"
#include "store/ProjectStore.h"
#include "store/RowVersion.h"
#include "store/Sql.h"
#include "store/Transaction.h"

namespace vv {

namespace {

const VersionedRows versionedHazards("hazards", "id", "updated_by", "updated_at");
const VersionedRows versionedControls("risk_controls", "id", "updated_by", "updated_at");

std::string textHash(const QString &text)
{
    return text.isEmpty() ? std::string() : toStd(Sha256::hex(text.toUtf8()));
}

QString listText(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(toStd(s));
    return QString::fromStdString(canonicalJson(out));
}

QStringList listFrom(const QVariant &text)
{
    QStringList out;
    auto j = parseJson(text.toString().toUtf8(), QStringLiteral("risk list"));
    if (j && j->is_array())
        for (const Json &v : *j)
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
    return out;
}

Json verificationsJson(const std::vector<Verification> &verifications)
{
    Json out = Json::array();
    for (const Verification &v : verifications)
        out.push_back(Json{{"kind", toStd(v.kind)}, {"ref", toStd(v.ref)}});
    return out;
}

std::vector<Verification> verificationsFrom(const QVariant &text)
{
    std::vector<Verification> out;
    auto j = parseJson(text.toString().toUtf8(), QStringLiteral("risk control verifications"));
    if (j && j->is_array())
        for (const Json &v : *j)
            if (v.is_object())
                out.push_back({QString::fromStdString(v.value("kind", std::string())),
                               QString::fromStdString(v.value("ref", std::string()))});
    return out;
}

QVariant optionalLevel(const std::optional<int> &level)
{
    return level ? QVariant(*level) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> levelFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

Json json(const std::optional<int> &level)
{
    return level ? Json(*level) : Json(nullptr);
}

Json hazardAudit(qint64 id, const Hazard &h)
{
    return Json{{"id", id},
                {"ref", toStd(h.ref)},
                {"category", toStd(h.category)},
                {"hazard_sha256", textHash(h.hazard)},
                {"situation_sha256", textHash(h.situation)},
                {"sequence_sha256", textHash(h.sequence)},
                {"harm_sha256", textHash(h.harm)},
                {"severity", h.severity},
                {"probability", h.probability},
                {"residual_severity", json(h.residualSeverity)},
                {"residual_probability", json(h.residualProbability)},
                {"requirements", Json::parse(toStd(listText(h.requirements)))}};
}

Json controlAudit(qint64 id, const RiskControl &c)
{
    return Json{{"id", id},
                {"hazard", c.hazardId},
                {"type", toStd(c.type)},
                {"description_sha256", textHash(c.description)},
                {"requirements", Json::parse(toStd(listText(c.requirements)))},
                {"verifications", verificationsJson(c.verifications)},
                {"new_hazards", Json::parse(toStd(listText(c.newHazards)))}};
}


} // namespace

QStringList RiskTable::controlTypes()
{
    return {QStringLiteral("inherent_safety"), QStringLiteral("protective_measure"),
            QStringLiteral("information_for_safety")};
}

QStringList RiskTable::verificationKinds()
{
    return {QStringLiteral("test_run"), QStringLiteral("evidence"), QStringLiteral("monitoring")};
}

Status RiskTable::check(const Hazard &h) const
{
    if (h.ref.trimmed().isEmpty() || h.ref.size() > 40)
        return Error::input(tr("a hazard needs a short reference of at most 40 characters, such as H-07"));
    if (h.hazard.trimmed().isEmpty() || h.harm.trimmed().isEmpty())
        return Error::input(tr("hazard %1 needs the hazard and the harm it can lead to").arg(h.ref),
                            tr("ISO 14971 5.4 identifies each hazard with its hazardous situation and harm."));
    for (const QString *text : {&h.hazard, &h.situation, &h.sequence, &h.harm, &h.category})
        if (text->toUtf8().size() > maxTextBytes)
            return Error::input(tr("a text of hazard %1 is longer than %2 bytes").arg(h.ref).arg(maxTextBytes));
    for (const int level : {h.severity, h.probability, h.residualSeverity.value_or(1), h.residualProbability.value_or(1)})
        if (level < 1 || level > maxLevel)
            return Error::input(tr("hazard %1 has a level outside 1–%2").arg(h.ref).arg(maxLevel));
    if (h.residualSeverity.has_value() != h.residualProbability.has_value())
        return Error::input(tr("hazard %1's residual risk needs both a severity and a probability").arg(h.ref));
    return {};
}

Status RiskTable::check(const RiskControl &c) const
{
    if (c.description.trimmed().isEmpty())
        return Error::input(tr("a risk control needs a description of the measure"));
    if (c.description.toUtf8().size() > maxTextBytes)
        return Error::input(tr("a risk control's description is longer than %1 bytes").arg(maxTextBytes));
    if (!controlTypes().contains(c.type))
        return Error::input(tr("a risk control is inherent_safety, protective_measure or information_for_safety, "
                               "not '%1'")
                                .arg(c.type),
                            tr("ISO 14971 7.1 names the three kinds in the order they are to be used."));
    for (const Verification &v : c.verifications)
        if (!verificationKinds().contains(v.kind) || v.ref.trimmed().isEmpty())
            return Error::input(tr("a control is verified by a test run, an evidence item or a monitoring metric, "
                                   "not '%1:%2'")
                                    .arg(v.kind, v.ref));
    return {};
}

Result<qint64> RiskTable::addHazard(const Hazard &h)
{
    VV_TRY(check(h));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    auto taken = sql::scalar(tx->database(), QStringLiteral("SELECT count(*) FROM hazards WHERE ref = ?"), {h.ref});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error::input(tr("there is already a hazard %1").arg(h.ref), tr("Give the new hazard another reference."));
    const QString now = isoUtc(m_store.clock().nowUtc());
    auto id = sql::insertReturningId(
        tx->database(),
        QStringLiteral("INSERT INTO hazards (ref, category, hazard, situation, sequence, harm, severity, probability, "
                       "residual_severity, residual_probability, requirements, created_at, created_by, updated_at, "
                       "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {h.ref, sql::notNull(h.category), h.hazard, sql::notNull(h.situation), sql::notNull(h.sequence), h.harm,
         h.severity, h.probability, optionalLevel(h.residualSeverity), optionalLevel(h.residualProbability),
         listText(h.requirements), now, m_store.actor(), now, m_store.actor()});
    if (!id)
        return id.error();
    VV_TRY(tx->audit(QStringLiteral("hazard.add"), hazardAudit(*id, h)));
    VV_TRY(tx->commit());
    return *id;
}

Status RiskTable::saveHazard(const Hazard &h)
{
    VV_TRY(check(h));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(versionedHazards.check(*tx, h.id, h.rowVersion, tr("hazard %1").arg(h.ref)));
    auto taken = sql::scalar(tx->database(), QStringLiteral("SELECT count(*) FROM hazards WHERE ref = ? AND id <> ?"),
                             {h.ref, h.id});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error::input(tr("there is already a hazard %1").arg(h.ref));
    auto q = sql::exec(tx->database(),
                       QStringLiteral("UPDATE hazards SET ref = ?, category = ?, hazard = ?, situation = ?, sequence = ?, "
                                      "harm = ?, severity = ?, probability = ?, residual_severity = ?, "
                                      "residual_probability = ?, requirements = ?, updated_at = ?, updated_by = ?, ") +
                           versionedHazards.bump() + QStringLiteral(" WHERE id = ?"),
                       {h.ref, sql::notNull(h.category), h.hazard, sql::notNull(h.situation), sql::notNull(h.sequence),
                        h.harm, h.severity, h.probability, optionalLevel(h.residualSeverity),
                        optionalLevel(h.residualProbability), listText(h.requirements),
                        isoUtc(m_store.clock().nowUtc()), m_store.actor(), h.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::input(tr("there is no hazard %1").arg(h.id));
    VV_TRY(tx->audit(QStringLiteral("hazard.update"), hazardAudit(h.id, h)));
    return tx->commit();
}

Status RiskTable::removeHazard(qint64 id, std::optional<qint64> expectedVersion)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(versionedHazards.check(*tx, id, expectedVersion, tr("hazard %1").arg(id)));
    auto controls = sql::scalar(tx->database(), QStringLiteral("SELECT count(*) FROM risk_controls WHERE hazard_id = ?"),
                                {id});
    if (!controls)
        return controls.error();
    if (controls->toLongLong() > 0)
        return Error::input(tr("hazard %1 still has risk controls").arg(id), tr("Remove its controls first."));
    // A deviation that points at the hazard (ISO 14971 clause 10) would be left pointing at nothing, and could not
    // be saved again; the link is taken away first, on purpose.
    auto ref = sql::scalar(tx->database(), QStringLiteral("SELECT ref FROM hazards WHERE id = ?"), {id});
    if (!ref)
        return ref.error();
    auto deviations = DeviationTable(m_store).all();
    if (!deviations)
        return deviations.error();
    const DeviationLink toThis{QStringLiteral("hazard"), ref->toString()};
    QStringList pointing;
    for (const Deviation &d : *deviations)
        if (std::find(d.links.begin(), d.links.end(), toThis) != d.links.end())
            pointing << QString::number(d.id);
    if (!pointing.isEmpty())
        return Error::input(tr("deviations %1 point at hazard %2").arg(pointing.join(QStringLiteral(", ")), toThis.ref),
                            tr("Point them at another hazard, or at none, first."));
    auto q = sql::exec(tx->database(), QStringLiteral("DELETE FROM hazards WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::input(tr("there is no hazard %1").arg(id));
    VV_TRY(tx->audit(QStringLiteral("hazard.remove"), Json{{"id", id}}));
    return tx->commit();
}

Result<std::vector<Hazard>> RiskTable::hazards() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT id, ref, category, hazard, situation, sequence, harm, severity, "
                                      "probability, residual_severity, residual_probability, requirements, updated_at, "
                                      "updated_by, row_version FROM hazards ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<Hazard> out;
    while (q->next()) {
        Hazard h;
        h.id = q->value(0).toLongLong();
        h.ref = q->value(1).toString();
        h.category = q->value(2).toString();
        h.hazard = q->value(3).toString();
        h.situation = q->value(4).toString();
        h.sequence = q->value(5).toString();
        h.harm = q->value(6).toString();
        h.severity = q->value(7).toInt();
        h.probability = q->value(8).toInt();
        h.residualSeverity = levelFrom(q->value(9));
        h.residualProbability = levelFrom(q->value(10));
        h.requirements = listFrom(q->value(11));
        h.updatedAt = QDateTime::fromString(q->value(12).toString(), Qt::ISODateWithMs);
        h.updatedBy = q->value(13).toString();
        h.rowVersion = q->value(14).toLongLong();
        out.push_back(h);
    }
    return out;
}

Result<Hazard> RiskTable::hazard(qint64 id) const
{
    return rowById(hazards(), id, Error::input(tr("there is no hazard %1").arg(id), tr("'hazard list' shows them.")));
}

Result<Hazard> RiskTable::hazardByRef(const QString &ref) const
{
    auto all = hazards();
    if (!all)
        return all.error();
    for (const Hazard &h : *all)
        if (h.ref == ref || QString::number(h.id) == ref)
            return h;
    return Error::input(tr("there is no hazard %1").arg(ref), tr("'hazard list' shows them."));
}

Result<qint64> RiskTable::addControl(const RiskControl &c)
{
    VV_TRY(check(c));
    VV_TRY(hazard(c.hazardId));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QString now = isoUtc(m_store.clock().nowUtc());
    auto id = sql::insertReturningId(
        tx->database(),
        QStringLiteral("INSERT INTO risk_controls (hazard_id, type, description, requirements, verifications, "
                       "new_hazards, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {c.hazardId, c.type, c.description, listText(c.requirements),
         QString::fromStdString(canonicalJson(verificationsJson(c.verifications))), listText(c.newHazards), now,
         m_store.actor(), now, m_store.actor()});
    if (!id)
        return id.error();
    VV_TRY(tx->audit(QStringLiteral("risk_control.add"), controlAudit(*id, c)));
    VV_TRY(tx->commit());
    return *id;
}

Status RiskTable::saveControl(const RiskControl &c)
{
    VV_TRY(check(c));
    VV_TRY(hazard(c.hazardId));
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(versionedControls.check(*tx, c.id, c.rowVersion, tr("risk control %1").arg(c.id)));
    auto q = sql::exec(tx->database(),
                       QStringLiteral("UPDATE risk_controls SET hazard_id = ?, type = ?, description = ?, "
                                      "requirements = ?, verifications = ?, new_hazards = ?, updated_at = ?, "
                                      "updated_by = ?, ") +
                           versionedControls.bump() + QStringLiteral(" WHERE id = ?"),
                       {c.hazardId, c.type, c.description, listText(c.requirements),
                        QString::fromStdString(canonicalJson(verificationsJson(c.verifications))),
                        listText(c.newHazards), isoUtc(m_store.clock().nowUtc()), m_store.actor(), c.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::input(tr("there is no risk control %1").arg(c.id));
    VV_TRY(tx->audit(QStringLiteral("risk_control.update"), controlAudit(c.id, c)));
    return tx->commit();
}

Status RiskTable::removeControl(qint64 id, std::optional<qint64> expectedVersion)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(versionedControls.check(*tx, id, expectedVersion, tr("risk control %1").arg(id)));
    auto q = sql::exec(tx->database(), QStringLiteral("DELETE FROM risk_controls WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::input(tr("there is no risk control %1").arg(id));
    VV_TRY(tx->audit(QStringLiteral("risk_control.remove"), Json{{"id", id}}));
    return tx->commit();
}

Result<std::vector<RiskControl>> RiskTable::controls() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT id, hazard_id, type, description, requirements, verifications, "
                                      "new_hazards, updated_at, updated_by, row_version FROM risk_controls ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<RiskControl> out;
    while (q->next()) {
        RiskControl c;
        c.id = q->value(0).toLongLong();
        c.hazardId = q->value(1).toLongLong();
        c.type = q->value(2).toString();
        c.description = q->value(3).toString();
        c.requirements = listFrom(q->value(4));
        c.verifications = verificationsFrom(q->value(5));
        c.newHazards = listFrom(q->value(6));
        c.updatedAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
        c.updatedBy = q->value(8).toString();
        c.rowVersion = q->value(9).toLongLong();
        out.push_back(c);
    }
    return out;
}

Result<RiskControl> RiskTable::control(qint64 id) const
{
    return rowById(controls(), id,
                Error::input(tr("there is no risk control %1").arg(id), tr("'hazard show' lists a hazard's controls.")));
}

Result<int> RiskTable::storeMatrix(const Json &definition)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QString text = QString::fromStdString(canonicalJson(definition));
    auto version = sql::insertReturningId(
        tx->database(),
        QStringLiteral("INSERT INTO risk_matrices (definition, created_at, created_by) VALUES (?, ?, ?)"),
        {text, isoUtc(m_store.clock().nowUtc()), m_store.actor()});
    if (!version)
        return version.error();
    VV_TRY(tx->audit(QStringLiteral("risk_matrix.store"),
                     Json{{"version", *version}, {"definition_sha256", textHash(text)}}));
    VV_TRY(tx->commit());
    return int(*version);
}

Result<Json> RiskTable::matrix() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT definition FROM risk_matrices ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Json(nullptr);
    return parseJson(q->value(0).toString().toUtf8(), tr("the project's risk matrix"));
}

Result<int> RiskTable::storeChangePlan(const QByteArray &yaml, const Json &plan)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    auto version = sql::insertReturningId(
        tx->database(),
        QStringLiteral("INSERT INTO change_plans (yaml, plan, created_at, created_by) VALUES (?, ?, ?, ?)"),
        {QString::fromUtf8(yaml), QString::fromStdString(canonicalJson(plan)), isoUtc(m_store.clock().nowUtc()),
         m_store.actor()});
    if (!version)
        return version.error();
    VV_TRY(tx->audit(QStringLiteral("change_plan.store"),
                     Json{{"version", *version}, {"yaml_sha256", toStd(Sha256::hex(yaml))}}));
    VV_TRY(tx->commit());
    return int(*version);
}

Result<std::optional<StoredChangePlan>> RiskTable::changePlan() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT id, yaml, plan, created_at, created_by FROM change_plans ORDER BY id "
                                      "DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredChangePlan>();
    StoredChangePlan p;
    p.version = q->value(0).toInt();
    p.yaml = q->value(1).toString().toUtf8();
    auto plan = parseJson(q->value(2).toString().toUtf8(), tr("change plan %1").arg(p.version));
    if (!plan)
        return plan.error();
    p.plan = *plan;
    p.createdAt = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
    p.createdBy = q->value(4).toString();
    return std::optional<StoredChangePlan>(p);
}

Result<qint64> RiskTable::recordCheck(const ChangeCheck &c)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    const QString now = isoUtc(m_store.clock().nowUtc());
    auto id = sql::insertReturningId(
        tx->database(),
        QStringLiteral("INSERT INTO change_checks (plan_version, modification, test_run_id, verdict, result, "
                       "evidence_id, checked_at, checked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.planVersion, c.modification, c.testRunId, c.verdict, QString::fromStdString(canonicalJson(c.result)),
         c.evidenceId ? QVariant(*c.evidenceId) : QVariant(QMetaType::fromType<qint64>()), now, m_store.actor()});
    if (!id)
        return id.error();
    VV_TRY(tx->audit(QStringLiteral("change_plan.check"), Json{{"id", *id},
                                                              {"plan_version", c.planVersion},
                                                              {"modification", toStd(c.modification)},
                                                              {"test_run", c.testRunId},
                                                              {"verdict", toStd(c.verdict)},
                                                              {"result", c.result}}));
    VV_TRY(tx->commit());
    return *id;
}

Status RiskTable::setCheckEvidence(qint64 checkId, qint64 evidenceId)
{
    auto tx = m_store.begin();
    if (!tx)
        return tx.error();
    VV_TRY(sql::exec(tx->database(), QStringLiteral("UPDATE change_checks SET evidence_id = ? WHERE id = ?"),
                     {evidenceId, checkId}));
    VV_TRY(tx->audit(QStringLiteral("change_plan.check_evidence"), Json{{"id", checkId}, {"evidence", evidenceId}}));
    return tx->commit();
}

Result<std::vector<ChangeCheck>> RiskTable::checks() const
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT id, plan_version, modification, test_run_id, verdict, result, "
                                      "evidence_id, checked_at, checked_by FROM change_checks ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<ChangeCheck> out;
    while (q->next()) {
        ChangeCheck c;
        c.id = q->value(0).toLongLong();
        c.planVersion = q->value(1).toInt();
        c.modification = q->value(2).toString();
        c.testRunId = q->value(3).toLongLong();
        c.verdict = q->value(4).toString();
        auto result = parseJson(q->value(5).toString().toUtf8(), tr("change check %1").arg(c.id));
        if (!result)
            return result.error();
        c.result = *result;
        if (!q->value(6).isNull())
            c.evidenceId = q->value(6).toLongLong();
        c.checkedAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
        c.checkedBy = q->value(8).toString();
        out.push_back(c);
    }
    return out;
}

} // namespace vv
