// Backprop's gradient against central differences (E(w + h) − E(w − h)) / 2h, the independent
// truth, for every activation × loss the network accepts, at depths 1 to 3.
#include "core/gradient_check.h"
#include "core/random.h"
#include "core/trace.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>

namespace bp {
namespace {

struct GradientCase {
    Activation hidden;
    Activation output;
    Loss loss;
    int depth; // number of weight layers L
    int batch;
};

std::string caseName(const ::testing::TestParamInfo<GradientCase> &info)
{
    std::string name = std::string(activationName(info.param.hidden)) + "_" +
                       std::string(activationName(info.param.output)) + "_" +
                       std::string(lossName(info.param.loss)) + "_L" + std::to_string(info.param.depth) +
                       "_m" + std::to_string(info.param.batch);
    for (char &c : name) {
        if (c == '-')
            c = '_';
    }
    return name;
}

std::vector<GradientCase> allCases()
{
    std::vector<GradientCase> cases;
    for (Activation hidden : kAllActivations) {
        if (hidden == Activation::Softmax)
            continue;
        for (Activation output : kAllActivations) {
            for (Loss loss : kAllLosses) {
                if (!isLossCompatible(loss, output))
                    continue;
                for (int depth = 1; depth <= 3; ++depth) {
                    // A one-layer net has no hidden layer: test it once per output, not per hidden.
                    if (depth == 1 && hidden != Activation::Logistic)
                        continue;
                    cases.push_back({hidden, output, loss, depth, 1});
                }
                cases.push_back({hidden, output, loss, 2, 3});
            }
        }
    }
    return cases;
}

class GradientCheckTest : public ::testing::TestWithParam<GradientCase> {};

TEST_P(GradientCheckTest, BackpropEqualsCentralDifferences)
{
    const GradientCase &c = GetParam();
    std::vector<int> sizes = {4};
    std::vector<Activation> activations;
    for (int l = 1; l < c.depth; ++l) {
        sizes.push_back(5 - l % 2);
        activations.push_back(c.hidden);
    }
    sizes.push_back(3);
    activations.push_back(c.output);
    Network network(sizes, activations, c.loss);
    network.initialize(InitScheme::Uniform, 17, 1.0);
    // Keep (leaky) ReLU output units on their linear side, so the gradient check sees live units.
    network.layer(c.depth).biases.array() += 1.0;

    Random random(99);
    Matrix inputs(4, c.batch);
    Matrix targets(3, c.batch);
    for (int s = 0; s < c.batch; ++s) {
        for (int i = 0; i < 4; ++i)
            inputs(i, s) = random.uniform(-1.0, 1.0);
        if (c.output == Activation::Softmax) {
            targets.col(s).setZero();
            targets(static_cast<Eigen::Index>(random.below(3)), s) = 1.0;
        } else {
            for (int j = 0; j < 3; ++j)
                targets(j, s) = random.uniform(0.05, 0.95);
        }
    }

    const GradientCheck check = checkGradients(network, inputs, targets);
    EXPECT_LT(check.worstRelativeError, 1e-6) << "worst at layer " << check.worstLayer << ", row "
                                              << check.worstRow << ", column " << check.worstColumn;
    // The check must have looked at every parameter and found non-zero gradients somewhere.
    double largest = 0.0;
    for (const Matrix &g : check.analyticWeights)
        largest = std::max(largest, g.cwiseAbs().maxCoeff());
    EXPECT_GT(largest, 1e-4);
}

INSTANTIATE_TEST_SUITE_P(EveryActivationAndLoss, GradientCheckTest, ::testing::ValuesIn(allCases()),
                         caseName);

TEST(GradientCheck, DetectsAWrongGradient)
{
    // A check that cannot fail proves nothing: relativeError must flag a gradient off by 1%.
    EXPECT_GT(relativeError(0.101, 0.100), 1e-3);
    EXPECT_LT(relativeError(0.1, 0.1 + 1e-12), 1e-9);
    // Below the floor, differences are judged against the floor.
    EXPECT_LT(relativeError(1e-12, 2e-12), 1e-7);
}

// −Σ t log a after a softmax: δ = a Σₖtₖ − t for any non-negative targets, not only one-hot ones
// (with 0.5, 0.5, 0.5 the shortcut a − t is 56% off).
TEST(GradientCheck, SoftmaxCrossEntropyIsExactForTargetsThatDoNotSumToOne)
{
    Network network({4, 5, 3}, {Activation::Tanh, Activation::Softmax}, Loss::CrossEntropy);
    network.initialize(InitScheme::Uniform, 5, 1.0);
    Matrix inputs(4, 3);
    inputs << 0.3, -0.5, 0.9, -0.7, 0.2, 0.4, 0.1, 0.8, -0.6, 0.5, -0.1, 0.0;
    Matrix targets(3, 3);
    targets << 0.5, 0.2, 1.0, 0.5, 0.0, 1.0, 0.5, 0.3, 0.0;
    for (Eigen::Index batch : {1, 3}) {
        const GradientCheck check =
            checkGradients(network, inputs.leftCols(batch), targets.leftCols(batch));
        EXPECT_LT(check.worstRelativeError, 1e-6) << "batch " << batch << ": worst at layer " << check.worstLayer
                                                  << ", row " << check.worstRow << ", column " << check.worstColumn;
    }
    // The trace shows the same δ, worked by hand from its own activations.
    const Trace trace = traceSgdStep(network, inputs.col(0), targets.col(0), 0.5);
    const Matrix &a = trace.forward.back().activation;
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(trace.backward.back().delta(j, 0), a(j, 0) * 1.5 - 0.5, 1e-15) << "j = " << j;
}

} // namespace
} // namespace bp
