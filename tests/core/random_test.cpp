// Reference values come from an independent implementation of SplitMix64 and xoshiro256** in
// Python's arbitrary-precision integers, following the generators' published definitions.
#include "core/maths/network.h"
#include "core/maths/random.h"

#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

#include <vector>

namespace bp {
namespace {

TEST(Random, MatchesTheReferenceSequence)
{
    Random random(42);
    EXPECT_EQ(random.nextBits(), 0x15780b2e0c2ec716ULL);
    EXPECT_EQ(random.nextBits(), 0x6104d9866d113a7eULL);
    EXPECT_EQ(random.nextBits(), 0xae17533239e499a1ULL);
}

TEST(Random, UniformInitialWeightsAreBitIdenticalToTheReference)
{
    Network network({8, 3, 8}, {Activation::Logistic, Activation::Logistic});
    network.initialize(InitScheme::Uniform, 42, 0.5);
    // w¹₁₁, w¹₁₂, w¹₁₃: drawn row by row, −0.5 + u, u = (bits >> 11) · 2⁻⁵³.
    EXPECT_EQ(network.layer(1).weights(0, 0), -0x1.aa1fd347cf450p-2);
    EXPECT_EQ(network.layer(1).weights(0, 1), -0x1.efb267992eec8p-4);
    EXPECT_EQ(network.layer(1).weights(0, 2), 0x1.70ba9991cf24cp-3);
}

TEST(Random, UniformStaysInItsRangeAndCoversIt)
{
    Random random(7);
    double low = 1.0, high = 0.0, sum = 0.0;
    constexpr int kDraws = 100000;
    for (int i = 0; i < kDraws; ++i) {
        const double u = random.uniform01();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        low = std::min(low, u);
        high = std::max(high, u);
        sum += u;
    }
    EXPECT_LT(low, 1e-3);
    EXPECT_GT(high, 1 - 1e-3);
    EXPECT_NEAR(sum / kDraws, 0.5, 0.01);
}

TEST(Random, BelowIsUnbiasedEnough)
{
    Random random(3);
    std::vector<int> counts(3, 0);
    for (int i = 0; i < 30000; ++i)
        ++counts[random.below(3)];
    for (int count : counts)
        EXPECT_NEAR(count, 10000, 400);
}

TEST(Random, NormalHasZeroMeanAndUnitVariance)
{
    Random random(11);
    double sum = 0.0, squares = 0.0;
    constexpr int kDraws = 200000;
    for (int i = 0; i < kDraws; ++i) {
        const double x = random.normal();
        sum += x;
        squares += x * x;
    }
    EXPECT_NEAR(sum / kDraws, 0.0, 0.01);
    EXPECT_NEAR(squares / kDraws, 1.0, 0.02);
}

TEST(Initialization, SchemesUseTheirRanges)
{
    Network network({100, 50, 10}, {Activation::Relu, Activation::Logistic});
    network.initialize(InitScheme::Xavier, 5);
    const double xavier = std::sqrt(6.0 / 150.0);
    EXPECT_LE(network.layer(1).weights.cwiseAbs().maxCoeff(), xavier);
    EXPECT_GT(network.layer(1).weights.cwiseAbs().maxCoeff(), 0.95 * xavier);
    EXPECT_EQ(network.layer(1).biases.cwiseAbs().maxCoeff(), 0.0);
    network.initialize(InitScheme::He, 5);
    const double he = std::sqrt(6.0 / 100.0);
    EXPECT_LE(network.layer(1).weights.cwiseAbs().maxCoeff(), he);
    EXPECT_GT(network.layer(1).weights.cwiseAbs().maxCoeff(), 0.95 * he);
}

TEST(Initialization, SameSeedSameWeightsDifferentSeedDifferentWeights)
{
    Network a({8, 3, 8}, {Activation::Logistic, Activation::Logistic});
    Network b = a;
    Network c = a;
    a.initialize(InitScheme::Uniform, 9);
    b.initialize(InitScheme::Uniform, 9);
    c.initialize(InitScheme::Uniform, 10);
    EXPECT_TRUE(test::matrixIdentical(a.layer(2).weights, b.layer(2).weights));
    EXPECT_NE(a.layer(2).weights(0, 0), c.layer(2).weights(0, 0));
}

} // namespace
} // namespace bp
