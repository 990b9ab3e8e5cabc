#include "core/data/preset.h"
#include "core/maths/trace.h"
#include "core/training/trainer.h"

#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

using test::matrixIdentical;

TEST(Trace, PhasesComeInTheOrderOfTheAlgorithm)
{
    const std::vector<Phase> phases = phasesOf(3);
    const std::vector<std::pair<PhaseKind, int>> expected = {
        {PhaseKind::Forward, 1},     {PhaseKind::Forward, 2},   {PhaseKind::Forward, 3},
        {PhaseKind::OutputError, 3}, {PhaseKind::Backward, 2},  {PhaseKind::Backward, 1},
        {PhaseKind::Gradients, 3},   {PhaseKind::Gradients, 2}, {PhaseKind::Gradients, 1},
        {PhaseKind::Update, 0}};
    ASSERT_EQ(phases.size(), expected.size());
    for (std::size_t i = 0; i < phases.size(); ++i) {
        EXPECT_EQ(phases[i].kind, expected[i].first) << "phase " << i;
        EXPECT_EQ(phases[i].layer, expected[i].second) << "phase " << i;
    }
}

TEST(Trace, GradientsEqualTheTrainingPathsBitForBit)
{
    // Two trainers on the same network: one steps through its fast path, the other records a trace.
    const Preset preset = makePreset("encoder-8-3-8");
    Trainer fast(preset.makeNetwork(3), preset.dataset, preset.training);
    Trainer traced(preset.makeNetwork(3), preset.dataset, preset.training);
    for (int sample = 0; sample < 8; ++sample) {
        // The fast trainer walks the samples in order with batch 1: the same sample each time.
        ASSERT_TRUE(fast.step());
        const Trace trace = traced.traceSample(sample);
        for (int l = 1; l <= 2; ++l) {
            EXPECT_TRUE(matrixIdentical(trace.after.layer(l).weights, fast.network().layer(l).weights))
                << "sample " << sample << ", layer " << l;
            EXPECT_TRUE(matrixIdentical(trace.after.layer(l).biases, fast.network().layer(l).biases));
        }
        EXPECT_EQ(trace.loss, fast.lastLoss());
    }
}

TEST(Trace, RecordsAreConsistentWithTheEquations)
{
    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(5), preset.dataset, preset.training);
    const Trace trace = trainer.traceSample(2);
    const Network &before = trace.before;
    // zˡ = Wˡaˡ⁻¹ + bˡ
    EXPECT_TRUE(test::matrixNear(trace.forward[0].weightedInput,
                                 before.layer(1).weights * trace.input + before.layer(1).biases, 1e-15));
    // (BP4) ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ
    EXPECT_TRUE(test::matrixNear(trace.backward[1].gradWeights,
                                 trace.backward[1].delta * trace.forward[0].activation.transpose(), 1e-17));
    // update: w ← w − η ∂E/∂w
    const double eta = trace.optimizer.learningRate;
    EXPECT_TRUE(test::matrixNear(trace.after.layer(1).weights,
                                 before.layer(1).weights - eta * trace.backward[0].gradWeights, 1e-15));
    EXPECT_EQ(trace.input(2, 0), 1.0);
}

TEST(Trace, SampleOutOfRangeIsAnError)
{
    const Preset preset = makePreset("xor");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    EXPECT_THROW(trainer.traceSample(4), std::runtime_error);
    EXPECT_THROW(trainer.traceSample(-1), std::runtime_error);
}

} // namespace
} // namespace bp
