// The code space's projection and hit testing without a widget: positions worked by hand from the
// rotation matrices, and invariants of an orthographic view of a turned cube.
#include "ui/representation/code_space_geometry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp::ui {
namespace {

constexpr double kHalfDiagonal = 0.8660254037844386; // √3 / 2

CodeSpaceGeometry cubeGeometry()
{
    CodeSpaceGeometry g;
    g.plot = QRectF(0, 0, 400, 400);
    g.center = QPointF(200, 200);
    g.scale = 100;
    g.pointRadius = 10;
    return g;
}

CodeSpaceGeometry squareGeometry()
{
    CodeSpaceGeometry g;
    g.plot = QRectF(0, 0, 300, 300);
    g.square = QRectF(50, 40, 200, 200);
    g.scale = 200;
    g.pointRadius = 10;
    return g;
}

CodeProjection cube(double yaw, double pitch)
{
    CodeProjection p;
    p.dimension = 3;
    p.yaw = yaw;
    p.pitch = pitch;
    return p;
}

void expectPoint(QPointF actual, double x, double y)
{
    EXPECT_NEAR(actual.x(), x, 1e-9);
    EXPECT_NEAR(actual.y(), y, 1e-9);
}

TEST(CodeSpaceGeometry, UnturnedCubeShowsUnitOneRightUnitTwoUpAndUnitThreeAsDepth)
{
    const CodeSpaceGeometry g = cubeGeometry();
    const CodeProjection p = cube(0, 0);
    expectPoint(p.projectUnit(g, 0.5, 0.5, 0.5).position, 200, 200);
    expectPoint(p.projectUnit(g, 1.0, 0.5, 0.5).position, 250, 200); // +½ along unit 1: right
    expectPoint(p.projectUnit(g, 0.5, 1.0, 0.5).position, 200, 150); // +½ along unit 2: up (y down)
    const ProjectedCode near = p.projectUnit(g, 0.5, 0.5, 1.0);
    expectPoint(near.position, 200, 200);
    EXPECT_NEAR(near.depth, 0.5 / kHalfDiagonal, 1e-12);
    EXPECT_NEAR(p.projectUnit(g, 0.5, 0.5, 0.5).depth, 0.0, 1e-12); // the centre
}

TEST(CodeSpaceGeometry, YawTurnsAboutTheVerticalAndPitchAboutTheHorizontal)
{
    const CodeSpaceGeometry g = cubeGeometry();
    // Yaw 90°: unit 1 points away from the viewer; unit 3 now goes right.
    const ProjectedCode x = cube(90, 0).projectUnit(g, 1.0, 0.5, 0.5);
    expectPoint(x.position, 200, 200);
    EXPECT_NEAR(x.depth, -0.5 / kHalfDiagonal, 1e-12);
    expectPoint(cube(90, 0).projectUnit(g, 0.5, 0.5, 1.0).position, 250, 200);
    // Pitch 90°: unit 2 points at the viewer, unit 3 goes down the screen.
    EXPECT_NEAR(cube(0, 90).projectUnit(g, 0.5, 1.0, 0.5).depth, 0.5 / kHalfDiagonal, 1e-12);
    expectPoint(cube(0, 90).projectUnit(g, 0.5, 0.5, 1.0).position, 200, 250);
}

TEST(CodeSpaceGeometry, TurningTheCubeKeepsEveryCornerAtItsDistanceFromTheCentre)
{
    const CodeSpaceGeometry g = cubeGeometry();
    for (const double yaw : {-170.0, -28.0, 0.0, 33.0, 95.0})
        for (const double pitch : {-90.0, -45.0, 20.0, 60.0, 90.0}) {
            const CodeProjection p = cube(yaw, pitch);
            for (int c = 0; c < 8; ++c) {
                const ProjectedCode corner = p.projectUnit(g, (c >> 2) & 1, (c >> 1) & 1, c & 1);
                const double dx = (corner.position.x() - g.center.x()) / g.scale;
                const double dy = (corner.position.y() - g.center.y()) / g.scale;
                const double dz = corner.depth * kHalfDiagonal;
                // Orthographic: screen offset and depth are the turned corner's coordinates.
                EXPECT_NEAR(dx * dx + dy * dy + dz * dz, 0.75, 1e-12) << yaw << " " << pitch << " " << c;
                EXPECT_LE(std::abs(corner.depth), 1.0 + 1e-12);
            }
        }
}

TEST(CodeSpaceGeometry, TheCubeShowsTheChosenUnitsOnTheRangeOfTheAxes)
{
    const CodeSpaceGeometry g = cubeGeometry();
    CodeProjection p = cube(0, 0);
    p.units = {3, 0, 1};
    p.low = -1.0;
    p.high = 1.0;
    Vector code(4);
    code << 0.0, 0.0, 0.9, 1.0; // unit 3 (shown first) at the top of the range, units 0 and 1 mid-way
    expectPoint(p.project(g, code).position, 250, 200);
    EXPECT_NEAR(p.normalized(-1.0), 0.0, 1e-12);
    EXPECT_NEAR(p.normalized(0.0), 0.5, 1e-12);
}

TEST(CodeSpaceGeometry, TheSquareHasTheOriginBottomLeftAndTheLineIsFlat)
{
    const CodeSpaceGeometry g = squareGeometry();
    CodeProjection square;
    square.dimension = 2;
    expectPoint(square.projectUnit(g, 0, 0, 0).position, 50, 240);
    expectPoint(square.projectUnit(g, 1, 1, 0).position, 250, 40);
    CodeProjection line;
    line.dimension = 1;
    expectPoint(line.projectUnit(g, 0.25, 0.9, 0.9).position, 100, 40);
    CodeProjection none;
    EXPECT_TRUE(std::isnan(none.projectUnit(g, 0.5, 0.5, 0.5).position.x()));
}

TEST(CodeSpaceGeometry, AClickPicksThePointUnderItAndOfTwoTheNearer)
{
    const CodeSpaceGeometry g = cubeGeometry();
    const CodeProjection p = cube(0, 0);
    Matrix codes(3, 3);
    // Samples 0 and 1 project to the same place; 1 is nearer (larger unit 3). Sample 2 is elsewhere.
    codes << 0.5, 0.5, 1.0, //
        0.5, 0.5, 0.5,      //
        0.2, 0.8, 0.5;
    EXPECT_EQ(p.sampleAt(g, codes, QPointF(201, 199)), 1);
    EXPECT_EQ(p.sampleAt(g, codes, QPointF(250, 200)), 2);
    EXPECT_EQ(p.sampleAt(g, codes, QPointF(300, 300)), -1);
    expectPoint(p.pointOf(g, codes, 2), 250, 200);
    // A code that is not finite is not drawn and cannot be picked.
    codes(0, 2) = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(p.sampleAt(g, codes, QPointF(250, 200)), -1);
    EXPECT_TRUE(std::isnan(p.pointOf(g, codes, 2).x()));
    EXPECT_TRUE(std::isnan(p.pointOf(g, codes, 3).x()));
}

TEST(CodeSpaceGeometry, OnTheLineClosePointsStackInLanesAndFarOnesShareTheLowest)
{
    const CodeSpaceGeometry g = squareGeometry(); // the line is 200 px long at y = 40
    CodeSpaceGeometry line = g;
    line.plot = QRectF(0, -200, 300, 500);
    CodeProjection p;
    p.dimension = 1;
    Matrix codes(1, 4);
    codes << 0.0, 0.01, 0.02, 1.0; // three within 4 px of each other, one at the far end
    const std::vector<int> lanes = p.lineLanes(line, codes);
    ASSERT_EQ(lanes.size(), 4u);
    EXPECT_EQ(lanes[0], 0);
    EXPECT_EQ(lanes[1], 1);
    EXPECT_EQ(lanes[2], 2);
    EXPECT_EQ(lanes[3], 0);
    // Each lane is a point's diameter and a gap above the one below, and the click finds it there.
    const QPointF second = p.pointOf(line, codes, 1);
    EXPECT_NEAR(p.pointOf(line, codes, 0).y() - second.y(), 2 * line.pointRadius + 3, 1e-9);
    EXPECT_EQ(p.sampleAt(line, codes, second), 1);
}

TEST(CodeSpaceGeometry, TheRangeOnlyWidensAndIgnoresWhatIsNotFinite)
{
    double low = 0.0, high = 1.0;
    Matrix codes(2, 2);
    codes << 0.5, std::numeric_limits<double>::infinity(), //
        std::numeric_limits<double>::quiet_NaN(), 0.25;
    widenCodeRange(codes, low, high);
    EXPECT_EQ(low, 0.0);
    EXPECT_EQ(high, 1.0);
    codes << -2.0, 0.5, 3.0, 0.5;
    widenCodeRange(codes, low, high);
    EXPECT_EQ(low, -2.0);
    EXPECT_EQ(high, 3.0);
    EXPECT_EQ(codeDimension(Matrix(5, 8)), 3);
    EXPECT_EQ(codeDimension(Matrix(2, 8)), 2);
    EXPECT_EQ(codeDimension(Matrix(0, 0)), 0);
}

TEST(CodeSpaceGeometry, TheTrailKeepsTheNewestCodesOldestFirstAndSkipsRepeats)
{
    CodeTrail trail(3);
    for (int i = 1; i <= 5; ++i) {
        EXPECT_TRUE(trail.record(Matrix::Constant(1, 1, i)));
        EXPECT_FALSE(trail.record(Matrix::Constant(1, 1, i))); // a paused network's same codes
    }
    ASSERT_EQ(trail.count(), 3);
    EXPECT_EQ(trail.at(0)(0, 0), 3.0);
    EXPECT_EQ(trail.at(1)(0, 0), 4.0);
    EXPECT_EQ(trail.at(2)(0, 0), 5.0);
    trail.clear();
    EXPECT_EQ(trail.count(), 0);
    EXPECT_TRUE(trail.record(Matrix::Constant(1, 1, 5))); // after clearing, nothing to repeat
}

} // namespace
} // namespace bp::ui
