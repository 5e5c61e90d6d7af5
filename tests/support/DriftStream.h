#pragma once

// Production rows with a known calibration drift, for the monitoring tests (status, the monitoring page, the
// post-market documents, team projects): one generator, so that they all speak of the same weeks.

#include <QByteArray>

namespace vv::test {

/// CSV rows `id,time,risk,outcome,age`, perWeek a week for `weeks` weeks from Monday 2026-01-05 (12 baseline weeks to
/// 2026-03-29). Outcomes follow the predicted risk until driftWeek (counted from 0) and from then on a risk whose
/// log-odds are raised by shift, so that the model under-predicts (O/E above 1). The last unlabelledWeeks weeks have
/// no outcome yet. Seeded: the same arguments give the same bytes.
QByteArray driftStream(int weeks, int perWeek, int driftWeek, double shift, int unlabelledWeeks = 0);

} // namespace vv::test
