#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/training/run_group.h"
#include "core/training/trainer.h"

#include "tests/support/input_errors.h"
#include "tests/support/network_match.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bp {
namespace {

using test::messageOf;
using test::networksIdentical;

// The message names the problem: `part` must be in the InputError's text.
template <typename Parse> void expectMessage(Parse parse, const std::string &part)
{
    const std::string message = messageOf(parse);
    EXPECT_NE(message.find(part), std::string::npos) << "expected '" << part << "' in: " << message;
}

::testing::AssertionResult metricsIdentical(const EpochMetrics &a, const EpochMetrics &b)
{
    if (a.epoch != b.epoch)
        return ::testing::AssertionFailure() << "epoch " << a.epoch << " vs " << b.epoch;
    if (a.loss != b.loss || a.accuracy != b.accuracy || a.stepLoss != b.stepLoss)
        return ::testing::AssertionFailure() << "epoch " << a.epoch << ": loss " << a.loss << " vs " << b.loss
                                             << ", step loss " << a.stepLoss << " vs " << b.stepLoss;
    if (a.layers.size() != b.layers.size())
        return ::testing::AssertionFailure() << "layer counts differ";
    for (std::size_t l = 0; l < a.layers.size(); ++l)
        if (a.layers[l].gradientNorm != b.layers[l].gradientNorm ||
            a.layers[l].meanAbsDelta != b.layers[l].meanAbsDelta)
            return ::testing::AssertionFailure()
                   << "epoch " << a.epoch << ", layer " << l + 1 << " statistics differ";
    return ::testing::AssertionSuccess();
}

Preset shuffledEncoder()
{
    Preset preset = makePreset("encoder-8-3-8");
    preset.training.shuffle = true;
    preset.training.shuffleSeed = 7;
    return preset;
}

TEST(RunGroup, SiblingWithTheOriginalsSettingsGivesBitIdenticalHistoryAndWeights)
{
    const Preset preset = shuffledEncoder();
    TrainingSettings settings = preset.training;
    settings.optimizer.kind = Optimizer::Momentum;
    settings.optimizer.learningRate = 2.0;
    Trainer original(preset.makeNetwork(3), preset.dataset, settings);
    // Mid-run, mid-epoch, with momentum's memory: the sibling must take all of it along.
    for (int i = 0; i < 5; ++i)
        original.runEpoch();
    for (int i = 0; i < 3; ++i)
        original.step();
    RunGroup group(original, RunOrigin{3}, {RunVariant{}, parseRunVariant("lr=2,optimizer=momentum")});
    ASSERT_EQ(group.runCount(), 3);
    for (int epoch = 0; epoch < 40; ++epoch) {
        const std::vector<EpochMetrics> metrics = group.runEpoch();
        ASSERT_EQ(metrics.size(), 3u);
        ASSERT_TRUE(metricsIdentical(metrics[0], metrics[1]));
        ASSERT_TRUE(metricsIdentical(metrics[0], metrics[2]));
    }
    EXPECT_TRUE(networksIdentical(group.run(0).network(), group.run(1).network()));
    EXPECT_TRUE(networksIdentical(group.run(0).network(), group.run(2).network()));
    EXPECT_EQ(group.run(0).stepCount(), group.run(1).stepCount());
}

TEST(RunGroup, EachSiblingEqualsTheSameRunTrainedAlone)
{
    const Preset preset = shuffledEncoder();
    const std::uint64_t seed = 4;
    RunGroup group(Trainer(preset.makeNetwork(seed), preset.dataset, preset.training), RunOrigin{seed},
                   {parseRunVariant("lr=2"), parseRunVariant("optimizer=adam, lr=0.05, batch=4"),
                    parseRunVariant("init=xavier,activation=tanh")});

    // The same runs built by hand, each alone, from the lesson's own parts.
    std::vector<Trainer> alone;
    alone.emplace_back(preset.makeNetwork(seed), preset.dataset, preset.training);
    TrainingSettings slow = preset.training;
    slow.optimizer.learningRate = 2.0;
    alone.emplace_back(preset.makeNetwork(seed), preset.dataset, slow);
    TrainingSettings adam = preset.training;
    adam.optimizer.kind = Optimizer::Adam;
    adam.optimizer.learningRate = 0.05;
    adam.batchSize = 4;
    alone.emplace_back(preset.makeNetwork(seed), preset.dataset, adam);
    Preset xavier = preset;
    xavier.init = InitScheme::Xavier;
    xavier.activations[0] = Activation::Tanh;
    alone.emplace_back(xavier.makeNetwork(seed), preset.dataset, preset.training);

    for (int epoch = 0; epoch < 25; ++epoch) {
        const std::vector<EpochMetrics> together = group.runEpoch();
        for (std::size_t run = 0; run < alone.size(); ++run)
            ASSERT_TRUE(metricsIdentical(together[run], alone[run].runEpoch())) << "run " << run;
    }
    for (std::size_t run = 0; run < alone.size(); ++run)
        EXPECT_TRUE(networksIdentical(group.run(static_cast<int>(run)).network(), alone[run].network()))
            << "run " << run;
}

TEST(RunGroup, DifferingSettingsDifferAsTheRulesSay)
{
    const Preset preset = makePreset("encoder-8-3-8"); // SGD, η = 10, online
    RunGroup group(
        Trainer(preset.makeNetwork(2), preset.dataset, preset.training), RunOrigin{2},
        {parseRunVariant("lr=20"), parseRunVariant("optimizer=momentum"), parseRunVariant("init-range=2")});
    const Network start = group.run(0).network();
    // U(−r, r) drawn from the same seed scales with r: the same numbers, four times larger.
    const Matrix &bigger = group.run(3).network().layer(1).weights;
    ASSERT_EQ(bigger.rows(), start.layer(1).weights.rows());
    for (Eigen::Index j = 0; j < bigger.rows(); ++j)
        for (Eigen::Index k = 0; k < bigger.cols(); ++k)
            EXPECT_NEAR(bigger(j, k), 4.0 * start.layer(1).weights(j, k), 1e-15);

    ASSERT_TRUE(group.step());
    for (int l = 1; l <= start.layerCount(); ++l) {
        const Matrix stepOriginal = group.run(0).network().layer(l).weights - start.layer(l).weights;
        const Matrix stepDouble = group.run(1).network().layer(l).weights - start.layer(l).weights;
        ASSERT_GT(stepOriginal.norm(), 0.0);
        // The same weights give the same gradient; twice η is twice the step.
        EXPECT_NEAR((stepDouble - 2.0 * stepOriginal).cwiseAbs().maxCoeff(), 0.0, 1e-12 * stepOriginal.norm())
            << "layer " << l;
    }
    // Momentum's first step is SGD's (v = ∂E/∂w); its second adds β v.
    EXPECT_TRUE(networksIdentical(group.run(0).network(), group.run(2).network()));
    group.step();
    EXPECT_FALSE(networksIdentical(group.run(0).network(), group.run(2).network()));
    EXPECT_EQ(group.title(), "η = 10, SGD, U(±0.5) vs η = 20, SGD, U(±0.5) vs η = 10, momentum, U(±0.5) vs "
                             "η = 10, SGD, U(±2)");
}

TEST(RunGroup, LabelsNameOnlyWhatDiffers)
{
    const Preset preset = makePreset("xor");
    RunGroup rates(Trainer(preset.makeNetwork(1), preset.dataset, preset.training), RunOrigin{1},
                   {parseRunVariant("lr=0.5")});
    ASSERT_EQ(preset.training.optimizer.learningRate, 2.0);
    EXPECT_EQ(rates.title(), "η = 2 vs η = 0.5");
    RunGroup hidden(Trainer(preset.makeNetwork(1), preset.dataset, preset.training), RunOrigin{1},
                    {parseRunVariant("activation=relu"), parseRunVariant("optimizer=adam,lr=0.1")});
    const std::vector<std::vector<LabelPart>> parts = hidden.labelParts();
    ASSERT_EQ(parts.size(), 3u);
    ASSERT_EQ(parts[1].size(), 3u);
    EXPECT_EQ(parts[1][0].key, "η");
    EXPECT_EQ(parts[1][1].value, "sgd");
    EXPECT_EQ(parts[1][2].key, "f");
    EXPECT_EQ(parts[1][2].value, "relu");
    EXPECT_EQ(hidden.labels()[2], "η = 0.1, Adam, hidden logistic");
    // One layer's activation is keyed by its number: f2 is layer 2's.
    RunGroup output(Trainer(preset.makeNetwork(1), preset.dataset, preset.training), RunOrigin{1},
                    {parseRunVariant("activation2=tanh")});
    const std::vector<std::vector<LabelPart>> outputParts = output.labelParts();
    ASSERT_EQ(outputParts.size(), 2u);
    ASSERT_EQ(outputParts[1].size(), 1u);
    EXPECT_EQ(outputParts[1][0].key, "f2");
    EXPECT_EQ(outputParts[1][0].value, "tanh");
}

TEST(RunGroup, ADivergedRunStopsAndTheOthersGoOn)
{
    const Preset preset = makePreset("encoder-8-3-8");
    RunGroup group(Trainer(preset.makeNetwork(1), preset.dataset, preset.training), RunOrigin{1},
                   {parseRunVariant("lr=1000000,activation=identity,activation2=identity")});
    for (int epoch = 0; epoch < 20; ++epoch)
        group.runEpoch();
    EXPECT_FALSE(group.run(0).isDiverged());
    EXPECT_EQ(group.run(0).epoch(), 20);
    EXPECT_TRUE(group.run(1).isDiverged());
    EXPECT_LT(group.run(1).epoch(), 20);
}

TEST(RunVariantText, RoundTripsThroughItsCanonicalText)
{
    const RunVariant variant = parseRunVariant(
        " activation2=tanh , init-range=2.5,lr=0.1,optimizer=adam,batch=0,init=he,activation=relu");
    EXPECT_EQ(runVariantToText(variant),
              "lr=0.1,optimizer=adam,batch=0,init=he,init-range=2.5,activation2=tanh,activation=relu");
    EXPECT_EQ(parseRunVariant(runVariantToText(variant)), variant);
    EXPECT_EQ(*parseRunVariant("eta=3").learningRate, 3.0);
}

TEST(RunVariantText, RefusesBadSettingsNamingThem)
{
    EXPECT_TRUE(parseRunVariant(" ").isEmpty());
    expectMessage([] { parseRunVariant(",lr=2"); }, "setting 1 of ',lr=2' is not KEY=VALUE");
    expectMessage([] { parseRunVariant("lr=2,"); }, "setting 2 of 'lr=2,'");
    expectMessage([] { parseRunVariant("speed=3"); }, "unknown setting 'speed'");
    // A long text is echoed up to its 40th character.
    expectMessage([] { parseRunVariant(std::string(50, 'x')); },
                  "setting 1 of '" + std::string(40, 'x') + "…' is not KEY=VALUE");
    expectMessage([] { parseRunVariant("lr=x"); }, "in 'lr=x': the learning rate is not");
    expectMessage([] { parseRunVariant("lr=-1"); }, "greater than 0");
    expectMessage([] { parseRunVariant("lr=1,eta=2"); }, "learning rate is given twice");
    expectMessage([] { parseRunVariant("batch=1.5"); }, "whole number");
    expectMessage([] { parseRunVariant("optimizer=rmsprop"); }, "sgd, momentum or adam");
    expectMessage([] { parseRunVariant("init-range=1e9"); }, "at most 100");
    expectMessage([] { parseRunVariant("activation0=relu"); }, "layer number N from 1");

    const Preset preset = makePreset("xor");
    const Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    expectMessage(
        [&] {
            RunGroup unused(trainer, RunOrigin{}, {RunVariant{}, parseRunVariant("activation7=relu")});
        },
        "run 3 (activation7=relu): there is no layer 7");
    expectMessage([&] { RunGroup unused(trainer, RunOrigin{}, {parseRunVariant("activation=softmax")}); },
                  "run 2 (activation=softmax)");
    expectMessage([&] { RunGroup unused(trainer, RunOrigin{}, std::vector<RunVariant>(4)); },
                  "at most 3 runs");
}

} // namespace
} // namespace bp
