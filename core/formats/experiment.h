#pragma once

#include "core/analysis/histogram_history.h"
#include "core/data/dataset.h"
#include "core/formats/json.h"
#include "core/training/live_change.h"
#include "core/maths/network.h"
#include "core/training/run_group.h"
#include "core/training/trainer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// How the run was being looked at: saved with it so a prepared lesson opens as the teacher left it.
struct ExperimentView {
    /// The sample on show.
    int shownSample = 0;
    /// The graph's zoom factor (1 = fit to the window).
    double zoom = 1.0;
    /// The selected neuron (selectedNeuron ≥ 0) of layer selectedLayer (0 = input, 1..L); −1: none.
    int selectedLayer = -1;
    int selectedNeuron = -1;
};

/// A run side by side with the experiment's own (#17): the same data, its own network, settings,
/// progress and history.
struct SiblingRun {
    /// How it differs from the experiment's own run.
    RunVariant variant;
    Network network;
    TrainingSettings settings;
    TrainerProgress progress;
    std::vector<EpochMetrics> history;
};

/// A whole run, as saved in an experiment file: the data, the network, the settings, the trainer's
/// progress (so training continues bit for bit as if it had never stopped) and the chart history.
struct Experiment {
    /// The lesson the run started from (a preset name), or "" for one built by hand.
    std::string lesson;
    std::uint64_t seed = 1;
    Dataset dataset;
    Network network;
    TrainingSettings settings;
    TrainerProgress progress;
    /// Epoch metrics, oldest first (thinned to at most kMaxSavedHistory when saved).
    std::vector<EpochMetrics> history;
    /// The live changes of the run (settings and edits), oldest first: the charts' markers.
    std::vector<LiveChange> changes;
    ExperimentView view;
    /// How the weights were first drawn (with seed): a sibling's initialisation differs from it.
    InitScheme init = InitScheme::Uniform;
    double initRange = 0.5;
    /// Runs side by side with this one (0 to kMaxSiblings), oldest first.
    std::vector<SiblingRun> siblings;
    /// The histograms over time of this run (a HistogramHistory's rows), oldest first; saved up to
    /// the run's epoch and within kMaxSavedHistogramValues (core/formats/histogram_json.h).
    std::vector<HistogramRowPointer> histograms;
};

inline constexpr std::size_t kMaxSavedHistory = 20'000;
/// The zoom factors a file may ask for (the graph clamps further to what it can show).
inline constexpr double kMinViewZoom = 0.1;
inline constexpr double kMaxViewZoom = 100.0;
inline constexpr std::int64_t kMaxExperimentBytes = 128LL * 1024 * 1024;

/// The experiment of a trainer now.
Experiment captureExperiment(const Trainer &trainer, std::string lesson, std::uint64_t seed,
                             std::vector<EpochMetrics> history = {}, ExperimentView view = {});

/// Adds an epoch to a history kept for saving, thinning it (every other entry, the newest kept)
/// whenever it passes 2 × kMaxSavedHistory: memory stays flat however long the run.
void appendToHistory(std::vector<EpochMetrics> &history, const EpochMetrics &metrics);

/// Throws saveExperiment's "not saved" InputError now, before training, when the trainer's run
/// with a history of `epochs` more epochs would be too large for the file's caps.
void requireSavableExperiment(const Trainer &trainer, std::int64_t epochs, const std::string &path);

/// A trainer that continues the experiment where it stopped. Throws InputError if it does not fit.
Trainer resumeTraining(const Experiment &experiment);

/// The sibling runs of a group (runs 2…) as saved, with their histories (index i − 1 for run i).
std::vector<SiblingRun> captureSiblings(const RunGroup &group, std::vector<std::vector<EpochMetrics>> histories);
/// The experiment's own run and its siblings as a group that continues where it stopped.
RunGroup resumeGroup(const Experiment &experiment);

/// The experiment format, version 3 when histograms are saved, else 2 when runs side by side are,
/// else 1 (which every earlier version of the program reads): {"format": "backprop-experiment",
/// "version": 1, "lesson", "seed",
/// "model": <the model format>, "training": {...}, "progress": {...}, "dataset": {...}, "history": [...],
/// "changes": [{"epoch", "step", "what", "layer", "neuron", "input", "from", "to"}, ...],
/// "view": {"shown_sample", "zoom", "selected": [layer, neuron] or null},
/// version 2 only: "init", "init_range", "runs": [{"variant": "lr=2", "model", "training", "progress",
/// "history"}, ...]}; version 3: "runs" (with "init" and "init_range") only when there are, and
/// "histograms": [...] (histogramsToJson); "changes" (and a change's
/// "layer", "neuron", "input"), "view" and each of its members are optional on reading (older files
/// have no changes and only "shown_sample"). Each number is the shortest text that reads back to the
/// same bits (formatNumber), in any locale.
/// withDataset = false leaves "dataset" out, for a reader that knows it (see experimentFromJson).
std::string experimentToJson(const Experiment &experiment, bool withDataset = true);

/// Reads a parsed experiment object, validating every shape before it allocates. With knownDataset,
/// "dataset" is not read and the run gets that dataset (which must fit its model). Throws InputError
/// with the place.
Experiment experimentFromJson(const JsonValue &root, std::string_view sourceName,
                              const Dataset *knownDataset = nullptr);

/// Reads an experiment, validating every shape before it allocates. Throws InputError with the place.
Experiment parseExperiment(std::string_view text, std::string_view sourceName);
Experiment loadExperiment(const std::string &path);
/// Writes atomically: an interrupted save leaves the previous file whole.
void saveExperiment(const std::string &path, const Experiment &experiment);

} // namespace bp
