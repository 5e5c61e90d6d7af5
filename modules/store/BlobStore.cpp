// The chunked, content-addressed blob store: Transaction::putBlob writes, ProjectStore reads.

#include "core/Sha256.h"
#include "store/ProjectStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QFile>
#include <QIODevice>

#include <array>
#include <fcntl.h>
#include <unistd.h>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace vv {

namespace {

// Hashes chunks in order on a second thread while the caller writes them to SQLite, so that hashing and storing
// run side by side instead of one after the other.
class ParallelHash {
public:
    ParallelHash() : m_thread([this] { run(); }) {}
    ~ParallelHash()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ParallelHash(const ParallelHash &) = delete;
    ParallelHash &operator=(const ParallelHash &) = delete;

    /// data must stay unchanged until hashedCount() passes this chunk.
    void add(const char *data, qint64 size)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back({data, size});
            ++m_added;
        }
        m_changed.notify_all();
    }
    void waitUntilHashed(qint64 count)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_hashed >= count; });
    }
    QString finishHex()
    {
        waitUntilHashed(m_added);
        return m_hash.finishHex();
    }

private:
    struct Piece {
        const char *data;
        qint64 size;
    };
    void run()
    {
        for (;;) {
            Piece piece{};
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || !m_queue.empty(); });
                if (m_stop)
                    return;
                piece = m_queue.front();
            }
            m_hash.update(piece.data, piece.size);
            {
                std::lock_guard lock(m_mutex);
                m_queue.pop_front();
                ++m_hashed;
            }
            m_changed.notify_all();
        }
    }

    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Piece> m_queue;
    qint64 m_added = 0;
    qint64 m_hashed = 0;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the rest is ready
};

// Starts writing the WAL to disk while the chunks are still being added, so that the commit's fsync finds little
// left to do and disk and CPU work side by side. Only a hint: where it is not available, the commit does it all.
class EarlyWriteback {
public:
    explicit EarlyWriteback(const QString &databasePath)
    {
#ifdef __linux__
        if (!databasePath.isEmpty())
            m_fd = ::open(QFile::encodeName(databasePath + QStringLiteral("-wal")).constData(), O_RDONLY | O_CLOEXEC);
#else
        Q_UNUSED(databasePath);
#endif
    }
    ~EarlyWriteback()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    EarlyWriteback(const EarlyWriteback &) = delete;
    EarlyWriteback &operator=(const EarlyWriteback &) = delete;

    void written(qint64 bytes)
    {
#ifdef __linux__
        m_pending += bytes;
        if (m_fd < 0 || m_pending < (64 << 20))
            return;
        m_pending = 0;
        (void)::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
        Q_UNUSED(bytes);
#endif
    }

private:
    int m_fd = -1;
    qint64 m_pending = 0;
};

} // namespace

// Fills buf from the device until it is full or the device ends; -1 on a read error.
static qint64 readFully(QIODevice &source, char *buf, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        const qint64 n = source.read(buf + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0 && (source.atEnd() || !source.waitForReadyRead(30000)))
            break;
        got += n;
    }
    return got;
}

Result<BlobRef> Transaction::putBlob(QIODevice &source, const CancellationToken *cancel, const ProgressSink &progress,
                                     qint64 expectedSize)
{
    Q_ASSERT(m_open);
    const QSqlDatabase &db = m_store->m_db;
    // A savepoint lets a duplicate or a cancelled import vanish without undoing the rest of the transaction.
    VV_TRY(sql::exec(db, QStringLiteral("SAVEPOINT put_blob")));
    auto undo = [&](Error e) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT put_blob"));
        (void)sql::exec(db, QStringLiteral("RELEASE SAVEPOINT put_blob"));
        return e;
    };

    auto inserted = sql::insertReturningId(db,
                                           QStringLiteral("INSERT INTO blobs (sha256, size, chunk_size, chunk_count, "
                                                          "created) VALUES (NULL, 0, ?, 0, ?)"),
                                           {ProjectStore::chunkSize, isoUtc(m_store->clock().nowUtc())});
    if (!inserted)
        return undo(inserted.error());
    const qint64 blobId = *inserted;

    // Three buffers: one being read, one being stored, one being hashed.
    std::array<QByteArray, 3> buffers;
    for (QByteArray &b : buffers)
        b = QByteArray(ProjectStore::chunkSize, Qt::Uninitialized);
    ParallelHash hash;
    EarlyWriteback writeback(m_store->isTeamProject() ? QString() : m_store->location());
    ProgressThrottle throttle(progress);
    qint64 total = 0;
    int idx = 0;
    QSqlQuery insertChunk(db);
    insertChunk.prepare(QStringLiteral("INSERT INTO blob_chunks (blob_id, idx, data) VALUES (?, ?, ?)"));
    for (;;) {
        if (cancel && cancel->isCancelled())
            return undo(Error::cancelled());
        QByteArray &buf = buffers[static_cast<std::size_t>(idx) % buffers.size()];
        hash.waitUntilHashed(idx - static_cast<int>(buffers.size()) + 1); // this buffer's last chunk is hashed
        const qint64 n = readFully(source, buf.data(), buf.size());
        if (n < 0)
            return undo(Error::input(ProjectStore::tr("reading failed after %1 bytes: %2").arg(total).arg(source.errorString()),
                                     ProjectStore::tr("Check the file and try again; nothing was stored.")));
        if (n == 0)
            break;
        hash.add(buf.constData(), n);
        insertChunk.addBindValue(blobId);
        insertChunk.addBindValue(idx);
        insertChunk.addBindValue(n == buf.size() ? buf : buf.left(n));
        if (!insertChunk.exec())
            return undo(sql::error(insertChunk.lastError(), ProjectStore::tr("storing a chunk")));
        total += n;
        m_bytesWritten += n;
        writeback.written(n);
        ++idx;
        throttle.report(total, expectedSize > 0 ? expectedSize : 0);
        if (n < buf.size())
            break;
    }
    if (expectedSize >= 0 && total != expectedSize)
        return undo(Error::input(ProjectStore::tr("the file changed while it was read (expected %1 bytes, read %2)")
                                     .arg(expectedSize).arg(total),
                                 ProjectStore::tr("Wait until the file is complete and import it again; nothing was stored.")));
    const QString sha = hash.finishHex();

    auto existing = sql::exec(db, QStringLiteral("SELECT size FROM blobs WHERE sha256 = ?"), {sha});
    if (!existing)
        return undo(existing.error());
    if (existing->next()) {
        (void)undo(Error());
        return BlobRef{sha, total, true};
    }
    if (auto r = sql::exec(db, QStringLiteral("UPDATE blobs SET sha256 = ?, size = ?, chunk_count = ? WHERE id = ?"),
                           {sha, total, idx, blobId});
        !r)
        return undo(r.error());
    VV_TRY(sql::exec(db, QStringLiteral("RELEASE SAVEPOINT put_blob")));
    throttle.report(total, total, {}, true);
    return BlobRef{sha, total, false};
}

Result<std::optional<BlobRef>> ProjectStore::findBlob(const QString &sha256) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT size FROM blobs WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<BlobRef>();
    return std::optional<BlobRef>(BlobRef{sha256, q->value(0).toLongLong(), true});
}

Status ProjectStore::readBlob(const QString &sha256, QIODevice &out, const CancellationToken *cancel,
                              const ProgressSink &progress) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, size, chunk_size, chunk_count FROM blobs WHERE sha256 = ?"),
                       {sha256});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::input(ProjectStore::tr("no stored content with hash %1").arg(sha256));
    const qint64 id = q->value(0).toLongLong();
    const qint64 size = q->value(1).toLongLong();
    const qint64 chunk = q->value(2).toLongLong();
    const int count = q->value(3).toInt();
    auto damaged = [&](const QString &why) {
        return Error::check(ProjectStore::tr("stored content %1 is damaged: %2").arg(sha256, why),
                            ProjectStore::tr("Restore the project from a backup, or import the file again."));
    };

    Sha256 hash;
    ProgressThrottle throttle(progress);
    qint64 total = 0;
    QSqlQuery chunkQuery(m_db);
    chunkQuery.setForwardOnly(true);
    chunkQuery.prepare(QStringLiteral("SELECT data FROM blob_chunks WHERE blob_id = ? AND idx = ?"));
    for (int i = 0; i < count; ++i) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        chunkQuery.addBindValue(id);
        chunkQuery.addBindValue(i);
        if (!chunkQuery.exec())
            return sql::error(chunkQuery.lastError(), ProjectStore::tr("reading stored content"));
        if (!chunkQuery.next())
            return damaged(ProjectStore::tr("part %1 of %2 is missing").arg(i + 1).arg(count));
        const QByteArray data = chunkQuery.value(0).toByteArray();
        chunkQuery.finish();
        if ((i + 1 < count && data.size() != chunk) || data.size() > chunk)
            return damaged(ProjectStore::tr("part %1 has the wrong size").arg(i + 1));
        hash.update(data);
        if (out.write(data) != data.size())
            return Error::runtime(ProjectStore::tr("writing failed: %1").arg(out.errorString()),
                                  ProjectStore::tr("Check free disk space and permissions."));
        total += data.size();
        throttle.report(total, size);
    }
    if (total != size)
        return damaged(ProjectStore::tr("expected %1 bytes, found %2").arg(size).arg(total));
    if (hash.finishHex() != sha256)
        return damaged(ProjectStore::tr("the content does not match its hash"));
    return {};
}

Result<QByteArray> ProjectStore::readBlobHead(const QString &sha256, qint64 maxBytes) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, chunk_count FROM blobs WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::input(ProjectStore::tr("no stored content with hash %1").arg(sha256));
    const qint64 id = q->value(0).toLongLong();
    const int count = q->value(1).toInt();
    QByteArray out;
    QSqlQuery chunkQuery(m_db);
    chunkQuery.setForwardOnly(true);
    chunkQuery.prepare(QStringLiteral("SELECT data FROM blob_chunks WHERE blob_id = ? AND idx = ?"));
    for (int i = 0; i < count && out.size() < maxBytes; ++i) {
        chunkQuery.addBindValue(id);
        chunkQuery.addBindValue(i);
        if (!chunkQuery.exec())
            return sql::error(chunkQuery.lastError(), ProjectStore::tr("reading stored content"));
        if (!chunkQuery.next())
            return Error::check(ProjectStore::tr("stored content %1 is damaged: part %2 of %3 is missing")
                                    .arg(sha256).arg(i + 1).arg(count),
                                ProjectStore::tr("Restore the project from a backup, or import the file again."));
        const QByteArray data = chunkQuery.value(0).toByteArray();
        chunkQuery.finish();
        out += data.left(maxBytes - out.size());
    }
    return out;
}

} // namespace vv
