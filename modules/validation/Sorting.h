#pragma once

#include <cstdint>
#include <vector>

namespace vv::validation {

/// Sorts finite scores ascending, in place, with a stable parallel radix sort (11-bit digits, passes in which all
/// values share a digit are skipped, so 10^7 identical scores cost one counting pass).
void sortScores(std::vector<double> &values);
/// Sorts values ascending and moves payload[i] with values[i] (stable): an argsort when payload holds row numbers.
void sortScoresWithPayload(std::vector<double> &values, std::vector<std::uint32_t> &payload);

} // namespace vv::validation
