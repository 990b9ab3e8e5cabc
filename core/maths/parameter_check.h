#pragma once

#include "core/maths/gradient_check.h"
#include "core/maths/network.h"
#include "core/maths/types.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace bp {

/// One parameter in the lecture's numbering: layer l (1..L), row j and column k, both 0-based, so
/// that (l, j, k) is wˡⱼ₊₁,ₖ₊₁; column −1 is the bias bˡⱼ₊₁.
struct ParameterIndex {
    int layer = 1;
    int row = 0;
    int column = -1;

    bool isBias() const { return column < 0; }
    bool operator==(const ParameterIndex &) const = default;
};

/// Which parameters a check nudges. Small networks are checked whole, as bp::checkGradients does;
/// above fullCheckLimit every layer with more than samplePerLayer parameters contributes a seeded
/// random sample of that many (its weights and biases alike), the others are checked whole.
struct CheckPlan {
    std::int64_t fullCheckLimit = 20'000;
    int samplePerLayer = 2'000;
    std::uint64_t seed = 1;
    /// Check every parameter, whatever the size of the network.
    bool checkAll = false;
};

/// True when the plan checks a sample rather than every parameter of the network.
bool isSampled(const Network &network, const CheckPlan &plan);
/// How many parameters of layer l (1..L) the plan checks.
std::int64_t plannedCount(const Network &network, const CheckPlan &plan, int layer);
/// How many parameters of the whole network the plan checks.
std::int64_t plannedCount(const Network &network, const CheckPlan &plan);

/// The parameters the plan picks, in the order bp::checkGradients visits them: layer by layer,
/// row by row, each row's weights and then its bias. The same plan and shape give the same list.
std::vector<ParameterIndex> selectParameters(const Network &network, const CheckPlan &plan);

/// Backprop's derivative and the central difference of one parameter.
struct CheckedParameter {
    ParameterIndex index;
    double analytic = 0.0;
    double numeric = 0.0;
    double relativeError = 0.0;
};

/// The neuron of a ReLU or leaky-ReLU layer whose z is closest to the kink at 0 (layer 0: none).
struct KinkProximity {
    int layer = 0;
    int neuron = 0;
    double weightedInput = 0.0;
};

/// What checkParameters found.
struct ParameterCheckResult {
    /// Matrices of every layer: backprop's derivatives everywhere; central differences and relative
    /// errors where a parameter was checked and NaN where it was not. worstRelativeError and its
    /// position cover the checked parameters only.
    GradientCheck check;
    /// The checked parameters, in the order they were given.
    std::vector<CheckedParameter> parameters;
    /// True when the cancel flag ended the check early: parameters then holds those done so far.
    bool cancelled = false;
    /// Forward passes run for the central differences (two per checked parameter).
    std::int64_t forwardPasses = 0;
    /// Wall time of the forward and backward pass, and of the central differences.
    double backpropSeconds = 0.0;
    double differenceSeconds = 0.0;
    KinkProximity nearestKink;
    /// E at the unperturbed parameters (the batch mean): the size of the rounding error of
    /// E(w ± h), about ε·E, sets how small a relative error the check can see.
    double loss = 0.0;
};

/// bp::checkGradients restricted to a list of parameters, with progress and cancellation: the same
/// forward passes, the same formula and the same relative error, so a full list gives the same bits.
/// inputs (n₀ × m), targets (n_L × m). *progress counts the parameters done; *cancel, read between
/// two parameters, ends the check early.
ParameterCheckResult checkParameters(const Network &network, const Matrix &inputs, const Matrix &targets,
                                     double step, const std::vector<ParameterIndex> &parameters,
                                     const std::atomic<bool> *cancel = nullptr,
                                     std::atomic<int> *progress = nullptr);

} // namespace bp
