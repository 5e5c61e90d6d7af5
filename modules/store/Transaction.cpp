#include "store/Transaction.h"

#include "store/AuditChain.h"
#include "store/Sql.h"

namespace vv {

Transaction::Transaction(Transaction &&other) noexcept
    : m_store(other.m_store), m_open(other.m_open), m_auditCount(other.m_auditCount),
      m_bytesWritten(other.m_bytesWritten)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::audit(const QString &action, const Json &payload)
{
    Q_ASSERT(m_open);
    VV_TRY(audit::append(m_store->m_db, m_store->clock(), m_store->actor(), action, payload));
    ++m_auditCount;
    return {};
}

Status Transaction::commit()
{
    Q_ASSERT(m_open);
    if (m_auditCount == 0) {
        rollback();
        return Error::runtime(QCoreApplication::translate("vv::ProjectStore",
                                                          "internal error: a change without an audit entry was refused"));
    }
    if (auto r = sql::exec(m_store->m_db, QStringLiteral("COMMIT")); !r) {
        rollback();
        return r.error();
    }
    m_open = false;
    // A large write leaves a large WAL; fold it into the file so the disk space comes back.
    if (m_bytesWritten > (64 << 20) && !m_store->isTeamProject())
        (void)sql::exec(m_store->m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    (void)sql::exec(m_store->m_db, QStringLiteral("ROLLBACK"));
}

} // namespace vv
