#pragma once

#include <QByteArrayView>
#include <QString>

namespace vv::evidence {

/// How the viewer can show a piece of content.
enum class PreviewKind { Text, Csv, Image, Pdf, None };

/// What a file is, judged from its name and its first bytes: its MIME type, whether it is text (so the PII guard
/// reads it), and how the viewer shows it.
struct ContentType {
    QString mediaType;
    bool textLike = false;
    PreviewKind preview = PreviewKind::None;
};

/// head should be the first 64 KiB or so (all of a smaller file).
ContentType detectContentType(const QString &fileName, QByteArrayView head);
/// Bytes as text: UTF-16 with a byte-order mark, UTF-8 when valid (a UTF-8 byte-order mark is dropped), otherwise
/// Windows-1252 (the common case for older Norwegian files), so that nothing is shown as replacement characters.
QString decodeText(QByteArrayView bytes);
/// The preview for a stored item, from the MIME type recorded on import and its file name.
PreviewKind previewKindFor(const QString &mediaType, const QString &fileName);

} // namespace vv::evidence
