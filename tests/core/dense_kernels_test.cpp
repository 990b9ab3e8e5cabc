// The dense kernels: every variant this processor runs computes the products and the logistic
// function that a plain loop computes, and training through them stays deterministic and exact.
#include "core/backprop.h"
#include "core/gradient_check.h"
#include "core/kernels/dense_kernels.h"
#include "core/network.h"
#include "core/random.h"
#include "core/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace {

using bp::Matrix;
namespace kernels = bp::kernels;

Matrix randomMatrix(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed)
{
    bp::Random random(seed);
    Matrix m(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r)
            m(r, c) = random.uniform01() - 0.5;
    return m;
}

// C(i, j) = Σₖ A(i, k) B(k, j), one multiply-add at a time: the independent truth.
Matrix naiveProduct(const Matrix &a, const Matrix &b)
{
    Matrix c = Matrix::Zero(a.rows(), b.cols());
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        for (Eigen::Index j = 0; j < b.cols(); ++j)
            for (Eigen::Index k = 0; k < a.cols(); ++k)
                c(i, j) += a(i, k) * b(k, j);
    return c;
}

double worstDifference(const Matrix &a, const Matrix &b)
{
    return (a - b).cwiseAbs().maxCoeff();
}

// Restores the kernels chosen at start when a test changed them.
class DenseKernels : public ::testing::Test {
protected:
    void SetUp() override { m_atStart = kernels::denseKernels().level; }
    void TearDown() override { kernels::setDenseKernels(m_atStart); }

private:
    std::string m_atStart;
};

TEST_F(DenseKernels, EveryVariantMultipliesAsAPlainLoopDoes)
{
    // Odd sizes, so that no variant gets by on whole vector registers; and one-column cases.
    for (const auto &[m, n, k] : {std::tuple{37, 29, 53}, std::tuple{128, 32, 784}, std::tuple{10, 1, 128},
                                  std::tuple{61, 45, 1}}) {
        const Matrix a = randomMatrix(m, k, 1), b = randomMatrix(k, n, 2);
        const Matrix at = a.transpose(), bt = b.transpose();
        const Matrix expected = naiveProduct(a, b);
        const double tolerance = 1e-13 * k;
        for (std::string_view level : kernels::availableDenseKernels()) {
            SCOPED_TRACE(std::string(level) + " " + std::to_string(m) + "x" + std::to_string(n) + "x" +
                         std::to_string(k));
            ASSERT_TRUE(kernels::setDenseKernels(level));
            Matrix c(m, n);
            kernels::denseKernels().multiply(m, n, k, a.data(), b.data(), c.data());
            EXPECT_LT(worstDifference(c, expected), tolerance);
            c.setConstant(99.0);
            kernels::denseKernels().multiplyTransposedLeft(m, n, k, at.data(), b.data(), c.data());
            EXPECT_LT(worstDifference(c, expected), tolerance);
            c.setConstant(99.0);
            kernels::denseKernels().multiplyTransposedRight(m, n, k, 0.25, a.data(), bt.data(), c.data());
            EXPECT_LT(worstDifference(c, 0.25 * expected), tolerance);
        }
    }
}

TEST_F(DenseKernels, EveryVariantComputesTheLogisticFunction)
{
    Matrix z = randomMatrix(301, 1, 3) * 60.0; // −30 … 30
    z(0) = -800.0; // e^800 overflows: σ must be exactly 0, not NaN
    z(1) = 800.0;
    for (std::string_view level : kernels::availableDenseKernels()) {
        SCOPED_TRACE(std::string(level));
        ASSERT_TRUE(kernels::setDenseKernels(level));
        Matrix a(301, 1);
        kernels::denseKernels().logistic(z.size(), z.data(), a.data());
        EXPECT_EQ(a(0), 0.0);
        EXPECT_EQ(a(1), 1.0);
        for (Eigen::Index i = 0; i < z.size(); ++i)
            EXPECT_NEAR(a(i), 1.0 / (1.0 + std::exp(-z(i))), 1e-15) << "z = " << z(i);
    }
}

TEST_F(DenseKernels, UnknownLevelIsRefused)
{
    const std::string before = kernels::denseKernels().level;
    EXPECT_FALSE(kernels::setDenseKernels("x86-64-v9"));
    EXPECT_EQ(kernels::denseKernels().level, before);
    // The baseline runs everywhere.
    EXPECT_FALSE(kernels::availableDenseKernels().empty());
}

// A network large enough that its products take the kernels (above kDenseProductThreshold).
bp::Trainer largeTrainer()
{
    bp::Network network({96, 48, 10}, {bp::Activation::Logistic, bp::Activation::Logistic});
    network.initialize(bp::InitScheme::Xavier, 5);
    bp::Dataset data;
    data.name = "random";
    data.inputs = randomMatrix(96, 64, 6).array() + 0.5;
    data.targets = Matrix::Zero(10, 64);
    for (int i = 0; i < 64; ++i)
        data.targets(i % 10, i) = 1.0;
    bp::TrainingSettings settings;
    settings.batchSize = 16;
    settings.optimizer.learningRate = 0.5;
    return bp::Trainer(std::move(network), std::move(data), settings);
}

TEST_F(DenseKernels, LargeNetworkTakesTheKernelsAndItsGradientMatchesCentralDifferences)
{
    static_assert(48 * 96 * 16 >= kernels::kDenseProductThreshold);
    for (std::string_view level : kernels::availableDenseKernels()) {
        SCOPED_TRACE(std::string(level));
        ASSERT_TRUE(kernels::setDenseKernels(level));
        bp::Trainer trainer = largeTrainer();
        const bp::GradientCheck check = bp::checkGradients(trainer.network(), trainer.dataset().inputs.leftCols(16),
                                                           trainer.dataset().targets.leftCols(16));
        EXPECT_LT(check.worstRelativeError, 1e-6) << "layer " << check.worstLayer << " row " << check.worstRow
                                                  << " column " << check.worstColumn;
    }
}

TEST_F(DenseKernels, SameSeedGivesBitIdenticalWeightsOnEveryVariant)
{
    for (std::string_view level : kernels::availableDenseKernels()) {
        SCOPED_TRACE(std::string(level));
        ASSERT_TRUE(kernels::setDenseKernels(level));
        bp::Trainer first = largeTrainer(), second = largeTrainer();
        for (int epoch = 0; epoch < 5; ++epoch) {
            first.runEpoch();
            second.runEpoch();
        }
        for (int l = 1; l <= first.network().layerCount(); ++l) {
            EXPECT_TRUE(first.network().layer(l).weights == second.network().layer(l).weights) << "layer " << l;
            EXPECT_TRUE(first.network().layer(l).biases == second.network().layer(l).biases) << "layer " << l;
        }
        EXPECT_EQ(first.lastLoss(), second.lastLoss());
    }
}

} // namespace
