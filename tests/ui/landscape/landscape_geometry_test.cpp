#include "ui/landscape/landscape_geometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp::ui {
namespace {

TEST(LandscapeGeometry, LinearBandsSplitTheRangeEvenly)
{
    Matrix loss(2, 2);
    loss << 1.0, 2.0, 3.0, 5.0;
    const LandscapeBands bands = bandsFor(loss, 4);
    EXPECT_FALSE(bands.logarithmic);
    ASSERT_EQ(bands.bandCount(), 4);
    EXPECT_EQ(bands.levels, (std::vector<double>{1.0, 2.0, 3.0, 4.0, 5.0}));
    EXPECT_EQ(bands.bandOf(1.0), 0);
    EXPECT_EQ(bands.bandOf(2.5), 1);
    EXPECT_EQ(bands.bandOf(5.0), 3); // the highest value belongs to the last band
    EXPECT_EQ(bands.bandOf(-7.0), 0);
    EXPECT_EQ(bands.bandOf(std::nan("")), -1);
    EXPECT_DOUBLE_EQ(bands.position(3.0), 0.5);
}

TEST(LandscapeGeometry, WideRangesGetLogarithmicBands)
{
    Matrix loss(1, 3);
    loss << 0.001, 0.1, std::numeric_limits<double>::quiet_NaN();
    const LandscapeBands bands = bandsFor(loss, 2);
    EXPECT_TRUE(bands.logarithmic);
    ASSERT_EQ(bands.bandCount(), 2);
    EXPECT_NEAR(bands.levels[1], 0.01, 1e-15);
    EXPECT_EQ(bands.bandOf(0.005), 0);
    EXPECT_EQ(bands.bandOf(0.02), 1);
    EXPECT_NEAR(bands.position(0.01), 0.5, 1e-12);
    // A flat grid has no bands.
    EXPECT_EQ(bandsFor(Matrix::Constant(3, 3, 2.0)).bandCount(), 0);
}

TEST(LandscapeGeometry, InterpolatesBilinearlyAndClamps)
{
    Matrix loss(2, 2);
    loss << 0.0, 1.0, 2.0, 3.0; // loss(i, j) = 2i + j
    EXPECT_DOUBLE_EQ(interpolateGrid(loss, 0.5, 0.5), 1.5);
    EXPECT_DOUBLE_EQ(interpolateGrid(loss, 1.0, 0.25), 2.25);
    EXPECT_DOUBLE_EQ(interpolateGrid(loss, -3.0, 9.0), 1.0);
}

TEST(LandscapeGeometry, MapsThePlaneWithTheSecondWeightUp)
{
    LandscapeRequest request;
    request.firstLow = -1.0;
    request.firstHigh = 3.0;
    request.secondLow = 0.0;
    request.secondHigh = 2.0;
    const PlaneMapping mapping = PlaneMapping::of(QRectF(10, 20, 400, 200), request);
    EXPECT_EQ(mapping.toPixel(-1.0, 0.0), QPointF(10, 220));
    EXPECT_EQ(mapping.toPixel(3.0, 2.0), QPointF(410, 20));
    EXPECT_EQ(mapping.toPlane(QPointF(210, 120)), QPointF(1.0, 1.0));
    // One unit of the first weight is 100 px, of the second 100 px up: (1, 1) points up-right at 45°.
    const QPointF d = mapping.screenDirection(1.0, 1.0, std::sqrt(2.0) * 10);
    EXPECT_NEAR(d.x(), 10.0, 1e-12);
    EXPECT_NEAR(d.y(), -10.0, 1e-12);
    EXPECT_TRUE(mapping.screenDirection(0.0, 0.0, 10).isNull());
    EXPECT_TRUE(isWellInside(request, 1.0, 1.0));
    EXPECT_FALSE(isWellInside(request, 2.9, 1.0));
    EXPECT_FALSE(isWellInside(request, 1.0, 0.1));
}

} // namespace
} // namespace bp::ui
