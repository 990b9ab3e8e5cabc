// The 2-2-2 network below is worked out by hand, in the lecture's notation, with logistic units,
// E = ½ Σ (aᴸ − t)², x = (0.05, 0.10), t = (0.01, 0.99) and η = 0.5. Digits were carried with a
// 40-digit decimal calculator, independently of this program, and rounded to 15 decimals.
//
//   W¹ = [0.15 0.20; 0.25 0.30], b¹ = (0.35, 0.35);  W² = [0.40 0.45; 0.50 0.55], b² = (0.60, 0.60)
//
// Forward
//   z¹₁ = 0.15·0.05 + 0.20·0.10 + 0.35 = 0.3775          a¹₁ = σ(0.3775) = 0.593269992107187
//   z¹₂ = 0.25·0.05 + 0.30·0.10 + 0.35 = 0.3925          a¹₂ = σ(0.3925) = 0.596884378259767
//   z²₁ = 0.40·a¹₁ + 0.45·a¹₂ + 0.60 = 1.105905967059770   a²₁ = 0.751365069552316
//   z²₂ = 0.50·a¹₁ + 0.55·a¹₂ + 0.60 = 1.224921404096466   a²₂ = 0.772928465321463
//   E = ½[(0.751365069552316 − 0.01)² + (0.772928465321463 − 0.99)²] = 0.298371108760003
// Output error (BP1): δ²ⱼ = (a²ⱼ − tⱼ) · a²ⱼ(1 − a²ⱼ)
//   δ²₁ = 0.741365069552316 · 0.751365069552316 · 0.248634930447684 = 0.138498561628557
//   δ²₂ = −0.217071534678537 · 0.772928465321463 · 0.227071534678537 = −0.038098236516556
// Backward (BP2): δ¹ⱼ = (Σₖ w²ₖⱼ δ²ₖ) · a¹ⱼ(1 − a¹ⱼ)
//   δ¹₁ = (0.40·δ²₁ + 0.50·δ²₂) · 0.241300709 = 0.008771354689487
//   δ¹₂ = (0.45·δ²₁ + 0.55·δ²₂) · 0.240613417 = 0.009954254705217
// Gradients (BP3, BP4) and update w ← w − η a^(l−1)ₖ δˡⱼ, b ← b − η δˡⱼ
//   w²₁₁ = 0.40 − 0.5 · 0.593269992107187 · 0.138498561628557 = 0.358916479717885
//   (the others below, same rule)
#include "core/maths/trace.h"

#include "tests/support/hand_network.h"
#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

using test::matrixNear;

constexpr double kTolerance = 1e-9;

using test::column;
using test::handNetwork;

TEST(HandWorkedExample, ForwardPassMatchesHandValues)
{
    const Trace trace = traceSgdStep(handNetwork(), column({0.05, 0.10}), column({0.01, 0.99}), 0.5);
    EXPECT_TRUE(matrixNear(trace.forward[0].weightedInput, column({0.3775, 0.3925}), kTolerance));
    EXPECT_TRUE(
        matrixNear(trace.forward[0].activation, column({0.593269992107187, 0.596884378259767}), kTolerance));
    EXPECT_TRUE(matrixNear(trace.forward[1].weightedInput, column({1.105905967059770, 1.224921404096466}),
                           kTolerance));
    EXPECT_TRUE(
        matrixNear(trace.forward[1].activation, column({0.751365069552316, 0.772928465321463}), kTolerance));
    EXPECT_NEAR(trace.loss, 0.298371108760003, kTolerance);
}

TEST(HandWorkedExample, EveryDeltaMatchesHandValues)
{
    const Trace trace = traceSgdStep(handNetwork(), column({0.05, 0.10}), column({0.01, 0.99}), 0.5);
    EXPECT_TRUE(
        matrixNear(trace.backward[1].delta, column({0.138498561628557, -0.038098236516556}), kTolerance));
    EXPECT_TRUE(
        matrixNear(trace.backward[0].delta, column({0.008771354689487, 0.009954254705217}), kTolerance));
    // BP3: ∂E/∂b = δ
    EXPECT_TRUE(matrixNear(trace.backward[1].gradBiases, trace.backward[1].delta, 0.0));
}

TEST(HandWorkedExample, UpdatedWeightsMatchHandValues)
{
    const Trace trace = traceSgdStep(handNetwork(), column({0.05, 0.10}), column({0.01, 0.99}), 0.5);
    Matrix w2(2, 2);
    w2 << 0.358916479717885, 0.408666186076233, 0.511301270238738, 0.561370121107989;
    Matrix w1(2, 2);
    w1 << 0.149780716132763, 0.199561432265526, 0.249751143632370, 0.299502287264739;
    EXPECT_TRUE(matrixNear(trace.after.layer(2).weights, w2, kTolerance));
    EXPECT_TRUE(matrixNear(trace.after.layer(1).weights, w1, kTolerance));
    EXPECT_TRUE(
        matrixNear(trace.after.layer(2).biases, column({0.530750719185722, 0.619049118258278}), kTolerance));
    EXPECT_TRUE(
        matrixNear(trace.after.layer(1).biases, column({0.345614322655257, 0.345022872647391}), kTolerance));
    // The step is taken from the copy: the network before stays as it was.
    EXPECT_EQ(trace.before.layer(2).weights(0, 0), 0.40);
}

TEST(HandWorkedExample, OneStepLowersTheLoss)
{
    const Trace trace = traceSgdStep(handNetwork(), column({0.05, 0.10}), column({0.01, 0.99}), 0.5);
    const Trace next = traceSgdStep(trace.after, column({0.05, 0.10}), column({0.01, 0.99}), 0.5);
    EXPECT_LT(next.loss, trace.loss);
}

} // namespace
} // namespace bp
