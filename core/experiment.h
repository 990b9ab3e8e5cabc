#pragma once

#include "core/dataset.h"
#include "core/network.h"
#include "core/trainer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

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
    /// The sample on show.
    int shownSample = 0;
};

inline constexpr std::size_t kMaxSavedHistory = 20'000;
inline constexpr std::int64_t kMaxExperimentBytes = 128LL * 1024 * 1024;

/// The experiment of a trainer now.
Experiment captureExperiment(const Trainer &trainer, std::string lesson, std::uint64_t seed,
                             std::vector<EpochMetrics> history = {}, int shownSample = 0);

/// A trainer that continues the experiment where it stopped. Throws InputError if it does not fit.
Trainer resumeTraining(const Experiment &experiment);

/// The experiment format, version 1: {"format": "backprop-experiment", "version": 1, "lesson", "seed",
/// "model": <the model format>, "training": {...}, "progress": {...}, "dataset": {...}, "history": [...],
/// "view": {"shown_sample"}}. Numbers with 17 significant digits, so reading gives back the same bits.
std::string experimentToJson(const Experiment &experiment);

/// Reads an experiment, validating every shape before it allocates. Throws InputError with the place.
Experiment parseExperiment(std::string_view text, std::string_view sourceName);
Experiment loadExperiment(const std::string &path);
/// Writes atomically: an interrupted save leaves the previous file whole.
void saveExperiment(const std::string &path, const Experiment &experiment);

} // namespace bp
