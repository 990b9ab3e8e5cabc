// The checker behind the panel: the same numbers as bp::checkGradients, on all parameters or on a
// seeded sample, with progress and cancellation.
#include "core/maths/gradient_check.h"
#include "core/data/preset.h"
#include "core/training/trainer.h"
#include "tests/support/matrix_near.h"
#include "tests/ui/gradcheck/gradcheck_test_support.h"
#include "ui/gradcheck/parameter_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>
#include <tuple>

namespace bp::ui {
namespace {

using bp::test::matrixIdentical;

CheckPlan everything()
{
    CheckPlan plan;
    plan.checkAll = true;
    return plan;
}

void expectSameAsCore(const Network &network, const Matrix &input, const Matrix &target)
{
    const GradientCheck core = checkGradients(network, input, target);
    const ParameterCheckResult ours =
        checkParameters(network, input, target, 1e-5, selectParameters(network, everything()));
    ASSERT_EQ(ours.check.analyticWeights.size(), core.analyticWeights.size());
    for (std::size_t i = 0; i < core.analyticWeights.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "layer " << i + 1);
        EXPECT_TRUE(matrixIdentical(ours.check.analyticWeights[i], core.analyticWeights[i]));
        EXPECT_TRUE(matrixIdentical(ours.check.numericWeights[i], core.numericWeights[i]));
        EXPECT_TRUE(matrixIdentical(ours.check.relativeErrorWeights[i], core.relativeErrorWeights[i]));
        EXPECT_TRUE(matrixIdentical(ours.check.analyticBiases[i], core.analyticBiases[i]));
        EXPECT_TRUE(matrixIdentical(ours.check.numericBiases[i], core.numericBiases[i]));
        EXPECT_TRUE(matrixIdentical(ours.check.relativeErrorBiases[i], core.relativeErrorBiases[i]));
    }
    EXPECT_EQ(ours.check.worstRelativeError, core.worstRelativeError);
    EXPECT_EQ(ours.check.worstLayer, core.worstLayer);
    EXPECT_EQ(ours.check.worstRow, core.worstRow);
    EXPECT_EQ(ours.check.worstColumn, core.worstColumn);
    EXPECT_EQ(static_cast<std::int64_t>(ours.parameters.size()), network.parameterCount());
    EXPECT_EQ(ours.forwardPasses, 2 * network.parameterCount());
    EXPECT_FALSE(ours.cancelled);
}

TEST(ParameterCheck, FullCheckOfTheHandNetworkIsBitForBitTheCoreCheck)
{
    expectSameAsCore(test::handNetwork(), test::handInput(), test::handTarget());
}

TEST(ParameterCheck, FullCheckOfATrainedEncoderIsBitForBitTheCoreCheck)
{
    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    for (int epoch = 0; epoch < 20; ++epoch)
        trainer.runEpoch();
    expectSameAsCore(trainer.network(), preset.dataset.inputs.col(3), preset.dataset.targets.col(3));
    // A batch of all eight patterns, too: E is then the batch mean.
    expectSameAsCore(trainer.network(), preset.dataset.inputs, preset.dataset.targets);
}

TEST(ParameterCheck, SmallNetworksAreCheckedWholeInTheCoreOrder)
{
    const Network network = test::handNetwork();
    const CheckPlan plan;
    EXPECT_FALSE(isSampled(network, plan));
    const std::vector<ParameterIndex> selection = selectParameters(network, plan);
    const std::vector<ParameterIndex> expected = {{1, 0, 0},  {1, 0, 1},  {1, 0, -1}, {1, 1, 0},
                                                  {1, 1, 1},  {1, 1, -1}, {2, 0, 0},  {2, 0, 1},
                                                  {2, 0, -1}, {2, 1, 0},  {2, 1, 1},  {2, 1, -1}};
    EXPECT_EQ(selection, expected);
}

TEST(ParameterCheck, LargeNetworksAreSampledPerLayerWithASeed)
{
    const Network network = test::randomNetwork({784, 128, 10});
    const CheckPlan plan;
    ASSERT_TRUE(isSampled(network, plan));
    EXPECT_EQ(plannedCount(network, plan, 1), 2000);
    EXPECT_EQ(plannedCount(network, plan, 2), 1290); // 10 × 129 < 2,000: the whole layer
    EXPECT_EQ(plannedCount(network, plan), 3290);

    const std::vector<ParameterIndex> selection = selectParameters(network, plan);
    ASSERT_EQ(selection.size(), 3290u);
    std::set<std::tuple<int, int, int>> distinct;
    int biases = 0;
    for (const ParameterIndex &p : selection) {
        distinct.insert({p.layer, p.row, p.column});
        ASSERT_GE(p.row, 0);
        ASSERT_LT(p.row, network.layer(p.layer).weights.rows());
        ASSERT_LT(p.column, network.layer(p.layer).weights.cols());
        if (p.layer == 1 && p.isBias())
            ++biases;
    }
    EXPECT_EQ(distinct.size(), selection.size()) << "a parameter was drawn twice";
    EXPECT_TRUE(std::is_sorted(selection.begin(), selection.end(),
                               [](const ParameterIndex &a, const ParameterIndex &b) {
                                   return std::tuple(a.layer, a.row, a.column < 0 ? 1 << 30 : a.column) <
                                          std::tuple(b.layer, b.row, b.column < 0 ? 1 << 30 : b.column);
                               }));
    // The draw spreads over the layer: its rows, and a few of its biases (128 of 100,480).
    std::set<int> rows;
    for (const ParameterIndex &p : selection)
        if (p.layer == 1)
            rows.insert(p.row);
    EXPECT_GT(rows.size(), 120u);
    EXPECT_LE(biases, 20);

    EXPECT_EQ(selectParameters(network, plan), selection) << "the same seed must draw the same sample";
    CheckPlan otherSeed = plan;
    otherSeed.seed = 2;
    EXPECT_NE(selectParameters(network, otherSeed), selection);
    EXPECT_EQ(plannedCount(network, everything()), network.parameterCount());
}

TEST(ParameterCheck, ASampleGivesTheCoreNumbersWhereCheckedAndNaNElsewhere)
{
    const Preset preset = makePreset("encoder-8-3-8");
    const Network network = preset.makeNetwork(3);
    const Matrix x = preset.dataset.inputs.col(5);
    const Matrix t = preset.dataset.targets.col(5);
    CheckPlan plan;
    plan.fullCheckLimit = 10;
    plan.samplePerLayer = 7;
    const std::vector<ParameterIndex> selection = selectParameters(network, plan);
    ASSERT_EQ(selection.size(), 14u);
    const GradientCheck core = checkGradients(network, x, t);
    const ParameterCheckResult ours = checkParameters(network, x, t, 1e-5, selection);
    ASSERT_EQ(ours.parameters.size(), selection.size());
    for (const CheckedParameter &p : ours.parameters) {
        const auto l = static_cast<std::size_t>(p.index.layer - 1);
        const double numeric = p.index.isBias() ? core.numericBiases[l](p.index.row)
                                                : core.numericWeights[l](p.index.row, p.index.column);
        EXPECT_EQ(p.numeric, numeric);
    }
    int notChecked = 0;
    for (const Matrix &m : ours.check.numericWeights)
        notChecked += static_cast<int>(m.array().isNaN().count());
    for (const Vector &v : ours.check.numericBiases)
        notChecked += static_cast<int>(v.array().isNaN().count());
    EXPECT_EQ(notChecked, network.parameterCount() - 14);
    for (std::size_t i = 0; i < core.analyticWeights.size(); ++i)
        EXPECT_TRUE(matrixIdentical(ours.check.analyticWeights[i], core.analyticWeights[i]));
}

TEST(ParameterCheck, CancellingStopsBetweenParametersAndProgressCounts)
{
    const Network network = test::handNetwork();
    const std::vector<ParameterIndex> all = selectParameters(network, CheckPlan{});
    std::atomic<bool> cancel{true};
    std::atomic<int> progress{0};
    const ParameterCheckResult stopped =
        checkParameters(network, test::handInput(), test::handTarget(), 1e-5, all, &cancel, &progress);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_TRUE(stopped.parameters.empty());
    EXPECT_EQ(progress.load(), 0);

    cancel = false;
    const ParameterCheckResult finished =
        checkParameters(network, test::handInput(), test::handTarget(), 1e-5, all, &cancel, &progress);
    EXPECT_FALSE(finished.cancelled);
    EXPECT_EQ(progress.load(), 12);
}

TEST(ParameterCheck, AReluKinkWithinHIsFoundAndMakesTheCheckDisagree)
{
    const Network network = test::kinkNetwork();
    const ParameterCheckResult result = checkParameters(network, test::column({1.0}), test::column({1.0}),
                                                        1e-5, selectParameters(network, CheckPlan{}));
    EXPECT_EQ(result.nearestKink.layer, 1);
    EXPECT_EQ(result.nearestKink.neuron, 0);
    EXPECT_NEAR(result.nearestKink.weightedInput, 3e-6, 1e-12);
    EXPECT_GT(result.check.worstRelativeError, 0.1);
    EXPECT_EQ(result.check.worstLayer, 1);
}

TEST(ParameterCheck, ANonFiniteNetworkReportsNaNAsTheWorst)
{
    Network network = test::handNetwork();
    network.layer(2).weights(1, 0) = std::numeric_limits<double>::quiet_NaN();
    const ParameterCheckResult result = checkParameters(network, test::handInput(), test::handTarget(), 1e-5,
                                                        selectParameters(network, CheckPlan{}));
    EXPECT_TRUE(std::isnan(result.check.worstRelativeError));
}

} // namespace
} // namespace bp::ui
