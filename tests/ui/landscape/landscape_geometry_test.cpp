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
    EXPECT_TRUE(isWellInside(request, 1.0, 1.0));
    EXPECT_FALSE(isWellInside(request, 2.9, 1.0));
    EXPECT_FALSE(isWellInside(request, 1.0, 0.1));
}

// One logistic neuron, one input: E = ½(σ(w·x + b) − t)², by hand at w = b = 0, x = 2, t = 0:
// z = 0, a = ½, σ′(0) = ¼, so ∂E/∂w = (a − t)·σ′·x = ¼ and ∂E/∂b = (a − t)·σ′ = ⅛.
LossLandscape tinySlice(double learningRate)
{
    Network network({1, 1}, {Activation::Logistic});
    network.layer(1).weights << 0.0;
    network.layer(1).biases << 0.0;
    Matrix inputs(1, 1);
    inputs << 2.0;
    Matrix targets(1, 1);
    targets << 0.0;
    const ParameterIndex weight{1, 0, 0};
    const ParameterIndex bias{1, 0, -1};
    // Both axes from −1 to 1 (centredRequest: value ± max(1, |value|)).
    return computeLossLandscape(network, inputs, targets, centredRequest(network, weight, bias, 5), learningRate);
}

TEST(LandscapeGeometry, TheStepArrowEndsAtMinusEtaTimesTheGradientAtItsTrueLength)
{
    // η = 2: −η∇E = (−½, −¼), inside the slice, drawn whole.
    const LossLandscape slice = tinySlice(2.0);
    const PlaneStep step = planeStep(slice);
    EXPECT_EQ(step.from, QPointF(0.0, 0.0));
    EXPECT_NEAR(step.to.x(), -0.5, 1e-15);
    EXPECT_NEAR(step.to.y(), -0.25, 1e-15);
    EXPECT_NEAR(step.length, std::hypot(0.5, 0.25), 1e-15);
    EXPECT_FALSE(step.isClipped());
    // On screen: the plot's 400 px span the 2 units of each axis.
    const PlaneMapping mapping = PlaneMapping::of(QRectF(0, 0, 400, 400), slice.request);
    const QPointF end = mapping.toPixel(step.to.x(), step.to.y());
    EXPECT_NEAR(end.x(), 100.0, 1e-12);
    EXPECT_NEAR(end.y(), 250.0, 1e-12);
}

TEST(LandscapeGeometry, AStepBeyondTheSliceIsCutAtItsEdge)
{
    // η = 8: −η∇E = (−2, −1) would end outside w ≥ −1; half of it is drawn, to (−1, −½).
    const PlaneStep step = planeStep(tinySlice(8.0));
    EXPECT_TRUE(step.isClipped());
    EXPECT_NEAR(step.shown, 0.5, 1e-15);
    EXPECT_NEAR(step.to.x(), -1.0, 1e-15);
    EXPECT_NEAR(step.to.y(), -0.5, 1e-15);
    EXPECT_NEAR(step.length, std::hypot(2.0, 1.0), 1e-15);
}

TEST(LandscapeGeometry, TheValueAtAGridPointIsTheGridsAndNothingOutside)
{
    const LossLandscape slice = tinySlice(1.0);
    // Grid point (1, 3): w = −½, b = ½ (five points from −1 to 1).
    EXPECT_EQ(sliceValueAt(slice, -0.5, 0.5), slice.loss(1, 3));
    const double a = 1.0 / (1.0 + std::exp(-(-0.5 * 2.0 + 0.5)));
    EXPECT_NEAR(sliceValueAt(slice, -0.5, 0.5), 0.5 * a * a, 1e-15);
    EXPECT_TRUE(std::isnan(sliceValueAt(slice, 1.5, 0.0)));
}

} // namespace
} // namespace bp::ui
