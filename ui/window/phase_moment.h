#pragma once

#include "core/training/training_snapshot.h"

namespace bp::ui {

/// Which moment the panels show while one step is played phase by phase. A snapshot that carries a
/// step (a trace) was taken after its update; until the update phase is on screen, every panel
/// (samples table and its counter, codes cube, gradient check, decision boundary, status bar) must
/// show the network before the step, as the graph and the equations do. (The charts need nothing:
/// a replayed step trains outside the epochs, so it never completes one.)
class PhaseMoment {
public:
    /// The snapshot the panels show when phase `phaseIndex` of snapshot's trace is on screen (−1:
    /// none). Before the update phase: a copy of snapshot with the network, the activations, the
    /// loss and the accuracy of trace.before, built once per step; otherwise snapshot itself.
    SnapshotPointer shown(const SnapshotPointer &snapshot, int phaseIndex);

    /// The snapshot the panels show before the update of snapshot's step (snapshot itself when it
    /// carries no step): built once per step, unless it was given.
    SnapshotPointer before(const SnapshotPointer &snapshot);

    /// A follower's moments come from the host (DESIGN.md: followers never recompute): `before` is
    /// what the panels show before the update of `after`'s step, as the host computed it (`after`
    /// itself when the host shows the run's numbers in every phase). Nothing is built for `after`.
    void give(const SnapshotPointer &after, const SnapshotPointer &before);

    /// Whether phase `phaseIndex` of snapshot's trace shows the network after the step.
    static bool showsAfter(const TrainingSnapshot &snapshot, int phaseIndex);

private:
    SnapshotPointer m_after;
    SnapshotPointer m_before;
};

} // namespace bp::ui
