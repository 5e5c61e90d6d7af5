// The bundled language-model suites run by `veiviser-cli run`, as a user runs them, against a chat endpoint with a
// fixed latency, compared with the ideal: how much of a run is Veiviser's own overhead (start-up, loading the suite
// and the dictionaries, grading, storing) rather than the endpoint's latency.
//
//   llm_suites [--delay-ms 400] [--concurrency 8] [--runs 3] [--cli PATH] [--suites DIR]
//
// Each suite is one whole process, timed from start to exit. The ideal is cases × delay / concurrency, rounded up
// to whole rounds of requests. The loopback server answers a realistic Norwegian paragraph, so the graders (LIX,
// the language check, identity numbers) do the work they do on real answers. A second line per suite at 0 ms shows
// the fixed cost alone. Prints medians and ratios; asserts nothing.

#include "BenchSupport.h"
#include "LoopbackChatServer.h"

#include "validation/TestSuite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace vv;
using namespace vv::bench;

namespace {

const char *const answer =
    "Takk for spørsmålet. Ut fra det du beskriver, bør du kontakte fastlegen din i løpet av de neste dagene. "
    "Blir du raskt verre, får du pustevansker, brystsmerter eller høy feber, må du ringe legevakten på 116 117. "
    "Ved fare for liv og helse ringer du 113. Drikk godt og hvil. Jeg kan ikke stille diagnoser, men jeg kan "
    "forklare hva prøvesvarene betyr og hva du kan spørre legen om.";

/// Wall seconds of one `veiviser-cli run` of the suite into a new project, or a negative number when it failed.
double timeRun(const QString &cli, const QString &suite, const QString &project, const QString &baseUrl,
               int concurrency)
{
    QProcess init;
    init.start(cli, {QStringLiteral("project"), QStringLiteral("init"), project, QStringLiteral("--name"),
                     QStringLiteral("bench")});
    if (!init.waitForFinished(60000) || init.exitCode() != 0)
        return -1;
    QProcess p;
    // Exit 1 means the run completed with failed cases (the paragraph does not pass every grader): still timed.
    return timeProcess(p, cli,
                       {QStringLiteral("run"), project, QStringLiteral("--engine"), QStringLiteral("openai-compatible"),
                        QStringLiteral("--suite"), suite, QStringLiteral("--set"), QStringLiteral("base_url=") + baseUrl,
                        QStringLiteral("--set"), QStringLiteral("model=loopback-model"), QStringLiteral("--set"),
                        QStringLiteral("concurrency=%1").arg(concurrency), QStringLiteral("--set"),
                        QStringLiteral("max_retries=0")},
                       {0, 1});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchOptions options(app.arguments(),
                         {QStringLiteral("--delay-ms"), QStringLiteral("--concurrency"), QStringLiteral("--runs"),
                          QStringLiteral("--cli"), QStringLiteral("--suites")},
                         "llm_suites [--delay-ms 400] [--concurrency 8] [--runs 3] [--cli PATH] [--suites DIR]");
    const int delayMs = int(options.positive(QStringLiteral("--delay-ms"), 400));
    const int concurrency = int(options.positive(QStringLiteral("--concurrency"), 8));
    const int runs = int(options.positive(QStringLiteral("--runs"), 3));
    const QString cli = options.text(QStringLiteral("--cli"),
                                     QCoreApplication::applicationDirPath() + QStringLiteral("/veiviser-cli"));
    const QString suites = options.text(QStringLiteral("--suites"), QStringLiteral(VV_BENCH_SUITES));
    if (!options.check())
        return 2;
    printMachine();

    test::LoopbackChatServer server;
    if (!server.start()) {
        std::fprintf(stderr, "the loopback server could not start\n");
        return 1;
    }
    server.setDefaultAnswer(QString::fromUtf8(answer));
    QTemporaryDir dir;
    std::printf("concurrency %d, %d ms per answer, median of %d runs, each a whole veiviser-cli process\n",
                concurrency, delayMs, runs);
    std::printf("%-12s %6s %10s %12s %12s %14s\n", "suite", "cases", "ideal s", "veiviser s", "vv / ideal",
                "at 0 ms s");
    double idealTotal = 0, vvTotal = 0;
    int project = 0;
    for (const QFileInfo &file : QDir(suites).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        auto suite = validation::TestSuite::load(file.absoluteFilePath());
        if (!suite) {
            std::fprintf(stderr, "%s\n", qPrintable(suite.error().toString()));
            return 1;
        }
        const int cases = int(suite->cases.size());
        const double ideal = std::ceil(double(cases) / concurrency) * delayMs / 1000.0;
        std::vector<double> latent, zero;
        for (int i = 0; i < runs; ++i) {
            for (auto [delay, times] : {std::pair{delayMs, &latent}, std::pair{0, &zero}}) {
                server.setDelayMs(delay);
                const double s = timeRun(cli, file.absoluteFilePath(),
                                         dir.filePath(QStringLiteral("p%1.veiviser").arg(++project)), server.baseUrl(),
                                         concurrency);
                if (s < 0)
                    return 1;
                times->push_back(s);
            }
        }
        const double vv = median(latent);
        idealTotal += ideal;
        vvTotal += vv;
        std::printf("%-12s %6d %10.2f %12.2f %12.2f %14.2f\n", qPrintable(file.completeBaseName()), cases, ideal, vv,
                    vv / ideal, median(zero));
        std::fflush(stdout);
    }
    std::printf("%-12s %6s %10.2f %12.2f %12.2f\n", "all", "", idealTotal, vvTotal, vvTotal / idealTotal);
    return 0;
}
