#pragma once

#include "core/maths/network.h"
#include "core/maths/parameter_check.h"
#include "core/maths/types.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>

namespace bp {

/// Grid points per axis of a slice: at least 2 (the two ends), at most kMaxLandscapeGrid (a
/// 256 × 256 slice of the digits net takes about ten seconds; larger grids show nothing more).
inline constexpr int kMinLandscapeGrid = 2;
inline constexpr int kMaxLandscapeGrid = 256;
/// The widest range an axis may span: weights beyond ±10⁶ mean nothing for these networks.
inline constexpr double kMaxLandscapeSpan = 2e6;

/// Which slice of the loss to compute: two parameters (weights or biases) and their ranges.
struct LandscapeRequest {
    /// The horizontal (first) and vertical (second) axis.
    ParameterIndex first{2, 0, 0};
    ParameterIndex second{2, 0, 1};
    /// Each axis runs from low to high inclusive, in gridSize evenly spaced points.
    double firstLow = -1.0, firstHigh = 1.0;
    double secondLow = -1.0, secondHigh = 1.0;
    int gridSize = 64;
};

/// What is wrong with a request for this network, or "" when it can be computed: a parameter the
/// network lacks, the same parameter twice, a grid outside 2..kMaxLandscapeGrid, a range that is
/// not finite, empty or reversed, or wider than kMaxLandscapeSpan. Each names the axis.
std::string landscapeRequestProblem(const Network &network, const LandscapeRequest &request);

/// The slice of the loss E (the run's loss, the mean over every sample given) over a grid of two
/// parameters, every other parameter at its value in the network, with the gradient and the way to
/// the slice's lowest point at the network's own position.
struct LossLandscape {
    LandscapeRequest request;
    /// E at grid point (i, j): first = firstLow + i·(firstHigh − firstLow)/(N − 1), second likewise
    /// with j. (N × N): row i along the first axis, column j along the second.
    Matrix loss;
    /// The two parameters' values in the network, and E there.
    double currentFirst = 0.0, currentSecond = 0.0;
    double currentLoss = 0.0;
    /// (∂E/∂first, ∂E/∂second), by backprop over the same samples (BP3/BP4, averaged).
    double gradientFirst = 0.0, gradientSecond = 0.0;
    /// The learning rate η and the step −η ∇E projected on the plane (what plain gradient descent on
    /// the whole set would move these two parameters by).
    double learningRate = 0.0;
    double stepFirst = 0.0, stepSecond = 0.0;
    /// The slice's lowest point: the lowest grid point, moved to the vertex of a parabola through it
    /// and its two neighbours along each axis when that point is lower still (refined == true).
    double lowestFirst = 0.0, lowestSecond = 0.0;
    double lowestLoss = 0.0;
    bool refined = false;
    /// The angle in degrees (0..180) between the step and the direction from the current point to
    /// the lowest point; NaN when either has no direction (a zero gradient, or already there).
    double angleDegrees = 0.0;
    /// True when the cancel flag stopped the computation: the grid is then incomplete (NaN).
    bool cancelled = false;
};

/// Computes the slice for inputs (n₀ × m) and targets (n_L × m), the whole training set. Each grid
/// value is the loss of the network with the two parameters set, as evaluate() would give it, by
/// the same layer code as training (computeWeightedInput, activate, lossSum), many grid points'
/// samples side by side in one matrix. The layers below the lower parameter are computed once; at
/// its layer, z changes only in its row, by Δw·aˡ⁻¹ₖ (a bias: by Δb). Equal to a direct evaluation
/// up to rounding (see tests/core/loss_landscape_test.cpp). *progress counts the grid points done;
/// *cancel is read between blocks of points. Throws InputError for a request with a problem.
LossLandscape computeLossLandscape(const Network &network, const Matrix &inputs, const Matrix &targets,
                                   const LandscapeRequest &request, double learningRate,
                                   const std::atomic<bool> *cancel = nullptr,
                                   std::atomic<int> *progress = nullptr);

/// The mean E over the samples and its derivatives with respect to two parameters, by backprop.
struct LossAndGradient {
    double loss = 0.0;
    double first = 0.0, second = 0.0;
};
LossAndGradient lossAndGradient(const Network &network, const Matrix &inputs, const Matrix &targets,
                                const ParameterIndex &first, const ParameterIndex &second);

/// The two incoming weights of neuron j of layer l (1..L) largest in size, the larger first (ties:
/// the lower k). A neuron with a single input gives that weight and its bias.
std::pair<ParameterIndex, ParameterIndex> largestIncomingWeights(const Network &network, int layer,
                                                                 int neuron);

/// A request centred on the parameters' values: each axis spans value ± max(1, |value|), so that
/// both zero and twice the value are on it.
LandscapeRequest centredRequest(const Network &network, const ParameterIndex &first,
                                const ParameterIndex &second, int gridSize);

/// Grid point i of an axis from low to high in n points: low + i·(high − low)/(n − 1), and exactly
/// high at i = n − 1.
double landscapeAxisValue(double low, double high, int i, int n);

/// The angle in degrees (0..180) between two plane vectors; NaN when either is zero.
double angleBetween(double ax, double ay, double bx, double by);

} // namespace bp
