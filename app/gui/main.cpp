// veiviser: the desktop application; `veiviser [--lang nb|en] [--palette system|light|dark] [FILE]` opens FILE;
// `--portfolio DIR|postgresql://...` opens the portfolio of a folder of projects beside it.
// `--screenshots DIR FILE [--size WxH]` saves PNGs of its main pages and quits. VEIVISER_PALETTE sets the palette's
// default.

#include "core/Translation.h"
#include "core/Version.h"
#include "tracking/GuidanceRequirementCatalog.h"
#include "ui/AppSettings.h"
#include "ui/ColourScheme.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Veiviser"));
    QApplication::setApplicationName(QStringLiteral("veiviser"));
    QApplication::setApplicationDisplayName(QStringLiteral("Veiviser"));
    QApplication::setApplicationVersion(QStringLiteral(VV_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("no.veiviser.Veiviser"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/veiviser.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Veiviser"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: nb or en."),
                                        QStringLiteral("nb|en"));
    parser.addOption(langOption);
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                         QStringLiteral("Save PNGs of the main pages of FILE in both languages to DIR, then quit."),
                                         QStringLiteral("DIR"));
    parser.addOption(shotsOption);
    // Pages are checked at the sizes people have (1366x768, 1920x1080), not only at the tour's default.
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("The window's size for --screenshots."),
                                        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1400x900"));
    parser.addOption(sizeOption);
    const QCommandLineOption paletteOption(QStringLiteral("palette"),
                                           QStringLiteral("Colours: system (the default), light or dark."),
                                           QStringLiteral("system|light|dark"),
                                           qEnvironmentVariable("VEIVISER_PALETTE", QStringLiteral("system")));
    parser.addOption(paletteOption);
    const QCommandLineOption portfolioOption(QStringLiteral("portfolio"),
                                             QStringLiteral("Open the portfolio of a folder of projects (or a team database)."),
                                             QStringLiteral("DIR"));
    parser.addOption(portfolioOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .veiviser project to open."));
    parser.process(app);
    if (!vv::ui::applyColourScheme(parser.value(paletteOption))) {
        fprintf(stderr, "veiviser: --palette must be system, light or dark\n");
        return 2;
    }

    QString lang = parser.isSet(langOption) ? parser.value(langOption) : vv::ui::AppSettings::language();
    if (!vv::Translation::isSupported(lang))
        lang = vv::Translation::defaultLanguage();
    vv::Translation::install(lang);

    // Evidence links are checked against the shipped requirements; the classification page reports missing packs.
    (void)vv::tracking::installShippedRequirementCatalog();

    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const int width = size.size() == 2 ? size[0].toInt() : 0, height = size.size() == 2 ? size[1].toInt() : 0;
    if (width < 640 || height < 480 || width > 7680 || height > 4320) {
        fprintf(stderr, "veiviser: --size must be WIDTHxHEIGHT, from 640x480 to 7680x4320\n");
        return 2;
    }

    vv::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    if (parser.isSet(shotsOption)) {
        if (parser.isSet(portfolioOption))
            window.openPortfolio(parser.value(portfolioOption));
        window.resize(width, height);
        window.show();
        auto files = vv::ui::ScreenshotTour(window).run(parser.value(shotsOption), {QStringLiteral("nb"), QStringLiteral("en")});
        if (!files) {
            fprintf(stderr, "veiviser: %s\n", qPrintable(files.error().toString()));
            return 1;
        }
        for (const QString &f : *files)
            printf("%s\n", qPrintable(f));
        return 0;
    }
    window.show();
    if (parser.isSet(portfolioOption))
        window.openPortfolio(parser.value(portfolioOption));
    return app.exec();
}
