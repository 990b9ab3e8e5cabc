#include "ui/boundary/decision_boundary_view.h"

#include "core/maths/metrics.h"
#include "core/data/preset.h"
#include "core/training/trainer.h"
#include "tests/ui/boundary/boundary_test_support.h"
#include "ui/boundary/boundary_style.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>

#include <chrono>
#include <cmath>

namespace bp::ui {
namespace {

using test::planarDataset;
using test::renderView;
using test::stepNetwork;
using test::waitUntilIdle;

class StepBoundary : public ::testing::Test {
protected:
    void SetUp() override
    {
        view.resize(420, 420);
        view.setDataset(planarDataset());
        network = stepNetwork(10.0);
        view.setNetwork(network);
        ASSERT_TRUE(waitUntilIdle(view));
    }

    DecisionBoundaryView view;
    std::shared_ptr<const Network> network;
};

TEST_F(StepBoundary, OutputFollowsTheNetworkOnBothSides)
{
    EXPECT_EQ(view.heatmapNetwork(), network);
    EXPECT_GT(view.outputAt({0.5, 0.0}), 0.99);
    EXPECT_LT(view.outputAt({-0.5, 0.0}), 0.01);
    EXPECT_GT(view.outputAt({0.5, 0.9}), 0.99);
    EXPECT_LT(view.outputAt({-0.5, -0.9}), 0.01);
    EXPECT_NEAR(view.outputAt({0.0, 0.3}), 0.5, 1e-12);
}

TEST_F(StepBoundary, HeatmapIsBlueLeftOrangeRightAndCrossesAtZero)
{
    const QImage image = view.heatmap();
    ASSERT_EQ(image.size(),
              QSize(DecisionBoundaryView::kGridResolution, DecisionBoundaryView::kGridResolution));
    const int n = image.width();
    for (int row : {0, n / 2, n - 1}) {
        const QColor left(image.pixel(n / 4, row));
        const QColor right(image.pixel(3 * n / 4, row));
        EXPECT_GT(left.blue(), left.red() + 40) << "row " << row;
        EXPECT_GT(right.red(), right.blue() + 40) << "row " << row;
        // Samples 49 and 50 straddle x₁ = 0: the colour turns there and only there.
        for (int i = 0; i < n; ++i) {
            const QColor c(image.pixel(i, row));
            if (i < n / 2)
                EXPECT_GE(c.blue(), c.red()) << "pixel " << i;
            else
                EXPECT_GE(c.red(), c.blue()) << "pixel " << i;
        }
    }
}

TEST_F(StepBoundary, ContourIsTheLineX1EqualsZero)
{
    // At the size computed for, then after a resize (the picture is rendered again on the GUI
    // thread from the same grid, with no new computation).
    for (const int size : {420, 600}) {
        view.resize(size, size);
        const QRectF plot = view.plotArea();
        EXPECT_NEAR(plot.width(), plot.height(), 0.5);
        EXPECT_NEAR(view.toWidget({0.0, 0.0}).x(), plot.center().x(), 0.5);
        // In the rendered widget, the darkest pixel of a row inside the plot is the boundary line,
        // with blue just left of it and orange just right.
        const QImage image = renderView(view);
        const double expectedX = view.toWidget({0.0, 0.0}).x();
        for (double x2 : {-0.8, -0.3, 0.25, 0.65}) {
            const int y = static_cast<int>(std::round(view.toWidget({0.7, x2}).y()));
            int darkest = -1;
            int darkestValue = 256;
            for (int x = static_cast<int>(plot.left()) + 3; x < static_cast<int>(plot.right()) - 3; ++x) {
                const int value = QColor(image.pixel(x, y)).value();
                if (value < darkestValue) {
                    darkestValue = value;
                    darkest = x;
                }
            }
            EXPECT_LT(darkestValue, 90) << "x₂ = " << x2 << ", " << size << " px";
            EXPECT_NEAR(darkest, expectedX, 1.5) << "x₂ = " << x2 << ", " << size << " px";
            // x₁ = ∓0.1, where a = σ(∓1) ≈ 0.27 and 0.73.
            const QColor left(image.pixel(static_cast<int>(view.toWidget({-0.1, x2}).x()), y));
            const QColor right(image.pixel(static_cast<int>(view.toWidget({0.1, x2}).x()), y));
            EXPECT_GT(left.blue(), left.red() + 20) << "x₂ = " << x2 << ", " << size << " px";
            EXPECT_GT(right.red(), right.blue() + 20) << "x₂ = " << x2 << ", " << size << " px";
        }
    }
    EXPECT_EQ(view.computationCount(), 1);
}

TEST(DecisionBoundaryView, HundredQuickNetworksGiveFewComputationsAndTheLastWins)
{
    DecisionBoundaryView view;
    view.resize(420, 420);
    view.setDataset(planarDataset());
    std::shared_ptr<const Network> last;
    for (int k = 0; k < 100; ++k) {
        // The boundary moves from x₁ = −0.5 to x₁ = +0.49: each network differs.
        last = stepNetwork(10.0, 5.0 - 0.1 * k);
        view.setNetwork(last);
    }
    EXPECT_TRUE(view.isComputing());
    ASSERT_TRUE(waitUntilIdle(view));
    EXPECT_LE(view.computationCount(), 3);
    EXPECT_GE(view.computationCount(), 1);
    EXPECT_EQ(view.heatmapNetwork(), last);
    const BoundaryGrid &grid = view.grid();
    Matrix points(2, 3);
    points << grid.sampleX1(3), grid.sampleX1(48), grid.sampleX1(90), grid.sampleX2(5), grid.sampleX2(50),
        grid.sampleX2(99);
    const Matrix expected = predict(*last, points);
    for (Eigen::Index k = 0; k < points.cols(); ++k)
        EXPECT_NEAR(view.outputAt({points(0, k), points(1, k)}), expected(0, k), 1e-9) << "point " << k;
    // The boundary of the last network, σ(10 x₁ − 4.9): ½ at x₁ = 0.49.
    EXPECT_LT(view.outputAt({0.45, 0.0}), 0.5);
    EXPECT_GT(view.outputAt({0.53, 0.0}), 0.5);
}

TEST(DecisionBoundaryView, AtDisplayRateComputesAtMostFiveTimesASecond)
{
    DecisionBoundaryView view;
    view.resize(420, 420);
    view.setDataset(planarDataset());
    QSignalSpy updates(&view, &DecisionBoundaryView::heatmapUpdated);
    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<const Network> last;
    for (int k = 0; k < 60; ++k) {
        last = stepNetwork(10.0, 0.05 * k);
        view.setNetwork(last);
        QTest::qWait(16);
    }
    ASSERT_TRUE(waitUntilIdle(view));
    const double seconds = clock.elapsed() / 1000.0;
    EXPECT_LE(view.computationCount(), static_cast<int>(seconds * 5.0) + 2) << seconds << " s";
    EXPECT_GE(view.computationCount(), 3) << "the picture must follow the training while it runs";
    EXPECT_EQ(updates.count(), view.computationCount());
    EXPECT_EQ(view.heatmapNetwork(), last);
}

TEST(DecisionBoundaryView, NeverBlocksAndDropsWhatArrivesDuringASlowComputation)
{
    DecisionBoundaryView view;
    view.setDataset(planarDataset());
    // A network heavy enough that one grid takes a noticeable time.
    auto heavy = std::make_shared<Network>(
        std::vector<int>{2, 400, 400, 1},
        std::vector<Activation>{Activation::Tanh, Activation::Tanh, Activation::Logistic});
    heavy->initialize(InitScheme::Xavier, 3);
    QElapsedTimer clock;
    clock.start();
    view.setNetwork(heavy);
    std::shared_ptr<const Network> last;
    for (int k = 0; k < 50; ++k) {
        last = stepNetwork(10.0, 0.01 * k);
        view.setNetwork(last);
    }
    std::printf("[ timing   ] 51 setNetwork calls during a heavy computation: %lld ms\n",
                static_cast<long long>(clock.elapsed()));
    // setNetwork did not wait: the heavy computation is still running after all the calls returned.
    EXPECT_TRUE(view.isComputing());
    ASSERT_TRUE(waitUntilIdle(view, 20000));
    EXPECT_EQ(view.computationCount(), 2) << "the heavy network, then only the newest";
    EXPECT_EQ(view.heatmapNetwork(), last);
}

TEST(DecisionBoundaryView, CanBeDestroyedWhileComputing)
{
    auto heavy = std::make_shared<Network>(
        std::vector<int>{2, 300, 300, 1},
        std::vector<Activation>{Activation::Tanh, Activation::Tanh, Activation::Logistic});
    heavy->initialize(InitScheme::Xavier, 7);
    for (int k = 0; k < 3; ++k) {
        auto view = std::make_unique<DecisionBoundaryView>();
        view->setDataset(planarDataset());
        view->setNetwork(heavy);
        EXPECT_TRUE(view->isComputing());
        view.reset();
        // The finished job must find no view to deliver to.
        QTest::qWait(20);
    }
}

TEST(DecisionBoundaryView, ThreeInputsShowTheNoteAndNeverCompute)
{
    DecisionBoundaryView view;
    view.resize(420, 420);
    auto dataset = std::make_shared<Dataset>();
    dataset->name = "three";
    dataset->inputs = Matrix::Random(3, 10);
    dataset->targets = Matrix::Zero(1, 10);
    view.setDataset(dataset);
    auto network =
        std::make_shared<Network>(std::vector<int>{3, 1}, std::vector<Activation>{Activation::Logistic});
    for (int k = 0; k < 10; ++k)
        view.setNetwork(network);
    EXPECT_FALSE(view.isComputing());
    QTest::qWait(2 * DecisionBoundaryView::kMinimumIntervalMs);
    EXPECT_EQ(view.computationCount(), 0);
    EXPECT_TRUE(view.heatmap().isNull());
    EXPECT_TRUE(std::isnan(view.outputAt({0.0, 0.0})));
    EXPECT_EQ(view.note(), DecisionBoundaryView::needsTwoInputsText());
    EXPECT_EQ(view.note(), QStringLiteral("The decision boundary needs a dataset with two inputs"));

    // The note is painted in the middle: dark text pixels there, none near the corners.
    const QImage image = renderView(view);
    int darkInMiddle = 0;
    int darkInCorner = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            if (QColor(image.pixel(x, y)).value() > 100)
                continue;
            if (std::abs(x - 210) < 180 && std::abs(y - 210) < 60)
                ++darkInMiddle;
            else if (x < 40 && y < 40)
                ++darkInCorner;
        }
    EXPECT_GT(darkInMiddle, 200);
    EXPECT_EQ(darkInCorner, 0);

    // A 2-D dataset afterwards brings the plot back, and the next fitting network is computed.
    view.setDataset(planarDataset());
    EXPECT_TRUE(view.note().isEmpty());
    view.setNetwork(stepNetwork());
    ASSERT_TRUE(waitUntilIdle(view));
    EXPECT_EQ(view.computationCount(), 1);
}

TEST(DecisionBoundaryView, ANetworkThatDoesNotFitIsNotComputed)
{
    DecisionBoundaryView view;
    view.setDataset(planarDataset());
    view.setNetwork(stepNetwork());
    ASSERT_TRUE(waitUntilIdle(view));
    EXPECT_FALSE(view.heatmap().isNull());
    view.setNetwork(
        std::make_shared<Network>(std::vector<int>{2, 2}, std::vector<Activation>{Activation::Logistic}));
    EXPECT_FALSE(view.isComputing());
    EXPECT_TRUE(view.heatmap().isNull()) << "a picture of another network must not linger";
    view.setNetwork(nullptr);
    EXPECT_EQ(view.computationCount(), 1);
}

TEST(DecisionBoundaryView, AResultArrivingAfterANetworkThatDoesNotFitIsDropped)
{
    DecisionBoundaryView view;
    view.setDataset(planarDataset());
    auto heavy = std::make_shared<Network>(
        std::vector<int>{2, 300, 300, 1},
        std::vector<Activation>{Activation::Tanh, Activation::Tanh, Activation::Logistic});
    heavy->initialize(InitScheme::Xavier, 9);
    view.setNetwork(heavy);
    ASSERT_TRUE(view.isComputing());
    view.setNetwork(
        std::make_shared<Network>(std::vector<int>{2, 2}, std::vector<Activation>{Activation::Logistic}));
    ASSERT_TRUE(waitUntilIdle(view, 20000));
    EXPECT_TRUE(view.heatmap().isNull());
    EXPECT_EQ(view.heatmapNetwork(), nullptr);
}

TEST(DecisionBoundaryView, ANewDatasetDropsTheOldPictureAndRecomputes)
{
    DecisionBoundaryView view;
    view.setDataset(planarDataset());
    const auto network = stepNetwork();
    view.setNetwork(network);
    ASSERT_TRUE(waitUntilIdle(view));
    QSignalSpy updates(&view, &DecisionBoundaryView::heatmapUpdated);
    auto wide = std::make_shared<Dataset>(*planarDataset());
    wide->inputs(0, 0) = 4.0;
    view.setDataset(wide);
    EXPECT_TRUE(view.heatmap().isNull());
    ASSERT_TRUE(waitUntilIdle(view));
    EXPECT_EQ(updates.count(), 1);
    EXPECT_GT(view.extent().x1Max, 4.0);
    EXPECT_EQ(view.grid().extent, view.extent());
    EXPECT_GT(view.outputAt({3.0, 0.0}), 0.99);
}

TEST(DecisionBoundaryView, ADatasetChangeDuringAComputationDropsItsResult)
{
    DecisionBoundaryView view;
    view.setDataset(planarDataset());
    auto heavy = std::make_shared<Network>(
        std::vector<int>{2, 300, 300, 1},
        std::vector<Activation>{Activation::Tanh, Activation::Tanh, Activation::Logistic});
    heavy->initialize(InitScheme::Xavier, 5);
    view.setNetwork(heavy);
    ASSERT_TRUE(view.isComputing());
    QSignalSpy updates(&view, &DecisionBoundaryView::heatmapUpdated);
    auto wide = std::make_shared<Dataset>(*planarDataset());
    wide->inputs(1, 0) = -3.0;
    view.setDataset(wide);
    ASSERT_TRUE(waitUntilIdle(view, 20000));
    EXPECT_EQ(view.computationCount(), 2);
    EXPECT_EQ(updates.count(), 1) << "the result for the old extent must not be shown";
    EXPECT_EQ(view.grid().extent, view.extent());
    EXPECT_LT(view.extent().x2Min, -3.0);
}

TEST(DecisionBoundaryView, TheSameDatasetAndNetworkAgainChangeNothing)
{
    DecisionBoundaryView view;
    const auto dataset = planarDataset();
    const auto network = stepNetwork();
    view.setDataset(dataset);
    view.setNetwork(network);
    ASSERT_TRUE(waitUntilIdle(view));
    const QImage before = view.heatmap();
    for (int k = 0; k < 30; ++k) {
        // What every snapshot of a running lesson does.
        view.setDataset(dataset);
        view.setNetwork(network);
    }
    EXPECT_FALSE(view.isComputing());
    EXPECT_EQ(view.computationCount(), 1);
    EXPECT_EQ(view.heatmap(), before);
}

TEST(DecisionBoundaryView, AgreesWithPredictOnTheTrainedCircle)
{
    const Preset preset = makePreset("circle");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    for (int epoch = 0; epoch < 200; ++epoch)
        trainer.runEpoch();
    const auto network = std::make_shared<const Network>(trainer.network());
    const auto dataset = std::make_shared<const Dataset>(preset.dataset);

    DecisionBoundaryView view;
    view.resize(600, 600);
    view.setDataset(dataset);
    view.setNetwork(network);
    ASSERT_TRUE(waitUntilIdle(view));
    ASSERT_EQ(view.heatmapNetwork(), network);

    // Where a grid sample is the point, the numbers agree to rounding.
    const BoundaryGrid &grid = view.grid();
    Matrix samples(2, 4);
    samples << grid.sampleX1(0), grid.sampleX1(30), grid.sampleX1(50), grid.sampleX1(99), grid.sampleX2(0),
        grid.sampleX2(70), grid.sampleX2(50), grid.sampleX2(99);
    const Matrix exact = predict(*network, samples);
    for (Eigen::Index k = 0; k < samples.cols(); ++k)
        EXPECT_NEAR(view.outputAt({samples(0, k), samples(1, k)}), exact(0, k), 1e-9) << "sample " << k;

    // Between samples the interpolation classifies (almost) every training point like the network.
    const Matrix predicted = predict(*network, dataset->inputs);
    int agree = 0;
    double worst = 0.0;
    for (Eigen::Index k = 0; k < dataset->inputs.cols(); ++k) {
        const double shown = view.outputAt({dataset->inputs(0, k), dataset->inputs(1, k)});
        agree += (shown >= 0.5) == (predicted(0, k) >= 0.5);
        worst = std::max(worst, std::abs(shown - predicted(0, k)));
    }
    const int count = static_cast<int>(dataset->inputs.cols());
    EXPECT_GE(agree, static_cast<int>(std::ceil(0.95 * count))) << agree << " of " << count;
    EXPECT_LT(worst, 0.05);
    // And the network did learn the circle, so the picture shows a real boundary.
    EXPECT_GT(evaluate(*network, dataset->inputs, dataset->targets, TargetKind::Binary).accuracy, 0.9);
    EXPECT_GT(view.outputAt({0.0, 0.0}), 0.5);
    EXPECT_LT(view.outputAt({0.95, 0.95}), 0.5);
}

TEST(DecisionBoundaryView, MapsBetweenWidgetAndPlane)
{
    DecisionBoundaryView view;
    view.resize(420, 420);
    view.setDataset(planarDataset());
    view.setNetwork(stepNetwork());
    ASSERT_TRUE(waitUntilIdle(view));
    const QPointF data = view.toData(view.toWidget({0.5, -0.25}));
    EXPECT_NEAR(data.x(), 0.5, 1e-12);
    EXPECT_NEAR(data.y(), -0.25, 1e-12);
}

} // namespace
} // namespace bp::ui
