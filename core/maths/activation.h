#pragma once

#include "core/maths/types.h"

#include <optional>
#include <string_view>

namespace bp {

/// The activation function f of a layer: aˡ = f(zˡ).
enum class Activation { Logistic, Tanh, Relu, Identity, LeakyRelu, Softmax };

/// Slope of leaky-relu for z ≤ 0.
inline constexpr double kLeakyReluSlope = 0.01;

/// Stable names used in files and on the command line: "logistic", "tanh", "relu", "identity",
/// "leaky-relu", "softmax".
std::string_view activationName(Activation activation);
std::optional<Activation> parseActivation(std::string_view name);
/// All activations, in the order of the enum.
inline constexpr Activation kAllActivations[] = {Activation::Logistic,  Activation::Tanh,
                                                 Activation::Relu,      Activation::Identity,
                                                 Activation::LeakyRelu, Activation::Softmax};

/// a = f(z), column by column. z and a are (n × m); softmax normalises each column.
void activate(Activation activation, const Matrix &weightedInput, Matrix &activationValue);

/// σ′(z) element by element, given z and a = f(z), both (n × m). For the element-wise activations
/// only; softmax has a full Jacobian and is handled by applySoftmaxJacobian.
void activationDerivative(Activation activation, const Matrix &weightedInput, const Matrix &activationValue,
                          Matrix &derivative);

/// Scalar σ′ for the element-wise activations, for display (σ′(z) of one neuron).
double activationDerivativeAt(Activation activation, double z);

/// δ = Jᵀ g for a softmax column a, where J = diag(a) − a aᵀ; g and δ are (n × m).
/// δⱼ = aⱼ (gⱼ − Σₖ aₖ gₖ).
void applySoftmaxJacobian(const Matrix &activationValue, const Matrix &gradient, Matrix &delta);

/// True when f acts on each neuron alone (all but softmax).
constexpr bool isElementWise(Activation activation)
{
    return activation != Activation::Softmax;
}

} // namespace bp
