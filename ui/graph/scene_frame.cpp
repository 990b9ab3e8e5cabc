#include "ui/graph/scene_frame.h"

#include "core/maths/activation.h"
#include "ui/style/palette.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace bp::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Share of a forward phase spent by the signal travelling along the edges; the neurons fill after.
constexpr double kForwardTravel = 0.55;
// Share of a backward phase spent by δ travelling back along the edges.
constexpr double kBackwardTravel = 0.55;

double smoothStep(double x)
{
    x = std::clamp(x, 0.0, 1.0);
    return x * x * (3.0 - 2.0 * x);
}

template <typename Derived> double finiteMaxAbs(const Eigen::DenseBase<Derived> &values)
{
    double best = 0.0;
    for (Eigen::Index c = 0; c < values.cols(); ++c) {
        for (Eigen::Index r = 0; r < values.rows(); ++r) {
            const double v = std::abs(values(r, c));
            if (std::isfinite(v))
                best = std::max(best, v);
        }
    }
    return best;
}

double positiveOr(double value, double fallback)
{
    return value > 0.0 ? value : fallback;
}

bool isSequential(Activation activation)
{
    return activation == Activation::Logistic || activation == Activation::Softmax;
}

QColor blankColor()
{
    return palette::canvasColor();
}

QColor mixColors(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool traceFits(const Trace &trace)
{
    const Network &net = trace.before;
    const int layers = net.layerCount();
    if (layers < 1 || trace.after.sizes() != net.sizes())
        return false;
    if (static_cast<int>(trace.forward.size()) != layers || static_cast<int>(trace.backward.size()) != layers)
        return false;
    if (trace.input.rows() != net.inputSize() || trace.input.cols() < 1)
        return false;
    for (int l = 1; l <= layers; ++l) {
        const auto n = static_cast<Eigen::Index>(net.sizes()[static_cast<std::size_t>(l)]);
        const ForwardRecord &f = trace.forward[static_cast<std::size_t>(l - 1)];
        const BackwardRecord &b = trace.backward[static_cast<std::size_t>(l - 1)];
        if (f.activation.rows() != n || f.weightedInput.rows() != n || f.activation.cols() < 1 ||
            f.weightedInput.cols() < 1 || b.delta.rows() != n || b.delta.cols() < 1 ||
            b.gradWeights.rows() != n || b.gradWeights.cols() != net.layer(l).weights.cols() ||
            b.gradBiases.rows() != n)
            return false;
    }
    return true;
}

bool saturationFits(const SaturationReport &report, const Network &net)
{
    if (static_cast<int>(report.layers.size()) != net.layerCount())
        return false;
    for (int l = 1; l <= net.layerCount(); ++l) {
        if (static_cast<int>(report.layers[static_cast<std::size_t>(l - 1)].units.size()) !=
            net.sizes()[static_cast<std::size_t>(l)])
            return false;
    }
    return true;
}

bool checkFits(const GradientCheck &check, const Network &net)
{
    const auto layers = static_cast<std::size_t>(net.layerCount());
    if (check.relativeErrorWeights.size() != layers || check.relativeErrorBiases.size() != layers)
        return false;
    for (int l = 1; l <= net.layerCount(); ++l) {
        const Layer &layer = net.layer(l);
        const auto i = static_cast<std::size_t>(l - 1);
        if (check.relativeErrorWeights[i].rows() != layer.weights.rows() ||
            check.relativeErrorWeights[i].cols() != layer.weights.cols() ||
            check.relativeErrorBiases[i].size() != layer.biases.size())
            return false;
    }
    return true;
}

} // namespace

ValueScales traceScales(const Trace &trace)
{
    ValueScales scales;
    scales.weight = positiveOr(std::max(weightScale(trace.before), weightScale(trace.after)), 1.0);
    double delta = 0.0;
    double gradient = 0.0;
    for (const BackwardRecord &record : trace.backward) {
        delta = std::max(delta, finiteMaxAbs(record.delta));
        gradient = std::max(gradient, finiteMaxAbs(record.gradWeights));
    }
    scales.delta = positiveOr(delta, 1.0);
    scales.gradient = positiveOr(gradient, 1.0);
    double change = 0.0;
    if (trace.before.sizes() == trace.after.sizes()) {
        for (int l = 1; l <= trace.before.layerCount(); ++l) {
            const Matrix &b = trace.before.layer(l).weights;
            const Matrix &a = trace.after.layer(l).weights;
            if (a.rows() == b.rows() && a.cols() == b.cols())
                change = std::max(change, finiteMaxAbs(a - b));
        }
    }
    scales.weightChange = change;
    return scales;
}

double weightScale(const Network &network)
{
    double best = 0.0;
    for (const Layer &layer : network.layers())
        best = std::max({best, finiteMaxAbs(layer.weights), finiteMaxAbs(layer.biases)});
    return positiveOr(best, 1.0);
}

SceneFrame::SceneFrame(const NetworkScene &scene, const ValueScales &scales) : m_scales(scales)
{
    m_showDerivative = scene.showDerivative;
    m_diverged = scene.diverged;
    m_concealed = scene.concealed;
    const bool replay = scene.trace && scene.phaseIndex >= 0 &&
                        scene.phaseIndex < static_cast<int>(scene.trace->phases.size()) &&
                        traceFits(*scene.trace);
    if (replay) {
        m_trace = scene.trace.get();
        m_network = &m_trace->before;
        m_after = &m_trace->after;
        m_phaseIndex = scene.phaseIndex;
        m_phase = m_trace->phases[static_cast<std::size_t>(scene.phaseIndex)];
        m_progress = std::isfinite(scene.phaseProgress) ? std::clamp(scene.phaseProgress, 0.0, 1.0) : 1.0;
    } else if (scene.network) {
        m_network = scene.network.get();
        m_liveActivations = &scene.activations;
        if (scene.phaseIndex < 0 && scene.gradientCheck && checkFits(*scene.gradientCheck, *m_network))
            m_check = scene.gradientCheck.get();
    }
    if (!m_network)
        return;
    if (scene.showSaturation && scene.saturation && saturationFits(*scene.saturation, *m_network))
        m_saturation = scene.saturation.get();
    m_layerCount = m_network->layerCount();
    m_neurons.assign(static_cast<std::size_t>(m_layerCount + 1), NeuronLayerState{});
    m_edges.assign(static_cast<std::size_t>(m_layerCount + 1), EdgeLayerState{});

    // Scales of the activations that are not 0..1: the input (for data outside 0..1) and the
    // layers with tanh, relu and the like, which go on the signed scale.
    m_activationScales.assign(static_cast<std::size_t>(m_layerCount + 1), 1.0);
    for (int l = 0; l <= m_layerCount; ++l) {
        double scale = 0.0;
        if (m_trace) {
            scale = l == 0 ? finiteMaxAbs(m_trace->input)
                           : finiteMaxAbs(m_trace->forward[static_cast<std::size_t>(l - 1)].activation);
        } else if (const Vector *a = liveActivation(l)) {
            scale = finiteMaxAbs(*a);
        }
        if (l > 0 && m_network->layer(l).activation == Activation::Tanh)
            scale = 1.0;
        m_activationScales[static_cast<std::size_t>(l)] = positiveOr(scale, 1.0);
    }

    // Inputs outside 0..1 (the 2-D sets span −1..1) and layers with tanh, relu and the like go on
    // the signed scale; the logistic and softmax on the sequential one.
    m_signedActivations.assign(static_cast<std::size_t>(m_layerCount + 1), false);
    for (int j = 0; j < layerSize(0); ++j) {
        const double x = input(j);
        if (std::isfinite(x) && (x < 0.0 || x > 1.0)) {
            m_signedActivations[0] = true;
            break;
        }
    }
    for (int l = 1; l <= m_layerCount; ++l)
        m_signedActivations[static_cast<std::size_t>(l)] = !isSequential(m_network->layer(l).activation);

    if (m_trace)
        resolvePhase();
    else
        resolveLive(scene);

    if (m_showDerivative) {
        for (int l = 1; l <= m_layerCount; ++l) {
            NeuronLayerState &state = m_neurons[static_cast<std::size_t>(l)];
            if (state.shown == NeuronQuantity::Activation)
                state.shown = NeuronQuantity::Derivative;
            if (state.previous == NeuronQuantity::Activation)
                state.previous = NeuronQuantity::Derivative;
        }
    }
}

const Vector *SceneFrame::liveActivation(int layer) const
{
    if (!m_liveActivations || m_liveActivations->size() != static_cast<std::size_t>(m_layerCount + 1))
        return nullptr;
    const Vector &a = (*m_liveActivations)[static_cast<std::size_t>(layer)];
    return a.size() == layerSize(layer) ? &a : nullptr;
}

void SceneFrame::resolveLive(const NetworkScene &)
{
    for (int l = 0; l <= m_layerCount; ++l) {
        NeuronLayerState &state = m_neurons[static_cast<std::size_t>(l)];
        const bool known = liveActivation(l) != nullptr;
        state.activationKnown = known;
        state.shown = !known   ? NeuronQuantity::Blank
                      : l == 0 ? NeuronQuantity::Input
                               : NeuronQuantity::Activation;
        state.previous = state.shown;
    }
}

void SceneFrame::resolvePhase()
{
    const int last = m_layerCount;
    const int at = m_phase.layer;
    const double t = m_progress;
    auto neurons = [this](int l) -> NeuronLayerState & { return m_neurons[static_cast<std::size_t>(l)]; };
    auto edges = [this](int l) -> EdgeLayerState & { return m_edges[static_cast<std::size_t>(l)]; };
    auto show = [&](int l, NeuronQuantity q) {
        neurons(l).shown = q;
        neurons(l).previous = q;
        neurons(l).mix = 1.0;
    };
    auto fade = [&](int l, NeuronQuantity from, NeuronQuantity to, double mix) {
        neurons(l).previous = from;
        neurons(l).shown = to;
        neurons(l).mix = mix;
    };

    // Everything computed before this phase is known; the phase's own results appear with its progress.
    show(0, NeuronQuantity::Input);
    neurons(0).activationKnown = true;
    switch (m_phase.kind) {
    case PhaseKind::Forward:
        for (int l = 1; l <= last; ++l) {
            if (l < at) {
                show(l, NeuronQuantity::Activation);
                neurons(l).activationKnown = neurons(l).weightedInputKnown = true;
            } else if (l == at) {
                const double reveal = smoothStep((t - kForwardTravel) / (1.0 - kForwardTravel));
                fade(l, NeuronQuantity::Blank, NeuronQuantity::Activation, reveal);
                neurons(l).activationKnown = neurons(l).weightedInputKnown = reveal >= 0.5;
                edges(l).flow = EdgeFlow::Forward;
                edges(l).flowProgress = smoothStep(t / kForwardTravel);
            } else {
                show(l, NeuronQuantity::Blank);
                edges(l).opacity = 0.4;
            }
        }
        m_highlight = {at, at};
        break;
    case PhaseKind::OutputError: {
        const double reveal = smoothStep(t / 0.6);
        for (int l = 1; l <= last; ++l) {
            show(l, NeuronQuantity::Activation);
            neurons(l).activationKnown = neurons(l).weightedInputKnown = true;
        }
        // While the class predicts which output δ is larger it reasons from a and t: the outputs keep
        // showing a until the reveal.
        bool predicting = false;
        for (int j = 0; j < layerSize(last); ++j)
            predicting = predicting || isDeltaConcealed(last, j);
        if (!predicting)
            fade(last, NeuronQuantity::Activation, NeuronQuantity::Delta, reveal);
        neurons(last).deltaKnown = reveal >= 0.5;
        neurons(last).pulse = t;
        m_highlight = {last, last};
        break;
    }
    case PhaseKind::Backward: {
        const double reveal = smoothStep((t - kBackwardTravel) / (1.0 - kBackwardTravel));
        for (int l = 1; l <= last; ++l) {
            neurons(l).activationKnown = neurons(l).weightedInputKnown = true;
            if (l > at) {
                show(l, NeuronQuantity::Delta);
                neurons(l).deltaKnown = true;
            } else if (l == at) {
                fade(l, NeuronQuantity::Activation, NeuronQuantity::Delta, reveal);
                neurons(l).deltaKnown = reveal >= 0.5;
            } else {
                show(l, NeuronQuantity::Activation);
            }
        }
        if (at + 1 <= last) {
            edges(at + 1).flow = EdgeFlow::Backward;
            edges(at + 1).flowProgress = smoothStep(t / kBackwardTravel);
        }
        m_highlight = {at, at};
        break;
    }
    case PhaseKind::Gradients: {
        // ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ: the layer below shows its a, the layer itself its δ.
        const double reveal = smoothStep(t / 0.5);
        for (int l = 1; l <= last; ++l) {
            neurons(l).activationKnown = neurons(l).weightedInputKnown = neurons(l).deltaKnown = true;
            neurons(l).gradientKnown = l > at || (l == at && reveal >= 0.5);
            edges(l).gradientKnown = neurons(l).gradientKnown;
            if (l == at - 1)
                fade(l, NeuronQuantity::Delta, NeuronQuantity::Activation, reveal);
            else
                show(l, NeuronQuantity::Delta);
        }
        if (at >= 1 && at <= last)
            edges(at).gradientMix = reveal;
        m_highlight = {std::max(0, at - 1), at};
        break;
    }
    case PhaseKind::Update:
        for (int l = 1; l <= last; ++l) {
            neurons(l).activationKnown = neurons(l).weightedInputKnown = true;
            neurons(l).deltaKnown = neurons(l).gradientKnown = true;
            edges(l).gradientKnown = true;
            show(l, NeuronQuantity::Delta);
        }
        m_updateMix = smoothStep(t);
        m_updatePulse = std::sin(std::numbers::pi * t);
        // Every weight changes at once: the pulsing edges show it, a band over everything would not.
        m_highlight = {-1, -1};
        break;
    }
}

int SceneFrame::layerSize(int layer) const
{
    if (!m_network || layer < 0 || layer > m_layerCount)
        return 0;
    return m_network->sizes()[static_cast<std::size_t>(layer)];
}

int SceneFrame::phaseCount() const
{
    return m_trace ? static_cast<int>(m_trace->phases.size()) : 0;
}

double SceneFrame::input(int neuron) const
{
    return activation(0, neuron);
}

double SceneFrame::weightedInput(int layer, int neuron) const
{
    if (!m_trace || layer < 1 || layer > m_layerCount)
        return kNaN;
    return m_trace->forward[static_cast<std::size_t>(layer - 1)].weightedInput(neuron, 0);
}

double SceneFrame::activation(int layer, int neuron) const
{
    if (layer < 0 || layer > m_layerCount || neuron < 0 || neuron >= layerSize(layer))
        return kNaN;
    if (m_trace) {
        if (layer == 0)
            return m_trace->input(neuron, 0);
        return m_trace->forward[static_cast<std::size_t>(layer - 1)].activation(neuron, 0);
    }
    if (const Vector *a = liveActivation(layer))
        return (*a)(neuron);
    return kNaN;
}

double SceneFrame::delta(int layer, int neuron) const
{
    if (!m_trace || layer < 1 || layer > m_layerCount)
        return kNaN;
    return m_trace->backward[static_cast<std::size_t>(layer - 1)].delta(neuron, 0);
}

double SceneFrame::biasGradient(int layer, int neuron) const
{
    if (!m_trace || layer < 1 || layer > m_layerCount)
        return kNaN;
    return m_trace->backward[static_cast<std::size_t>(layer - 1)].gradBiases(neuron);
}

double SceneFrame::weightGradient(int layer, int neuron, int from) const
{
    if (!m_trace || layer < 1 || layer > m_layerCount)
        return kNaN;
    return m_trace->backward[static_cast<std::size_t>(layer - 1)].gradWeights(neuron, from);
}

bool SceneFrame::isDeltaConcealed(int layer, int neuron) const
{
    return std::any_of(m_concealed.begin(), m_concealed.end(), [&](const Selection &s) {
        return s.kind == Selection::Kind::Neuron && s.layer == layer && s.neuron == neuron;
    });
}

bool SceneFrame::isWeightConcealed(int layer, int neuron, int from) const
{
    return std::any_of(m_concealed.begin(), m_concealed.end(), [&](const Selection &s) {
        return s.kind == Selection::Kind::Edge && s.layer == layer && s.neuron == neuron && s.from == from;
    });
}

double SceneFrame::weight(int layer, int neuron, int from) const
{
    const double before = m_network->layer(layer).weights(neuron, from);
    if (m_updateMix <= 0.0 || !m_after || isWeightConcealed(layer, neuron, from))
        return before;
    const double after = m_after->layer(layer).weights(neuron, from);
    return before + (after - before) * m_updateMix;
}

double SceneFrame::weightChange(int layer, int neuron, int from) const
{
    if (!m_after)
        return kNaN;
    if (isWeightConcealed(layer, neuron, from))
        return 0.0;
    return m_after->layer(layer).weights(neuron, from) - m_network->layer(layer).weights(neuron, from);
}

double SceneFrame::bias(int layer, int neuron) const
{
    if (layer < 1 || layer > m_layerCount)
        return kNaN;
    const double before = m_network->layer(layer).biases(neuron);
    if (m_updateMix <= 0.0 || !m_after)
        return before;
    const double after = m_after->layer(layer).biases(neuron);
    return before + (after - before) * m_updateMix;
}

double SceneFrame::weightRelativeError(int layer, int neuron, int from) const
{
    if (!m_check || layer < 1 || layer > m_layerCount || neuron < 0 || neuron >= layerSize(layer) ||
        from < 0 || from >= layerSize(layer - 1))
        return kNaN;
    return m_check->relativeErrorWeights[static_cast<std::size_t>(layer - 1)](neuron, from);
}

double SceneFrame::biasRelativeError(int layer, int neuron) const
{
    if (!m_check || layer < 1 || layer > m_layerCount || neuron < 0 || neuron >= layerSize(layer))
        return kNaN;
    return m_check->relativeErrorBiases[static_cast<std::size_t>(layer - 1)](neuron);
}

double SceneFrame::derivative(int layer, int neuron) const
{
    if (layer < 1 || layer > m_layerCount)
        return kNaN;
    const Activation f = m_network->layer(layer).activation;
    if (f == Activation::Softmax) {
        // The diagonal of the softmax Jacobian, aⱼ(1 − aⱼ), as core's display of σ′ does.
        const double a = activation(layer, neuron);
        return a * (1.0 - a);
    }
    if (m_trace)
        return activationDerivativeAt(f, weightedInput(layer, neuron));
    // Live snapshots carry a but not z: σ′ follows from a for every element-wise activation.
    const double a = activation(layer, neuron);
    if (std::isnan(a))
        return kNaN;
    switch (f) {
    case Activation::Logistic: return a * (1.0 - a);
    case Activation::Tanh: return 1.0 - a * a;
    case Activation::Relu: return a > 0.0 ? 1.0 : 0.0;
    case Activation::Identity: return 1.0;
    case Activation::LeakyRelu: return a > 0.0 ? 1.0 : kLeakyReluSlope;
    case Activation::Softmax: break;
    }
    return kNaN;
}

const UnitSaturation *SceneFrame::unitSaturation(int layer, int neuron) const
{
    return m_saturation ? m_saturation->unit(layer, neuron) : nullptr;
}

double SceneFrame::derivativeMax(int layer) const
{
    if (layer < 1 || layer > m_layerCount)
        return 1.0;
    return isSequential(m_network->layer(layer).activation) ? 0.25 : 1.0;
}

double SceneFrame::target(int neuron) const
{
    if (!hasTarget() || neuron < 0 || neuron >= m_trace->target.rows())
        return kNaN;
    return m_trace->target(neuron, 0);
}

QColor SceneFrame::neuronColor(int layer, int neuron, NeuronQuantity q) const
{
    double value = 0.0;
    switch (q) {
    case NeuronQuantity::Blank: return blankColor();
    case NeuronQuantity::Input:
    case NeuronQuantity::Activation:
        value = activation(layer, neuron);
        if (!std::isfinite(value))
            return palette::alarmColor();
        if (hasSignedActivation(layer))
            return palette::signedColor(value, activationScale(layer));
        return palette::activationColor(value);
    case NeuronQuantity::Delta:
        // A δ the class is predicting is grey, as a zero would be: its colour must not tell.
        if (isDeltaConcealed(layer, neuron))
            return palette::signedColor(0.0, 1.0);
        value = delta(layer, neuron);
        if (!std::isfinite(value))
            return palette::alarmColor();
        return palette::signedColor(value, m_scales.delta);
    case NeuronQuantity::Derivative:
        value = derivative(layer, neuron);
        if (!std::isfinite(value))
            return palette::alarmColor();
        return palette::activationColor(value / derivativeMax(layer));
    }
    return blankColor();
}

QColor SceneFrame::neuronFill(int layer, int neuron) const
{
    const NeuronLayerState &state = neurons(layer);
    if (state.mix >= 1.0 || state.previous == state.shown)
        return neuronColor(layer, neuron, state.shown);
    return mixColors(neuronColor(layer, neuron, state.previous), neuronColor(layer, neuron, state.shown),
                     state.mix);
}

NeuronQuantity SceneFrame::printedQuantity(int layer) const
{
    const NeuronLayerState &state = neurons(layer);
    return state.mix >= 0.5 ? state.shown : state.previous;
}

} // namespace bp::ui
