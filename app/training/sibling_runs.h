#pragma once

#include "core/formats/experiment.h"
#include "core/training/run_group.h"
#include "core/training/trainer.h"
#include "core/training/training_snapshot.h"

#include <atomic>
#include <optional>
#include <vector>

namespace bp {

/// The runs side by side beside the worker's live trainer (the run in focus). The worker keeps
/// the focus as it always has; this keeps the others, steps them in lockstep with it (one step of
/// each in turn, through their own Trainers) and swaps a run into focus. Qt-free.
class SiblingRuns {
public:
    bool isComparing() const { return !m_runs.empty(); }
    int runCount() const { return static_cast<int>(m_runs.size()); }
    int focus() const { return m_focus; }

    /// Starts siblings beside `focus`, which becomes run 0 (the original). Throws InputError
    /// naming the sibling at fault, changing nothing.
    void start(const Trainer &focus, const RunOrigin &origin, const std::vector<RunVariant> &variants);
    /// Continues an experiment's saved siblings beside its own run (run 0, in focus). Throws InputError.
    void restore(const Experiment &experiment);
    /// How the weights of the run in focus were drawn: the lesson's `origin`, with the focus's
    /// own initialisation when it is a sibling that re-drew them (init=he, init-range=0.5).
    RunOrigin focusOrigin(const RunOrigin &origin) const;
    /// The siblings' variants (runs 1…), to start them again after a reset.
    std::vector<RunVariant> variants() const;
    void clear();

    /// One step of every run but the focus (a diverged run stays where it is).
    void step();
    /// The rest of the current epoch of every run but the focus.
    void runEpoch(const std::atomic<bool> *abort);

    /// Makes run `index` the focus: its trainer and history change places with the focus's
    /// (`trainer`, `history`). Returns false for an index out of range or the focus itself.
    bool setFocus(int index, std::optional<Trainer> &trainer, std::vector<EpochMetrics> &history);

    /// Every run's summary for a snapshot, taking the epochs not yet sent. `withCodes` counts
    /// distinct hidden codes (small datasets only).
    std::vector<RunSummary> summaries(const Trainer &focus, bool withCodes);
    /// Sends every run's whole history again with the next summaries (the charts start over).
    void resend();
    /// True once after start, restore, setFocus and resend: the snapshot's runsRestarted.
    bool takeRestarted();

    /// Puts the runs into the experiment of the focus run: run 0 becomes the experiment's own run,
    /// the others its siblings.
    void fill(Experiment &experiment, const Trainer &focus,
              const std::vector<EpochMetrics> &focusHistory) const;

private:
    struct Run {
        // Empty for the run in focus (it lives in the worker).
        std::optional<Trainer> trainer;
        RunVariant variant;
        std::vector<EpochMetrics> history;
        std::vector<EpochMetrics> pending;
    };
    void record(Run &run);

    std::vector<Run> m_runs;
    RunOrigin m_origin;
    int m_focus = 0;
    bool m_restarted = false;
};

} // namespace bp
