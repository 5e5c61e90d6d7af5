#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <memory>
#include <vector>

class QFileDevice;

namespace vv::packaging {

/// One entry of a package's ZIP as the canonical layout describes it: name, size, CRC-32 and where its local
/// header starts.
struct ZipEntryLayout {
    QByteArray name;   ///< UTF-8
    qint64 size = 0;
    quint32 crc32 = 0;
    qint64 offset = 0; ///< of the local header
};

/// The canonical byte layout of a Veiviser package: a ZIP whose entries are all stored (not compressed), with UTF-8
/// names, one fixed time, mode 0644, no comments and no extra fields except ZIP64 where sizes or offsets need it.
/// The writer produces exactly these bytes and `package verify` compares every header byte with them, so no byte
/// of a package escapes verification: content is covered by the manifest's hashes, everything else by the layout.
class ZipLayout {
public:
    explicit ZipLayout(const QDateTime &time);

    /// The local file header (with its ZIP64 extra field when needed) of an entry.
    QByteArray localHeader(const ZipEntryLayout &entry) const;
    qint64 localHeaderSize(const ZipEntryLayout &entry) const { return localHeader(entry).size(); }
    /// The central directory and the end records for the entries, starting at cdOffset.
    QByteArray centralDirectory(const std::vector<ZipEntryLayout> &entries, qint64 cdOffset) const;

    /// CRC-32 (zlib) of data, continuing from crc.
    static quint32 crc32(quint32 crc, const char *data, qsizetype size);

private:
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

/// Writes a package ZIP in the canonical layout to a file, entry by entry; contents are streamed, so an entry may be
/// larger than memory. Entries must be named in the order they are written; sizes are given up front.
class ZipWriter {
    Q_DECLARE_TR_FUNCTIONS(vv::packaging::ZipWriter)
public:
    ZipWriter(QFileDevice &out, const QDateTime &time);
    ~ZipWriter();

    /// Adds an entry whose content is in memory.
    Status addFile(const QString &path, QByteArrayView content);
    /// Starts an entry of exactly size bytes; write them to device(), then call endEntry().
    Status beginEntry(const QString &path, qint64 size);
    QIODevice &device();
    Status endEntry();
    /// Writes the central directory and end records. The writer cannot be used afterwards.
    Status finish();

    const std::vector<ZipEntryLayout> &entries() const { return m_entries; }

    /// Checks a name for a package entry: relative, '/'-separated, no empty, '.' or '..' parts, valid UTF-8.
    static Status checkEntryName(const QString &path);

private:
    class EntryDevice;
    Status writeRaw(QByteArrayView bytes);

    QFileDevice &m_out;
    ZipLayout m_layout;
    std::vector<ZipEntryLayout> m_entries;
    std::unique_ptr<EntryDevice> m_device;
    qint64 m_pos = 0;
    bool m_open = false;
    bool m_finished = false;
};

} // namespace vv::packaging
