#pragma once

#include "core/formats/experiment.h"
#include "core/maths/trace.h"
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
/// What is left out: the trainer's sample order, its shuffling state and the optimizer's moments
/// (the snapshot the window draws does not hold them). The run's progress is written as a fresh
/// epoch order, so a student's private copy ("Explore on my own") continues from the lecturer's
/// weights and settings, not bit for bit the lecturer's future.
struct ShownState {
    /// The lecturer's run id (a new lesson, reset or file bumps it) and a count of states sent.
    std::uint64_t hostRunId = 0;
    std::uint64_t serial = 0;
    /// Lesson, seed, data, network, settings, epoch counters, history (thinned to
    /// kMaxShownHistory), live changes and the sample on show (view.shownSample).
    Experiment run;
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
    std::vector<TimelineMark> timeline;
    std::uint64_t timelinePosition = 0;

    /// The step being replayed (null: none) with an id that changes with the step, and the phase of
    /// it on screen (−1: none). For networks of more than kMaxShownTraceParameters parameters the
    /// step does not travel (its three copies of the weights would be megabytes per message).
    std::shared_ptr<const Trace> trace;
    std::uint64_t traceId = 0;
    int phaseIndex = -1;

    ShownSelection selection;
    bool spotlight = false;
    /// View ▸ σ′ on the graph.
    bool showDerivative = false;
    ShownQuiz quiz;
};

/// The largest state message read (checked before parsing): the class server forwards at most this.
inline constexpr std::int64_t kMaxShownStateBytes = 4LL * 1024 * 1024;
/// Epochs of history a state carries (thinned evenly, the newest kept).
inline constexpr std::size_t kMaxShownHistory = 1'000;
/// The largest network whose replayed step travels, in parameters.
inline constexpr std::int64_t kMaxShownTraceParameters = 50'000;
/// The largest number of values in sampleActivations that travels.
inline constexpr std::int64_t kMaxShownSampleValues = 20'000;

/// The state of a window showing `snapshot` (with `history`, the run's epochs so far, oldest first).
/// The caller adds the trace, phase, selection, spotlight and quiz.
ShownState shownStateOf(const TrainingSnapshot &snapshot, const std::vector<EpochMetrics> &history);

/// The snapshot a follower's window draws for `state` (runId and serial are the follower's own).
/// newEpochs holds the state's whole history; the trace is the state's.
TrainingSnapshot snapshotOf(const ShownState &state, std::uint64_t runId, std::uint64_t serial);

/// True when dataset is the one lesson `preset` builds with this seed, value for value.
bool isPresetDataset(const Dataset &dataset, const std::string &preset, std::uint64_t seed);

/// The state message, version 1: {"format": "backprop-shown-state", "version": 1, "host_run",
/// "serial", "dataset_preset", "run": <the experiment format, without "dataset" when dataset_preset
/// names a lesson>, "shown": {...the numbers the panels draw}, "trace": {...} or null, "phase",
/// "selection", "spotlight", "derivative", "quiz"}. Every number is the shortest text that reads
/// back to the same bits; a non-finite one (a diverged step) is "NaN", "Infinity" or "-Infinity".
std::string shownStateToJson(const ShownState &state);

/// Reads a state message from the network: size capped, every field validated against the run's
/// shapes before anything is allocated. Throws InputError naming the place and the problem.
ShownState parseShownState(std::string_view text, std::string_view sourceName);

} // namespace bp
