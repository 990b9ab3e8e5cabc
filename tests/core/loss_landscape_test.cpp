#include "core/analysis/loss_landscape.h"
#include "core/analysis/parameter_name.h"
#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/formats/number_format.h"
#include "core/maths/metrics.h"
#include "core/training/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <string>

namespace bp {
namespace {

// The loss of the network with the two parameters set, as the trainer measures it (evaluate()).
double directLoss(Network network, const Dataset &data, const ParameterIndex &first, double firstValue,
                  const ParameterIndex &second, double secondValue)
{
    setParameterValue(network, first, firstValue);
    setParameterValue(network, second, secondValue);
    return evaluate(network, data.inputs, data.targets, data.targetKind()).loss;
}

// The worst relative difference between the slice and direct evaluations at every grid point.
double worstRelativeDifference(const Network &network, const Dataset &data, const LandscapeRequest &request)
{
    const LossLandscape slice = computeLossLandscape(network, data.inputs, data.targets, request, 0.5);
    const int n = request.gridSize;
    double worst = 0.0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double direct = directLoss(
                network, data, request.first, landscapeAxisValue(request.firstLow, request.firstHigh, i, n),
                request.second, landscapeAxisValue(request.secondLow, request.secondHigh, j, n));
            const double difference = std::abs(slice.loss(i, j) - direct) / std::abs(direct);
            EXPECT_TRUE(std::isfinite(slice.loss(i, j))) << "at " << i << ", " << j;
            worst = std::max(worst, difference);
        }
    }
    return worst;
}

// The 8-3-8 lesson after a few epochs, so that its weights are no longer the initial ones.
Trainer trainedEncoder(int epochs = 20)
{
    const Preset preset = makePreset("encoder-8-3-8", 3);
    Trainer trainer(preset.makeNetwork(3), preset.dataset, preset.training);
    for (int e = 0; e < epochs; ++e)
        trainer.runEpoch();
    return trainer;
}

// Not bit-identical, and it cannot be at every grid point: the slice moves z of the parameter's
// layer by Δw·aˡ⁻¹ₖ instead of summing Wˡaˡ⁻¹ again, its wide blocks go through the dense kernels
// (with FMA on x86-64-v3) and the vectorised logistic where eight samples stay on Eigen's inline
// products and the C library's exp, and it sums the samples' E in another order. Each of these is
// a rounding of an ulp or two; measured worst 5.4e-16 relative on these cases (the case across
// layers was bit-identical), asserted within 1e-13.
constexpr double kRoundingTolerance = 1e-13;

TEST(LossLandscape, GridEqualsDirectEvaluationInTheOutputLayer)
{
    const Trainer trainer = trainedEncoder();
    LandscapeRequest request = centredRequest(trainer.network(), {2, 0, 0}, {2, 0, 1}, 9);
    EXPECT_LE(worstRelativeDifference(trainer.network(), trainer.dataset(), request), kRoundingTolerance);
}

TEST(LossLandscape, GridEqualsDirectEvaluationInTheFirstLayerAndAcrossLayers)
{
    const Trainer trainer = trainedEncoder();
    const Network &network = trainer.network();
    EXPECT_LE(
        worstRelativeDifference(network, trainer.dataset(), centredRequest(network, {1, 1, 2}, {1, 2, 5}, 7)),
        kRoundingTolerance);
    // Across layers (the lower one second), and a bias.
    EXPECT_LE(
        worstRelativeDifference(network, trainer.dataset(), centredRequest(network, {2, 4, 1}, {1, 0, 3}, 7)),
        kRoundingTolerance);
    EXPECT_LE(worstRelativeDifference(network, trainer.dataset(),
                                      centredRequest(network, {1, 2, -1}, {2, 7, 2}, 7)),
              kRoundingTolerance);
}

TEST(LossLandscape, GridEqualsDirectEvaluationWithSoftmaxAndCrossEntropy)
{
    // Iris: 150 samples, softmax output and cross-entropy; several grid points share a block.
    const Preset preset = makePreset("iris", 1);
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    trainer.runEpoch();
    const Network &network = trainer.network();
    ASSERT_EQ(network.loss(), Loss::CrossEntropy);
    EXPECT_LE(
        worstRelativeDifference(network, trainer.dataset(), centredRequest(network, {1, 0, 2}, {2, 1, 0}, 6)),
        kRoundingTolerance);
}

TEST(LossLandscape, TheCurrentPointIsTheTrainersLoss)
{
    const Trainer trainer = trainedEncoder();
    const LossLandscape slice =
        computeLossLandscape(trainer.network(), trainer.dataset().inputs, trainer.dataset().targets,
                             centredRequest(trainer.network(), {2, 3, 0}, {2, 3, 2}, 5), 1.0);
    // Same chunks, same passes as evaluate(): the same bits.
    EXPECT_EQ(slice.currentLoss, trainer.epochMetrics().loss);
    // The grid's middle point is the network itself (the request is centred, 5 points).
    EXPECT_NEAR(slice.loss(2, 2), slice.currentLoss, kRoundingTolerance * slice.currentLoss);
}

TEST(LossLandscape, GradientEqualsCentralDifferences)
{
    const Trainer trainer = trainedEncoder();
    const Network &network = trainer.network();
    const Dataset &data = trainer.dataset();
    for (const auto &[first, second] : {std::pair{ParameterIndex{1, 0, 4}, ParameterIndex{2, 6, 1}},
                                        std::pair{ParameterIndex{2, 2, -1}, ParameterIndex{1, 2, 7}}}) {
        const LossAndGradient here = lossAndGradient(network, data.inputs, data.targets, first, second);
        const double h = 1e-5;
        const double w1 = parameterValue(network, first);
        const double w2 = parameterValue(network, second);
        const double numericFirst = (directLoss(network, data, first, w1 + h, second, w2) -
                                     directLoss(network, data, first, w1 - h, second, w2)) /
                                    (2 * h);
        const double numericSecond = (directLoss(network, data, first, w1, second, w2 + h) -
                                      directLoss(network, data, first, w1, second, w2 - h)) /
                                     (2 * h);
        EXPECT_NEAR(here.first, numericFirst, 1e-7 * std::max(1.0, std::abs(numericFirst)))
            << parameterName(first);
        EXPECT_NEAR(here.second, numericSecond, 1e-7 * std::max(1.0, std::abs(numericSecond)))
            << parameterName(second);
        EXPECT_NE(here.first, 0.0);
    }
}

TEST(LossLandscape, StepIsWhatAFullBatchSgdStepDoesToTheTwoWeights)
{
    Trainer trainer = trainedEncoder();
    TrainingSettings settings = trainer.settings();
    settings.batchSize = 0;
    settings.optimizer.kind = Optimizer::Sgd;
    settings.optimizer.learningRate = 0.7;
    Trainer fullBatch(trainer.network(), trainer.dataset(), settings);
    const ParameterIndex first{1, 1, 6}, second{2, 5, 1};
    const LossLandscape slice =
        computeLossLandscape(fullBatch.network(), fullBatch.dataset().inputs, fullBatch.dataset().targets,
                             centredRequest(fullBatch.network(), first, second, 3), 0.7);
    const double before1 = parameterValue(fullBatch.network(), first);
    const double before2 = parameterValue(fullBatch.network(), second);
    ASSERT_TRUE(fullBatch.step());
    const double moved1 = parameterValue(fullBatch.network(), first) - before1;
    const double moved2 = parameterValue(fullBatch.network(), second) - before2;
    EXPECT_NE(moved1, 0.0);
    EXPECT_NEAR(slice.stepFirst, moved1, 1e-12 + 1e-9 * std::abs(moved1));
    EXPECT_NEAR(slice.stepSecond, moved2, 1e-12 + 1e-9 * std::abs(moved2));
}

// E(w₁, w₂) = ¼ (w₁² + 4 w₂²): one identity unit, x = (1, 0) and (0, 2), both targets 0, E = ½(a − t)²
// averaged over the two samples. At (1, 1) the gradient is (½, 2), so the step −η∇E points along
// (−¼, −1) while the minimum lies along (−1, −1): the angle is 75.96° − 45° = acos(2.5/√8.5) = 30.96°.
Network quadraticNetwork(Dataset &data)
{
    Network network({2, 1}, {Activation::Identity});
    network.layer(1).weights << 1.0, 1.0;
    network.layer(1).biases << 0.0;
    data.inputs.resize(2, 2);
    data.inputs << 1.0, 0.0, 0.0, 2.0;
    data.targets = Matrix::Zero(1, 2);
    return network;
}

TEST(LossLandscape, AngleBetweenStepAndLowestPointOnAHandWorkedQuadratic)
{
    Dataset data;
    const Network network = quadraticNetwork(data);
    const double expected = std::acos(2.5 / std::sqrt(8.5)) * 180.0 / std::numbers::pi;
    EXPECT_NEAR(expected, 30.9637565, 1e-6);

    // [0, 2]²: the lowest grid point is the corner (0, 0), exactly the minimum.
    const LossLandscape corner = computeLossLandscape(network, data.inputs, data.targets,
                                                      centredRequest(network, {1, 0, 0}, {1, 0, 1}, 11), 0.1);
    EXPECT_DOUBLE_EQ(corner.gradientFirst, 0.5);
    EXPECT_DOUBLE_EQ(corner.gradientSecond, 2.0);
    EXPECT_DOUBLE_EQ(corner.stepFirst, -0.05);
    EXPECT_DOUBLE_EQ(corner.stepSecond, -0.2);
    EXPECT_DOUBLE_EQ(corner.currentLoss, 1.25);
    EXPECT_EQ(corner.lowestFirst, 0.0);
    EXPECT_EQ(corner.lowestSecond, 0.0);
    EXPECT_FALSE(corner.refined);
    EXPECT_NEAR(corner.angleDegrees, expected, 1e-9);
    EXPECT_DOUBLE_EQ(corner.loss(10, 10), 0.25 * (4.0 + 16.0));

    // Grid points −1.1, −0.1, 0.9, …: the lowest is (−0.1, −0.1); the parabola through it and its
    // neighbours has its vertex at 0 on each axis (E is quadratic), which is lower: refined.
    LandscapeRequest offGrid;
    offGrid.first = {1, 0, 0};
    offGrid.second = {1, 0, 1};
    offGrid.firstLow = offGrid.secondLow = -1.1;
    offGrid.firstHigh = offGrid.secondHigh = 2.9;
    offGrid.gridSize = 5;
    const LossLandscape refined = computeLossLandscape(network, data.inputs, data.targets, offGrid, 0.1);
    EXPECT_TRUE(refined.refined);
    EXPECT_NEAR(refined.lowestFirst, 0.0, 1e-12);
    EXPECT_NEAR(refined.lowestSecond, 0.0, 1e-12);
    EXPECT_NEAR(refined.lowestLoss, 0.0, 1e-24);
    EXPECT_NEAR(refined.angleDegrees, expected, 1e-9);
}

TEST(LossLandscape, AngleIsUndefinedWithoutADirection)
{
    EXPECT_TRUE(std::isnan(angleBetween(0.0, 0.0, 1.0, 0.0)));
    EXPECT_TRUE(std::isnan(angleBetween(1.0, 0.0, 0.0, 0.0)));
    EXPECT_NEAR(angleBetween(1.0, 0.0, -1.0, 0.0), 180.0, 1e-12);
    EXPECT_NEAR(angleBetween(1.0, 0.0, 0.0, 3.0), 90.0, 1e-12);
}

TEST(LossLandscape, ProgressCountsEveryPointAndCancelStopsEarly)
{
    const Trainer trainer = trainedEncoder(1);
    const LandscapeRequest request = centredRequest(trainer.network(), {2, 0, 0}, {2, 0, 1}, 40);
    std::atomic<int> progress{0};
    const LossLandscape whole =
        computeLossLandscape(trainer.network(), trainer.dataset().inputs, trainer.dataset().targets, request,
                             1.0, nullptr, &progress);
    EXPECT_EQ(progress.load(), 40 * 40);
    EXPECT_FALSE(whole.cancelled);

    std::atomic<bool> cancel{true};
    std::atomic<int> none{0};
    const LossLandscape stopped = computeLossLandscape(
        trainer.network(), trainer.dataset().inputs, trainer.dataset().targets, request, 1.0, &cancel, &none);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(none.load(), 0);
    EXPECT_TRUE(std::isnan(stopped.loss(0, 0)));
}

template <typename Call> std::string messageOf(Call call)
{
    try {
        call();
    } catch (const InputError &error) {
        return error.what();
    }
    return "(no error)";
}

TEST(LossLandscape, BadRequestsAreNamed)
{
    const Trainer trainer = trainedEncoder(0);
    const Network &network = trainer.network();
    const Matrix &x = trainer.dataset().inputs;
    const Matrix &t = trainer.dataset().targets;
    LandscapeRequest good = centredRequest(network, {2, 0, 0}, {2, 0, 1}, 8);
    const auto problem = [&](LandscapeRequest request) {
        return messageOf([&] { computeLossLandscape(network, x, t, request, 1.0); });
    };
    LandscapeRequest r = good;
    r.first = {3, 0, 0};
    EXPECT_EQ(problem(r),
              "first weight w3_1_1: the network has no layer 3 with weights (its layers are 1 to 2)");
    r = good;
    r.second = {1, 3, 0};
    EXPECT_EQ(problem(r), "second weight w1_4_1: layer 1 has no neuron 4 (it has 3)");
    r = good;
    r.second = {2, 0, 3};
    EXPECT_EQ(problem(r), "second weight w2_1_4: layer 1 has no neuron 4 (it has 3)");
    r = good;
    r.second = r.first;
    EXPECT_EQ(problem(r), "the two weights are the same (w2_1_1): choose two different ones");
    r = good;
    r.gridSize = 0;
    EXPECT_EQ(problem(r), "the grid must have 2 to 256 points per axis, not 0");
    r.gridSize = 100000;
    EXPECT_EQ(problem(r), "the grid must have 2 to 256 points per axis, not 100000");
    r = good;
    r.firstLow = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(problem(r), "the range of the first axis is not finite");
    r = good;
    r.secondHigh = r.secondLow;
    EXPECT_EQ(problem(r), "the range of the second axis is empty or reversed (from " +
                              formatNumber(r.secondLow) + " to " + formatNumber(r.secondLow) + ")");
    r = good;
    r.firstLow = -1e300;
    EXPECT_EQ(problem(r), "the range of the first axis spans more than 2e6");
    EXPECT_EQ(messageOf([&] { computeLossLandscape(network, x.leftCols(0), t.leftCols(0), good, 1.0); }),
              "the data has no samples");
    EXPECT_EQ(
        messageOf([&] { computeLossLandscape(network, x.topRows(4), t, good, 1.0); }),
        "the data does not fit the network (4 inputs and 8 targets for a network of 8 inputs and 8 outputs)");
}

TEST(ParameterName, ReadsWhatItWritesAndNamesWhatIsWrong)
{
    const Network network({8, 3, 8}, {Activation::Logistic, Activation::Logistic});
    EXPECT_EQ(parameterName({2, 0, 2}), "w2_1_3");
    EXPECT_EQ(parameterName({1, 2, -1}), "b1_3");
    EXPECT_EQ(parseParameterName("w2_1_3", network), (ParameterIndex{2, 0, 2}));
    EXPECT_EQ(parseParameterName("b1_3", network), (ParameterIndex{1, 2, -1}));
    const auto problem = [&](const char *text) {
        return messageOf([&] { parseParameterName(text, network); });
    };
    EXPECT_EQ(problem("w2_9_1"), "'w2_9_1': layer 2 has no neuron 9 (it has 8)");
    EXPECT_EQ(problem("w0_1_1"), "'w0_1_1': the network has no layer 0 with weights (its layers are 1 to 2)");
    EXPECT_EQ(problem("w2_0_1"), "'w2_0_1': neurons are numbered from 1");
    for (const char *bad : {"", "x2_1_1", "w2_1", "b2_1_1", "w2__1", "w2_1_1_", "w-2_1_1", "w2_1_1x"})
        EXPECT_NE(problem(bad).find("is not a weight or bias name"), std::string::npos)
            << bad << ": " << problem(bad);
}

TEST(LossLandscape, LargestIncomingWeightsOfANeuron)
{
    Network network({4, 2, 1}, {Activation::Logistic, Activation::Logistic});
    network.layer(1).weights << 0.1, -0.9, 0.5, 0.3, 2.0, 2.0, -2.0, 1.0;
    const auto [first, second] = largestIncomingWeights(network, 1, 0);
    EXPECT_EQ(first, (ParameterIndex{1, 0, 1}));
    EXPECT_EQ(second, (ParameterIndex{1, 0, 2}));
    // Ties: the lower k first.
    const auto [tie1, tie2] = largestIncomingWeights(network, 1, 1);
    EXPECT_EQ(tie1, (ParameterIndex{1, 1, 0}));
    EXPECT_EQ(tie2, (ParameterIndex{1, 1, 1}));
    Network single({1, 1}, {Activation::Identity});
    const auto [weight, bias] = largestIncomingWeights(single, 1, 0);
    EXPECT_EQ(weight, (ParameterIndex{1, 0, 0}));
    EXPECT_EQ(bias, (ParameterIndex{1, 0, -1}));
}

} // namespace
} // namespace bp
