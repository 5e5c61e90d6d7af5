// veiviser: the desktop application; `veiviser [--lang nb|en] [FILE]` opens FILE.

#include "core/Translation.h"
#include "core/Version.h"
#include "evidence/GuidanceRequirementCatalog.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .veiviser project to open."));
    parser.process(app);

    QString lang = parser.isSet(langOption) ? parser.value(langOption) : vv::ui::AppSettings::language();
    if (!vv::Translation::isSupported(lang))
        lang = vv::Translation::defaultLanguage();
    vv::Translation::install(lang);

    // Evidence links are checked against the shipped requirements; the classification page reports missing packs.
    (void)vv::evidence::installShippedRequirementCatalog();

    vv::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    window.show();
    return app.exec();
}
