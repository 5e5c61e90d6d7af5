#pragma once

#include <QTextBrowser>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace vv::ui {

/// A text browser for text that came from outside the program (packs' help, a package's documents, evidence): it
/// shows the text and never loads anything the text refers to. An image, style sheet or link that names
/// /dev/zero, a FIFO or a file of the reader's own disk shows as missing instead of hanging the window or pulling
/// that file into view. Three doors are shut: the document's resources, the browser's (links followed), and the
/// image handler, which in Qt reads an image's file by name when no resource was given.
class SelfContainedText : public QTextBrowser {
    Q_OBJECT
public:
    explicit SelfContainedText(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
};

/// The document behind SelfContainedText: a QTextDocument that loads no resource at all (Qt's own falls back to
/// reading any local file the HTML names).
class SelfContainedDocument : public QTextDocument {
    Q_OBJECT
public:
    explicit SelfContainedDocument(QObject *parent = nullptr);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

/// Draws an image of a SelfContainedDocument as an empty frame of the size the HTML gives, without reading it.
class ImagePlaceholder : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;
    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;
};

} // namespace vv::ui
