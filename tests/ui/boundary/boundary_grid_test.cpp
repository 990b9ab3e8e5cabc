#include "ui/boundary/boundary_grid.h"
#include "ui/boundary/boundary_style.h"

#include "core/maths/metrics.h"
#include "tests/ui/boundary/boundary_test_support.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp::ui {
namespace {

TEST(PlaneExtent, IsTheLecturesSquareForDataInside)
{
    const PlaneExtent extent = extentFor(*test::planarDataset());
    EXPECT_DOUBLE_EQ(extent.x1Min, -1.1);
    EXPECT_DOUBLE_EQ(extent.x1Max, 1.1);
    EXPECT_DOUBLE_EQ(extent.x2Min, -1.1);
    EXPECT_DOUBLE_EQ(extent.x2Max, 1.1);
}

TEST(PlaneExtent, GrowsToHoldEveryPointWithAMargin)
{
    Dataset data = *test::planarDataset();
    data.testInputs(0, 0) = 3.0;
    data.inputs(1, 2) = -2.0;
    const PlaneExtent extent = extentFor(data);
    EXPECT_GT(extent.x1Max, 3.0);
    EXPECT_LT(extent.x1Max, 3.5);
    EXPECT_DOUBLE_EQ(extent.x1Min, -1.1);
    EXPECT_LT(extent.x2Min, -2.0);
    EXPECT_GT(extent.x2Min, -2.5);
    EXPECT_DOUBLE_EQ(extent.x2Max, 1.1);
}

TEST(BoundaryGrid, SamplesTheCellCentresWithOnePredict)
{
    const auto network = test::stepNetwork(3.0, 0.5);
    const BoundaryGrid grid = computeBoundaryGrid(*network, PlaneExtent{}, 10);
    ASSERT_EQ(grid.resolution, 10);
    ASSERT_EQ(grid.values.size(), 100u);
    EXPECT_NEAR(grid.sampleX1(0), -1.1 + 0.11, 1e-15);
    EXPECT_NEAR(grid.sampleX2(9), 1.1 - 0.11, 1e-15);
    Matrix points(2, 3);
    points << grid.sampleX1(0), grid.sampleX1(4), grid.sampleX1(9), grid.sampleX2(0), grid.sampleX2(7),
        grid.sampleX2(9);
    const Matrix expected = predict(*network, points);
    EXPECT_NEAR(grid.value(0, 0), expected(0, 0), 1e-12);
    EXPECT_NEAR(grid.value(4, 7), expected(0, 1), 1e-12);
    EXPECT_NEAR(grid.value(9, 9), expected(0, 2), 1e-12);
}

TEST(BoundaryGrid, InterpolatesExactlyAtSamplesAndLinearlyBetween)
{
    // Values outside 0..1 are interpolated as they are.
    std::vector<double> values(16);
    for (int j = 0; j < 4; ++j)
        for (int i = 0; i < 4; ++i)
            values[static_cast<std::size_t>(j * 4 + i)] = 10.0 * i + j;
    const BoundaryGrid grid = BoundaryGrid::fromValues(PlaneExtent{}, 4, values);
    EXPECT_FALSE(grid.usesLogit);
    for (int j = 0; j < 4; ++j)
        for (int i = 0; i < 4; ++i)
            EXPECT_EQ(grid.interpolate(grid.sampleX1(i), grid.sampleX2(j)), grid.value(i, j))
                << i << "," << j;
    const double midX1 = (grid.sampleX1(1) + grid.sampleX1(2)) / 2.0;
    const double midX2 = (grid.sampleX2(2) + grid.sampleX2(3)) / 2.0;
    EXPECT_NEAR(grid.interpolate(midX1, midX2), 15.0 + 2.5, 1e-12);
    // Beyond the outermost samples the edge value holds.
    EXPECT_NEAR(grid.interpolate(-5.0, grid.sampleX2(0)), 0.0, 1e-12);
    EXPECT_NEAR(grid.interpolate(5.0, 5.0), 33.0, 1e-12);
    EXPECT_TRUE(std::isnan(BoundaryGrid{}.interpolate(0.0, 0.0)));
}

TEST(BoundaryGrid, InterpolatesALogisticOutputInItsLogit)
{
    // a = σ(8 x₁ − 3 x₂ + 1): its logit is linear, so the interpolation is exact everywhere, even
    // across the steep middle where a linear blend of a would bend the boundary.
    const auto network = test::stepNetwork(8.0, 1.0);
    auto tilted = std::make_shared<Network>(*network);
    tilted->layer(1).weights << 8.0, -3.0;
    const BoundaryGrid grid = computeBoundaryGrid(*tilted, PlaneExtent{}, 12);
    EXPECT_TRUE(grid.usesLogit);
    Matrix points(2, 4);
    points << 0.013, -0.31, 0.77, -1.0, 0.5, -0.123, 0.2, 0.95;
    const Matrix expected = predict(*tilted, points);
    for (Eigen::Index k = 0; k < points.cols(); ++k)
        EXPECT_NEAR(grid.interpolate(points(0, k), points(1, k)), expected(0, k), 1e-12) << "point " << k;
    EXPECT_EQ(grid.interpolate(grid.sampleX1(3), grid.sampleX2(7)), grid.value(3, 7));
}

TEST(BoundaryContour, OfAVerticalStepLiesOnItsLine)
{
    const BoundaryGrid grid = computeBoundaryGrid(*test::stepNetwork(10.0, -2.0), PlaneExtent{}, 60);
    const auto segments = traceContour(grid, 0.5);
    // One crossing per row of cells.
    ASSERT_EQ(segments.size(), 59u);
    for (const ContourSegment &s : segments) {
        // σ(10 x₁ − 2) = ½ at x₁ = 0.2, found exactly because the logit is linear.
        EXPECT_NEAR(s.x1From, 0.2, 1e-12);
        EXPECT_NEAR(s.x1To, 0.2, 1e-12);
    }
}

TEST(BoundaryContour, OfACircleIsClosedAndRound)
{
    // Hand-written values of a bump: ½ on the circle of radius 0.5.
    BoundaryGrid layout;
    layout.resolution = 80;
    std::vector<double> values(80 * 80);
    for (int j = 0; j < 80; ++j)
        for (int i = 0; i < 80; ++i) {
            const double r2 =
                layout.sampleX1(i) * layout.sampleX1(i) + layout.sampleX2(j) * layout.sampleX2(j);
            values[static_cast<std::size_t>(j * 80 + i)] = 1.0 / (1.0 + std::exp(8.0 * (r2 - 0.25)));
        }
    const BoundaryGrid grid = BoundaryGrid::fromValues(PlaneExtent{}, 80, values);
    const auto segments = traceContour(grid, 0.5);
    ASSERT_GT(segments.size(), 40u);
    double length = 0.0;
    for (const ContourSegment &s : segments) {
        EXPECT_NEAR(std::hypot(s.x1From, s.x2From), 0.5, 3e-3);
        length += std::hypot(s.x1To - s.x1From, s.x2To - s.x2From);
    }
    EXPECT_NEAR(length, 2.0 * M_PI * 0.5, 0.02);
}

TEST(BoundaryContour, JoinsIntoOneClosedLoopAndOneOpenLine)
{
    // A bump of radius 0.5 around the origin, plus a step on the right that leaves the grid.
    BoundaryGrid layout;
    layout.resolution = 60;
    std::vector<double> values(60 * 60);
    for (int j = 0; j < 60; ++j)
        for (int i = 0; i < 60; ++i) {
            const double x1 = layout.sampleX1(i);
            const double x2 = layout.sampleX2(j);
            const double bump = 8.0 * (0.25 - x1 * x1 - x2 * x2);
            values[static_cast<std::size_t>(j * 60 + i)] =
                1.0 / (1.0 + std::exp(-std::max(bump, 20.0 * (x1 - 0.9))));
        }
    const auto segments = traceContour(BoundaryGrid::fromValues(PlaneExtent{}, 60, values), 0.5);
    const auto lines = joinContour(segments);
    ASSERT_EQ(lines.size(), 2u);
    std::size_t points = 0;
    int closed = 0;
    for (const ContourLine &line : lines) {
        points += line.points.size();
        closed += line.closed ? 1 : 0;
        if (line.closed) {
            for (const ContourPoint &p : line.points)
                EXPECT_NEAR(std::hypot(p.x1, p.x2), 0.5, 5e-3);
        } else {
            for (const ContourPoint &p : line.points)
                EXPECT_NEAR(p.x1, 0.9, 1e-3);
            // From one edge of the grid to the other.
            EXPECT_NEAR(std::abs(line.points.front().x2 - line.points.back().x2), 2.2 - 2.2 / 60, 1e-9);
        }
    }
    EXPECT_EQ(closed, 1);
    // A closed loop of s segments has s points, an open line of s segments s + 1.
    EXPECT_EQ(points, segments.size() + 1);
}

TEST(BoundaryContour, ResolvesASaddleByTheCentreAndSkipsNaN)
{
    // Corners bottom-left, bottom-right / top-left, top-right: a checkerboard whose mean is above ½.
    auto segments = traceContour(BoundaryGrid::fromValues(PlaneExtent{}, 2, {1.0, 0.0, 0.2, 1.0}), 0.5);
    ASSERT_EQ(segments.size(), 2u);
    // The high diagonal stays joined: each segment cuts off one low corner.
    for (const ContourSegment &s : segments) {
        const double mx = (s.x1From + s.x1To) / 2.0;
        const double my = (s.x2From + s.x2To) / 2.0;
        EXPECT_TRUE((mx > 0.0 && my < 0.0) || (mx < 0.0 && my > 0.0)) << mx << ", " << my;
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_TRUE(traceContour(BoundaryGrid::fromValues(PlaneExtent{}, 2, {1.0, 0.0, nan, 1.0}), 0.5).empty());
}

TEST(BoundaryStyle, ColoursRunFromBlueThroughNeutralToOrange)
{
    const QColor low = boundary::outputColor(0.0);
    const QColor middle = boundary::outputColor(0.5);
    const QColor high = boundary::outputColor(1.0);
    EXPECT_GT(low.blue(), low.red() + 40);
    EXPECT_GT(high.red(), high.blue() + 40);
    EXPECT_LT(std::abs(middle.red() - middle.blue()), 8);
    // Light, so that points in full class colour stand out.
    EXPECT_GT(low.lightness(), 150);
    EXPECT_GT(high.lightness(), 150);
    EXPECT_GT(boundary::classColor(1).red(), boundary::classColor(1).blue() + 100);
    EXPECT_GT(boundary::classColor(0).blue(), boundary::classColor(0).red() + 100);
}

TEST(BoundaryStyle, DisplayHeatmapKeepsASharpBoundaryStraight)
{
    // A steep boundary at x₁ = 0.1 rendered at 300 px: the colour turns at the same column in
    // every row, although the grid has only 20 samples per axis.
    const BoundaryGrid grid = computeBoundaryGrid(*test::stepNetwork(40.0, -4.0), PlaneExtent{}, 20);
    const QImage image = boundary::renderHeatmap(grid, QSize(300, 300));
    ASSERT_EQ(image.size(), QSize(300, 300));
    const int expected = static_cast<int>(std::round((0.1 + 1.1) / 2.2 * 300.0));
    for (int y = 0; y < 300; y += 7) {
        int turn = -1;
        for (int x = 1; x < 300 && turn < 0; ++x) {
            const QColor c(image.pixel(x, y));
            if (c.red() > c.blue())
                turn = x;
        }
        EXPECT_NEAR(turn, expected, 1) << "row " << y;
    }
}

TEST(BoundaryStyle, HeatmapHasOnePixelPerSampleWithX2Upwards)
{
    const BoundaryGrid grid = computeBoundaryGrid(*test::stepNetwork(10.0), PlaneExtent{}, 20);
    const QImage image = boundary::heatmapImage(grid);
    ASSERT_EQ(image.size(), QSize(20, 20));
    // Top-left is the smallest x₁ at the largest x₂: a ≈ 0.
    EXPECT_EQ(image.pixel(0, 0), boundary::outputColor(0.0).rgb());
    EXPECT_EQ(image.pixel(19, 10), boundary::outputColor(1.0).rgb());
    EXPECT_EQ(image.pixel(0, 10), boundary::outputColor(0.0).rgb());
}

} // namespace
} // namespace bp::ui
