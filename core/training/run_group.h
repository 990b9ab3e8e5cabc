#pragma once

#include "core/maths/activation.h"
#include "core/maths/network.h"
#include "core/maths/optimizer.h"
#include "core/training/trainer.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// How a sibling run differs from its original: every unset field is the original's.
struct RunVariant {
    std::optional<double> learningRate;
    std::optional<Optimizer> optimizer;
    /// Samples per update (0 = full batch).
    std::optional<int> batchSize;
    /// A different initialisation re-draws the weights from the original's seed.
    std::optional<InitScheme> init;
    /// r of the uniform initialisation U(−r, r); re-draws the weights from the original's seed.
    std::optional<double> initRange;
    /// (layer l in 1..L, activation); layer 0 stands for every hidden layer 1..L−1.
    std::vector<std::pair<int, Activation>> activations;

    bool redrawsWeights() const { return init.has_value() || initRange.has_value(); }
    bool isEmpty() const;
    bool operator==(const RunVariant &) const = default;
};

/// The most siblings beside the original (2–4 runs in all).
inline constexpr int kMaxSiblings = 3;

/// Reads "lr=2,optimizer=adam,batch=4,init=xavier,init-range=2,activation=relu,activation2=tanh"
/// (keys: lr, optimizer, batch, init, init-range, activation for every hidden layer, activationN for
/// layer N; "eta" is lr); an empty text is a sibling with the original's settings. Throws
/// InputError naming the key or value at fault.
RunVariant parseRunVariant(std::string_view text);
/// The canonical text of a variant (the keys in the order above), as parseRunVariant reads it.
std::string runVariantToText(const RunVariant &variant);

/// Where the weights of a run came from, so an initialisation difference can re-draw them.
struct RunOrigin {
    std::uint64_t seed = 1;
    InitScheme init = InitScheme::Uniform;
    double initRange = 0.5;
};

/// One part of a run's label: which setting and its value in this run, e.g. {"η", "0.5"}.
/// The key is one of "η", "optimizer", "batch", "init", "init-range", "f" (every hidden layer) or
/// "fN" (layer N); the UI translates the key and the value's names.
struct LabelPart {
    std::string key;
    std::string value;
};

/// Each run's label parts (see RunGroup::labelParts) for runs held elsewhere (the worker's):
/// runs[i] with variants[i] (variants[0] empty, the original).
std::vector<std::vector<LabelPart>> labelPartsOf(const std::vector<const Trainer *> &runs,
                                                 const std::vector<RunVariant> &variants,
                                                 const RunOrigin &origin);

/// A label's parts in English words: "η = 0.5, SGD", "Adam", "batch 4", "xavier init", "U(±2)",
/// "hidden relu", "layer 2 tanh".
std::string labelText(const std::vector<LabelPart> &parts);

/// A group of 2–4 runs from the same seed and the same weights, differing in some settings, trained
/// in lockstep (an epoch or a step of each in turn) by ordinary Trainers: run 0 is the original.
/// Each run equals the same run trained alone, bit for bit.
class RunGroup {
public:
    /// The original continues as it is; each sibling starts from its weights (or re-drawn ones) and
    /// progress (sample order, counters) with its own settings; its optimizer memory is kept only
    /// when it has the original's optimizer and weights. Throws InputError, naming the sibling
    /// (1-based), for a setting that does not fit, or for more than kMaxSiblings.
    RunGroup(Trainer original, RunOrigin origin, std::vector<RunVariant> variants);
    /// A group continuing where it stopped (read from a file): runs[0] is the original, variants[0]
    /// empty. Throws InputError when the runs do not share their dataset's shape or are too many.
    static RunGroup restore(std::vector<Trainer> runs, RunOrigin origin, std::vector<RunVariant> variants);

    int runCount() const { return static_cast<int>(m_runs.size()); }
    Trainer &run(int index) { return m_runs[static_cast<std::size_t>(index)]; }
    const Trainer &run(int index) const { return m_runs[static_cast<std::size_t>(index)]; }
    /// The variant of run `index` (run 0's is empty).
    const RunVariant &variant(int index) const { return m_variants[static_cast<std::size_t>(index)]; }
    const RunOrigin &origin() const { return m_origin; }

    /// One epoch of each run in turn (a diverged run is skipped: it keeps its last metrics).
    /// Returns each run's epochMetrics(). Stops early when *abort becomes true.
    std::vector<EpochMetrics> runEpoch(const std::atomic<bool> *abort = nullptr);
    /// One step of each run that has not diverged; true when at least one stepped.
    bool step();

    /// Each run's label, naming the settings any sibling changes with this run's values:
    /// {"η = 0.5", "η = 2"}, or "η = 0.5, SGD" … when two settings differ.
    std::vector<std::vector<LabelPart>> labelParts() const;
    std::vector<std::string> labels() const;
    /// "η = 0.5 vs η = 2".
    std::string title() const;

private:
    RunGroup() = default;

    RunOrigin m_origin;
    std::vector<Trainer> m_runs;
    std::vector<RunVariant> m_variants;
};

/// The network and settings of `original` as the variant changes them (weights re-drawn from the
/// origin's seed when it asks). Throws InputError for an activation that does not fit.
Network variantNetwork(const Network &original, const RunOrigin &origin, const RunVariant &variant);
TrainingSettings variantSettings(const TrainingSettings &original, const RunVariant &variant);

} // namespace bp
