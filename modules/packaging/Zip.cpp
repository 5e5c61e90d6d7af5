#include "packaging/Zip.h"

#include <QFileDevice>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace vv::packaging {

namespace {

constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr quint16 utf8Flag = 0x0800;
constexpr quint32 max32 = 0xFFFFFFFFu;
constexpr quint16 max16 = 0xFFFFu;
constexpr quint16 versionPlain = 20;  // 2.0: UTF-8 names, stored entries
constexpr quint16 versionZip64 = 45;  // 4.5: ZIP64
constexpr quint16 unixHost = 3 << 8;

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

void put64(QByteArray &b, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}

bool needs64(qint64 v)
{
    return quint64(v) >= max32;
}

} // namespace

ZipLayout::ZipLayout(const QDateTime &time)
{
    // DOS times cover 1980-2107 in two-second steps, without a time zone; packages use UTC.
    QDateTime t = time.toUTC();
    const int year = std::clamp(t.date().year(), 1980, 2107);
    m_dosDate = quint16(((year - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    m_dosTime = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
}

quint32 ZipLayout::crc32(quint32 crc, const char *data, qsizetype size)
{
    // zlib returns the initial value for a null buffer, and libarchive ends entries with an empty null block.
    if (!data || size <= 0)
        return crc;
    return quint32(::crc32_z(crc, reinterpret_cast<const Bytef *>(data), std::size_t(size)));
}

QByteArray ZipLayout::localHeader(const ZipEntryLayout &e) const
{
    const bool big = needs64(e.size);
    QByteArray b;
    b.reserve(30 + e.name.size() + 20);
    put32(b, localSignature);
    put16(b, big ? versionZip64 : versionPlain);
    put16(b, utf8Flag);
    put16(b, 0); // stored
    put16(b, m_dosTime);
    put16(b, m_dosDate);
    put32(b, e.crc32);
    put32(b, big ? max32 : quint32(e.size));
    put32(b, big ? max32 : quint32(e.size));
    put16(b, quint16(e.name.size()));
    put16(b, big ? 20 : 0);
    b.append(e.name);
    if (big) {
        put16(b, 0x0001);
        put16(b, 16);
        put64(b, quint64(e.size));
        put64(b, quint64(e.size));
    }
    return b;
}

QByteArray ZipLayout::centralDirectory(const std::vector<ZipEntryLayout> &entries, qint64 cdOffset) const
{
    QByteArray b;
    for (const ZipEntryLayout &e : entries) {
        const bool bigSize = needs64(e.size);
        const bool bigOffset = needs64(e.offset);
        const quint16 extra = quint16((bigSize ? 16 : 0) + (bigOffset ? 8 : 0));
        const quint16 version = (bigSize || bigOffset) ? versionZip64 : versionPlain;
        put32(b, centralSignature);
        put16(b, quint16(unixHost | version));
        put16(b, version);
        put16(b, utf8Flag);
        put16(b, 0);
        put16(b, m_dosTime);
        put16(b, m_dosDate);
        put32(b, e.crc32);
        put32(b, bigSize ? max32 : quint32(e.size));
        put32(b, bigSize ? max32 : quint32(e.size));
        put16(b, quint16(e.name.size()));
        put16(b, extra ? quint16(extra + 4) : 0);
        put16(b, 0);              // comment length
        put16(b, 0);              // disk number
        put16(b, 0);              // internal attributes
        put32(b, 0100644u << 16); // external attributes: a regular file, rw-r--r--
        put32(b, bigOffset ? max32 : quint32(e.offset));
        b.append(e.name);
        if (extra) {
            put16(b, 0x0001);
            put16(b, extra);
            if (bigSize) {
                put64(b, quint64(e.size));
                put64(b, quint64(e.size));
            }
            if (bigOffset)
                put64(b, quint64(e.offset));
        }
    }
    const qint64 cdSize = b.size();
    const quint64 count = entries.size();
    const bool zip64 = count >= max16 || needs64(cdSize) || needs64(cdOffset);
    if (zip64) {
        const qint64 zip64EndOffset = cdOffset + cdSize;
        put32(b, zip64EndSignature);
        put64(b, 44); // size of the rest of this record
        put16(b, quint16(unixHost | versionZip64));
        put16(b, versionZip64);
        put32(b, 0);
        put32(b, 0);
        put64(b, count);
        put64(b, count);
        put64(b, quint64(cdSize));
        put64(b, quint64(cdOffset));
        put32(b, zip64LocatorSignature);
        put32(b, 0);
        put64(b, quint64(zip64EndOffset));
        put32(b, 1);
    }
    put32(b, endSignature);
    put16(b, 0);
    put16(b, 0);
    put16(b, zip64 ? max16 : quint16(count));
    put16(b, zip64 ? max16 : quint16(count));
    put32(b, zip64 ? max32 : quint32(cdSize));
    put32(b, zip64 ? max32 : quint32(cdOffset));
    put16(b, 0); // comment length
    return b;
}

// ---- ZipWriter ----

/// The device an entry's content is written to: it counts, checksums and passes bytes straight to the file.
class ZipWriter::EntryDevice : public QIODevice {
public:
    explicit EntryDevice(ZipWriter &writer) : m_writer(writer) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    qint64 written = 0;
    qint64 expected = 0;
    quint32 crc = 0;
    QString failure;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (written + len > expected) {
            failure = QStringLiteral("more bytes than announced");
            return -1;
        }
        crc = ZipLayout::crc32(crc, data, len);
        if (!m_writer.writeRaw(QByteArrayView(data, len)))
            return -1;
        written += len;
        return len;
    }

private:
    ZipWriter &m_writer;
};

ZipWriter::ZipWriter(QFileDevice &out, const QDateTime &time) : m_out(out), m_layout(time), m_device(new EntryDevice(*this))
{
    m_pos = out.pos();
}

ZipWriter::~ZipWriter() = default;

Status ZipWriter::checkEntryName(const QString &path)
{
    const QByteArray utf8 = path.toUtf8();
    if (path.isEmpty() || utf8.size() > 1024)
        return Error::input(tr("'%1' cannot name a package entry: it must have 1 to 1024 bytes").arg(path));
    if (path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char(':')))
        return Error::input(tr("'%1' cannot name a package entry: only relative names with '/' are allowed").arg(path));
    for (const QString &part : path.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QStringLiteral(".") || part == QStringLiteral(".."))
            return Error::input(tr("'%1' cannot name a package entry: empty, '.' and '..' parts are not allowed").arg(path));
    for (const QChar c : path)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.isSurrogate())
            return Error::input(tr("'%1' cannot name a package entry: it holds a control character").arg(path));
    return {};
}

Status ZipWriter::writeRaw(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_out.write(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return Error::runtime(tr("cannot write %1: %2").arg(m_out.fileName(), m_out.errorString()),
                                  tr("Check that the disk has space for the package."));
        done += n;
    }
    m_pos += bytes.size();
    return {};
}

Status ZipWriter::beginEntry(const QString &path, qint64 size)
{
    if (m_open || m_finished)
        return Error::runtime(tr("internal error: a package entry was started while another was open"));
    VV_TRY(checkEntryName(path));
    if (size < 0)
        return Error::runtime(tr("internal error: a package entry needs its size"));
    ZipEntryLayout e;
    e.name = path.toUtf8();
    e.size = size;
    e.offset = m_pos;
    for (const ZipEntryLayout &other : m_entries)
        if (other.name == e.name)
            return Error::runtime(tr("internal error: '%1' is in the package twice").arg(path));
    VV_TRY(writeRaw(m_layout.localHeader(e)));
    m_entries.push_back(e);
    m_device->written = 0;
    m_device->expected = size;
    m_device->crc = ZipLayout::crc32(0, nullptr, 0);
    m_device->failure.clear();
    m_open = true;
    return {};
}

QIODevice &ZipWriter::device()
{
    return *m_device;
}

Status ZipWriter::endEntry()
{
    if (!m_open)
        return Error::runtime(tr("internal error: no package entry is open"));
    m_open = false;
    ZipEntryLayout &e = m_entries.back();
    if (m_device->written != e.size)
        return Error::runtime(tr("'%1' has %2 bytes, not the %3 announced")
                                  .arg(QString::fromUtf8(e.name))
                                  .arg(m_device->written)
                                  .arg(e.size));
    e.crc32 = m_device->crc;
    // The CRC goes into the local header, which was written before the content: patch its four bytes.
    const qint64 end = m_pos;
    QByteArray crc;
    for (int i = 0; i < 4; ++i)
        crc.append(char((e.crc32 >> (8 * i)) & 0xFF));
    if (!m_out.seek(e.offset + 14) || m_out.write(crc) != 4 || !m_out.seek(end))
        return Error::runtime(tr("cannot write %1: %2").arg(m_out.fileName(), m_out.errorString()));
    return {};
}

Status ZipWriter::addFile(const QString &path, QByteArrayView content)
{
    VV_TRY(beginEntry(path, content.size()));
    if (!content.isEmpty() && m_device->write(content.data(), content.size()) != content.size())
        return Error::runtime(tr("cannot write %1: %2").arg(m_out.fileName(), m_out.errorString()));
    return endEntry();
}

Status ZipWriter::finish()
{
    if (m_open)
        return Error::runtime(tr("internal error: the package was finished with an entry open"));
    if (m_finished)
        return {};
    m_finished = true;
    VV_TRY(writeRaw(m_layout.centralDirectory(m_entries, m_pos)));
    if (!m_out.flush())
        return Error::runtime(tr("cannot write %1: %2").arg(m_out.fileName(), m_out.errorString()));
    return {};
}

} // namespace vv::packaging
