#include "ui/window/phase_moment.h"

#include "core/maths/metrics.h"

namespace bp::ui {

namespace {

// The snapshot as it was before its step: what the worker would have published just before it.
SnapshotPointer beforeStep(const TrainingSnapshot &after)
{
    auto before = std::make_shared<TrainingSnapshot>(after);
    const Trace &trace = *after.trace;
    const Dataset &data = *after.dataset;
    before->network = std::make_shared<const Network>(trace.before);
    if (!after.sampleActivations.empty())
        before->sampleActivations = activationsOf(trace.before, data.inputs);
    // Saturated and dead units of the network before the step, as the graph shows them until the update.
    before->saturation = std::make_shared<const SaturationReport>(
        before->sampleActivations.empty() ? saturationOf(trace.before, data.inputs)
                                          : saturationOf(trace.before, before->sampleActivations));
    before->shownActivations.assign(1, trace.input.col(0));
    for (const ForwardRecord &record : trace.forward)
        before->shownActivations.push_back(record.activation.col(0));
    const Evaluation evaluation = evaluate(trace.before, data.inputs, data.targets, data.targetKind());
    before->loss = evaluation.loss;
    before->accuracy = evaluation.accuracy;
    before->stepCount = std::max<std::int64_t>(0, after.stepCount - 1);
    return before;
}

} // namespace

bool PhaseMoment::showsAfter(const TrainingSnapshot &snapshot, int phaseIndex)
{
    if (!snapshot.trace || phaseIndex < 0 || phaseIndex >= static_cast<int>(snapshot.trace->phases.size()))
        return true;
    return snapshot.trace->phases[static_cast<std::size_t>(phaseIndex)].kind == PhaseKind::Update;
}

SnapshotPointer PhaseMoment::shown(const SnapshotPointer &snapshot, int phaseIndex)
{
    if (!snapshot || showsAfter(*snapshot, phaseIndex))
        return snapshot;
    return before(snapshot);
}

SnapshotPointer PhaseMoment::before(const SnapshotPointer &snapshot)
{
    if (!snapshot || !snapshot->trace)
        return snapshot;
    if (m_after != snapshot) {
        m_after = snapshot;
        m_before = beforeStep(*snapshot);
    }
    return m_before;
}

void PhaseMoment::give(const SnapshotPointer &after, const SnapshotPointer &before)
{
    m_after = after;
    m_before = before ? before : after;
}

} // namespace bp::ui
