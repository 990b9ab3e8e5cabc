// An epoch chart's axes without a chart: ranges worked by hand from the points a line holds.
#include "ui/charts/epoch_ranges.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bp::ui {
namespace {

using epoch_ranges::Range;

SeriesBuffer::Extent extent(double firstX, double lastX, double minimumY, double maximumY,
                            std::optional<double> minimumPositiveY = std::nullopt, std::int64_t nonPositive = 0)
{
    SeriesBuffer::Extent e;
    e.first = QPointF(firstX, minimumY);
    e.lastX = lastX;
    e.minimumY = minimumY;
    e.maximumY = maximumY;
    e.minimumPositiveY = minimumPositiveY ? minimumPositiveY : (minimumY > 0.0 ? std::optional(minimumY) : std::nullopt);
    e.nonPositiveCount = nonPositive;
    return e;
}

void expectRange(Range range, double low, double high)
{
    EXPECT_DOUBLE_EQ(range.low, low);
    EXPECT_DOUBLE_EQ(range.high, high);
}

TEST(EpochRanges, TheEpochAxisStartsAtZeroForARunFromItsStartAndIsAtLeastTenWide)
{
    expectRange(epoch_ranges::epochRange({}, {}, std::nullopt), 0, 10);
    expectRange(epoch_ranges::epochRange({extent(1, 3, 0.5, 0.9)}, {}, std::nullopt), 0, 10);
    expectRange(epoch_ranges::epochRange({extent(1, 50, 0.5, 0.9), extent(1, 70, 0.1, 0.2)}, {}, std::nullopt),
                0, 70);
    // A run reopened at epoch 20 keeps its own start.
    expectRange(epoch_ranges::epochRange({extent(20, 25, 0.5, 0.9)}, {}, std::nullopt), 20, 30);
}

TEST(EpochRanges, MarkersAndTheCursorWidenTheEpochAxisButMarkersBeyondTheCursorDoNot)
{
    const std::vector<SeriesBuffer::Extent> lines = {extent(1, 40, 0.5, 0.9)};
    expectRange(epoch_ranges::epochRange(lines, {60.0}, std::nullopt), 0, 60);
    // Put back to epoch 30 (the extents are cut there): a marker at 60 is in the future.
    const std::vector<SeriesBuffer::Extent> upToCursor = {extent(1, 30, 0.5, 0.9)};
    expectRange(epoch_ranges::epochRange(upToCursor, {25.0, 60.0}, 30.0), 0, 30);
    expectRange(epoch_ranges::epochRange(upToCursor, {}, 45.0), 0, 45);
    // Without data neither markers nor the cursor make an axis.
    expectRange(epoch_ranges::epochRange({}, {60.0}, 45.0), 0, 10);
}

TEST(EpochRanges, TheLinearAxisHoldsZeroAndNeverHasZeroHeight)
{
    expectRange(epoch_ranges::linearRange({}), 0, 1);
    expectRange(epoch_ranges::linearRange({extent(1, 9, 0.2, 0.9)}), 0, 0.9);
    expectRange(epoch_ranges::linearRange({extent(1, 9, -3, -1), extent(1, 9, 0.5, 2)}), -3, 2);
    expectRange(epoch_ranges::linearRange({extent(1, 9, 0, 0)}), 0, 1);
    expectRange(epoch_ranges::linearRange({extent(1, 9, -4, -4)}), -4, 0); // the top is 0 here
    expectRange(epoch_ranges::linearRange({extent(1, 9, 5, 5)}), 0, 5);
}

TEST(EpochRanges, TheLogAxisSpansThePositiveDataAndDropsABitForValuesAtTheFloor)
{
    // Without positive data: the default range.
    const chart_style::LogRange none = epoch_ranges::logRange({extent(1, 9, 0, 0, std::nullopt, 9)});
    EXPECT_DOUBLE_EQ(none.top, chart_style::LogRange{}.top);
    // From 10⁻³ to 1: whole decades.
    const chart_style::LogRange range = epoch_ranges::logRange({extent(1, 9, 1e-3, 1.0)});
    EXPECT_DOUBLE_EQ(range.bottom, 1e-3);
    EXPECT_DOUBLE_EQ(range.top, 1.0);
    // Some values ≤ 0 on the same data: the bottom goes down by 5 % of the span's decades (3).
    const chart_style::LogRange lowered = epoch_ranges::logRange({extent(1, 9, 0.0, 1.0, 1e-3, 2)});
    EXPECT_NEAR(std::log10(lowered.bottom), -3.15, 1e-12);
    EXPECT_DOUBLE_EQ(lowered.top, 1.0);
    EXPECT_DOUBLE_EQ(epoch_ranges::dataLogRange({extent(1, 9, 0.0, 1.0, 1e-3, 2)}).bottom, 1e-3);
    // Never more than twelve decades.
    const chart_style::LogRange tall = epoch_ranges::logRange({extent(1, 9, 1e-30, 1.0)});
    EXPECT_NEAR(std::log10(tall.top / tall.bottom), 12.0, 1e-9);
}

TEST(EpochRanges, MinorGridLinesOnlyOverAFewDecades)
{
    EXPECT_EQ(epoch_ranges::logMinorTickCount(1e-3, 1.0), 8);
    EXPECT_EQ(epoch_ranges::logMinorTickCount(1e-4, 1.0), 0);
}

TEST(EpochRanges, AShortChartKeepsFewerRowsOfMarkerLabels)
{
    const double row = 20.0;
    EXPECT_EQ(epoch_ranges::markerRows(400, row), 3);
    EXPECT_EQ(epoch_ranges::markerRows(399, row), 2);
    EXPECT_EQ(epoch_ranges::markerRows(280, row), 2);
    EXPECT_EQ(epoch_ranges::markerRows(279, row), 1);
    EXPECT_EQ(epoch_ranges::markerRows(150, row), 1);
    EXPECT_EQ(epoch_ranges::markerRows(149, row), 0);
}

// The accuracy axis spans 0..1.05 with a tick every 0.25: five labels when the plot has room for
// five lines of 20 px, three (0, 0.5, 1) below that, and never only "0" and "1", however short.
TEST(EpochRanges, TheAccuracyAxisKeepsAtLeastThreeTicks)
{
    const double label = 20.0;
    EXPECT_DOUBLE_EQ(epoch_ranges::fittedTickInterval(0.25, 1.05, 5.2 * label, label), 0.25);
    EXPECT_DOUBLE_EQ(epoch_ranges::fittedTickInterval(0.25, 1.05, 5.1 * label, label), 0.5);
    EXPECT_DOUBLE_EQ(epoch_ranges::fittedTickInterval(0.25, 1.05, 3.1 * label, label), 0.5);
    EXPECT_DOUBLE_EQ(epoch_ranges::fittedTickInterval(0.25, 1.05, 1.0 * label, label), 0.5);
    EXPECT_DOUBLE_EQ(epoch_ranges::fittedTickInterval(0.25, 1.05, 0.0, label), 0.5);
    // A span of 10 with a tick every 1: 2, then 4, never 8 (one tick between the ends).
    EXPECT_DOUBLE_EQ(epoch_ranges::fittedTickInterval(1.0, 10.0, 1.0, label), 4.0);
    EXPECT_DOUBLE_EQ(epoch_ranges::fittedTickInterval(0.0, 1.0, 1.0, label), 0.0);
}

TEST(EpochRanges, TickLabelsGetTheDecimalsTheirIntervalNeeds)
{
    EXPECT_EQ(epoch_ranges::decimalsFor(0.25), 2);
    EXPECT_EQ(epoch_ranges::decimalsFor(0.5), 1);
    EXPECT_EQ(epoch_ranges::decimalsFor(0.1), 1);
    EXPECT_EQ(epoch_ranges::decimalsFor(0.2), 1);
    EXPECT_EQ(epoch_ranges::decimalsFor(0.05), 2);
    EXPECT_EQ(epoch_ranges::decimalsFor(1.0), 0);
    EXPECT_EQ(epoch_ranges::decimalsFor(4.0), 0);
}

} // namespace
} // namespace bp::ui
