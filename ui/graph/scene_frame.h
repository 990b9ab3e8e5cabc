#pragma once

#include "ui/graph/network_scene.h"

#include <QColor>

#include <utility>
#include <vector>

namespace bp::ui {

/// What the neurons of a layer are coloured by and print.
enum class NeuronQuantity { Blank, Input, Activation, Delta, Derivative };

/// The state of one layer's neurons at the moment on show.
struct NeuronLayerState {
    /// What the neurons show, and what they show fading out while `mix` runs from 0 to 1.
    NeuronQuantity shown = NeuronQuantity::Blank;
    NeuronQuantity previous = NeuronQuantity::Blank;
    double mix = 1.0;
    /// Which values this phase has computed (the rest print "—" in tooltips).
    bool weightedInputKnown = false;
    bool activationKnown = false;
    bool deltaKnown = false;
    bool gradientKnown = false;
    /// 0..1 while the ring pulse of the output error runs, −1 otherwise.
    double pulse = -1.0;
};

/// How a signal travels along the edges of a layer.
enum class EdgeFlow { None, Forward, Backward };

/// The state of the edges into one layer (the weights Wˡ).
struct EdgeLayerState {
    EdgeFlow flow = EdgeFlow::None;
    /// 0..1: how far along the edges the signal has gone.
    double flowProgress = 1.0;
    /// 0 = the edges show w, 1 = they show ∂E/∂w.
    double gradientMix = 0.0;
    /// Whether ∂E/∂w of this layer is computed by now.
    bool gradientKnown = false;
    /// Edges of layers the forward pass has not reached yet are drawn quieter.
    double opacity = 1.0;
};

/// The ranges the colour scales stand for.
struct ValueScales {
    /// max |w| and |b| (of the trace's networks before and after, or of the live network).
    double weight = 1.0;
    /// max |δ| over the whole trace.
    double delta = 1.0;
    /// max |∂E/∂w| over the whole trace.
    double gradient = 1.0;
    /// max |Δw| of the update.
    double weightChange = 0.0;
};

/// Scales of a trace, computed once per trace (only finite values count).
ValueScales traceScales(const Trace &trace);
/// max |w|, |b| of a network (1 when it has none that is finite and non-zero).
double weightScale(const Network &network);

/// The network scene resolved for drawing at one moment: which values are known in the current
/// phase, what every layer shows, and the value of any neuron or edge. Cheap to build per frame.
class SceneFrame {
public:
    SceneFrame(const NetworkScene &scene, const ValueScales &scales);

    bool isEmpty() const { return m_network == nullptr; }
    /// The parameters drawn: the trace's network before the step while one is replayed.
    const Network &network() const { return *m_network; }
    int layerCount() const { return m_layerCount; }
    int layerSize(int layer) const;

    /// True while a phase of a trace is on show.
    bool isReplaying() const { return m_trace != nullptr; }
    int phaseIndex() const { return m_phaseIndex; }
    int phaseCount() const;
    Phase phase() const { return m_phase; }
    double progress() const { return m_progress; }
    /// The update phase's morph from the weights before to after, 0..1 (0 outside Update).
    double updateMix() const { return m_updateMix; }
    /// The pulse of the update, 0 → 1 → 0 over the phase (0 outside Update).
    double updatePulse() const { return m_updatePulse; }
    bool showsDerivative() const { return m_showDerivative; }
    /// True when the σ′ gauges and the saturated and dead marks are drawn (asked for, and a report
    /// that fits the network is there).
    bool showsSaturation() const { return m_saturation != nullptr; }
    /// How unit j of layer l (1..L) behaves over the training set; null when not shown.
    const UnitSaturation *unitSaturation(int layer, int neuron) const;
    /// The report behind the marks; null when not shown.
    const SaturationReport *saturation() const { return m_saturation; }
    bool isDiverged() const { return m_diverged; }
    const ValueScales &scales() const { return m_scales; }

    const NeuronLayerState &neurons(int layer) const { return m_neurons[static_cast<std::size_t>(layer)]; }
    const EdgeLayerState &edges(int layer) const { return m_edges[static_cast<std::size_t>(layer)]; }

    /// The layers of the band that marks where the computation is, or {−1, −1}.
    std::pair<int, int> highlightSpan() const { return m_highlight; }

    /// Values, NaN where the scene has none (whatever the phase: check the known flags).
    double input(int neuron) const;
    double weightedInput(int layer, int neuron) const;
    /// aˡⱼ; layer 0 gives the input.
    double activation(int layer, int neuron) const;
    double delta(int layer, int neuron) const;
    double biasGradient(int layer, int neuron) const;
    double weightGradient(int layer, int neuron, int from) const;
    /// wˡⱼₖ as drawn now (morphing from before to after during Update).
    double weight(int layer, int neuron, int from) const;
    /// Δw = after − before of a replayed step.
    double weightChange(int layer, int neuron, int from) const;
    double bias(int layer, int neuron) const;
    /// True when edges and biases show the relative errors of a gradient check (one that fits the
    /// network is set and no phase is on show).
    bool showsGradientCheck() const { return m_check != nullptr; }
    /// The relative error of wˡⱼₖ or bˡⱼ in that check; NaN when it was not checked or none is shown.
    double weightRelativeError(int layer, int neuron, int from) const;
    double biasRelativeError(int layer, int neuron) const;
    /// σ′(zˡⱼ), and its largest possible value for the layer's activation (¼ for the logistic).
    double derivative(int layer, int neuron) const;
    double derivativeMax(int layer) const;
    double target(int neuron) const;
    /// True while the class is to predict δˡⱼ (its value and colour are held back).
    bool isDeltaConcealed(int layer, int neuron) const;
    /// True while the class is to predict the change of wˡⱼₖ (it is drawn unchanged until revealed).
    bool isWeightConcealed(int layer, int neuron, int from) const;
    bool hasTarget() const { return m_trace != nullptr && m_trace->target.rows() == layerSize(m_layerCount); }

    /// The colour of one neuron showing quantity q (alarm colour for a non-finite value).
    QColor neuronColor(int layer, int neuron, NeuronQuantity q) const;
    /// The fill of a neuron now, with the cross-fade between what it showed and what it shows.
    QColor neuronFill(int layer, int neuron) const;
    /// The quantity whose value is printed now (the one the fade is closer to).
    NeuronQuantity printedQuantity(int layer) const;

    /// True when the activation of this layer is coloured on the signed scale (tanh, relu, …).
    bool hasSignedActivation(int layer) const { return m_signedActivations[static_cast<std::size_t>(layer)]; }
    double activationScale(int layer) const { return m_activationScales[static_cast<std::size_t>(layer)]; }

private:
    void resolveLive(const NetworkScene &scene);
    void resolvePhase();
    const Vector *liveActivation(int layer) const;

    const Network *m_network = nullptr;
    const Network *m_after = nullptr;
    const Trace *m_trace = nullptr;
    const std::vector<Vector> *m_liveActivations = nullptr;
    const GradientCheck *m_check = nullptr;
    const SaturationReport *m_saturation = nullptr;
    int m_layerCount = 0;
    int m_phaseIndex = -1;
    Phase m_phase;
    double m_progress = 1.0;
    double m_updateMix = 0.0;
    double m_updatePulse = 0.0;
    bool m_showDerivative = false;
    bool m_diverged = false;
    ValueScales m_scales;
    std::vector<NeuronLayerState> m_neurons;
    std::vector<EdgeLayerState> m_edges;
    std::vector<double> m_activationScales;
    std::vector<bool> m_signedActivations;
    std::pair<int, int> m_highlight{-1, -1};
    std::vector<Selection> m_concealed;
};

} // namespace bp::ui
