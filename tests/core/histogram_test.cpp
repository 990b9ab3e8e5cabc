// Histograms over time: bins checked by hand, counts against the number of values, the bounded
// history, the rows against independent computations, and the vanishing gradient they show.
#include "core/analysis/histogram.h"
#include "core/analysis/histogram_history.h"
#include "core/data/dataset.h"
#include "core/data/preset.h"
#include "core/maths/gradient_check.h"
#include "core/maths/metrics.h"
#include "core/maths/random.h"
#include "core/training/trainer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace bp {
namespace {

std::vector<std::uint32_t> countsOf(const Histogram &histogram)
{
    return histogram.counts;
}

int binOf(const Histogram &histogram)
{
    for (int i = 0; i < histogram.binCount(); ++i)
        if (histogram.counts[static_cast<std::size_t>(i)] > 0)
            return i;
    return -1;
}

TEST(Histogram, LinearBinsByHand)
{
    // Range [0, 4] in four bins of width 1: [0,1) [1,2) [2,3) [3,4], the last one closed.
    const std::vector<double> values = {0.0, 1.0, 2.0, 3.0, 4.0};
    const Histogram h = linearHistogram(values, 4);
    EXPECT_EQ(h.low, 0.0);
    EXPECT_EQ(h.high, 4.0);
    EXPECT_EQ(h.binWidth(), 1.0);
    EXPECT_EQ(countsOf(h), (std::vector<std::uint32_t>{1, 1, 1, 2}));
    EXPECT_EQ(h.total(), 5);
    EXPECT_EQ(h.zeros, 0u) << "a linear histogram keeps zeros in their bin";

    // Signed values: two bins either side of 0.
    const std::vector<double> signedValues = {-1.0, -0.25, 0.5, 1.0};
    EXPECT_EQ(countsOf(linearHistogram(signedValues, 2)), (std::vector<std::uint32_t>{2, 2}));

    const std::vector<double> skewed = {0.0, 0.1, 0.2, 0.3, 10.0};
    const Histogram s = linearHistogram(skewed, 10);
    EXPECT_EQ(s.counts[0], 4u);
    EXPECT_EQ(s.counts[9], 1u);
    EXPECT_DOUBLE_EQ(s.binLow(9), 9.0);
    EXPECT_EQ(s.binHigh(9), 10.0);
}

TEST(Histogram, OneRepeatedValueSitsInTheMiddleOfAUnitRange)
{
    const std::vector<double> same = {3.0, 3.0, 3.0};
    const Histogram h = linearHistogram(same, 4);
    EXPECT_EQ(h.low, 2.5);
    EXPECT_EQ(h.high, 3.5);
    EXPECT_EQ(countsOf(h), (std::vector<std::uint32_t>{0, 0, 3, 0}));

    const Histogram empty = linearHistogram({}, 4);
    EXPECT_EQ(empty.total(), 0);
    EXPECT_LT(empty.low, empty.high);
}

TEST(Histogram, NonFiniteValuesAreCountedApartAndDoNotWidenTheRange)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> values = {1.0, nan, inf, 2.0, -inf};
    const Histogram linear = linearHistogram(values, 2);
    EXPECT_EQ(linear.low, 1.0);
    EXPECT_EQ(linear.high, 2.0);
    EXPECT_EQ(linear.nonFinite, 3u);
    EXPECT_EQ(countsOf(linear), (std::vector<std::uint32_t>{1, 1}));
    EXPECT_EQ(linear.total(), 5);
    const Histogram log = logMagnitudeHistogram(values);
    EXPECT_EQ(log.nonFinite, 3u);
    EXPECT_EQ(log.total(), 5);
}

TEST(Histogram, LogMagnitudeBinsOfAThousandthAMillionthAndZero)
{
    // Four bins a decade from 10⁻¹²: 10⁻³ starts bin (−3 + 12)·4 = 36, 10⁻⁶ starts bin 24.
    const Histogram thousandth = logMagnitudeHistogram(std::vector<double>{1e-3});
    ASSERT_EQ(binOf(thousandth), 36);
    EXPECT_DOUBLE_EQ(thousandth.binLow(36), -3.0);
    EXPECT_DOUBLE_EQ(thousandth.binHigh(36), -2.75);

    const Histogram millionth = logMagnitudeHistogram(std::vector<double>{1e-6});
    ASSERT_EQ(binOf(millionth), 24);
    EXPECT_DOUBLE_EQ(millionth.binLow(24), -6.0);

    const Histogram zero = logMagnitudeHistogram(std::vector<double>{0.0});
    EXPECT_EQ(zero.zeros, 1u);
    EXPECT_EQ(binOf(zero), -1) << "zero has a bin of its own, not the lowest decade";
    EXPECT_EQ(zero.total(), 1);

    // The sign is dropped; the edges of a bin are those of its decade; beyond the ends, the end bins.
    const std::vector<double> mixed = {-1e-3, 1e-3, 0.0017, 0.00178, 1e-20, 1e10, -0.0};
    const Histogram h = logMagnitudeHistogram(mixed);
    EXPECT_EQ(h.binCount(), 60);
    EXPECT_EQ(h.counts[36], 3u); // ±10⁻³ and 1.7·10⁻³ (log₁₀ = −2.77)
    EXPECT_EQ(h.counts[37], 1u); // 1.78·10⁻³ (log₁₀ = −2.7496)
    EXPECT_EQ(h.counts[0], 1u);
    EXPECT_EQ(h.counts[59], 1u);
    EXPECT_EQ(h.zeros, 1u);
    EXPECT_EQ(h.total(), 7);
}

TEST(Histogram, CountsSumToTheNumberOfValues)
{
    Random random(7);
    for (int size : {1, 2, 17, 1000, 4096}) {
        std::vector<double> values(static_cast<std::size_t>(size));
        for (double &v : values)
            v = random.uniform(-1.0, 1.0) * std::pow(10.0, random.uniform(-14.0, 5.0));
        values[0] = 0.0;
        const Histogram linear = linearHistogram(values);
        const Histogram log = logMagnitudeHistogram(values);
        EXPECT_EQ(linear.total(), size);
        EXPECT_EQ(log.total(), size);
        EXPECT_EQ(std::accumulate(linear.counts.begin(), linear.counts.end(), std::int64_t{0}), size);
        EXPECT_EQ(std::accumulate(log.counts.begin(), log.counts.end(), std::int64_t{0}) + log.zeros, size);
        EXPECT_EQ(linear.binCount(), kLinearBinCount);
    }
}

TEST(Histogram, MedianMagnitudeWithinAnEighthOfADecadeOfTheExactMedian)
{
    Random random(3);
    for (int trial = 0; trial < 20; ++trial) {
        std::vector<double> values(101);
        for (double &v : values)
            v = (random.uniform01() < 0.5 ? -1.0 : 1.0) * std::pow(10.0, random.uniform(-9.0, 1.0));
        std::vector<double> magnitudes(values.size());
        std::transform(values.begin(), values.end(), magnitudes.begin(),
                       [](double v) { return std::abs(v); });
        std::nth_element(magnitudes.begin(), magnitudes.begin() + 50, magnitudes.end());
        const double exact = magnitudes[50];
        const double estimate = medianMagnitude(logMagnitudeHistogram(values));
        EXPECT_NEAR(std::log10(estimate), std::log10(exact), 0.125 + 1e-9);
    }
    EXPECT_EQ(medianMagnitude(logMagnitudeHistogram(std::vector<double>{0.0, 0.0, 1.0})), 0.0);
    // Without the zeros: the median of the others.
    EXPECT_NEAR(
        std::log10(medianMagnitude(logMagnitudeHistogram(std::vector<double>{0.0, 0.0, 0.0, 1e-4}), false)),
        -3.875, 1e-12);
    EXPECT_EQ(medianMagnitude(logMagnitudeHistogram(std::vector<double>{0.0}), false), 0.0);
    EXPECT_NEAR(std::log10(medianMagnitude(logMagnitudeHistogram(std::vector<double>{0.0, 1e-4, 1e-4}))),
                -3.875, 1e-12);
}

HistogramRowPointer rowAt(std::int64_t epoch)
{
    auto row = std::make_shared<HistogramRow>();
    row->epoch = epoch;
    return row;
}

TEST(HistogramHistory, StrideDoublesWhenTheNewestEpochReachesTheCapacity)
{
    EXPECT_EQ(HistogramHistory::strideFor(0, 4), 1);
    EXPECT_EQ(HistogramHistory::strideFor(3, 4), 1);
    EXPECT_EQ(HistogramHistory::strideFor(4, 4), 2);
    EXPECT_EQ(HistogramHistory::strideFor(7, 4), 2);
    EXPECT_EQ(HistogramHistory::strideFor(8, 4), 4);
    EXPECT_TRUE(HistogramHistory::isScheduled(6, 4));
    EXPECT_FALSE(HistogramHistory::isScheduled(7, 4));
    EXPECT_FALSE(HistogramHistory::isScheduled(10, 4));
    EXPECT_TRUE(HistogramHistory::isScheduled(12, 4));

    HistogramHistory history(4);
    for (std::int64_t epoch = 0; epoch <= 9; ++epoch)
        history.append(rowAt(epoch));
    std::vector<std::int64_t> epochs;
    for (const HistogramRowPointer &row : history.rows())
        epochs.push_back(row->epoch);
    // Newest 9: stride 4, so 0, 4, 8 and the newest itself.
    EXPECT_EQ(epochs, (std::vector<std::int64_t>{0, 4, 8, 9}));
}

TEST(HistogramHistory, BoundHoldsAfterAHundredThousandEpochs)
{
    HistogramHistory every(HistogramHistory::kDefaultCapacity);
    HistogramHistory scheduled(HistogramHistory::kDefaultCapacity);
    std::size_t largest = 0;
    for (std::int64_t epoch = 0; epoch <= 100'000; ++epoch) {
        every.append(rowAt(epoch));
        largest = std::max(largest, every.rows().size());
        if (HistogramHistory::isScheduled(epoch))
            scheduled.append(rowAt(epoch));
    }
    EXPECT_LE(largest, static_cast<std::size_t>(HistogramHistory::kDefaultCapacity) + 1);
    EXPECT_LE(scheduled.rows().size(), static_cast<std::size_t>(HistogramHistory::kDefaultCapacity));
    // Still spread over the whole run, evenly: from epoch 0, one stride apart, to the newest.
    const std::int64_t stride = HistogramHistory::strideFor(100'000);
    EXPECT_EQ(stride, 512);
    const auto &rows = every.rows();
    EXPECT_EQ(rows.front()->epoch, 0);
    EXPECT_EQ(rows.back()->epoch, 100'000);
    for (std::size_t i = 1; i + 1 < rows.size(); ++i)
        EXPECT_EQ(rows[i]->epoch - rows[i - 1]->epoch, stride) << "at row " << i;
    EXPECT_GE(rows.size(), static_cast<std::size_t>(HistogramHistory::kDefaultCapacity) / 2);
    EXPECT_EQ(scheduled.rows().back()->epoch, 99'840); // the last multiple of 512
}

TEST(HistogramHistory, AnEarlierEpochRewritesTheFuture)
{
    HistogramHistory history(64);
    for (std::int64_t epoch = 0; epoch <= 10; ++epoch)
        history.append(rowAt(epoch));
    history.append(rowAt(6));
    ASSERT_EQ(history.rows().size(), 7u);
    EXPECT_EQ(history.rows().back()->epoch, 6);
    history.truncateAfter(3);
    EXPECT_EQ(history.rows().back()->epoch, 3);
    history.append(nullptr);
    EXPECT_EQ(history.rows().size(), 4u);
    history.clear();
    EXPECT_TRUE(history.isEmpty());
}

TEST(HistogramRow, CountsEveryValueOfEveryLayer)
{
    const Preset preset = makePreset("encoder-8-3-8", 1);
    const Network network = preset.makeNetwork(1);
    Workspace ws;
    const HistogramRow row = computeHistograms(network, preset.dataset, 12, ws);
    EXPECT_EQ(row.epoch, 12);
    EXPECT_EQ(row.sampleCount, 8);
    ASSERT_EQ(row.layers.size(), 2u);
    const std::int64_t m = 8;
    const std::int64_t counts[2][4] = {{3 * 8, 3 * m, 3 * m, 3 * 8}, {8 * 3, 8 * m, 8 * m, 8 * 3}};
    for (std::size_t l = 0; l < 2; ++l) {
        for (int q = 0; q < kHistogramQuantityCount; ++q) {
            for (HistogramScale scale : {HistogramScale::Linear, HistogramScale::LogMagnitude})
                EXPECT_EQ(row.layers[l].histogram(static_cast<HistogramQuantity>(q), scale).total(),
                          counts[l][q])
                    << "layer " << l + 1 << " quantity "
                    << histogramQuantityName(static_cast<HistogramQuantity>(q));
        }
    }
}

TEST(HistogramRow, AgreesWithTheActivationsAndWithCentralDifferences)
{
    // XOR: four samples, all counted. The activations from the evaluation code, the gradients from
    // central differences of the mean loss: neither goes through the histograms' own passes.
    Preset preset = makePreset("xor", 1);
    const Network network = preset.makeNetwork(5);
    Workspace ws;
    const HistogramRow row = computeHistograms(network, preset.dataset, 0, ws);
    const std::vector<Matrix> activations = activationsOf(network, preset.dataset.inputs);
    const GradientCheck check = checkGradients(network, preset.dataset.inputs, preset.dataset.targets);
    for (std::size_t l = 0; l < row.layers.size(); ++l) {
        const Matrix &a = activations[l];
        const Histogram expected =
            linearHistogram(std::span<const double>(a.data(), static_cast<std::size_t>(a.size())));
        const Histogram &got =
            row.layers[l].histogram(HistogramQuantity::Activations, HistogramScale::Linear);
        EXPECT_NEAR(got.low, expected.low, 1e-14);
        EXPECT_NEAR(got.high, expected.high, 1e-14);
        EXPECT_EQ(got.counts, expected.counts) << "layer " << l + 1;

        const Matrix &numeric = check.numericWeights[l];
        const Histogram &gradient =
            row.layers[l].histogram(HistogramQuantity::WeightGradients, HistogramScale::Linear);
        EXPECT_NEAR(gradient.low, numeric.minCoeff(), 1e-8) << "layer " << l + 1;
        EXPECT_NEAR(gradient.high, numeric.maxCoeff(), 1e-8) << "layer " << l + 1;
        const Histogram &weights =
            row.layers[l].histogram(HistogramQuantity::Weights, HistogramScale::Linear);
        EXPECT_EQ(weights.low, network.layers()[l].weights.minCoeff());
        EXPECT_EQ(weights.high, network.layers()[l].weights.maxCoeff());
    }
}

TEST(HistogramRow, LargeDatasetsAreCountedOnABoundedEvenlySpacedSubsample)
{
    EXPECT_EQ(histogramSamples(3), (std::vector<int>{0, 1, 2}));
    const std::vector<int> many = histogramSamples(1437);
    ASSERT_EQ(many.size(), static_cast<std::size_t>(kMaxHistogramSamples));
    EXPECT_EQ(many.front(), 0);
    EXPECT_EQ(many[1], 5); // ⌊1437 / 256⌋
    EXPECT_EQ(many.back(), 1431); // ⌊255 · 1437 / 256⌋
    EXPECT_TRUE(std::is_sorted(many.begin(), many.end()));
    EXPECT_EQ(std::adjacent_find(many.begin(), many.end()), many.end());

    const Preset digits = makePreset("digits", 1);
    Workspace ws;
    const HistogramRow row = computeHistograms(digits.makeNetwork(1), digits.dataset, 0, ws);
    EXPECT_EQ(row.sampleCount, kMaxHistogramSamples);
    EXPECT_EQ(row.layers[0].histogram(HistogramQuantity::Deltas, HistogramScale::LogMagnitude).total(),
              16 * kMaxHistogramSamples);
}

// log₁₀ of the median |δ| at the last layer over the median |δ| at the first (of the δ that are
// not exactly 0: a relu unit that is off passes back exactly 0), after `epochs` of training, with
// every hidden layer's activation `hidden` (on the lesson's Xavier weights, or He's).
double deltaDecadesLastOverFirst(Activation hidden, bool he, std::uint64_t seed, int epochs)
{
    Preset preset = makePreset("vanishing-gradient", seed);
    Network network = preset.makeNetwork(seed);
    if (he)
        network.initialize(InitScheme::He, seed);
    for (int l = 1; l < network.layerCount(); ++l)
        network.setActivation(l, hidden);
    Trainer trainer(network, preset.dataset, preset.training);
    for (int e = 0; e < epochs; ++e)
        trainer.runEpoch();
    Workspace ws;
    const HistogramRow row = computeHistograms(trainer.network(), preset.dataset, trainer.epoch(), ws);
    const Histogram &first =
        row.layers.front().histogram(HistogramQuantity::Deltas, HistogramScale::LogMagnitude);
    const Histogram &last =
        row.layers.back().histogram(HistogramQuantity::Deltas, HistogramScale::LogMagnitude);
    if (hidden == Activation::Logistic)
        EXPECT_EQ(first.zeros, 0u) << "σ′ is never 0";
    else
        EXPECT_GT(first.zeros, first.total() / 4) << "relu′ = 0 for the units that are off";
    return std::log10(medianMagnitude(last, false) / medianMagnitude(first, false));
}

// Measured over seeds 1–10 at epochs 0 and 20: six logistic layers put the first layer's δ 3.25 to
// 4.25 decades below the last layer's; relu on the same weights 0.75 to 2.25 at epoch 0 and −0.25 to
// 1.25 at epoch 20, at least 1.5 decades less; relu on He's weights −0.5 to 1.5.
TEST(HistogramRow, SixLogisticLayersShrinkTheFirstLayersDeltaAndReluMuchLessSo)
{
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        for (int epochs : {0, 20}) {
            const double logistic = deltaDecadesLastOverFirst(Activation::Logistic, false, seed, epochs);
            const double relu = deltaDecadesLastOverFirst(Activation::Relu, false, seed, epochs);
            const double reluHe = deltaDecadesLastOverFirst(Activation::Relu, true, seed, epochs);
            SCOPED_TRACE(::testing::Message()
                         << "seed " << seed << ", epoch " << epochs << ": logistic " << logistic
                         << " decades, relu " << relu << ", relu with He " << reluHe);
            EXPECT_GT(logistic, 3.0);
            EXPECT_LT(relu, 2.5);
            EXPECT_GT(logistic - relu, 1.0);
            EXPECT_LT(reluHe, 2.0);
        }
    }
}

} // namespace
} // namespace bp
