#pragma once

#include "core/analysis/histogram_history.h"
#include "core/formats/json.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// Histogram values an experiment file holds at most (about 400 a layer per row): a deep net's
/// 257 rows fit whole, a larger history keeps every other row (the newest always) until it fits.
inline constexpr std::int64_t kMaxSavedHistogramValues = 1'000'000;
/// Rows an experiment file may hold: a HistogramHistory's capacity and its newest row.
inline constexpr int kMaxSavedHistogramRows = HistogramHistory::kDefaultCapacity + 1;

/// What one row of this many layers costs in the format, in values: per layer and quantity the
/// linear bins, the log bins and six more, and three for the row.
std::int64_t histogramRowValues(std::int64_t layerCount);

/// The rows to save of a run at epoch `runEpoch`: those up to that epoch (a run put back to an
/// earlier state has rows of a future that did not happen), thinned while they would hold more than
/// valueBudget values or kMaxSavedHistogramRows rows: every other one goes, the newest stays.
std::vector<HistogramRowPointer> histogramRowsToSave(const std::vector<HistogramRowPointer> &rows,
                                                     std::int64_t runEpoch,
                                                     std::int64_t valueBudget = kMaxSavedHistogramValues);

/// The rows as the experiment format's "histograms" array, oldest first, one row a line:
/// [{"epoch", "samples", "layers": [{"weights": {...}, "activations", "deltas", "gradients"}, ...]}, ...]
/// with each quantity {"low", "high", "linear": [kLinearBinCount counts], "log_first": i,
/// "log": [the log-magnitude counts from bin i to the last that is not empty], "zeros", "non_finite"}.
/// low and high are the linear bins' range, each the shortest text that reads back to its bits.
std::string histogramsToJson(const std::vector<HistogramRowPointer> &rows, const std::string &indent);

/// Reads "histograms" at `path`, validating every shape before it allocates: at most
/// kMaxSavedHistogramRows rows, epochs rising and at most runEpoch, 1..kMaxLayers layers, every count
/// a 32-bit whole number, a finite range with low < high, and both scales counting the same values.
/// Throws InputError naming the place.
std::vector<HistogramRowPointer> histogramsFromJson(std::string_view source, const JsonValue &value,
                                                    const std::string &path, std::int64_t runEpoch);

} // namespace bp
