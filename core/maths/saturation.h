#pragma once

#include "core/maths/network.h"
#include "core/maths/types.h"

#include <cstdint>
#include <vector>

namespace bp {

/// The lecture's second reason why a neuron learns slowly: its output has saturated. (BP2) and
/// (BP1) multiply δ by σ′(z), so where σ′(z) is tiny, δ and every ∂E/∂w into the neuron are tiny.
/// A unit is saturated on a sample when σ′(z) < kSaturationFraction × the activation's largest σ′
/// (saturationThreshold), and saturated when that holds on more than kSaturatedShare of the samples.
inline constexpr double kSaturationFraction = 0.02;
inline constexpr double kSaturatedShare = 0.5;

/// The first reason (BP4, ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ): a weight learns slowly when its input is low,
/// |aˡ⁻¹ₖ| < kLowInputFraction × max(1, largest |aˡ⁻¹| of the sample).
inline constexpr double kLowInputFraction = 0.02;

/// Columns a report reads at most: beyond that, evenly spaced samples stand for the set (so the
/// worker's cost per snapshot stays bounded for large datasets).
inline constexpr int kSaturationSampleLimit = 2048;

/// The largest value σ′ takes: ¼ for the logistic (and the softmax's diagonal aⱼ(1 − aⱼ)), 1 for
/// tanh, relu, leaky relu and the identity.
double derivativeMaximum(Activation activation);

/// The σ′ below which a unit is saturated on a sample: kSaturationFraction × derivativeMaximum for
/// the functions that flatten out on both sides (logistic: σ′ < 0.005, i.e. |z| > 5.3; tanh:
/// σ′ < 0.02, i.e. |z| > 2.6; the softmax's diagonal: < 0.005). 0 for relu, leaky relu and the
/// identity, which never saturate: relu's flat side makes a unit dead instead (see UnitSaturation).
double saturationThreshold(Activation activation);

/// True when σ′ this small counts as saturated for this activation.
bool isSaturatedDerivative(Activation activation, double derivative);

/// True when |input| is low in the sense of kLowInputFraction, given the largest |a| of its layer.
bool isInputLow(double input, double largestInput);

/// True when σ′(zˡ) multiplies δˡ in backpropagation: at every hidden layer (BP2), and at the
/// output (BP1) unless the loss cancels it (cross-entropy after the logistic or the softmax gives
/// δᴸ = a − t). Only there can saturation slow learning down. l in 1..L.
bool derivativeScalesDelta(const Network &network, int layer);

/// How one unit's σ′ behaves over a set of samples.
struct UnitSaturation {
    /// Mean over the samples of σ′(z) / derivativeMaximum, 0..1: the gauge on the graph.
    double meanDerivative = 0.0;
    /// Share of the samples with σ′(z) below saturationThreshold.
    double saturatedShare = 0.0;
    /// Share of the samples with z > 0.
    double activeShare = 0.0;
    /// saturatedShare > kSaturatedShare where σ′ scales δ (derivativeScalesDelta).
    bool saturated = false;
    /// A relu unit with z ≤ 0 on every sample: relu′ = 0 there, so its δ, ∂E/∂b and the ∂E/∂w of
    /// every weight into it and out of it are exactly 0, and no step of gradient descent revives it.
    bool dead = false;
};

/// The units of one layer, and how many are saturated or dead.
struct LayerSaturation {
    std::vector<UnitSaturation> units;
    int saturatedCount = 0;
    int deadCount = 0;
};

/// Saturated and dead units of every layer over a set of samples.
struct SaturationReport {
    /// Index l − 1 holds layer l.
    std::vector<LayerSaturation> layers;
    /// The samples the report read, and the samples of the set (more when it was thinned).
    std::int64_t sampleCount = 0;
    std::int64_t totalSampleCount = 0;

    int saturatedCount() const;
    int deadCount() const;
    /// The unit j of layer l (1..L), or null when out of range.
    const UnitSaturation *unit(int layer, int neuron) const;
};

/// The report from the activations of every layer for m samples: index l − 1 holds aˡ (nₗ × m),
/// as activationsOf and the snapshot's sampleActivations have them. For an element-wise f, σ′
/// depends on z only through a (the logistic: a(1 − a); tanh: 1 − a²; relu and leaky relu: z > 0
/// exactly when a > 0), so a stands in for z in core's activationDerivative. An empty report when
/// the shapes do not fit the network.
SaturationReport saturationOf(const Network &network, const std::vector<Matrix> &activations);

/// The report over the columns of inputs (n₀ × m), by the trainer's forward pass in chunks; when
/// m > maxSamples, over maxSamples evenly spaced columns.
SaturationReport saturationOf(const Network &network, const Matrix &inputs,
                              int maxSamples = kSaturationSampleLimit);

} // namespace bp
