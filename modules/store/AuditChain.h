#pragma once

#include "store/ProjectStore.h"

namespace vv::audit {

/// The all-zero hash that the first entry points back to.
QString genesisHash();

/// hash = SHA-256( prev_hash "\n" canonical{seq,time,actor,action} "\n" payload ), so that an edited payload,
/// an edited header field, a deleted entry and a reordered entry each break the chain.
QString entryHash(const QString &prevHash, qint64 seq, const QString &time, const QString &actor,
                  const QString &action, const QString &payload);

Status append(const QSqlDatabase &db, const Clock &clock, const QString &actor, const QString &action,
              const Json &payload);

Result<AuditVerification> verify(const QSqlDatabase &db, const ProgressSink &progress,
                                 const std::optional<AuditHead> &anchor = std::nullopt);

} // namespace vv::audit
