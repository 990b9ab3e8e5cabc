#include "core/maths/trace.h"

#include <limits>

namespace bp {

std::vector<Phase> phasesOf(int layerCount)
{
    std::vector<Phase> phases;
    for (int l = 1; l <= layerCount; ++l)
        phases.push_back({PhaseKind::Forward, l});
    phases.push_back({PhaseKind::OutputError, layerCount});
    for (int l = layerCount - 1; l >= 1; --l)
        phases.push_back({PhaseKind::Backward, l});
    for (int l = layerCount; l >= 1; --l)
        phases.push_back({PhaseKind::Gradients, l});
    phases.push_back({PhaseKind::Update, 0});
    return phases;
}

Trace traceStep(Network &network, const Matrix &input, const Matrix &target,
                const OptimizerSettings &settings, OptimizerState &state, Workspace &ws)
{
    if (!ws.fits(network, 1))
        ws.resize(network, 1);
    ws.input = input;
    ws.target = target;

    Trace trace;
    trace.before = network;
    trace.input = input;
    trace.target = target;
    trace.optimizer = settings;
    const StepOutcome outcome = trainStep(network, ws, settings, state);
    trace.loss = outcome.loss;
    trace.finite = outcome.finite;
    trace.forward = ws.forward;
    trace.backward = ws.backward;
    if (outcome.lossNotFinite) {
        // The step stopped before the backward pass: its records hold nothing of this sample.
        for (BackwardRecord &record : trace.backward) {
            record.delta.setConstant(std::numeric_limits<double>::quiet_NaN());
            record.gradWeights.setConstant(std::numeric_limits<double>::quiet_NaN());
            record.gradBiases.setConstant(std::numeric_limits<double>::quiet_NaN());
        }
    }
    trace.after = network;
    trace.phases = phasesOf(network.layerCount());
    return trace;
}

Trace traceSgdStep(const Network &network, const Matrix &input, const Matrix &target, double learningRate)
{
    Network copy = network;
    OptimizerSettings settings;
    settings.kind = Optimizer::Sgd;
    settings.learningRate = learningRate;
    OptimizerState state;
    Workspace ws(copy, 1);
    return traceStep(copy, input, target, settings, state, ws);
}

} // namespace bp
