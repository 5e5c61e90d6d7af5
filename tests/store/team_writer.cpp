// One of the concurrent writers of tst_teamconcurrency (and tests/reliability/concurrency): opens the project as
// ACTOR and makes EDITS edits to a few shared answers, each based on the version it just read. Prints
// {"applied": N, "conflicts": M} on stdout; exits 3 on any failure other than a conflict.
//   vv-team-writer PROJECT ACTOR EDITS SEED

#include "core/Json.h"
#include "store/AnswerTable.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace vv;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: vv-team-writer PROJECT ACTOR EDITS SEED\n");
        return 2;
    }
    StoreOptions options;
    options.actor = args[2];
    const int edits = args[3].toInt();
    QRandomGenerator random(args[4].toUInt());
    auto store = ProjectStore::open(args[1], options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 3;
    }
    AnswerTable answers(**store);
    int applied = 0;
    int conflicts = 0;
    for (int i = 0; i < edits; ++i) {
        const QString fact = QStringLiteral("team.fact%1").arg(random.bounded(4));
        auto current = answers.find(fact);
        if (!current) {
            std::fprintf(stderr, "%s\n", qPrintable(current.error().toString()));
            return 3;
        }
        // Think a little between reading and saving, as a person would, so that others get in between.
        QThread::usleep(random.bounded(2000));
        AnswerChange change;
        change.factId = fact;
        change.value = toStd(QStringLiteral("%1 edit %2").arg(options.actor).arg(i));
        change.packId = QStringLiteral("team");
        change.packVersion = QStringLiteral("1");
        change.expectedVersion = *current ? (*current)->rowVersion : 0;
        auto r = answers.apply({change});
        if (r) {
            ++applied;
        } else if (r.error().kind() == Error::Kind::Conflict) {
            ++conflicts;
        } else {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 3;
        }
    }
    std::printf("%s\n", canonicalJson(Json{{"applied", applied}, {"conflicts", conflicts}}).c_str());
    return 0;
}
