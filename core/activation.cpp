#include "core/activation.h"

#include "core/kernels/dense_kernels.h"

#include <cmath>

namespace bp {

std::string_view activationName(Activation activation)
{
    switch (activation) {
    case Activation::Logistic: return "logistic";
    case Activation::Tanh: return "tanh";
    case Activation::Relu: return "relu";
    case Activation::Identity: return "identity";
    case Activation::LeakyRelu: return "leaky-relu";
    case Activation::Softmax: return "softmax";
    }
    return "unknown";
}

std::optional<Activation> parseActivation(std::string_view name)
{
    for (Activation activation : kAllActivations) {
        if (activationName(activation) == name)
            return activation;
    }
    if (name == "sigmoid")
        return Activation::Logistic;
    return std::nullopt;
}

namespace {

// σ(z) = 1 / (1 + e^(−z)), written so that neither branch overflows.
inline double logistic(double z)
{
    if (z >= 0.0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

} // namespace

void activate(Activation activation, const Matrix &z, Matrix &a)
{
    switch (activation) {
    case Activation::Logistic:
        // σ(z) = 1 / (1 + e^(−z)): for very negative z, e^(−z) = inf gives exactly 0, never NaN.
        // Many values at once go to the dense kernels (the same expression, wider vectors).
        // Few values (a small network) go one by one through the C library's exp, which has no
        // set-up cost; many go to the dense kernels, which take them a vector at a time.
        if (z.size() >= kernels::kDenseElementThreshold) {
            a.resize(z.rows(), z.cols());
            kernels::denseKernels().logistic(z.size(), z.data(), a.data());
        } else {
            a = z.unaryExpr([](double v) { return 1.0 / (1.0 + std::exp(-v)); });
        }
        return;
    case Activation::Tanh: a = z.array().tanh(); return;
    case Activation::Relu: a = z.array().max(0.0); return;
    case Activation::Identity: a = z; return;
    case Activation::LeakyRelu:
        a = z.unaryExpr([](double v) { return v > 0.0 ? v : kLeakyReluSlope * v; });
        return;
    case Activation::Softmax:
        // aⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z): shifting by the maximum keeps e^x finite.
        a.resize(z.rows(), z.cols());
        for (Eigen::Index col = 0; col < z.cols(); ++col) {
            const double shift = z.col(col).maxCoeff();
            a.col(col) = (z.col(col).array() - shift).exp();
            a.col(col) /= a.col(col).sum();
        }
        return;
    }
}

void activationDerivative(Activation activation, const Matrix &z, const Matrix &a, Matrix &derivative)
{
    switch (activation) {
    case Activation::Logistic: // σ′(z) = σ(z)(1 − σ(z))
        derivative = a.array() * (1.0 - a.array());
        return;
    case Activation::Tanh: // tanh′(z) = sech²(z) = 1 − tanh²(z)
        derivative = 1.0 - a.array().square();
        return;
    case Activation::Relu: // relu′(z) = 1 if z > 0, else 0 (so relu′(0) = 0)
        derivative = (z.array() > 0.0).cast<double>();
        return;
    case Activation::Identity: derivative.setOnes(z.rows(), z.cols()); return;
    case Activation::LeakyRelu:
        derivative = z.unaryExpr([](double v) { return v > 0.0 ? 1.0 : kLeakyReluSlope; });
        return;
    case Activation::Softmax:
        // Not element-wise: callers use applySoftmaxJacobian. The diagonal aⱼ(1 − aⱼ) is the
        // closest element-wise quantity and is what a display of "σ′" shows for softmax.
        derivative = a.array() * (1.0 - a.array());
        return;
    }
}

double activationDerivativeAt(Activation activation, double z)
{
    switch (activation) {
    case Activation::Logistic: {
        const double s = logistic(z);
        return s * (1.0 - s);
    }
    case Activation::Tanh: {
        const double t = std::tanh(z);
        return 1.0 - t * t;
    }
    case Activation::Relu: return z > 0.0 ? 1.0 : 0.0;
    case Activation::Identity: return 1.0;
    case Activation::LeakyRelu: return z > 0.0 ? 1.0 : kLeakyReluSlope;
    case Activation::Softmax: return std::nan("");
    }
    return std::nan("");
}

void applySoftmaxJacobian(const Matrix &a, const Matrix &gradient, Matrix &delta)
{
    delta.resize(a.rows(), a.cols());
    for (Eigen::Index col = 0; col < a.cols(); ++col) {
        const double weighted = a.col(col).dot(gradient.col(col));
        delta.col(col) = a.col(col).array() * (gradient.col(col).array() - weighted);
    }
}

} // namespace bp
