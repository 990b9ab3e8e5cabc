#pragma once

#include "core/data/dataset.h"
#include "core/maths/gradient_check.h"
#include "core/maths/network.h"
#include "core/maths/saturation.h"
#include "core/maths/trace.h"
#include "core/maths/types.h"
#include "ui/style/selection.h"

#include <memory>
#include <vector>

namespace bp::ui {

/// Everything the network view draws at one moment: immutable values, shared, never mutated.
struct NetworkScene {
    /// The parameters to draw. Required.
    std::shared_ptr<const Network> network;
    /// The activations of every layer for the sample on show, index 0 = input a⁰ … index L = aᴸ
    /// (each nₗ long). Empty when unknown.
    std::vector<Vector> activations;
    /// The recorded step being replayed, or null while training runs continuously.
    std::shared_ptr<const Trace> trace;
    /// Index into trace->phases of the phase on show, or −1 for none (the trace's values are
    /// then not shown). While a phase is on show, values of later phases stay hidden.
    int phaseIndex = -1;
    /// 0..1: how far the current phase's animation has run (1 = finished).
    double phaseProgress = 1.0;
    /// Show σ′(z) on the neurons instead of a (the saturation view).
    bool showDerivative = false;
    /// Draw the σ′ gauge and the saturated and dead marks of `saturation` on the neurons.
    bool showSaturation = false;
    /// Saturated and dead units of `network` over the training set (null: none to draw).
    std::shared_ptr<const SaturationReport> saturation;
    /// Mark the view as diverged (values that are not finite are drawn in the alarm colour).
    bool diverged = false;
    /// A gradient check of `network`: while no phase is on show, edges and biases show its errors.
    std::shared_ptr<const bp::GradientCheck> gradientCheck;
    /// The samples x comes from (training and test): the input layer's tags need room for their
    /// widest x only. Null: room for any number.
    std::shared_ptr<const Dataset> dataset;
    /// Values the class is asked to predict before they are revealed (Train > Predict then reveal):
    /// a Neuron hides its δ, an Edge hides its change Δw in the update. They are drawn as "?" in
    /// the neutral colour, so that neither the number nor the colour gives the answer away.
    std::vector<Selection> concealed;
};

} // namespace bp::ui
