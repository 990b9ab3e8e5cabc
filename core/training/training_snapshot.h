#pragma once

#include "core/analysis/histogram_history.h"
#include "core/data/dataset.h"
#include "core/formats/experiment.h"
#include "core/training/live_change.h"
#include "core/training/run_group.h"
#include "core/maths/network.h"
#include "core/maths/saturation.h"
#include "core/training/timeline.h"
#include "core/maths/trace.h"
#include "core/training/trainer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace bp {

/// One of the runs side by side, as the charts and the strip of runs show it.
struct RunSummary {
    /// Its place in the group: 0 is the original; also its line style in every chart.
    int index = 0;
    /// The settings that differ between the runs, with this run's values (the UI translates them).
    std::vector<LabelPart> label;
    /// Its newest weights (the landscape draws each run's path) and settings.
    std::shared_ptr<const Network> network;
    TrainingSettings settings;
    std::int64_t epoch = 0;
    /// Loss and accuracy on the whole training set at its newest epoch (or now, for small sets).
    double loss = 0.0;
    double accuracy = 0.0;
    /// Distinct hidden codes of its bottleneck layer (−1: no bottleneck, or a large dataset).
    int distinctCodes = -1;
    bool diverged = false;
    /// Its epochs since the previous snapshot, oldest first; empty for the run in focus, whose
    /// epochs are TrainingSnapshot::newEpochs.
    std::vector<EpochMetrics> newEpochs;
};

/// What training looks like at one moment, as the worker thread tells the GUI. Immutable once
/// published and shared between threads; the GUI keeps only the newest.
struct TrainingSnapshot {
    /// Bumped by every reset or new lesson: snapshots of an older run are dropped.
    std::uint64_t runId = 0;
    /// Counts the snapshots of a run, from 1.
    std::uint64_t serial = 0;

    bool running = false;
    bool diverged = false;
    std::string divergenceMessage;

    std::string presetName;
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const Network> network;
    TrainingSettings settings;
    std::uint64_t seed = 1;

    std::int64_t epoch = 0;
    std::int64_t stepCount = 0;
    int positionInEpoch = 0;
    double lastLoss = 0.0;
    std::vector<LayerStats> lastStats;
    /// Loss and accuracy on the whole training set now.
    double loss = 0.0;
    double accuracy = 0.0;
    /// Epochs completed since the previous snapshot the GUI received, oldest first (thinned to at
    /// most a few thousand when training outruns the display).
    std::vector<EpochMetrics> newEpochs;
    /// Histogram rows taken since the previous snapshot the GUI received, oldest first: only while
    /// they are wanted (TrainingController::setHistogramsEnabled), at the epochs
    /// HistogramHistory::isScheduled keeps, plus one at once when they are turned on or a run
    /// starts. The GUI keeps the bounded history.
    std::vector<HistogramRowPointer> newHistograms;
    /// True when newHistograms are the whole history of the run on show (another run came into
    /// focus): the GUI forgets the rows it has.
    bool histogramsRestarted = false;
    /// Training throughput over the last second of running.
    double samplesPerSecond = 0.0;

    /// The sample shown in the graph, and the activations of every layer for it: index 0 = x,
    /// index l = aˡ.
    int shownSample = 0;
    std::vector<Vector> shownActivations;
    /// For small datasets (≤ 256 samples): aˡ of every layer for every sample, index l − 1 holds
    /// (nₗ × m). Empty for larger datasets.
    std::vector<Matrix> sampleActivations;
    /// Saturated and dead units of the network over the training set (from sampleActivations when
    /// there are, else a forward pass over at most kSaturationSampleLimit samples); null when unknown.
    std::shared_ptr<const SaturationReport> saturation;

    /// Edits (model and parameter edits, applied or refused) the worker has handled since it
    /// started: the GUI compares it with the edits it sent to know when an edit is on show.
    std::uint64_t editsHandled = 0;

    /// The step just recorded by "step sample", or null.
    std::shared_ptr<const Trace> trace;

    /// The states kept for going back (oldest first), shared between snapshots until it changes.
    std::shared_ptr<const std::vector<TimelineMark>> timeline;
    /// The id of the kept state the run was put back to and has not left yet, or 0 when the run is
    /// at its newest state. The states after it stay until training resumes from it.
    std::uint64_t timelinePosition = 0;
    /// True when newEpochs holds the whole history again, because training resumed from an earlier
    /// state and the later epochs were dropped: the charts start over from it.
    bool historyRestarted = false;
    /// The live changes of the run (settings and edits; an undone edit's are gone), oldest first,
    /// shared between snapshots until they change: the charts' markers.
    std::shared_ptr<const std::vector<LiveChange>> changes;
    /// How the run is viewed (the zoom and selection of an opened experiment file).
    ExperimentView view;

    /// Runs side by side (#17), in group order; empty when the run is alone. Everything above is
    /// the run in focus, runs[focusRun].
    std::vector<RunSummary> runs;
    int focusRun = 0;
    /// True when every run's newEpochs holds its whole history again (the focus changed, a file
    /// was opened, the comparison started): the charts' overlays start over from it.
    bool runsRestarted = false;
};

using SnapshotPointer = std::shared_ptr<const TrainingSnapshot>;

} // namespace bp
