#pragma once

#include "core/maths/network.h"
#include "core/maths/optimizer.h"
#include "core/maths/types.h"

#include <vector>

namespace bp {

/// What the forward pass leaves at layer l, for a batch of m samples (one column each).
struct ForwardRecord {
    /// zˡ = Wˡ aˡ⁻¹ + bˡ, (nₗ × m).
    Matrix weightedInput;
    /// aˡ = f(zˡ), (nₗ × m).
    Matrix activation;
};

/// What the backward pass leaves at layer l.
struct BackwardRecord {
    /// δˡ = ∂E/∂zˡ, (nₗ × m).
    Matrix delta;
    /// ∂E/∂Wˡ averaged over the batch, (nₗ × nₗ₋₁).
    Matrix gradWeights;
    /// ∂E/∂bˡ averaged over the batch, (nₗ).
    Vector gradBiases;
};

/// Size of the gradient and of δ at one layer: the quantities that show the vanishing gradient.
struct LayerStats {
    /// ‖∂E/∂Wˡ‖, the Frobenius norm.
    double gradientNorm = 0.0;
    /// Mean of |δˡⱼ| over the neurons (and the samples of the batch).
    double meanAbsDelta = 0.0;
};

/// The scratch memory of one step, allocated once for a network and a batch size m, so that
/// training allocates nothing per step. Index l − 1 holds layer l.
struct Workspace {
    Matrix input;  ///< a⁰ = x, (n₀ × m)
    Matrix target; ///< t, (n_L × m)
    std::vector<ForwardRecord> forward;
    std::vector<BackwardRecord> backward;
    /// ∇ₐE at the output, (n_L × m); scratch for BP1.
    Matrix outputGradient;
    /// Candidate parameters and optimizer state of an update, swapped in only when all are finite.
    std::vector<Matrix> nextWeights;
    std::vector<Vector> nextBiases;
    std::vector<Matrix> nextFirstWeights, nextSecondWeights;
    std::vector<Vector> nextFirstBiases, nextSecondBiases;

    Workspace() = default;
    Workspace(const Network &network, int batchSize) { resize(network, batchSize); }
    /// Sizes every buffer for this network and m = batchSize columns.
    void resize(const Network &network, int batchSize);
    int batchSize() const { return static_cast<int>(input.cols()); }
    /// True when the buffers fit this network and batch size.
    bool fits(const Network &network, int batchSize) const;
};

/// The forward pass over ws.input: for l = 1..L, zˡ = Wˡ aˡ⁻¹ + bˡ and aˡ = f(zˡ).
void forwardPass(const Network &network, Workspace &ws);

/// The first half of one layer of forwardPass: zˡ = Wˡ aˡ⁻¹ + bˡ, previous aˡ⁻¹ (nₗ₋₁ × m), weightedInput
/// (nₗ × m). forwardPass runs exactly this, then activate(); a slice of the loss over two weights
/// (core/analysis/loss_landscape) runs it on many networks' columns at once.
void computeWeightedInput(const Layer &layer, const Matrix &previous, Matrix &weightedInput);

/// The loss of the batch in ws after forwardPass: Σ over the m samples of E, divided by m.
double batchLoss(const Network &network, const Workspace &ws);

/// The backward pass after forwardPass: BP1 at the output, BP2 for l = L−1..1, then BP3 and BP4
/// for every layer, averaged over the m columns.
void backwardPass(const Network &network, Workspace &ws);

/// ‖∂E/∂Wˡ‖ and mean |δˡ| of every layer after backwardPass; stats has one entry per layer.
void layerStats(const Workspace &ws, std::vector<LayerStats> &stats);

/// Applies the optimizer to the gradients in ws. The new parameters (and optimizer state) are
/// computed aside and swapped in only when every one is finite: returns false, and changes
/// nothing, when the step would make a weight or bias infinite or NaN.
bool applyUpdate(Network &network, Workspace &ws, const OptimizerSettings &settings, OptimizerState &state);

/// What one training step found.
struct StepOutcome {
    /// Mean E over the batch, before the update.
    double loss = 0.0;
    /// False when the loss or an updated parameter was not finite; the network is then unchanged.
    bool finite = true;
    /// When !finite: true if the loss (hence an activation) was not finite, false if the update was.
    bool lossNotFinite = false;
};

/// One step on the batch already in ws.input and ws.target: forward, backward, update. The fast
/// path of training and the trace both run exactly this.
StepOutcome trainStep(Network &network, Workspace &ws, const OptimizerSettings &settings,
                      OptimizerState &state);

} // namespace bp
