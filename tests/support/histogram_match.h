#pragma once

#include "core/analysis/histogram_history.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace bp::test {

/// Passes when both histograms have the same scale, range (bit for bit), counts, zeros and
/// non-finite count.
inline ::testing::AssertionResult histogramsIdentical(const Histogram &a, const Histogram &b)
{
    if (a.scale != b.scale || std::memcmp(&a.low, &b.low, sizeof a.low) != 0 ||
        std::memcmp(&a.high, &b.high, sizeof a.high) != 0 || a.zeros != b.zeros || a.nonFinite != b.nonFinite)
        return ::testing::AssertionFailure() << "scale, range, zeros or non-finite differ: [" << a.low << ", "
                                             << a.high << "] vs [" << b.low << ", " << b.high << "]";
    if (a.counts != b.counts)
        return ::testing::AssertionFailure() << "the counts differ";
    return ::testing::AssertionSuccess();
}

/// Passes when both lists hold rows of the same epochs, samples and histograms; otherwise the
/// message names the row, layer, quantity and scale.
inline ::testing::AssertionResult histogramRowsIdentical(const std::vector<HistogramRowPointer> &got,
                                                         const std::vector<HistogramRowPointer> &expected)
{
    if (got.size() != expected.size())
        return ::testing::AssertionFailure() << got.size() << " rows vs " << expected.size();
    for (std::size_t r = 0; r < got.size(); ++r) {
        const HistogramRow &a = *got[r];
        const HistogramRow &b = *expected[r];
        if (a.epoch != b.epoch || a.sampleCount != b.sampleCount || a.layers.size() != b.layers.size())
            return ::testing::AssertionFailure() << "row " << r << ": epoch " << a.epoch << " vs " << b.epoch
                                                 << ", or its samples or layers differ";
        for (std::size_t l = 0; l < a.layers.size(); ++l)
            for (int q = 0; q < kHistogramQuantityCount; ++q)
                for (int s = 0; s < kHistogramScaleCount; ++s) {
                    const auto quantity = static_cast<HistogramQuantity>(q);
                    const auto scale = static_cast<HistogramScale>(s);
                    if (auto same = histogramsIdentical(a.layers[l].histogram(quantity, scale),
                                                        b.layers[l].histogram(quantity, scale));
                        !same)
                        return ::testing::AssertionFailure()
                               << "row " << r << ", layer " << l + 1 << ", quantity " << q << ", scale " << s
                               << ": " << same.message();
                }
    }
    return ::testing::AssertionSuccess();
}

} // namespace bp::test
