#include "store/AuditReplay.h"

#include "core/Sha256.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"

namespace vv::audit {

namespace {

QString text(const Json &payload, const char *key)
{
    const auto it = payload.find(key);
    if (it == payload.end() || it->is_null())
        return {};
    return it->is_string() ? fromStd(it->get<std::string>()) : fromStd(it->dump());
}

qint64 number(const Json &payload, const char *key)
{
    const auto it = payload.find(key);
    return it != payload.end() && it->is_number_integer() ? it->get<qint64>() : 0;
}

// The payload's keys that are present, under the names of the columns they describe.
std::map<QString, QString> recorded(const Json &payload, std::initializer_list<std::pair<const char *, const char *>> keys)
{
    std::map<QString, QString> out;
    for (const auto &[key, column] : keys)
        if (payload.contains(key))
            out[QString::fromLatin1(column)] = text(payload, key);
    return out;
}

QString sha256Of(const QString &value)
{
    return Sha256::hex(value.toUtf8());
}

QString differs(const QString &table, const QString &row, const QString &what)
{
    return ProjectStore::tr("%1, row %2: %3 differs from what the audit chain recorded").arg(table, row, what);
}

QString missing(const QString &table, const QString &row)
{
    return ProjectStore::tr("%1, row %2: the audit chain recorded it, but the table does not hold it").arg(table, row);
}

QString unrecorded(const QString &table, const QString &row)
{
    return ProjectStore::tr("%1, row %2: the table holds it, but the audit chain never recorded it").arg(table, row);
}

/// Walks a table's rows (keyed by their first column) against the replayed rows, both in key order.
template <typename Map, typename Check>
Result<std::optional<QString>> compareRows(const QSqlDatabase &db, const QString &table, const QString &select,
                                           const Map &replayed, Check check)
{
    auto q = sql::exec(db, select);
    if (!q)
        return q.error();
    std::set<typename Map::key_type> seen;
    while (q->next()) {
        const auto key = q->value(0).value<typename Map::key_type>();
        const QString row = q->value(0).toString();
        const auto it = replayed.find(key);
        if (it == replayed.end())
            return std::optional<QString>(unrecorded(table, row));
        seen.insert(key);
        if (const QString column = check(*q, it->second); !column.isEmpty())
            return std::optional<QString>(differs(table, row, column));
    }
    for (const auto &entry : replayed)
        if (!seen.count(entry.first))
            return std::optional<QString>(missing(table, QVariant::fromValue(entry.first).toString()));
    return std::optional<QString>();
}

} // namespace

void Replay::apply(const QString &action, const Json &p)
{
    if (action == QStringLiteral("project.create") || action == QStringLiteral("project.update")) {
        m_project = recorded(p, {{"name", "name"}, {"system_version", "system_version"}, {"role", "role"}});
    } else if (action == QStringLiteral("answer.set")) {
        const auto value = p.find("value");
        m_answers[text(p, "fact")] = Answer{value == p.end() ? QString() : fromStd(canonicalJson(*value)),
                                            text(p, "pack"), text(p, "version")};
    } else if (action == QStringLiteral("answer.remove")) {
        m_answers.erase(text(p, "fact"));
    } else if (action == QStringLiteral("answer.confirm")) {
        if (auto it = m_answers.find(text(p, "fact")); it != m_answers.end())
            it->second.version = text(p, "version");
    } else if (action == QStringLiteral("requirement.state")) {
        m_states[text(p, "urn")] = recorded(p, {{"status", "status"}, {"justification", "justification"},
                                                {"owner", "owner"}, {"due_date", "due_date"},
                                                {"notes_sha256", "notes"}, {"pack", "pack_id"},
                                                {"version", "pack_version"}});
    } else if (action == QStringLiteral("requirement.confirm")) {
        if (auto it = m_states.find(text(p, "urn")); it != m_states.end())
            it->second[QStringLiteral("pack_version")] = text(p, "version");
    } else if (action == QStringLiteral("document.detail")) {
        // Entries written before details had two languages name none: those texts became the Bokmål ones.
        const QString lang = p.contains("lang") ? text(p, "lang") : QStringLiteral("nb");
        const QString key = text(p, "key");
        if (const QString sha = text(p, "value_sha256"); !sha.isEmpty())
            m_details[key][lang] = sha;
        else if (auto it = m_details.find(key); it != m_details.end()) {
            it->second.erase(lang);
            if (it->second.empty())
                m_details.erase(it);
        }
    } else if (action == QStringLiteral("member.role")) {
        m_members[text(p, "member")] = text(p, "role");
    } else if (action == QStringLiteral("evidence.import")) {
        m_evidence[number(p, "id")] = Evidence{text(p, "sha256"), text(p, "kind"), QStringLiteral("draft")};
    } else if (action == QStringLiteral("evidence.update")) {
        if (auto it = m_evidence.find(number(p, "id")); it != m_evidence.end()) {
            const Json changed = p.value("changed", Json::object());
            if (changed.contains("kind"))
                it->second.kind = text(changed, "kind");
            if (changed.contains("review_state"))
                it->second.reviewState = text(changed, "review_state");
        }
    } else if (action == QStringLiteral("evidence.remove")) {
        const qint64 id = number(p, "id");
        m_evidence.erase(id);
        for (auto it = m_links.begin(); it != m_links.end();)
            it = it->first == id ? m_links.erase(it) : std::next(it);
    } else if (action == QStringLiteral("evidence.link")) {
        m_links.insert({number(p, "id"), text(p, "urn")});
    } else if (action == QStringLiteral("evidence.unlink")) {
        m_links.erase({number(p, "id"), text(p, "urn")});
    } else if (action == QStringLiteral("review.open")) {
        m_evidenceFromPackage = true;
    }
}

Result<std::optional<QString>> Replay::compare(const QSqlDatabase &db) const
{
    using Found = std::optional<QString>;
    auto project = sql::exec(db, QStringLiteral("SELECT name, system_version, role FROM project WHERE id = 1"));
    if (!project)
        return project.error();
    const QString projectTable = QStringLiteral("project");
    if (project->next() != m_project.has_value())
        return Found(m_project ? missing(projectTable, QStringLiteral("1")) : unrecorded(projectTable, QStringLiteral("1")));
    if (m_project) {
        const QString stored[] = {project->value(0).toString(), project->value(1).toString(),
                                  project->value(2).toString()};
        const char *const names[] = {"name", "system_version", "role"};
        for (int i = 0; i < 3; ++i) {
            const auto it = m_project->find(QString::fromLatin1(names[i]));
            if (it != m_project->end() && it->second != stored[i])
                return Found(differs(projectTable, QStringLiteral("1"), it->first));
        }
    }

    auto answers = compareRows(db, QStringLiteral("answers"),
                               QStringLiteral("SELECT fact_id, value, pack_id, pack_version FROM answers ORDER BY fact_id"),
                               m_answers, [](const QSqlQuery &q, const Answer &a) -> QString {
                                   // Stored as canonical JSON text; compared as values, so spacing cannot differ.
                                   auto stored = parseJson(q.value(1).toString().toUtf8(), QStringLiteral("answers"));
                                   if (!stored || fromStd(canonicalJson(*stored)) != a.value)
                                       return QStringLiteral("value");
                                   if (q.value(2).toString() != a.pack)
                                       return QStringLiteral("pack_id");
                                   if (q.value(3).toString() != a.version)
                                       return QStringLiteral("pack_version");
                                   return {};
                               });
    if (!answers || *answers)
        return answers;

    auto states = compareRows(
        db, QStringLiteral("requirement_states"),
        QStringLiteral("SELECT urn, status, justification, owner, due_date, notes, pack_id, pack_version "
                       "FROM requirement_states ORDER BY urn"),
        m_states, [](const QSqlQuery &q, const Columns &recorded) -> QString {
            static const char *const names[] = {"", "status", "justification", "owner", "due_date", "notes",
                                                "pack_id", "pack_version"};
            for (int column = 1; column < 8; ++column) {
                const auto it = recorded.find(QString::fromLatin1(names[column]));
                if (it == recorded.end())
                    continue;
                // Notes are free text: the entry holds their hash.
                const QString stored = column == 5 ? sha256Of(q.value(column).toString()) : q.value(column).toString();
                if (stored != it->second)
                    return it->first;
            }
            return {};
        });
    if (!states || *states)
        return states;

    auto details = compareRows(
        db, QStringLiteral("document_details"),
        QStringLiteral("SELECT detail_key, value_nb, value_en FROM document_details ORDER BY detail_key"), m_details,
        [](const QSqlQuery &q, const Columns &recorded) -> QString {
            static const char *const langs[] = {"", "nb", "en"};
            for (int column = 1; column < 3; ++column) {
                const QString stored = q.value(column).toString();
                const auto it = recorded.find(QString::fromLatin1(langs[column]));
                const QString sha = it == recorded.end() ? QString() : it->second;
                // An empty text is no text: the chain recorded its removal, or never recorded it.
                if (stored.isEmpty() ? !sha.isEmpty() : sha256Of(stored) != sha)
                    return QStringLiteral("value_") + QString::fromLatin1(langs[column]);
            }
            return {};
        });
    if (!details || *details)
        return details;

    auto members = compareRows(db, QStringLiteral("members"),
                               QStringLiteral("SELECT actor, role FROM members ORDER BY actor"), m_members,
                               [](const QSqlQuery &q, const QString &role) -> QString {
                                   return q.value(1).toString() == role ? QString() : QStringLiteral("role");
                               });
    if (!members || *members)
        return members;

    if (m_evidenceFromPackage)
        return Found();
    auto evidence = compareRows(
        db, QStringLiteral("evidence"),
        QStringLiteral("SELECT id, blob_sha256, kind, review_state FROM evidence ORDER BY id"), m_evidence,
        [](const QSqlQuery &q, const Evidence &e) -> QString {
            if (q.value(1).toString() != e.sha256)
                return QStringLiteral("blob_sha256");
            if (q.value(2).toString() != e.kind)
                return QStringLiteral("kind");
            if (q.value(3).toString() != e.reviewState)
                return QStringLiteral("review_state");
            return {};
        });
    if (!evidence || *evidence)
        return evidence;

    auto links = sql::exec(db, QStringLiteral("SELECT evidence_id, urn FROM evidence_links"));
    if (!links)
        return links.error();
    std::set<std::pair<qint64, QString>> stored;
    while (links->next())
        stored.insert({links->value(0).toLongLong(), links->value(1).toString()});
    for (const auto &link : stored)
        if (!m_links.count(link))
            return Found(unrecorded(QStringLiteral("evidence_links"),
                                    QStringLiteral("%1 → %2").arg(link.first).arg(link.second)));
    for (const auto &link : m_links)
        if (!stored.count(link))
            return Found(missing(QStringLiteral("evidence_links"), QStringLiteral("%1 → %2").arg(link.first).arg(link.second)));
    return Found();
}

} // namespace vv::audit
