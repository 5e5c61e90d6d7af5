#include "evidence/ContentType.h"

#include <QMimeDatabase>
#include <QStringDecoder>

namespace vv::evidence {

namespace {

// Text without NUL bytes, or UTF-16 with a byte-order mark, counts as text whatever its name says.
bool looksLikeText(QByteArrayView head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return true;
    qsizetype control = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    return control * 100 <= head.size(); // a few stray control bytes are still text
}

} // namespace

QString decodeText(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return utf16(bytes.sliced(2));
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // A cut in the middle of a UTF-8 sequence at the very end (a preview's head) is still UTF-8.
    for (int cut = 1; cut <= 3 && cut < bytes.size(); ++cut) {
        QStringDecoder again(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = again(bytes.first(bytes.size() - cut));
        if (!again.hasError())
            return text;
    }
    QStringDecoder windows1252("windows-1252");
    if (windows1252.isValid())
        return windows1252(bytes);
    return QString::fromLatin1(bytes);
}

PreviewKind previewKindFor(const QString &mediaType, const QString &fileName)
{
    static const QMimeDatabase db;
    QMimeType mime = db.mimeTypeForName(mediaType);
    if (!mime.isValid())
        mime = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    if (mime.inherits(QStringLiteral("application/pdf")))
        return PreviewKind::Pdf;
    if (mime.inherits(QStringLiteral("text/csv")) || mime.inherits(QStringLiteral("text/tab-separated-values")))
        return PreviewKind::Csv;
    // SVG can pull in outside resources; it is shown as the XML it is.
    if (mime.name().startsWith(QStringLiteral("image/")) && !mime.inherits(QStringLiteral("application/xml")))
        return PreviewKind::Image;
    if (mime.inherits(QStringLiteral("text/plain")) || mime.name() == QStringLiteral("application/x-zerosize"))
        return PreviewKind::Text;
    return PreviewKind::None;
}

ContentType detectContentType(const QString &fileName, QByteArrayView head)
{
    static const QMimeDatabase db;
    const QMimeType mime = db.mimeTypeForFileNameAndData(fileName, head.toByteArray());
    ContentType t;
    t.mediaType = mime.name();
    t.textLike = head.isEmpty() || mime.inherits(QStringLiteral("text/plain")) || looksLikeText(head);
    t.preview = previewKindFor(t.mediaType, fileName);
    if (t.preview == PreviewKind::None && t.textLike)
        t.preview = PreviewKind::Text;
    if (t.textLike && !mime.inherits(QStringLiteral("text/plain")) && t.preview == PreviewKind::Text
        && !head.isEmpty())
        t.mediaType = QStringLiteral("text/plain");
    return t;
}

} // namespace vv::evidence
