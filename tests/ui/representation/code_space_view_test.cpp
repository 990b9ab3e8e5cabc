#include "ui/representation/code_space_view.h"

#include "tests/ui/representation/representation_test_support.h"
#include "ui/representation/pattern_style.h"
#include "ui/style/palette.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace bp::ui {
namespace {

// Seed 1 learns 8 distinct binary codes (see representation_table_test.cpp).
const test::TrainedEncoder &trained()
{
    static const test::TrainedEncoder encoder = test::trainEncoder(1, 3000);
    return encoder;
}

// Pixels within radius of center that have exactly this colour.
int countNear(const QImage &image, QPointF center, double radius, const QColor &color)
{
    int n = 0;
    const QRgb wanted = color.rgb() & 0xFFFFFF;
    for (int y = static_cast<int>(center.y() - radius); y <= static_cast<int>(center.y() + radius); ++y) {
        for (int x = static_cast<int>(center.x() - radius); x <= static_cast<int>(center.x() + radius); ++x) {
            if (x >= 0 && y >= 0 && x < image.width() && y < image.height())
                n += (image.pixel(x, y) & 0xFFFFFF) == wanted;
        }
    }
    return n;
}

// Pixels within radius of center in the colour or a paler tint of it (toward the canvas, as the cube
// draws farther points), up to a third of the way.
int countTintNear(const QImage &image, QPointF center, double radius, const QColor &color)
{
    const QColor canvas = palette::canvasColor();
    int n = 0;
    for (int y = static_cast<int>(center.y() - radius); y <= static_cast<int>(center.y() + radius); ++y) {
        for (int x = static_cast<int>(center.x() - radius); x <= static_cast<int>(center.x() + radius); ++x) {
            if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
                continue;
            const QColor pixel = image.pixelColor(x, y);
            for (int step = 0; step <= 35; ++step) {
                const double t = step / 100.0;
                auto channel = [t](int a, int b) { return a + (b - a) * t; };
                if (std::abs(pixel.red() - channel(color.red(), canvas.red())) <= 2.0 &&
                    std::abs(pixel.green() - channel(color.green(), canvas.green())) <= 2.0 &&
                    std::abs(pixel.blue() - channel(color.blue(), canvas.blue())) <= 2.0) {
                    ++n;
                    break;
                }
            }
        }
    }
    return n;
}

TEST(CodeSpaceView, ProjectsTheHiddenValuesUnderTheRotation)
{
    const Matrix &codes = trained().activations[0];
    CodeSpaceView view;
    view.resize(420, 420);
    view.setCodeLayer(1);
    view.setCodes(codes, patternLabels(8));
    view.setRotation(0.0, 0.0);

    // At 0/0 the view looks along unit 3: x is an affine function of unit 1 and y of unit 2. Fit
    // both from the two samples farthest apart, then check every sample against the fit.
    int a = 0, b = 0;
    for (int i = 0; i < 8; ++i) {
        if (codes(0, i) < codes(0, a))
            a = i;
        if (codes(0, i) > codes(0, b))
            b = i;
    }
    int c = 0, d = 0;
    for (int i = 0; i < 8; ++i) {
        if (codes(1, i) < codes(1, c))
            c = i;
        if (codes(1, i) > codes(1, d))
            d = i;
    }
    const double xSlope =
        (view.projectedPoint(b).x() - view.projectedPoint(a).x()) / (codes(0, b) - codes(0, a));
    const double xOffset = view.projectedPoint(a).x() - xSlope * codes(0, a);
    const double ySlope =
        (view.projectedPoint(d).y() - view.projectedPoint(c).y()) / (codes(1, d) - codes(1, c));
    const double yOffset = view.projectedPoint(c).y() - ySlope * codes(1, c);
    EXPECT_GT(xSlope, 100.0) << "unit 1 goes right, across most of the widget";
    EXPECT_LT(ySlope, -100.0) << "unit 2 goes up";
    EXPECT_NEAR(xSlope, -ySlope, 1e-9) << "the cube is not stretched";
    for (int i = 0; i < 8; ++i) {
        const QPointF p = view.projectedPoint(i);
        EXPECT_NEAR(p.x(), xSlope * codes(0, i) + xOffset, 1e-9) << "sample " << i;
        EXPECT_NEAR(p.y(), ySlope * codes(1, i) + yOffset, 1e-9) << "sample " << i;
        EXPECT_TRUE(view.rect().contains(p.toPoint())) << "sample " << i;
    }

    // A quarter turn: now unit 3 runs along x (toward the viewer was +z, turned to the right).
    view.setRotation(90.0, 0.0);
    for (int i = 0; i < 8; ++i) {
        EXPECT_NEAR(view.projectedPoint(i).x(), xSlope * codes(2, i) + xOffset, 1e-9) << "sample " << i;
        EXPECT_NEAR(view.projectedPoint(i).y(), ySlope * codes(1, i) + yOffset, 1e-9) << "sample " << i;
    }
    // Pitching by a right angle looks down on the cube: y follows unit 3 (near = down).
    view.setRotation(0.0, 90.0);
    for (int i = 0; i < 8; ++i)
        EXPECT_NEAR(view.projectedPoint(i).y(), -ySlope * codes(2, i) + yOffset + ySlope, 1e-9)
            << "sample " << i;
    // Pitch is clamped so the cube never turns upside down.
    view.setRotation(10.0, 200.0);
    EXPECT_DOUBLE_EQ(view.pitch(), 90.0);
}

TEST(CodeSpaceView, TrailsGrowAndAreBounded)
{
    const Matrix start = test::trainEncoder(1, 0).activations[0];
    const Matrix &end = trained().activations[0];
    CodeSpaceView view;
    view.resize(420, 420);
    view.setTrailInterval(0);
    for (int step = 0; step < 100; ++step) {
        const double t = step / 99.0;
        view.setCodes((1.0 - t) * start + t * end, patternLabels(8));
        EXPECT_EQ(view.trailLength(3), std::min(step + 1, CodeSpaceView::kTrailCapacity)) << "step " << step;
    }
    EXPECT_EQ(view.trailLength(0), CodeSpaceView::kTrailCapacity);
    EXPECT_EQ(view.trailLength(8), 0);
    // The same codes again (a paused network) leave the trail alone.
    view.setCodes(end, patternLabels(8));
    EXPECT_EQ(view.trailLength(3), CodeSpaceView::kTrailCapacity);
    view.clearTrails();
    EXPECT_EQ(view.trailLength(3), 0);
    view.setCodes(start, patternLabels(8));
    EXPECT_EQ(view.trailLength(3), 1);
    // New labels (another dataset) start afresh.
    view.setCodes(end, patternLabels(8).mid(0, 7) << QStringLiteral("H"));
    EXPECT_EQ(view.trailLength(3), 1);
}

TEST(CodeSpaceView, TrailPointsAreTakenAtMostTenTimesASecond)
{
    const Matrix start = test::trainEncoder(1, 0).activations[0];
    const Matrix &end = trained().activations[0];
    CodeSpaceView view;
    // A clock of the test's own: codes arrive every 5 ms for 350 ms (70 snapshots, as a network
    // training flat out sends them), whatever the machine's load.
    qint64 now = 1000;
    view.setClock([&now] { return now; });
    for (int update = 0; update < 70; ++update, now += 5) {
        const double t = (update % 50) / 49.0;
        view.setCodes((1.0 - t) * start + t * end, patternLabels(8));
    }
    // A point at 0, 100, 200 and 300 ms: 100 ms apart at least, never one a snapshot.
    EXPECT_EQ(view.trailLength(0), 4);
    // The interval counts from the newest point: 99 ms later nothing, 100 ms later one more.
    now = 1000 + 399; // the newest point was taken at 300 ms
    view.setCodes(start, patternLabels(8));
    EXPECT_EQ(view.trailLength(0), 4);
    now += 1;
    view.setCodes(end, patternLabels(8));
    EXPECT_EQ(view.trailLength(0), 5);
}

TEST(CodeSpaceView, SharedCodesGetAWarningRing)
{
    Matrix codes = trained().activations[0];
    CodeSpaceView view;
    view.resize(420, 420);
    view.setCodes(codes, patternLabels(8));
    view.setRotation(0.0, 0.0);
    EXPECT_TRUE(view.codeGroups().collisions.empty());
    const QColor alarm = palette::alarmColor();
    QImage image = test::renderWidget(view);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(countNear(image, view.projectedPoint(i), 30.0, alarm), 0) << "sample " << i;

    codes.col(6) = codes.col(1).array() * 0.9 + 0.05;
    view.setCodes(codes, patternLabels(8));
    ASSERT_EQ(view.codeGroups().collisions.size(), 1u);
    EXPECT_EQ(view.codeGroups().collisions[0], (std::vector<int>{1, 6}));
    image = test::renderWidget(view);
    EXPECT_GT(countNear(image, view.projectedPoint(1), 30.0, alarm), 20);
    EXPECT_GT(countNear(image, view.projectedPoint(6), 30.0, alarm), 20);
}

TEST(CodeSpaceView, PointsAreDrawnInTheirPatternColour)
{
    const Matrix &codes = trained().activations[0];
    CodeSpaceView view;
    view.resize(420, 420);
    view.setCodes(codes, patternLabels(8));
    const QImage image = test::renderWidget(view);
    int seen = 0;
    for (int i = 0; i < 8; ++i)
        seen += countTintNear(image, view.projectedPoint(i), 6.0, patternColor(i)) > 20;
    // A nearer point may cover a farther one, but most stand apart once trained.
    EXPECT_GE(seen, 6);
}

TEST(CodeSpaceView, OtherCodeSizesRender)
{
    CodeSpaceView view;
    view.resize(420, 420);
    const int blank = test::distinctColors(test::renderWidget(view), 4096);
    for (const int k : {1, 2, 5}) {
        Matrix codes(k, 6);
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < k; ++j)
                codes(j, i) = std::fmod(0.17 * (i + 1) + 0.31 * j, 1.0);
        view.setCodes(codes, patternLabels(6));
        const QImage image = test::renderWidget(view);
        EXPECT_GT(test::distinctColors(image, 4096), blank + 20) << "k = " << k;
        for (int i = 0; i < 6; ++i) {
            const QPointF p = view.projectedPoint(i);
            EXPECT_TRUE(std::isfinite(p.x()) && std::isfinite(p.y())) << "k = " << k << " sample " << i;
            EXPECT_TRUE(view.rect().contains(p.toPoint())) << "k = " << k << " sample " << i;
            EXPECT_GT(countTintNear(image, p, 6.0, patternColor(i)), 20) << "k = " << k << " sample " << i;
        }
    }
    // k = 2: a square, x follows unit 1 and y unit 2 (up).
    Matrix square(2, 2);
    square << 0.2, 0.8, //
        0.3, 0.9;
    view.setCodes(square, patternLabels(2));
    EXPECT_LT(view.projectedPoint(0).x(), view.projectedPoint(1).x());
    EXPECT_GT(view.projectedPoint(0).y(), view.projectedPoint(1).y());
    EXPECT_NEAR((view.projectedPoint(1).x() - view.projectedPoint(0).x()) / 0.6,
                (view.projectedPoint(0).y() - view.projectedPoint(1).y()) / 0.6, 1e-9);

    // k = 5: the cube shows units 1–3 until others are picked.
    Matrix five = Matrix::Zero(5, 2);
    five(3, 1) = 1.0;
    view.setCodes(five, patternLabels(2));
    view.setRotation(0.0, 0.0);
    EXPECT_EQ(view.shownUnits(), (std::array<int, 3>{0, 1, 2}));
    EXPECT_NEAR(view.projectedPoint(0).x(), view.projectedPoint(1).x(), 1e-9);
    view.setShownUnits(3, 1, 2);
    EXPECT_EQ(view.shownUnits(), (std::array<int, 3>{3, 1, 2}));
    EXPECT_GT(view.projectedPoint(1).x(), view.projectedPoint(0).x() + 100.0);
    view.setShownUnits(3, 3, 2);
    EXPECT_EQ(view.shownUnits(), (std::array<int, 3>{3, 1, 2})) << "a repeated unit is refused";

    // Nothing to show, and codes that are not finite, draw without trouble.
    view.setCodes(Matrix(), {});
    test::renderWidget(view);
    Matrix broken = trained().activations[0];
    broken(0, 2) = std::numeric_limits<double>::quiet_NaN();
    view.setCodes(broken, patternLabels(8));
    test::renderWidget(view);
    EXPECT_TRUE(std::isnan(view.projectedPoint(2).x()));
    EXPECT_TRUE(std::isfinite(view.projectedPoint(3).x()));
}

TEST(CodeSpaceView, DragAndKeysTurnTheCubeAndClicksPickAPoint)
{
    const Matrix &codes = trained().activations[0];
    CodeSpaceView view;
    view.resize(420, 420);
    view.setCodes(codes, patternLabels(8));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    // In the resting three-quarter view no two trained codes are drawn on top of each other.
    QSignalSpy spy(&view, &CodeSpaceView::sampleClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.projectedPoint(4).toPoint());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.takeFirst().at(0).toInt(), 4);
    EXPECT_EQ(view.currentSample(), 4);
    view.setRotation(0.0, 0.0);

    // A drag from an empty spot (the top-left corner of the plot) turns the cube.
    const QPoint from(30, view.height() - 60);
    QTest::mousePress(&view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(40, 20)),
                     view.mapToGlobal(QPointF(from + QPoint(40, 20))), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, {}, from + QPoint(40, 20));
    EXPECT_NEAR(view.yaw(), 20.0, 1e-9);
    EXPECT_NEAR(view.pitch(), 10.0, 1e-9);
    EXPECT_EQ(spy.count(), 0);

    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_NEAR(view.yaw(), 25.0, 1e-9);
    QTest::keyClick(&view, Qt::Key_Down);
    EXPECT_NEAR(view.pitch(), 15.0, 1e-9);
    QTest::keyClick(&view, Qt::Key_Home);
    const double yaw = view.yaw();
    const double pitch = view.pitch();
    EXPECT_NE(yaw, 0.0);
    EXPECT_GT(pitch, 0.0) << "the resting view looks a little from above";
}

TEST(CodeSpaceView, TitleAndCaptionNameTheLayerAndTheCompression)
{
    CodeSpaceView view;
    view.setCodeLayer(1);
    view.setCodes(trained().activations[0], patternLabels(8));
    EXPECT_EQ(view.titleText(), QStringLiteral("Hidden codes (layer 1)"));
    EXPECT_TRUE(view.captionText().contains(QStringLiteral("3 numbers for 8 patterns")))
        << view.captionText().toStdString();
    view.setCodeLayer(0);
    EXPECT_EQ(view.titleText(), QStringLiteral("Hidden codes"));
}

} // namespace
} // namespace bp::ui
