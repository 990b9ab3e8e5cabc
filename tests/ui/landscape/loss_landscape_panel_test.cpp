// The panel with real slices on its worker thread, offscreen.
#include "core/analysis/parameter_name.h"
#include "core/data/preset.h"
#include "core/maths/metrics.h"
#include "ui/landscape/loss_landscape_panel.h"
#include "ui/style/value_format.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace bp::ui {
namespace {

constexpr int kTimeoutMs = 60'000;

std::shared_ptr<const TrainingSnapshot> snapshotOf(const Network &network, const Dataset &dataset,
                                                   std::uint64_t runId = 1)
{
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->runId = runId;
    snapshot->network = std::make_shared<const Network>(network);
    snapshot->dataset = std::make_shared<const Dataset>(dataset);
    snapshot->settings.optimizer.learningRate = 2.0;
    return snapshot;
}

bool waitForSlice(const LossLandscapePanel &panel)
{
    return QTest::qWaitFor([&] { return panel.slice() != nullptr && !panel.isComputing(); }, kTimeoutMs);
}

struct Encoder {
    Preset preset = makePreset("encoder-8-3-8", 2);
    Network network = preset.makeNetwork(2);
};

TEST(LossLandscapePanel, ShowsTheSliceOfTheDefaultWeightsWithTheStepAndTheAngle)
{
    Encoder encoder;
    LossLandscapePanel panel;
    panel.resize(480, 640);
    panel.show();
    panel.setSnapshot(*snapshotOf(encoder.network, encoder.preset.dataset));
    ASSERT_TRUE(waitForSlice(panel));
    // Output neuron 1's two largest incoming weights.
    const auto expected = largestIncomingWeights(encoder.network, 2, 0);
    ASSERT_TRUE(panel.weights());
    EXPECT_EQ(panel.weights()->first, expected.first);
    EXPECT_EQ(panel.weights()->second, expected.second);
    const LossLandscape &slice = *panel.slice();
    EXPECT_EQ(slice.request.gridSize, 64);
    EXPECT_EQ(slice.currentLoss, evaluate(encoder.network, encoder.preset.dataset.inputs,
                                          encoder.preset.dataset.targets, TargetKind::OneHot)
                                     .loss);
    EXPECT_DOUBLE_EQ(slice.learningRate, 2.0);
    EXPECT_GT(panel.view()->bands().bandCount(), 0);
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("°"))) << panel.summaryText().toStdString();
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("−η∇E"))) << panel.summaryText().toStdString();
}

TEST(LossLandscapePanel, HoverShowsBothWeightsAndTheLossOfADirectEvaluationAtAGridPoint)
{
    Encoder encoder;
    LossLandscapePanel panel;
    panel.resize(480, 640);
    panel.show();
    panel.setSnapshot(*snapshotOf(encoder.network, encoder.preset.dataset));
    ASSERT_TRUE(waitForSlice(panel));
    const LossLandscape &slice = *panel.slice();
    const LandscapeRequest &request = slice.request;
    const int n = request.gridSize;
    const PlaneMapping mapping = PlaneMapping::of(panel.view()->plotRect(), request);
    for (const auto &[i, j] : {std::pair{10, 50}, std::pair{33, 7}, std::pair{0, n - 1}}) {
        const double first = landscapeAxisValue(request.firstLow, request.firstHigh, i, n);
        const double second = landscapeAxisValue(request.secondLow, request.secondHigh, j, n);
        Network moved = encoder.network;
        setParameterValue(moved, request.first, first);
        setParameterValue(moved, request.second, second);
        const double direct = evaluate(moved, encoder.preset.dataset.inputs, encoder.preset.dataset.targets,
                                       TargetKind::OneHot)
                                  .loss;
        const QPointF pixel = mapping.toPixel(first, second);
        const QPointF plane = mapping.toPlane(pixel);
        EXPECT_NEAR(sliceValueAt(slice, plane.x(), plane.y()), direct, 1e-13) << i << ", " << j;
        auto name = [](const ParameterIndex &p) {
            return indexedSymbol(QStringLiteral("w"), p.layer, p.row + 1, p.column + 1);
        };
        const QString expected =
            QStringLiteral("%1 = %2   %3 = %4   E = %5")
                .arg(name(request.first), formatNeuronValue(first), name(request.second),
                     formatNeuronValue(second), formatSignificant(direct, 3));
        EXPECT_EQ(panel.view()->hoverText(pixel), expected) << i << ", " << j;
    }
    EXPECT_TRUE(panel.view()->hoverText(QPointF(2, 2)).isEmpty());
}

TEST(LossLandscapePanel, EdgeClicksReplaceTheOlderWeightAndANeuronTakesItsLargestIncoming)
{
    Encoder encoder;
    LossLandscapePanel panel;
    panel.show();
    panel.setSnapshot(*snapshotOf(encoder.network, encoder.preset.dataset));
    ASSERT_TRUE(waitForSlice(panel));
    const ParameterIndex second = panel.weights()->second;
    panel.setSelection({Selection::Kind::Edge, 1, 2, 5}); // w¹₃₆
    ASSERT_TRUE(panel.weights());
    EXPECT_EQ(panel.weights()->first, second);
    EXPECT_EQ(panel.weights()->second, (ParameterIndex{1, 2, 5}));
    panel.setSelection({Selection::Kind::Edge, 2, 7, 0}); // w²₈₁
    EXPECT_EQ(panel.weights()->first, (ParameterIndex{1, 2, 5}));
    EXPECT_EQ(panel.weights()->second, (ParameterIndex{2, 7, 0}));
    // Only the slice of the weights chosen last is shown: the one before is dropped.
    ASSERT_TRUE(waitForSlice(panel));
    EXPECT_EQ(panel.slice()->request.first, (ParameterIndex{1, 2, 5}));
    EXPECT_EQ(panel.slice()->request.second, (ParameterIndex{2, 7, 0}));

    panel.setSelection({Selection::Kind::Neuron, 1, 1, 0});
    const auto largest = largestIncomingWeights(encoder.network, 1, 1);
    EXPECT_EQ(panel.weights()->first, largest.first);
    EXPECT_EQ(panel.weights()->second, largest.second);
    // A weight the network lacks is not taken.
    panel.setWeights({3, 0, 0}, {1, 0, 0});
    EXPECT_EQ(panel.weights()->first, largest.first);
}

TEST(LossLandscapePanel, NothingIsComputedWhileHidden)
{
    Encoder encoder;
    LossLandscapePanel panel;
    panel.setSnapshot(*snapshotOf(encoder.network, encoder.preset.dataset));
    EXPECT_FALSE(panel.isComputing());
    QTest::qWait(50);
    EXPECT_EQ(panel.slice(), nullptr);
    panel.show();
    EXPECT_TRUE(waitForSlice(panel));
}

TEST(LossLandscapePanel, EachRunLeavesItsPathThroughThePlane)
{
    Encoder encoder;
    LossLandscapePanel panel;
    panel.show();
    panel.setWeights({2, 0, 0}, {2, 0, 1});
    Network moved = encoder.network;
    panel.setSnapshot(*snapshotOf(moved, encoder.preset.dataset));
    moved.layer(2).weights(0, 0) += 0.25;
    panel.setSnapshot(*snapshotOf(moved, encoder.preset.dataset));
    moved.layer(2).weights(0, 1) -= 0.5;
    panel.setSnapshot(*snapshotOf(moved, encoder.preset.dataset));
    std::vector<LandscapePath> paths = panel.paths();
    ASSERT_EQ(paths.size(), 1u);
    ASSERT_EQ(paths[0].points.size(), 3u);
    EXPECT_EQ(paths[0].points[2], QPointF(moved.layer(2).weights(0, 0), moved.layer(2).weights(0, 1)));

    Network sibling = encoder.network;
    sibling.layer(2).weights(0, 0) = 3.0;
    panel.setOtherRuns({{7, QStringLiteral("η = 8"), QColor(Qt::red), Qt::DotLine,
                         std::make_shared<const Network>(sibling)}});
    paths = panel.paths();
    ASSERT_EQ(paths.size(), 2u);
    EXPECT_EQ(paths[1].penStyle, Qt::DotLine);
    EXPECT_EQ(paths[1].color, QColor(Qt::red));
    EXPECT_EQ(paths[1].label, QStringLiteral("η = 8"));
    EXPECT_EQ(paths[1].points.front().x(), 3.0);
    // A new run starts the paths afresh.
    panel.setSnapshot(*snapshotOf(moved, encoder.preset.dataset, 2));
    EXPECT_EQ(panel.paths().size(), 1u);
    EXPECT_EQ(panel.paths()[0].points.size(), 1u);
}

} // namespace
} // namespace bp::ui
