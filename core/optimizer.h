#pragma once

#include "core/types.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace bp {

/// The rule that turns ∂E/∂w into a change of w.
enum class Optimizer {
    /// w ← w − η ∂E/∂w (the lecture's rule, with our sign: we descend the gradient of E).
    Sgd,
    /// v ← β v + ∂E/∂w;  w ← w − η v.
    Momentum,
    /// Adam (Kingma & Ba 2015), with bias correction.
    Adam,
};

std::string_view optimizerName(Optimizer optimizer);
std::optional<Optimizer> parseOptimizer(std::string_view name);
inline constexpr Optimizer kAllOptimizers[] = {Optimizer::Sgd, Optimizer::Momentum, Optimizer::Adam};

/// Hyper-parameters of the update. Any of them may change between two steps.
struct OptimizerSettings {
    Optimizer kind = Optimizer::Sgd;
    /// η; must be finite and > 0.
    double learningRate = 0.5;
    /// β, the momentum coefficient (not the lecture's μ, which is our learning rate η).
    double momentum = 0.9;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

/// Valid learning rates: finite, > 0 and ≤ this.
inline constexpr double kMaxLearningRate = 1e6;

/// The optimizer's memory between steps, one entry per layer 1..L (same shapes as W and b).
/// Empty until an optimizer that needs it runs; cleared when the optimizer kind changes.
struct OptimizerState {
    Optimizer kind = Optimizer::Sgd;
    /// Momentum's v, or Adam's first moment m.
    std::vector<Matrix> firstWeights;
    std::vector<Vector> firstBiases;
    /// Adam's second moment.
    std::vector<Matrix> secondWeights;
    std::vector<Vector> secondBiases;
    /// Number of updates made with this state (Adam's t).
    std::int64_t updates = 0;
};

} // namespace bp
