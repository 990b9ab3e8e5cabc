#pragma once

#include "core/backprop.h"
#include "core/dataset.h"
#include "core/network.h"

namespace bp {

/// Loss and accuracy of a network over a set of samples.
struct Evaluation {
    /// Mean E over the samples.
    double loss = 0.0;
    /// Fraction of samples judged right (see TargetKind).
    double accuracy = 0.0;
};

/// Whether the output column a (n_L × 1) is right for the target column t.
bool isCorrect(const Eigen::Ref<const Vector> &output, const Eigen::Ref<const Vector> &target,
               TargetKind kind);

/// Evaluates the network on inputs (n₀ × m) and targets (n_L × m), in chunks so memory stays small.
Evaluation evaluate(const Network &network, const Matrix &inputs, const Matrix &targets, TargetKind kind);
/// The same, reusing the scratch memory of ws (resized when it does not fit).
Evaluation evaluate(const Network &network, const Matrix &inputs, const Matrix &targets, TargetKind kind,
                    Workspace &ws);

/// The output activations aᴸ for every column of inputs, (n_L × m).
Matrix predict(const Network &network, const Matrix &inputs);

/// The activations of every layer for every column of inputs; index l − 1 holds aˡ, (nₗ × m).
std::vector<Matrix> activationsOf(const Network &network, const Matrix &inputs);

/// A hidden activation at or above this reads as bit 1 of a code (the lecture's reading of 8-3-8).
inline constexpr double kHiddenCodeThreshold = 0.5;

/// The code layer of a network with a bottleneck: the narrowest hidden layer (the first of equals)
/// when it is narrower than the input, as in an autoencoder; 0 when there is none.
int bottleneckLayer(const std::vector<int> &sizes);

/// How many different binary codes (each activation ≥ kHiddenCodeThreshold read as 1) the columns of
/// hidden (k × m) use.
int countDistinctCodes(const Matrix &hidden);

/// countDistinctCodes of the bottleneck layer's activations over every column of inputs (n₀ × m);
/// 0 when the network has no bottleneck.
int distinctHiddenCodes(const Network &network, const Matrix &inputs);

} // namespace bp
