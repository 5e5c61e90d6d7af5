#include "ui/SelfContainedText.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextImageFormat>

namespace vv::ui {

SelfContainedText::SelfContainedText(QWidget *parent) : QTextBrowser(parent)
{
    setDocument(new SelfContainedDocument(this));
}

QVariant SelfContainedText::loadResource(int, const QUrl &)
{
    return {};
}

SelfContainedDocument::SelfContainedDocument(QObject *parent) : QTextDocument(parent)
{
    // Replaces Qt's image handler, which loads an image's file by its name when the resource is empty.
    documentLayout()->registerHandler(QTextFormat::ImageObject, new ImagePlaceholder(this));
}

QVariant SelfContainedDocument::loadResource(int, const QUrl &)
{
    return {};
}

QSizeF ImagePlaceholder::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    const qreal width = image.width() > 0 ? std::min<qreal>(image.width(), 2000) : 16;
    const qreal height = image.height() > 0 ? std::min<qreal>(image.height(), 2000) : 16;
    return {width, height};
}

void ImagePlaceholder::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    painter->save();
    painter->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace vv::ui
