#pragma once

#include "core/maths/activation.h"
#include "core/maths/loss.h"
#include "core/maths/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// The parameters of one dense layer l: zˡ = Wˡ aˡ⁻¹ + bˡ, aˡ = f(zˡ).
struct Layer {
    /// Wˡ, (nₗ × nₗ₋₁): wˡⱼₖ connects neuron k of layer l−1 to neuron j of layer l.
    Matrix weights;
    /// bˡ, (nₗ).
    Vector biases;
    Activation activation = Activation::Logistic;
};

/// How initial weights are drawn. All are uniform, so a seed gives bit-identical weights anywhere.
enum class InitScheme {
    /// U(−r, r) with r = 0.5 (the range given by initScale).
    Uniform,
    /// Xavier/Glorot: U(−r, r), r = √(6 / (nₗ₋₁ + nₗ)).
    Xavier,
    /// He (uniform): U(−r, r), r = √(6 / nₗ₋₁).
    He,
};

std::string_view initSchemeName(InitScheme scheme);
std::optional<InitScheme> parseInitScheme(std::string_view name);

/// The largest network we agree to build: checked before anything is allocated.
inline constexpr std::int64_t kMaxLayerSize = 100'000;
inline constexpr std::int64_t kMaxLayers = 64;
inline constexpr std::int64_t kMaxParameters = 50'000'000;

/// A dense feed-forward network and its loss. Layer 0 is the input and has no parameters;
/// layers() holds layers 1..L, so layers()[l − 1] is layer l.
class Network {
public:
    Network() = default;
    /// sizes = {n₀, n₁, …, n_L}; activations has L entries. Weights start at zero.
    /// Throws InputError when the shape is impossible or too large (see validateShape).
    Network(const std::vector<int> &sizes, const std::vector<Activation> &activations,
            Loss loss = Loss::HalfSquaredError);

    /// Checks sizes (≥ 2 layers, each 1..kMaxLayerSize, ≤ kMaxParameters in all), activations
    /// (one per non-input layer, softmax only at the output) and the loss/output pairing, without
    /// allocating. Returns an empty string when all is well, otherwise the first problem.
    static std::string validateShape(const std::vector<std::int64_t> &sizes,
                                     const std::vector<Activation> &activations, Loss loss);

    /// Draws every weight from the scheme with this seed; biases start at zero, except with
    /// InitScheme::Uniform where they are drawn too (as in the lecture's demo).
    void initialize(InitScheme scheme, std::uint64_t seed, double uniformRange = 0.5);

    int layerCount() const { return static_cast<int>(m_layers.size()); }
    int inputSize() const { return m_sizes.front(); }
    int outputSize() const { return m_sizes.back(); }
    /// {n₀, …, n_L}.
    const std::vector<int> &sizes() const { return m_sizes; }
    std::int64_t parameterCount() const;

    const std::vector<Layer> &layers() const { return m_layers; }
    std::vector<Layer> &layers() { return m_layers; }
    /// Layer l for l in 1..L, in the lecture's numbering.
    const Layer &layer(int l) const { return m_layers[static_cast<std::size_t>(l - 1)]; }
    Layer &layer(int l) { return m_layers[static_cast<std::size_t>(l - 1)]; }

    Loss loss() const { return m_loss; }
    /// Changes the loss; throws InputError if it does not fit the output activation.
    void setLoss(Loss loss);
    /// Changes the activation of layer l (1..L) without touching the weights; throws InputError
    /// for softmax below the output or a pairing the loss does not accept.
    void setActivation(int l, Activation activation);

    /// True when every weight and bias is finite.
    bool isFinite() const;

private:
    std::vector<int> m_sizes;
    std::vector<Layer> m_layers;
    Loss m_loss = Loss::HalfSquaredError;
};

} // namespace bp
