#include "core/maths/loss.h"

#include <cmath>

namespace bp {

std::string_view lossName(Loss loss)
{
    switch (loss) {
    case Loss::HalfSquaredError: return "half-squared-error";
    case Loss::CrossEntropy: return "cross-entropy";
    }
    return "unknown";
}

std::optional<Loss> parseLoss(std::string_view name)
{
    for (Loss loss : kAllLosses) {
        if (lossName(loss) == name)
            return loss;
    }
    if (name == "mse" || name == "squared-error")
        return Loss::HalfSquaredError;
    return std::nullopt;
}

bool isLossCompatible(Loss loss, Activation outputActivation)
{
    switch (loss) {
    case Loss::HalfSquaredError: return true;
    case Loss::CrossEntropy:
        return outputActivation == Activation::Softmax || outputActivation == Activation::Logistic;
    }
    return false;
}

namespace {

// log(1 + e^z) without overflow for large z or loss of precision for very negative z.
inline double softplus(double z)
{
    return z > 0.0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

template <typename Columns>
double lossSumOf(Loss loss, Activation outputActivation, const Columns &z, const Columns &a,
                 const Columns &target)
{
    switch (loss) {
    case Loss::HalfSquaredError: // E = ½ Σⱼ (aⱼ − tⱼ)²
        return 0.5 * (a - target).squaredNorm();
    case Loss::CrossEntropy:
        if (outputActivation == Activation::Softmax) {
            // −Σⱼ tⱼ log aⱼ with log aⱼ = zⱼ − log Σₖ e^(zₖ)
            double sum = 0.0;
            for (Eigen::Index col = 0; col < z.cols(); ++col) {
                const double shift = z.col(col).maxCoeff();
                const double logSumExp = shift + std::log((z.col(col).array() - shift).exp().sum());
                sum -= (target.col(col).array() * (z.col(col).array() - logSumExp)).sum();
            }
            return sum;
        }
        // −[t log σ(z) + (1 − t) log(1 − σ(z))] = softplus(z) − t z
        return (z.unaryExpr([](double v) { return softplus(v); }).array() - target.array() * z.array()).sum();
    }
    return std::nan("");
}

} // namespace

double lossSum(Loss loss, Activation outputActivation, const Matrix &z, const Matrix &a, const Matrix &target)
{
    return lossSumOf(loss, outputActivation, z, a, target);
}

double lossSum(Loss loss, Activation outputActivation, const Eigen::Map<const Matrix> &z,
               const Eigen::Map<const Matrix> &a, const Eigen::Map<const Matrix> &target)
{
    return lossSumOf(loss, outputActivation, z, a, target);
}

} // namespace bp
