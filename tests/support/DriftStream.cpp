#include "DriftStream.h"

#include "validation/Statistics.h"

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <cmath>

namespace vv::test {

QByteArray driftStream(int weeks, int perWeek, int driftWeek, double shift, int unlabelledWeeks)
{
    validation::RandomStream rng(20261206);
    auto uniform = [&] { return static_cast<double>(rng.next() >> 11) * 0x1.0p-53; };
    auto normal = [&] {
        const double u = std::max(uniform(), 1e-300);
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * uniform());
    };
    QByteArray out = "id,time,risk,outcome,age\n";
    const QDateTime start(QDate(2026, 1, 5), QTime(0, 0));
    for (int w = 0; w < weeks; ++w) {
        for (int i = 0; i < perWeek; ++i) {
            const double logit = -2.0 + normal();
            const double p = 1 / (1 + std::exp(-logit));
            const double truth = 1 / (1 + std::exp(-(logit + (w >= driftWeek ? shift : 0.0))));
            const bool y = uniform() < truth;
            const QDateTime t =
                start.addSecs(static_cast<qint64>(w) * 7 * 86400 + static_cast<qint64>(i) * 7 * 86400 / perWeek);
            const QByteArray label = w >= weeks - unlabelledWeeks ? QByteArray() : QByteArray(y ? "1" : "0");
            out += QStringLiteral("r%1-%2,%3,%4,")
                       .arg(w)
                       .arg(i)
                       .arg(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                       .arg(p, 0, 'f', 6)
                       .toUtf8() +
                label + ',' + QByteArray::number(static_cast<int>(std::lround(65 + 15 * normal()))) + '\n';
        }
    }
    return out;
}

} // namespace vv::test
