#include "ui/boundary/boundary_grid.h"
#include "ui/boundary/boundary_style.h"

#include "core/metrics.h"
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
    // a = σ(0·x₁ + 0) is constant; use a linear-in-x₁ grid instead by writing the values by hand.
    BoundaryGrid grid;
    grid.resolution = 4;
    grid.values.resize(16);
    for (int j = 0; j < 4; ++j)
        for (int i = 0; i < 4; ++i)
            grid.values[static_cast<std::size_t>(j * 4 + i)] = 0.1 * i + 0.01 * j;
    for (int j = 0; j < 4; ++j)
        for (int i = 0; i < 4; ++i)
            EXPECT_EQ(grid.interpolate(grid.sampleX1(i), grid.sampleX2(j)), grid.value(i, j)) << i << "," << j;
    const double midX1 = (grid.sampleX1(1) + grid.sampleX1(2)) / 2.0;
    const double midX2 = (grid.sampleX2(2) + grid.sampleX2(3)) / 2.0;
    EXPECT_NEAR(grid.interpolate(midX1, midX2), 0.15 + 0.025, 1e-12);
    // Beyond the outermost samples the edge value holds.
    EXPECT_NEAR(grid.interpolate(-5.0, grid.sampleX2(0)), 0.0, 1e-12);
    EXPECT_NEAR(grid.interpolate(5.0, 5.0), 0.33, 1e-12);
    EXPECT_TRUE(std::isnan(BoundaryGrid{}.interpolate(0.0, 0.0)));
}

TEST(BoundaryContour, OfAVerticalStepLiesOnItsLine)
{
    const BoundaryGrid grid = computeBoundaryGrid(*test::stepNetwork(10.0, -2.0), PlaneExtent{}, 60);
    const auto segments = traceContour(grid, 0.5);
    // One crossing per row of cells.
    ASSERT_EQ(segments.size(), 59u);
    for (const ContourSegment &s : segments) {
        // σ(10 x₁ − 2) = ½ at x₁ = 0.2; linear interpolation of a logistic between samples 0.037
        // apart is off by far less than a pixel.
        EXPECT_NEAR(s.x1From, 0.2, 2e-4);
        EXPECT_NEAR(s.x1To, 0.2, 2e-4);
    }
}

TEST(BoundaryContour, OfACircleIsClosedAndRound)
{
    // Hand-written values of a bump: ½ on the circle of radius 0.5.
    BoundaryGrid grid;
    grid.resolution = 80;
    grid.values.resize(80 * 80);
    for (int j = 0; j < 80; ++j)
        for (int i = 0; i < 80; ++i) {
            const double r2 = grid.sampleX1(i) * grid.sampleX1(i) + grid.sampleX2(j) * grid.sampleX2(j);
            grid.values[static_cast<std::size_t>(j * 80 + i)] = 1.0 / (1.0 + std::exp(8.0 * (r2 - 0.25)));
        }
    const auto segments = traceContour(grid, 0.5);
    ASSERT_GT(segments.size(), 40u);
    double length = 0.0;
    for (const ContourSegment &s : segments) {
        EXPECT_NEAR(std::hypot(s.x1From, s.x2From), 0.5, 3e-3);
        length += std::hypot(s.x1To - s.x1From, s.x2To - s.x2From);
    }
    EXPECT_NEAR(length, 2.0 * M_PI * 0.5, 0.02);
}

TEST(BoundaryContour, ResolvesASaddleByTheCentreAndSkipsNaN)
{
    BoundaryGrid grid;
    grid.resolution = 2;
    // Corners bottom-left, bottom-right / top-left, top-right: a checkerboard, mean 0.55 > ½.
    grid.values = {1.0, 0.0, 0.2, 1.0};
    auto segments = traceContour(grid, 0.5);
    ASSERT_EQ(segments.size(), 2u);
    // The high diagonal stays joined: each segment cuts off one low corner.
    for (const ContourSegment &s : segments) {
        const double mx = (s.x1From + s.x1To) / 2.0;
        const double my = (s.x2From + s.x2To) / 2.0;
        EXPECT_TRUE((mx > 0.0 && my < 0.0) || (mx < 0.0 && my > 0.0)) << mx << ", " << my;
    }
    grid.values = {1.0, 0.0, std::numeric_limits<double>::quiet_NaN(), 1.0};
    EXPECT_TRUE(traceContour(grid, 0.5).empty());
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

TEST(BoundaryStyle, HeatmapHasOnePixelPerSampleWithX2Upwards)
{
    const BoundaryGrid grid = computeBoundaryGrid(*test::stepNetwork(10.0), PlaneExtent{}, 20);
    const QImage image = boundary::heatmapImage(grid);
    ASSERT_EQ(image.size(), QSize(20, 20));
    // Top-left is the smallest x₁ at the largest x₂: a ≈ 0.
    EXPECT_EQ(QColor(image.pixel(0, 0)), boundary::outputColor(0.0));
    EXPECT_EQ(QColor(image.pixel(19, 10)), boundary::outputColor(1.0));
    EXPECT_EQ(QColor(image.pixel(0, 10)), boundary::outputColor(0.0));
}

} // namespace
} // namespace bp::ui
