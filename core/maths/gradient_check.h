#pragma once

#include "core/maths/backprop.h"
#include "core/maths/network.h"
#include "core/maths/types.h"

#include <vector>

namespace bp {

/// Backprop's gradient beside central differences, for every weight and bias.
struct GradientCheck {
    /// Index l − 1 holds layer l; same shapes as W and b.
    std::vector<Matrix> analyticWeights, numericWeights, relativeErrorWeights;
    std::vector<Vector> analyticBiases, numericBiases, relativeErrorBiases;
    double worstRelativeError = 0.0;
    /// Where the worst error is: layer 1..L, row j, column k (k = −1 for a bias).
    int worstLayer = 0;
    int worstRow = 0;
    int worstColumn = 0;
};

/// Relative error |a − n| / max(|a|, |n|, floor). Below the floor (default 1e-4) the difference
/// is judged against the floor, because central differences of a gradient near zero carry a
/// rounding error of about ε·E/h ≈ 1e-11 that would swamp a true relative error.
double relativeError(double analytic, double numeric, double floor = 1e-4);

/// (E(w + h) − E(w − h)) / 2h for one parameter: `parameter` refers to a weight or bias of probe,
/// ws holds the batch (input and target). The parameter is restored afterwards.
double centralDifference(Network &probe, Workspace &ws, double &parameter, double step);

/// Compares ∂E/∂w from backprop with (E(w + h) − E(w − h)) / 2h for every parameter, on one
/// batch: inputs (n₀ × m), targets (n_L × m); E is the batch mean, as in training.
GradientCheck checkGradients(const Network &network, const Matrix &inputs, const Matrix &targets,
                             double step = 1e-5);

} // namespace bp
