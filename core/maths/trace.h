#pragma once

#include "core/maths/backprop.h"
#include "core/maths/network.h"
#include "core/maths/optimizer.h"

#include <string_view>
#include <vector>

namespace bp {

/// The kinds of phase in one step of backpropagation, in the order they happen.
enum class PhaseKind {
    /// zˡ = Wˡaˡ⁻¹ + bˡ, aˡ = f(zˡ) at one layer (l = 1..L).
    Forward,
    /// (BP1) δᴸ = ∇ₐE ⊙ σ′(zᴸ) at the output layer.
    OutputError,
    /// (BP2) δˡ = ((Wˡ⁺¹)ᵀδˡ⁺¹) ⊙ σ′(zˡ) at one hidden layer (l = L−1..1).
    Backward,
    /// (BP3) ∂E/∂bˡ = δˡ and (BP4) ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ at one layer (l = L..1).
    Gradients,
    /// w ← w − η ∂E/∂w (or the optimizer's rule) for every layer.
    Update,
};

struct Phase {
    PhaseKind kind = PhaseKind::Forward;
    /// The layer the phase acts on, 1..L; 0 for Update (all layers).
    int layer = 0;
};

/// Everything one step on one sample computed, in order, for a viewer to replay phase by phase.
/// Produced by running trainStep, the function training runs, so it cannot disagree with training.
struct Trace {
    /// The network before the step (its W and b are what the forward and backward phases used).
    Network before;
    /// The network after the update.
    Network after;
    /// x = a⁰, (n₀ × 1), and t, (n_L × 1).
    Matrix input;
    Matrix target;
    /// Index l − 1 holds layer l: z, a (one column).
    std::vector<ForwardRecord> forward;
    /// Index l − 1 holds layer l: δ, ∂E/∂W, ∂E/∂b.
    std::vector<BackwardRecord> backward;
    double loss = 0.0;
    /// False when the step diverged: then after == before.
    bool finite = true;
    OptimizerSettings optimizer;
    /// The phases in order: Forward 1..L, OutputError L, Backward L−1..1, Gradients L..1, Update.
    std::vector<Phase> phases;
};

/// The phases of one step of a network with L layers, in order.
std::vector<Phase> phasesOf(int layerCount);

/// Runs one step on a single sample (x, t are (n × 1)) with trainStep, updating network and
/// state, and returns its trace. ws is resized for one sample if needed.
Trace traceStep(Network &network, const Matrix &input, const Matrix &target,
                const OptimizerSettings &settings, OptimizerState &state, Workspace &ws);

/// Convenience for a single SGD step from a copy of network (the command line's `trace`).
Trace traceSgdStep(const Network &network, const Matrix &input, const Matrix &target, double learningRate);

} // namespace bp
