#include "core/data/dataset.h"
#include "core/data/preset.h"
#include "core/maths/activation.h"
#include "core/maths/metrics.h"
#include "core/maths/saturation.h"
#include "core/maths/trace.h"
#include "core/training/trainer.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bp {
namespace {

// XOR's four inputs (0,0), (0,1), (1,0), (1,1) into two hidden logistic units and one output.
// Unit 1 has huge weights: z = 20(x₁ + x₂) is 0, 20, 20 and 40, so σ′(z) is ¼ on one sample and
// below 2.1e-9 on the other three. Unit 2 has small ones: z = 0.1(x₁ + x₂), σ′ close to ¼ on all.
Network hugeAndSmallWeights(Loss loss = Loss::HalfSquaredError)
{
    Network network({2, 2, 1}, {Activation::Logistic, Activation::Logistic}, loss);
    network.layer(1).weights << 20.0, 20.0, 0.1, 0.1;
    network.layer(1).biases << 0.0, 0.0;
    network.layer(2).weights << 1.0, -1.0;
    network.layer(2).biases << 0.0;
    return network;
}

// Hidden relu unit 2 has bias −10 and weights 1, 1: z = x₁ + x₂ − 10 ≤ −8 on every input in
// [0, 1]², so it is dead. Unit 1, z = x₁ − x₂ + 0.5, is active on three of the four samples.
Network deadRelu()
{
    Network network({2, 2, 1}, {Activation::Relu, Activation::Logistic});
    network.layer(1).weights << 1.0, -1.0, 1.0, 1.0;
    network.layer(1).biases << 0.5, -10.0;
    network.layer(2).weights << 0.7, 0.9;
    network.layer(2).biases << 0.1;
    return network;
}

TEST(Saturation, ThresholdsAreTwoPercentOfTheLargestDerivative)
{
    EXPECT_DOUBLE_EQ(derivativeMaximum(Activation::Logistic), 0.25);
    EXPECT_DOUBLE_EQ(derivativeMaximum(Activation::Tanh), 1.0);
    EXPECT_DOUBLE_EQ(saturationThreshold(Activation::Logistic), 0.005);
    EXPECT_DOUBLE_EQ(saturationThreshold(Activation::Tanh), 0.02);
    // relu's flat side makes a unit dead, not saturated; leaky relu and the identity never flatten.
    EXPECT_EQ(saturationThreshold(Activation::Relu), 0.0);
    EXPECT_EQ(saturationThreshold(Activation::LeakyRelu), 0.0);
    EXPECT_EQ(saturationThreshold(Activation::Identity), 0.0);
    // σ′(5) = 0.00665 is not saturated, σ′(5.5) = 0.00405 is; for tanh |z| = 2.6 against 2.7.
    EXPECT_FALSE(
        isSaturatedDerivative(Activation::Logistic, activationDerivativeAt(Activation::Logistic, 5.0)));
    EXPECT_TRUE(
        isSaturatedDerivative(Activation::Logistic, activationDerivativeAt(Activation::Logistic, -5.5)));
    EXPECT_FALSE(isSaturatedDerivative(Activation::Tanh, activationDerivativeAt(Activation::Tanh, 2.6)));
    EXPECT_TRUE(isSaturatedDerivative(Activation::Tanh, activationDerivativeAt(Activation::Tanh, 2.7)));
    EXPECT_FALSE(isSaturatedDerivative(Activation::Relu, 0.0));
}

TEST(Saturation, AUnitWithHugeWeightsSaturates)
{
    const Network network = hugeAndSmallWeights();
    const SaturationReport report = saturationOf(network, makeXor().inputs);
    ASSERT_EQ(report.layers.size(), 2u);
    EXPECT_EQ(report.sampleCount, 4);
    const UnitSaturation &huge = report.layers[0].units[0];
    const UnitSaturation &small = report.layers[0].units[1];
    EXPECT_DOUBLE_EQ(huge.saturatedShare, 0.75);
    EXPECT_TRUE(huge.saturated);
    // Mean σ′/¼ by hand: (¼ + 2 σ′(20) + σ′(40)) / 4 / ¼ = 0.25000000412.
    EXPECT_NEAR(huge.meanDerivative, 0.2500000041223074, 1e-12);
    EXPECT_EQ(small.saturatedShare, 0.0);
    EXPECT_FALSE(small.saturated);
    // (2 σ′(0.1) + σ′(0.2) + σ′(0)) / 4 / ¼ = 0.99626865.
    EXPECT_NEAR(small.meanDerivative, 0.9962686530976439, 1e-12);
    EXPECT_EQ(report.layers[0].saturatedCount, 1);
    EXPECT_EQ(report.layers[0].deadCount, 0);
    EXPECT_EQ(report.saturatedCount(), 1);
}

TEST(Saturation, TheOutputIsNotSaturatedWhereTheLossCancelsSigmaPrime)
{
    // z = 40 at the output on every sample: σ′ ≈ 4e-18. Under ½(a − t)² that is saturation (BP1
    // multiplies by σ′); under cross-entropy after the logistic, δᴸ = a − t and σ′ never enters.
    for (const Loss loss : {Loss::HalfSquaredError, Loss::CrossEntropy}) {
        Network network = hugeAndSmallWeights(loss);
        network.layer(2).biases << 40.0;
        network.layer(2).weights << 0.0, 0.0;
        const SaturationReport report = saturationOf(network, makeXor().inputs);
        ASSERT_EQ(report.layers.size(), 2u);
        EXPECT_DOUBLE_EQ(report.layers[1].units[0].saturatedShare, 1.0);
        EXPECT_EQ(report.layers[1].units[0].saturated, loss == Loss::HalfSquaredError) << lossName(loss);
    }
}

TEST(Saturation, AReluWithALargeNegativeBiasIsDead)
{
    const SaturationReport report = saturationOf(deadRelu(), makeXor().inputs);
    ASSERT_EQ(report.layers.size(), 2u);
    EXPECT_FALSE(report.layers[0].units[0].dead);
    EXPECT_DOUBLE_EQ(report.layers[0].units[0].activeShare, 0.75);
    EXPECT_TRUE(report.layers[0].units[1].dead);
    EXPECT_EQ(report.layers[0].units[1].activeShare, 0.0);
    EXPECT_EQ(report.layers[0].deadCount, 1);
    // A dead unit is not "saturated": relu has no flat side that slows it, it has stopped.
    EXPECT_EQ(report.layers[0].saturatedCount, 0);
    EXPECT_EQ(report.deadCount(), 1);
}

TEST(Saturation, ADeadUnitsGradientsAreExactlyZeroInTheTrainer)
{
    const Dataset data = makeXor();
    TrainingSettings settings;
    settings.optimizer.learningRate = 0.5;
    Trainer trainer(deadRelu(), data, settings);
    for (int sample = 0; sample < data.sampleCount(); ++sample) {
        const Trace trace = trainer.traceSample(sample);
        const BackwardRecord &hidden = trace.backward[0];
        const BackwardRecord &output = trace.backward[1];
        // (BP2) δ¹₂ = (Σₖ w²ₖ₂ δ²ₖ) · relu′(z¹₂) with relu′ = 0: exactly 0, and with it (BP3) ∂E/∂b¹₂
        // and (BP4) ∂E/∂w¹₂ₖ = a⁰ₖ δ¹₂; out of it, ∂E/∂w²₁₂ = a¹₂ δ²₁ with a¹₂ = 0.
        EXPECT_EQ(hidden.delta(1, 0), 0.0) << "sample " << sample;
        EXPECT_EQ(hidden.gradBiases(1), 0.0) << "sample " << sample;
        EXPECT_EQ(hidden.gradWeights(1, 0), 0.0) << "sample " << sample;
        EXPECT_EQ(hidden.gradWeights(1, 1), 0.0) << "sample " << sample;
        EXPECT_EQ(output.gradWeights(0, 1), 0.0) << "sample " << sample;
        // The living unit does learn: the zeros above are the dead unit's, not the step's.
        EXPECT_NE(output.delta(0, 0), 0.0) << "sample " << sample;
    }
    // Whole epochs of training never revive it: its weights and bias stay exactly as they were.
    for (int epoch = 0; epoch < 20; ++epoch)
        trainer.runEpoch();
    EXPECT_EQ(trainer.network().layer(1).weights(1, 0), 1.0);
    EXPECT_EQ(trainer.network().layer(1).weights(1, 1), 1.0);
    EXPECT_EQ(trainer.network().layer(1).biases(1), -10.0);
    EXPECT_TRUE(saturationOf(trainer.network(), data.inputs).layers[0].units[1].dead);
}

TEST(Saturation, ActivationsAndForwardPassGiveTheSameReport)
{
    // The snapshot's sampleActivations and a forward pass over the inputs are two ways in.
    for (const Network &network : {hugeAndSmallWeights(), deadRelu()}) {
        const Matrix inputs = makeXor().inputs;
        const SaturationReport viaForward = saturationOf(network, inputs);
        const SaturationReport viaActivations = saturationOf(network, activationsOf(network, inputs));
        ASSERT_EQ(viaForward.layers.size(), viaActivations.layers.size());
        for (std::size_t l = 0; l < viaForward.layers.size(); ++l) {
            for (std::size_t j = 0; j < viaForward.layers[l].units.size(); ++j) {
                const UnitSaturation &a = viaForward.layers[l].units[j];
                const UnitSaturation &b = viaActivations.layers[l].units[j];
                EXPECT_DOUBLE_EQ(a.meanDerivative, b.meanDerivative)
                    << "layer " << l + 1 << " unit " << j + 1;
                EXPECT_EQ(a.saturatedShare, b.saturatedShare);
                EXPECT_EQ(a.activeShare, b.activeShare);
                EXPECT_EQ(a.dead, b.dead);
            }
        }
    }
}

TEST(Saturation, ALargeSetIsReadThroughEvenlySpacedSamples)
{
    // 1000 samples, every other one (1, 0) and (0, 0): unit 1's z is 20 or 0, saturated on half.
    Matrix inputs = Matrix::Zero(2, 1000);
    for (Eigen::Index i = 0; i < inputs.cols(); i += 2)
        inputs(0, i) = 1.0;
    const SaturationReport all = saturationOf(hugeAndSmallWeights(), inputs);
    EXPECT_EQ(all.sampleCount, 1000);
    EXPECT_DOUBLE_EQ(all.layers[0].units[0].saturatedShare, 0.5);
    const SaturationReport thinned = saturationOf(hugeAndSmallWeights(), inputs, 100);
    EXPECT_EQ(thinned.sampleCount, 100);
    EXPECT_EQ(thinned.totalSampleCount, 1000);
    // Columns 0, 10, 20, …: all even, all (1, 0).
    EXPECT_DOUBLE_EQ(thinned.layers[0].units[0].saturatedShare, 1.0);
}

TEST(Saturation, ShapesThatDoNotFitGiveAnEmptyReport)
{
    const Network network = hugeAndSmallWeights();
    EXPECT_TRUE(saturationOf(network, Matrix::Zero(3, 4)).layers.empty());
    EXPECT_TRUE(saturationOf(network, std::vector<Matrix>{Matrix::Zero(2, 4)}).layers.empty());
    EXPECT_TRUE(
        saturationOf(network, std::vector<Matrix>{Matrix::Zero(2, 4), Matrix::Zero(1, 3)}).layers.empty());
    EXPECT_EQ(saturationOf(network, Matrix::Zero(2, 0)).sampleCount, 0);
}

TEST(Saturation, LowInputsFollowTheLargestOfTheLayer)
{
    EXPECT_TRUE(isInputLow(0.0, 1.0));
    EXPECT_TRUE(isInputLow(0.0199, 0.5));
    EXPECT_FALSE(isInputLow(0.0201, 0.5));
    EXPECT_FALSE(isInputLow(0.9, 10.0));
    EXPECT_TRUE(isInputLow(0.19, 10.0));
    EXPECT_FALSE(isInputLow(std::nan(""), 1.0));
}

TEST(SaturationLesson, LargeInitialWeightsSaturateUnitsAtEpochZero)
{
    // Over seeds 1–20 the ±5 weights saturate 48 of the 20 × 11 units at epoch 0 (2.4 a seed, in
    // 17 seeds at least one), the lecture's ±0.5 none (docs/lessons.md, bench/lesson_measure.cpp).
    const Preset lesson = makePreset("saturation");
    Preset lecture = lesson;
    lecture.initRange = 0.5;
    int large = 0;
    int small = 0;
    int seedsWithSome = 0;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const int count = saturationOf(lesson.makeNetwork(seed), lesson.dataset.inputs).saturatedCount();
        large += count;
        seedsWithSome += count > 0 ? 1 : 0;
        small += saturationOf(lecture.makeNetwork(seed), lesson.dataset.inputs).saturatedCount();
    }
    EXPECT_GE(large, 36);
    EXPECT_GE(seedsWithSome, 14);
    EXPECT_EQ(small, 0);
    // The lessons start their sibling runs: the lecture's weights beside the large ones, and so on.
    EXPECT_EQ(runVariantToText(lesson.siblings.at(0)), runVariantToText(parseRunVariant("init-range=0.5")));
    EXPECT_EQ(makePreset("optimizers").siblings.size(), 2u);
    EXPECT_EQ(makePreset("initialisation").siblings.size(), 2u);
    // The same draws, scaled: the large weights are the small ones times ten.
    EXPECT_DOUBLE_EQ(lesson.makeNetwork(3).layer(1).weights(2, 5),
                     10.0 * lecture.makeNetwork(3).layer(1).weights(2, 5));
}

} // namespace
} // namespace bp
