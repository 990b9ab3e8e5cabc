#pragma once

#include "core/data/dataset.h"
#include "core/maths/backprop.h"
#include "core/maths/network.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace bp {

/// The quantities whose distribution is kept per layer l: the weights wˡⱼₖ, the activations aˡⱼ,
/// the errors δˡⱼ and the gradients ∂E/∂wˡⱼₖ.
enum class HistogramQuantity { Weights, Activations, Deltas, WeightGradients };
inline constexpr int kHistogramQuantityCount = 4;

/// How values are put in bins: equal bins over the values' own range, or equal bins of log₁₀|x|
/// (the size of a value, its sign dropped, with a bin of its own for exact zeros).
enum class HistogramScale { Linear, LogMagnitude };
inline constexpr int kHistogramScaleCount = 2;

/// "weights", "activations", "deltas", "gradients"; "linear", "log-magnitude".
std::string_view histogramQuantityName(HistogramQuantity quantity);
std::string_view histogramScaleName(HistogramScale scale);

/// Bins of a linear histogram.
inline constexpr int kLinearBinCount = 32;
/// The decades of a log-magnitude histogram: |x| from 10⁻¹² to 10³, four bins a decade. A value
/// below 10⁻¹² (but not zero) counts in the first bin, one above 10³ in the last.
inline constexpr double kLogMagnitudeLow = -12.0;
inline constexpr double kLogMagnitudeHigh = 3.0;
inline constexpr int kLogBinsPerDecade = 4;

/// The counts of one set of values in equal bins.
struct Histogram {
    HistogramScale scale = HistogramScale::Linear;
    /// The range the bins divide, in the scale's coordinate: values for Linear ([min, max] of the
    /// values, or [v − ½, v + ½] when all equal v), log₁₀|x| for LogMagnitude.
    double low = 0.0;
    double high = 0.0;
    /// counts[i] holds the values in [low + i·w, low + (i + 1)·w), w = binWidth(); the last bin
    /// also holds `high`.
    std::vector<std::uint32_t> counts;
    /// LogMagnitude only: values that are exactly 0 (log₁₀|0| = −∞). Linear keeps zeros in their bin.
    std::uint32_t zeros = 0;
    /// NaN or infinite values, in no bin.
    std::uint32_t nonFinite = 0;

    int binCount() const { return static_cast<int>(counts.size()); }
    double binWidth() const;
    /// Edges of bin i in the scale's coordinate.
    double binLow(int i) const;
    double binHigh(int i) const;
    /// Every value counted: the bins, the zero bin and the non-finite ones.
    std::int64_t total() const;
    /// The largest count of a bin (the zero bin included).
    std::uint32_t largestCount() const;
};

/// Counts the values in `bins` equal bins over their own range. Non-finite values are counted
/// apart and do not widen the range.
Histogram linearHistogram(std::span<const double> values, int bins = kLinearBinCount);
/// Counts log₁₀|x| in the fixed bins of kLogMagnitudeLow..kLogMagnitudeHigh. A value whose
/// logarithm lies within 10⁻⁹ below a bin edge counts in the bin above it, so that 10⁻³ is always in
/// [10⁻³, 10^−2.75) whatever the last bit of log₁₀ says.
Histogram logMagnitudeHistogram(std::span<const double> values);
/// The median of |x| read from a log-magnitude histogram: 0 when half the values or more are
/// zeros, else 10 to the middle of the bin holding the middle value (exact to an eighth of a decade).
/// Without zeros, the median of the values that are not exactly 0 (a relu unit that is off passes
/// back a δ of exactly 0: the size of the others is the question), 0 when all are.
double medianMagnitude(const Histogram &logMagnitude, bool withZeros = true);

/// Every histogram of one layer: [quantity][scale].
struct LayerHistograms {
    std::array<std::array<Histogram, kHistogramScaleCount>, kHistogramQuantityCount> of;

    const Histogram &histogram(HistogramQuantity quantity, HistogramScale scale) const
    {
        return of[static_cast<std::size_t>(quantity)][static_cast<std::size_t>(scale)];
    }
};

/// The distributions of every layer at one moment of a run.
struct HistogramRow {
    /// Epochs completed when it was taken.
    std::int64_t epoch = 0;
    /// The samples whose activations and δ are counted (see histogramSamples).
    int sampleCount = 0;
    /// Index l − 1 holds layer l (1..L).
    std::vector<LayerHistograms> layers;
};

/// Activations and δ are taken over the whole training set up to this many samples, otherwise
/// over this many evenly spaced ones, so that the cost stays bounded.
inline constexpr int kMaxHistogramSamples = 256;

/// The training samples a row counts: all of 0..m−1 when m ≤ kMaxHistogramSamples, otherwise
/// ⌊i·m / kMaxHistogramSamples⌋ for i = 0..kMaxHistogramSamples−1 (the same every epoch).
std::vector<int> histogramSamples(int sampleCount);

/// The distributions of the network on the dataset's training samples: W and ∂E/∂W of each layer,
/// and aˡ and δˡ of every counted sample, by the forward and backward passes training uses (one
/// batch of the counted samples; ∂E/∂wˡⱼₖ is the gradient of their mean loss). ws is scratch memory,
/// resized when it does not fit; the network is not changed. The dataset must fit the network.
HistogramRow computeHistograms(const Network &network, const Dataset &dataset, std::int64_t epoch,
                               Workspace &ws);

} // namespace bp
