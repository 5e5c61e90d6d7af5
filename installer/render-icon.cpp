// Renders installer/icons/veiviser.svg to the PNG sizes desktop environments ask for, at build time.
// Usage: vv-render-icon SVG OUTDIR SIZE...   (writes OUTDIR/SIZExSIZE/apps/no.veiviser.Veiviser.png)

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: vv-render-icon SVG OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "vv-render-icon: %s is not a valid SVG\n", qPrintable(args[1]));
        return 2;
    }
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        if (size <= 0 || size > 2048)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2]).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QStringLiteral("/no.veiviser.Veiviser.png"))) {
            std::fprintf(stderr, "vv-render-icon: cannot write %s\n", qPrintable(dir));
            return 3;
        }
    }
    return 0;
}
