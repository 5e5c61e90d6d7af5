// Running a language-model suite against a chat endpoint: the openai-compatible engine against the ideal and against
// promptfoo on the same loopback server and the same suite, at the same concurrency, in one run.
//
//   llm_throughput [--cases 500] [--delay-ms 50] [--concurrency 1,8,32] [--promptfoo PATH]
//
// The loopback server (tests/support) answers every request after a fixed delay. The ideal wall time is
// cases × delay / concurrency. promptfoo runs the same suite converted by PromptfooConfig (as the promptfoo engine
// sends it) with its OpenAI provider at the same concurrency (-j), timed as a whole process, start-up included;
// its start-up alone (promptfoo --version) is printed too. Prints the times and the ratios; asserts nothing.

#include "BenchSupport.h"
#include "LoopbackChatServer.h"

#include "store/ProjectStore.h"
#include "store/TestRunTable.h"
#include "validation/EngineCatalog.h"
#include "validation/EngineRun.h"
#include "validation/Promptfoo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace vv;
using namespace vv::validation;
using namespace vv::bench;

namespace {

/// Wall seconds of one promptfoo process, or a negative number when it failed.
double timePromptfoo(const QString &program, const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = PromptfooConfig::environment(home);
    env.insert(QStringLiteral("VV_BENCH_KEY"), QStringLiteral("unused"));
    p.setProcessEnvironment(env);
    // promptfoo exits 100 when some cases fail, which still counts as a run.
    return timeProcess(p, program, args, {0, 100});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchOptions options(app.arguments(),
                         {QStringLiteral("--cases"), QStringLiteral("--delay-ms"), QStringLiteral("--concurrency"),
                          QStringLiteral("--promptfoo")},
                         "llm_throughput [--cases 500] [--delay-ms 50] [--concurrency 1,8,32] [--promptfoo PATH]");
    const int cases = int(options.positive(QStringLiteral("--cases"), 500));
    const int delayMs = int(options.positive(QStringLiteral("--delay-ms"), 50));
    const QString promptfoo = options.text(
        QStringLiteral("--promptfoo"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../promptfoo/node_modules/.bin/promptfoo"));
    QList<int> levels;
    for (const QString &c : options.text(QStringLiteral("--concurrency"), QStringLiteral("1,8,32")).split(QLatin1Char(','))) {
        const int level = c.toInt();
        if (level < 1) {
            std::fprintf(stderr, "--concurrency needs whole numbers of at least 1, not '%s'\n", qPrintable(c));
            return 2;
        }
        levels << level;
    }
    if (!options.check())
        return 2;
    printMachine();
    const bool withPromptfoo = QFileInfo(promptfoo).isExecutable();
    if (!withPromptfoo)
        std::fprintf(stderr, "promptfoo not found at %s (run tests/plugins/install-promptfoo BUILD_DIR); "
                             "measuring Veiviser only\n", qPrintable(promptfoo));

    test::LoopbackChatServer server;
    if (!server.start()) {
        std::fprintf(stderr, "the loopback server could not start\n");
        return 1;
    }
    server.setDelayMs(delayMs);
    QTemporaryDir dir;
    const QString suitePath = dir.filePath(QStringLiteral("suite.yaml"));
    {
        QFile f(suitePath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("name: throughput\nlevel: basic\ncases:\n");
        for (int i = 0; i < cases; ++i)
            f.write(QStringLiteral("  - id: c%1\n    messages: [{role: user, content: \"[[answer:Ring 113.]] %1\"}]\n"
                                   "    graders: [{contains: [\"113\"]}]\n").arg(i).toUtf8());
    }
    auto suite = TestSuite::load(suitePath);
    if (!suite) {
        std::fprintf(stderr, "%s\n", qPrintable(suite.error().toString()));
        return 1;
    }
    EngineCatalog catalog = EngineCatalog::discover();
    auto engine = catalog.load(QStringLiteral("openai-compatible"));
    if (!engine) {
        std::fprintf(stderr, "%s\n", qPrintable(engine.error().toString()));
        return 1;
    }

    if (withPromptfoo) {
        const double startup = timePromptfoo(promptfoo, {QStringLiteral("--version")}, dir.filePath(QStringLiteral("home")));
        std::printf("promptfoo start-up (--version): %.2f s\n", startup);
    }
    std::printf("%d cases, %d ms per answer\n", cases, delayMs);
    std::printf("%-12s %10s %12s %12s %14s %12s\n", "concurrency", "ideal s", "veiviser s", "vv / ideal",
                "promptfoo s", "vv / pf");
    for (int c : levels) {
        const double ideal = double(cases) * delayMs / 1000.0 / c;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p%1.veiviser").arg(c)),
                                          {QStringLiteral("Bench"), QStringLiteral("1"), ProjectRole::Deployer});
        if (!store)
            return 1;
        EngineRun run(**store, *catalog.find(QStringLiteral("openai-compatible")), **engine);
        EngineRunRequest request;
        request.suitePath = suitePath;
        request.settings = {{QStringLiteral("base_url"), server.baseUrl()},
                            {QStringLiteral("model"), QStringLiteral("loopback-model")},
                            {QStringLiteral("concurrency"), QString::number(c)},
                            {QStringLiteral("max_retries"), QStringLiteral("0")}};
        QElapsedTimer t;
        t.start();
        const Status s = run.execute(request);
        const double vv = t.elapsed() / 1000.0;
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            return 1;
        }
        const auto stored = TestRunTable(**store).get(run.runId());
        if (!stored || stored->cases.passed != cases) {
            std::fprintf(stderr, "Veiviser did not pass all %d cases\n", cases);
            return 1;
        }
        double pf = -1;
        if (withPromptfoo) {
            PromptfooProvider provider;
            provider.id = QStringLiteral("openai:chat:loopback-model");
            provider.baseUrl = server.baseUrl();
            provider.apiKeyEnv = QStringLiteral("VV_BENCH_KEY");
            const QString config = dir.filePath(QStringLiteral("promptfoo-%1.yaml").arg(c));
            QFile f(config);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            f.write(QByteArray::fromStdString(PromptfooConfig::fromSuite(*suite, provider).dump(1)));
            f.close();
            const QString out = dir.filePath(QStringLiteral("promptfoo-%1.jsonl").arg(c));
            pf = timePromptfoo(promptfoo, {QStringLiteral("eval"), QStringLiteral("-c"), config, QStringLiteral("-o"), out,
                                           QStringLiteral("-j"), QString::number(c), QStringLiteral("--no-cache"),
                                           QStringLiteral("--no-progress-bar"), QStringLiteral("--no-table")},
                               dir.filePath(QStringLiteral("home")));
            PromptfooJsonlTail tail(out);
            auto records = tail.poll();
            qsizetype passed = 0;
            if (records) {
                for (const auto &r : *records)
                    passed += r.success;
            }
            if (passed != cases)
                std::fprintf(stderr, "promptfoo passed %lld of %d cases\n", static_cast<long long>(passed), cases);
        }
        std::printf("%-12d %10.2f %12.2f %12.2f %14s %12s\n", c, ideal, vv, vv / ideal,
                    pf > 0 ? qPrintable(QString::number(pf, 'f', 2)) : "-",
                    pf > 0 ? qPrintable(QString::number(vv / pf, 'f', 2)) : "-");
        std::fflush(stdout);
    }
    return 0;
}
