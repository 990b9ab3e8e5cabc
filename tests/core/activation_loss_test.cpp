#include "core/maths/activation.h"
#include "core/maths/loss.h"

#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bp {
namespace {

using test::matrixNear;

Matrix row(std::initializer_list<double> values)
{
    Matrix m(static_cast<Eigen::Index>(values.size()), 1);
    Eigen::Index i = 0;
    for (double v : values)
        m(i++, 0) = v;
    return m;
}

TEST(Activation, ValuesFromTheLecturesTable)
{
    const Matrix z = row({-2.0, 0.0, 0.5, 3.0});
    Matrix a;
    activate(Activation::Logistic, z, a);
    EXPECT_TRUE(matrixNear(
        a, row({1 / (1 + std::exp(2.0)), 0.5, 1 / (1 + std::exp(-0.5)), 1 / (1 + std::exp(-3.0))}), 1e-15));
    activate(Activation::Tanh, z, a);
    EXPECT_TRUE(matrixNear(a, row({std::tanh(-2.0), 0.0, std::tanh(0.5), std::tanh(3.0)}), 1e-15));
    activate(Activation::Relu, z, a);
    EXPECT_TRUE(matrixNear(a, row({0.0, 0.0, 0.5, 3.0}), 0.0));
    activate(Activation::LeakyRelu, z, a);
    EXPECT_TRUE(matrixNear(a, row({-0.02, 0.0, 0.5, 3.0}), 1e-17));
    activate(Activation::Identity, z, a);
    EXPECT_TRUE(matrixNear(a, z, 0.0));
}

TEST(Activation, LogisticSaturatesWithoutNaN)
{
    Matrix a;
    activate(Activation::Logistic, row({-1000.0, 1000.0}), a);
    EXPECT_EQ(a(0, 0), 0.0);
    EXPECT_EQ(a(1, 0), 1.0);
}

TEST(Activation, DerivativesMatchCentralDifferences)
{
    const Matrix z = row({-1.3, -0.2, 0.4, 2.1});
    const double h = 1e-6;
    for (Activation activation : kAllActivations) {
        if (!isElementWise(activation))
            continue;
        Matrix a, up, down, derivative;
        activate(activation, z, a);
        activate(activation, (z.array() + h).matrix(), up);
        activate(activation, (z.array() - h).matrix(), down);
        activationDerivative(activation, z, a, derivative);
        const Matrix numeric = (up - down) / (2 * h);
        EXPECT_TRUE(matrixNear(derivative, numeric, 1e-8)) << activationName(activation);
        for (Eigen::Index i = 0; i < z.rows(); ++i)
            EXPECT_NEAR(activationDerivativeAt(activation, z(i, 0)), derivative(i, 0), 1e-15)
                << activationName(activation);
    }
}

TEST(Activation, ReluDerivativeAtZeroIsZero)
{
    EXPECT_EQ(activationDerivativeAt(Activation::Relu, 0.0), 0.0);
    Matrix d;
    activationDerivative(Activation::Relu, row({0.0}), row({0.0}), d);
    EXPECT_EQ(d(0, 0), 0.0);
}

TEST(Activation, LogisticDerivativeIsAtMostAQuarter)
{
    // The lecture's vanishing-gradient slide: σ′(z) ≤ ¼, with equality at z = 0.
    EXPECT_DOUBLE_EQ(activationDerivativeAt(Activation::Logistic, 0.0), 0.25);
    for (double z = -10; z <= 10; z += 0.25)
        EXPECT_LE(activationDerivativeAt(Activation::Logistic, z), 0.25);
}

TEST(Activation, SoftmaxColumnsSumToOneAndSurviveLargeInputs)
{
    Matrix z(3, 2);
    z << 1.0, 1000.0, 2.0, 1001.0, 3.0, 999.0;
    Matrix a;
    activate(Activation::Softmax, z, a);
    EXPECT_NEAR(a.col(0).sum(), 1.0, 1e-15);
    EXPECT_NEAR(a.col(1).sum(), 1.0, 1e-15);
    EXPECT_NEAR(a(2, 0), std::exp(3.0) / (std::exp(1.0) + std::exp(2.0) + std::exp(3.0)), 1e-15);
    EXPECT_TRUE(a.allFinite());
}

TEST(Activation, NamesRoundTrip)
{
    for (Activation activation : kAllActivations)
        EXPECT_EQ(parseActivation(activationName(activation)), activation);
    EXPECT_FALSE(parseActivation("sigmoidal").has_value());
}

TEST(Loss, HalfSquaredErrorByHand)
{
    // E = ½[(0.75 − 0.01)² + (0.77 − 0.99)²] = ½[0.5476 + 0.0484] = 0.298
    const Matrix a = row({0.75, 0.77});
    EXPECT_NEAR(lossSum(Loss::HalfSquaredError, Activation::Logistic, a, a, row({0.01, 0.99})), 0.298, 1e-15);
}

TEST(Loss, CrossEntropyMatchesItsDefinition)
{
    const Matrix z = row({0.3, -1.2, 2.0});
    Matrix a;
    activate(Activation::Softmax, z, a);
    const Matrix t = row({0.0, 0.0, 1.0});
    EXPECT_NEAR(lossSum(Loss::CrossEntropy, Activation::Softmax, z, a, t), -std::log(a(2, 0)), 1e-14);

    activate(Activation::Logistic, z, a);
    const Matrix tb = row({1.0, 0.0, 0.25});
    double expected = 0.0;
    for (int j = 0; j < 3; ++j)
        expected -= tb(j, 0) * std::log(a(j, 0)) + (1 - tb(j, 0)) * std::log(1 - a(j, 0));
    EXPECT_NEAR(lossSum(Loss::CrossEntropy, Activation::Logistic, z, a, tb), expected, 1e-14);
}

TEST(Loss, CrossEntropyStaysFiniteWhenTheOutputRoundsToZero)
{
    // σ(−800) rounds to 0, so −log a would be infinite; computed from z it is 800.
    const Matrix z = row({-800.0});
    Matrix a;
    activate(Activation::Logistic, z, a);
    EXPECT_NEAR(lossSum(Loss::CrossEntropy, Activation::Logistic, z, a, row({1.0})), 800.0, 1e-9);
}

TEST(Loss, CrossEntropyNeedsSoftmaxOrLogistic)
{
    EXPECT_TRUE(isLossCompatible(Loss::CrossEntropy, Activation::Softmax));
    EXPECT_TRUE(isLossCompatible(Loss::CrossEntropy, Activation::Logistic));
    EXPECT_FALSE(isLossCompatible(Loss::CrossEntropy, Activation::Relu));
    EXPECT_TRUE(isLossCompatible(Loss::HalfSquaredError, Activation::Relu));
}

} // namespace
} // namespace bp
