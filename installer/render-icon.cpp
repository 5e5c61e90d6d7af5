// Renders installer/icons/veiviser.svg to the PNG sizes desktop environments ask for, at build time.
// Usage: vv-render-icon SVG OUTDIR ICO SIZE...   (writes OUTDIR/SIZExSIZE/apps/no.veiviser.Veiviser.png, and the
// largest size up to 256 as the Windows icon ICO, which the MSI and the Start menu use)

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
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: vv-render-icon SVG OUTDIR ICO SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "vv-render-icon: %s is not a valid SVG\n", qPrintable(args[1]));
        return 2;
    }
    QImage windowsIcon;
    for (const QString &sizeText : args.mid(4)) {
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
        if (size <= 256 && size > windowsIcon.width())
            windowsIcon = image;
    }
    if (windowsIcon.isNull() || !windowsIcon.save(args[3], "ICO")) {
        std::fprintf(stderr, "vv-render-icon: cannot write %s\n", qPrintable(args[3]));
        return 3;
    }
    return 0;
}
