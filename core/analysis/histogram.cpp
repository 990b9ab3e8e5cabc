#include "core/analysis/histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp {

std::string_view histogramQuantityName(HistogramQuantity quantity)
{
    switch (quantity) {
    case HistogramQuantity::Weights: return "weights";
    case HistogramQuantity::Activations: return "activations";
    case HistogramQuantity::Deltas: return "deltas";
    case HistogramQuantity::WeightGradients: return "gradients";
    }
    return "weights";
}

std::string_view histogramScaleName(HistogramScale scale)
{
    return scale == HistogramScale::Linear ? "linear" : "log-magnitude";
}

double Histogram::binWidth() const
{
    return counts.empty() ? 0.0 : (high - low) / static_cast<double>(counts.size());
}

double Histogram::binLow(int i) const
{
    return low + static_cast<double>(i) * binWidth();
}

double Histogram::binHigh(int i) const
{
    // The last edge is `high` itself, not a sum that may miss it by a rounding.
    return i + 1 >= binCount() ? high : low + static_cast<double>(i + 1) * binWidth();
}

std::int64_t Histogram::total() const
{
    std::int64_t sum = static_cast<std::int64_t>(zeros) + static_cast<std::int64_t>(nonFinite);
    for (std::uint32_t count : counts)
        sum += count;
    return sum;
}

std::uint32_t Histogram::largestCount() const
{
    std::uint32_t largest = zeros;
    for (std::uint32_t count : counts)
        largest = std::max(largest, count);
    return largest;
}

namespace {

int clampBin(double position, int bins)
{
    if (!(position >= 0.0))
        return 0;
    if (position >= static_cast<double>(bins))
        return bins - 1;
    return static_cast<int>(position);
}

} // namespace

Histogram linearHistogram(std::span<const double> values, int bins)
{
    Histogram histogram;
    histogram.scale = HistogramScale::Linear;
    bins = std::max(bins, 1);
    histogram.counts.assign(static_cast<std::size_t>(bins), 0);
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    for (double value : values) {
        if (std::isfinite(value)) {
            min = std::min(min, value);
            max = std::max(max, value);
        }
    }
    if (!(min <= max)) // no finite value
        min = max = 0.0;
    if (min == max) {
        // One value (or none): a bin of width 1/bins around it, so it sits in the middle.
        min -= 0.5;
        max += 0.5;
    }
    histogram.low = min;
    histogram.high = max;
    const double scale = static_cast<double>(bins) / (max - min);
    for (double value : values) {
        if (!std::isfinite(value)) {
            ++histogram.nonFinite;
            continue;
        }
        ++histogram.counts[static_cast<std::size_t>(clampBin((value - min) * scale, bins))];
    }
    return histogram;
}

Histogram logMagnitudeHistogram(std::span<const double> values)
{
    // Within this many decades below an edge a value counts in the bin above: log₁₀ of a power of
    // ten held in a double may come out a last bit short.
    constexpr double kEdgeTolerance = 1e-9;
    Histogram histogram;
    histogram.scale = HistogramScale::LogMagnitude;
    histogram.low = kLogMagnitudeLow;
    histogram.high = kLogMagnitudeHigh;
    const int bins =
        static_cast<int>(std::lround((kLogMagnitudeHigh - kLogMagnitudeLow) * kLogBinsPerDecade));
    histogram.counts.assign(static_cast<std::size_t>(bins), 0);
    for (double value : values) {
        if (!std::isfinite(value)) {
            ++histogram.nonFinite;
        } else if (value == 0.0) {
            ++histogram.zeros;
        } else {
            const double position = (std::log10(std::abs(value)) - kLogMagnitudeLow + kEdgeTolerance) *
                                    static_cast<double>(kLogBinsPerDecade);
            ++histogram.counts[static_cast<std::size_t>(clampBin(position, bins))];
        }
    }
    return histogram;
}

double medianMagnitude(const Histogram &logMagnitude, bool withZeros)
{
    const std::uint32_t zeros = withZeros ? logMagnitude.zeros : 0;
    const std::int64_t counted =
        logMagnitude.total() - logMagnitude.nonFinite - (withZeros ? 0 : logMagnitude.zeros);
    if (counted <= 0)
        return 0.0;
    // The rank (from 1) of the lower median.
    const std::int64_t rank = (counted + 1) / 2;
    std::int64_t seen = zeros;
    if (seen >= rank)
        return 0.0;
    for (int i = 0; i < logMagnitude.binCount(); ++i) {
        seen += logMagnitude.counts[static_cast<std::size_t>(i)];
        if (seen >= rank)
            return std::pow(10.0, 0.5 * (logMagnitude.binLow(i) + logMagnitude.binHigh(i)));
    }
    return 0.0;
}

std::vector<int> histogramSamples(int sampleCount)
{
    std::vector<int> samples;
    if (sampleCount <= kMaxHistogramSamples) {
        samples.resize(static_cast<std::size_t>(std::max(sampleCount, 0)));
        for (int i = 0; i < sampleCount; ++i)
            samples[static_cast<std::size_t>(i)] = i;
        return samples;
    }
    samples.resize(kMaxHistogramSamples);
    for (int i = 0; i < kMaxHistogramSamples; ++i)
        samples[static_cast<std::size_t>(i)] =
            static_cast<int>(static_cast<std::int64_t>(i) * sampleCount / kMaxHistogramSamples);
    return samples;
}

HistogramRow computeHistograms(const Network &network, const Dataset &dataset, std::int64_t epoch,
                               Workspace &ws)
{
    const std::vector<int> samples = histogramSamples(dataset.sampleCount());
    const int count = static_cast<int>(samples.size());
    if (!ws.fits(network, count))
        ws.resize(network, count);
    for (int i = 0; i < count; ++i) {
        ws.input.col(i) = dataset.inputs.col(samples[static_cast<std::size_t>(i)]);
        ws.target.col(i) = dataset.targets.col(samples[static_cast<std::size_t>(i)]);
    }
    // The passes training runs, on one batch of the counted samples.
    forwardPass(network, ws);
    backwardPass(network, ws);

    HistogramRow row;
    row.epoch = epoch;
    row.sampleCount = count;
    row.layers.resize(network.layers().size());
    for (std::size_t i = 0; i < row.layers.size(); ++i) {
        auto put = [&](HistogramQuantity quantity, const Matrix &values) {
            const std::span<const double> all(values.data(), static_cast<std::size_t>(values.size()));
            auto &of = row.layers[i].of[static_cast<std::size_t>(quantity)];
            of[static_cast<std::size_t>(HistogramScale::Linear)] = linearHistogram(all);
            of[static_cast<std::size_t>(HistogramScale::LogMagnitude)] = logMagnitudeHistogram(all);
        };
        put(HistogramQuantity::Weights, network.layers()[i].weights);
        put(HistogramQuantity::Activations, ws.forward[i].activation);
        put(HistogramQuantity::Deltas, ws.backward[i].delta);
        put(HistogramQuantity::WeightGradients, ws.backward[i].gradWeights);
    }
    return row;
}

} // namespace bp
