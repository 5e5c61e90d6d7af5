// veiviser-pdf IN.html OUT.pdf [IN.html OUT.pdf]...: prints Veiviser's documents to PDF (run by packaging).

#include "pdf/HtmlToPdf.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() % 2 != 0) {
        std::fprintf(stderr, "usage: veiviser-pdf IN.html OUT.pdf [IN.html OUT.pdf]...\n");
        return 2;
    }
    std::vector<std::pair<QString, QString>> jobs;
    for (qsizetype i = 0; i < args.size(); i += 2)
        jobs.emplace_back(args[i], args[i + 1]);
    return vv::pdf::HtmlToPdf::run(jobs);
}
