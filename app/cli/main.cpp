// veiviser-cli: the command line; every command lives in modules/cli.

#include "cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Veiviser"));
    QCoreApplication::setApplicationName(QStringLiteral("veiviser"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return vv::cli::run(app.arguments().mid(1), out, err);
}
