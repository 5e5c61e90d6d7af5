#pragma once

#include "store/ProjectStore.h"

namespace vv {

/// One atomic change to a project: either all of it and its audit entries are stored, or none.
/// Destroying a Transaction that was not committed rolls it back.
class Transaction {
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();

    /// Appends an entry to the audit chain. A transaction must append at least one before commit().
    Status audit(const QString &action, const Json &payload);

    /// Stores the rest of source as a blob, in chunks, hashing on the way; identical content is stored once.
    Result<BlobRef> putBlob(QIODevice &source, const CancellationToken *cancel = nullptr,
                            const ProgressSink &progress = {}, qint64 expectedSize = -1);

    Status commit();
    void rollback();

    ProjectStore &store() { return *m_store; }
    const QSqlDatabase &database() const { return m_store->m_db; }

private:
    explicit Transaction(ProjectStore *store) : m_store(store) {}
    friend class ProjectStore;

    ProjectStore *m_store;
    bool m_open = true;
    int m_auditCount = 0;
    qint64 m_bytesWritten = 0;
};

} // namespace vv
