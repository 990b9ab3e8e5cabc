#pragma once

#include "core/formats/experiment.h"
#include "core/maths/saturation.h"
#include "core/maths/trace.h"
#include "core/session/shown_boundary.h"
#include "core/session/shown_gradient_check.h"
#include "core/session/shown_histograms.h"
#include "core/session/shown_landscape.h"
#include "core/training/timeline.h"
#include "core/training/training_snapshot.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// What is selected on the lecturer's screen: a neuron, a weight (an edge) or nothing (the
/// window's Selection without Qt).
struct ShownSelection {
    enum class Kind { None, Neuron, Edge };
    Kind kind = Kind::None;
    /// The neuron's layer (0 = input, 1..L); for an edge, the layer l of wˡⱼₖ.
    int layer = 0;
    /// Neuron j of that layer.
    int neuron = 0;
    /// For an edge: neuron k of layer l − 1.
    int from = 0;

    bool operator==(const ShownSelection &) const = default;
};

/// The predict-then-reveal question on the lecturer's screen, so that a follower hides the same
/// value until the reveal. The answer itself is not sent.
struct ShownQuiz {
    enum class Kind { None, WeightChangeSign, LargerOutputDelta };
    Kind kind = Kind::None;
    /// The phase of the trace the question belongs to.
    int phaseIndex = -1;
    ShownSelection subject;
    ShownSelection other;
    /// True once the lecturer revealed the value.
    bool revealed = false;

    bool operator==(const ShownQuiz &) const = default;
};

/// Everything the lecturer's window shows, as it travels to the students' windows (DESIGN.md,
/// "Across the room"): the run as the experiment format holds it, the numbers the panels draw (so a
/// follower shows the host's numbers and never recomputes them), the step being replayed, the phase
/// on screen, the selection, the spotlight and the quiz.
///
/// A follower only displays what arrives: while a phase before the step's update is on show it
/// shows the numbers of the network before the step as the host computed them (beforeStep), never
/// its own recomputation (DESIGN.md: processors differ).
///
/// What is left out: the trainer's sample order, its shuffling state and the optimizer's moments
/// (the snapshot the window draws does not hold them). The run's progress is written as a fresh
/// epoch order, so a student's private copy ("Explore on my own") continues from the lecturer's
/// weights and settings, not bit for bit the lecturer's future.
struct ShownState {
    /// The lecturer's run id (a new lesson, reset or file bumps it) and a count of states sent.
    std::uint64_t hostRunId = 0;
    std::uint64_t serial = 0;
    /// Lesson, seed, data, network, settings, epoch counters, live changes, the sample on show
    /// (view.shownSample) and in run.history the epochs this state brings (see historyWhole).
    Experiment run;
    /// The host's history of the run: its id (a new one when it starts over or is thinned), and its
    /// length after the epochs in run.history. historyWhole: run.history is the whole history
    /// (thinned evenly to kMaxShownHistory, the newest kept); else it holds the epochs after those of
    /// the previous state, historyEnd − run.history.size() … historyEnd − 1, and a follower that
    /// missed a state waits for the next whole one (the host sends one on every join and within
    /// seconds of any other).
    std::uint64_t historyId = 0;
    bool historyWhole = true;
    std::uint64_t historyEnd = 0;
    /// The rows of the lecturer's histograms over time, whole or the new ones (ShownHistograms).
    ShownHistograms histograms;
    /// The decision boundary the lecturer's panel shows: none, whole, or unchanged (ShownPicture).
    ShownPicture<ShownBoundary> boundary;
    /// The loss over two weights the lecturer's panel shows (none while it is hidden), and the path the
    /// run took through that plane: whole, or unchanged (ShownPicture).
    ShownPicture<LossLandscape> landscape;
    ShownPicture<ShownLandscapePath> landscapePath;
    /// The lecturer's gradient check (none before the first one): whole when it is new or turned
    /// stale, else by id (ShownPicture).
    ShownPicture<ShownGradientCheck> gradientCheck;
    /// The lesson whose own dataset the run trains on ("" when the data travels whole): a follower
    /// rebuilds it from its own copy of the lesson instead of receiving it (the digits are 1,797 samples).
    std::string datasetPreset;

    bool running = false;
    bool diverged = false;
    std::string divergenceMessage;
    double loss = 0.0;
    double accuracy = 0.0;
    double lastLoss = 0.0;
    double samplesPerSecond = 0.0;
    std::vector<LayerStats> lastStats;
    /// As TrainingSnapshot: index 0 = x, index l = aˡ of the sample on show.
    std::vector<Vector> shownActivations;
    /// As TrainingSnapshot: aˡ of every sample, (nₗ × m) at index l − 1; empty for large data.
    std::vector<Matrix> sampleActivations;
    /// Saturated and dead units of the network on show (null: unknown).
    std::shared_ptr<const SaturationReport> saturation;
    std::vector<TimelineMark> timeline;
    std::uint64_t timelinePosition = 0;

    /// The step being replayed (null: none) with an id that changes with the step, and the phase of
    /// it on screen (−1: none). For networks of more than kMaxShownTraceParameters parameters the
    /// step does not travel (its three copies of the weights would be megabytes per message).
    std::shared_ptr<const Trace> trace;
    std::uint64_t traceId = 0;
    int phaseIndex = -1;
    /// The numbers the panels show until the step's update phase, of the network before the step:
    /// present when the host shows them (its snapshot carries the step on show), else the panels show
    /// the run's numbers above in every phase. The activations of the sample are the trace's.
    struct BeforeStep {
        double loss = 0.0;
        double accuracy = 0.0;
        /// As sampleActivations (empty when those are).
        std::vector<Matrix> sampleActivations;
        std::shared_ptr<const SaturationReport> saturation;
    };
    std::shared_ptr<const BeforeStep> beforeStep;

    ShownSelection selection;
    bool spotlight = false;
    /// View ▸ σ′ on the graph.
    bool showDerivative = false;
    ShownQuiz quiz;
};

/// The version of the state message written and the only one read.
inline constexpr int kShownStateVersion = 7;
/// The largest state message read (checked before parsing): the class server forwards at most this.
inline constexpr std::int64_t kMaxShownStateBytes = 4LL * 1024 * 1024;
/// Epochs of history a state carries (thinned evenly, the newest kept): the points a chart line
/// keeps exactly (ui/charts/series_buffer.h, SeriesBuffer::kDefaultCapacity), so that a follower
/// joining late draws the same points as the host for runs of up to that many epochs.
inline constexpr std::size_t kMaxShownHistory = 4'096;
/// The largest network whose replayed step travels, in parameters.
inline constexpr std::int64_t kMaxShownTraceParameters = 50'000;
/// The largest number of values in sampleActivations that travels.
inline constexpr std::int64_t kMaxShownSampleValues = 20'000;

/// The state of a window showing `snapshot` (with `history`, the run's epochs so far, oldest first,
/// which travels whole). The caller adds the trace, phase, selection, spotlight and quiz.
ShownState shownStateOf(const TrainingSnapshot &snapshot, const std::vector<EpochMetrics> &history);

/// The numbers `before` (the snapshot the panels show before a step's update) holds for the state.
ShownState::BeforeStep shownBeforeStepOf(const TrainingSnapshot &before);

/// The snapshot a follower's window draws for `state` (runId and serial are the follower's own).
/// newEpochs holds the state's run.history (historyRestarted: when it is whole); the trace is the
/// state's.
TrainingSnapshot snapshotOf(const ShownState &state, std::uint64_t runId, std::uint64_t serial);

/// What a follower's panels show before the update of `after`'s step: `after` with the network
/// before the step, the sample's activations of the trace and the state's beforeStep numbers,
/// nothing computed. `after` itself when the state has no beforeStep (the host shows the run's
/// numbers in every phase then).
TrainingSnapshot beforeStepSnapshotOf(const ShownState &state, const TrainingSnapshot &after);

/// True when dataset is the one lesson `preset` builds with this seed, value for value.
bool isPresetDataset(const Dataset &dataset, const std::string &preset, std::uint64_t seed);

/// The state message, version 7: {"format": "backprop-shown-state", "version": 4, "host_run",
/// "serial", "dataset_preset", "run": <the experiment format, without "dataset" when dataset_preset
/// names a lesson>, "history": {"id", "whole", "end"}, "histograms": {"id", "whole", "after",
/// "rows"} (shownHistogramsToJson), "boundary": null, {"id", "whole": false} or {"id", "whole": true,
/// "extent", "resolution", "values"} (shownBoundaryToJson), "landscape" and "landscape_path" likewise
/// (shownLandscapeToJson, shownLandscapePathToJson), "gradient_check" (shownGradientCheckToJson), "shown":
/// {...the numbers the panels draw, "saturation"}, "trace": {..., "shown_before": {"loss", "accuracy",
/// "sample_activations", "saturation"} or null} or null, "phase", "selection", "spotlight", "derivative",
/// "quiz"}. (Version 1 had neither "history", "saturation" nor "shown_before": its followers recomputed;
/// version 2 had no "histograms", version 3 no "boundary", version 4 sent the boundary's grid whole with
/// every state, version 5 had no "landscape", version 6 no "gradient_check".) Every number is the shortest
/// text that reads back to the same bits; a non-finite one (a diverged step) is "NaN", "Infinity" or
/// "-Infinity".
std::string shownStateToJson(const ShownState &state);

/// Reads a state message from the network: size capped, every field validated against the run's
/// shapes before anything is allocated. Throws InputError naming the place and the problem.
ShownState parseShownState(std::string_view text, std::string_view sourceName);

} // namespace bp
