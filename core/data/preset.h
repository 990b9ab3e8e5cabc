#pragma once

#include "core/data/dataset.h"
#include "core/maths/network.h"
#include "core/training/run_group.h"
#include "core/training/trainer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// A ready lesson: a dataset and a network and settings that learn it.
struct Preset {
    std::string name;
    /// A short title for menus, e.g. "8-3-8 autoencoder".
    std::string title;
    Dataset dataset;
    std::vector<int> layers;
    std::vector<Activation> activations;
    Loss loss = Loss::HalfSquaredError;
    InitScheme init = InitScheme::Uniform;
    /// r of InitScheme::Uniform's U(−r, r) (0.5, the lecture's demo).
    double initRange = 0.5;
    TrainingSettings training;
    /// Epochs that usually suffice, for the command line's default.
    int epochs = 1000;
    /// Runs the lesson starts side by side with its own (0 to kMaxSiblings), from the same seed.
    std::vector<RunVariant> siblings;

    /// The network of this preset, initialised with the seed.
    Network makeNetwork(std::uint64_t seed) const;
};

/// The names makePreset knows: the identifiers of core/data/lesson_registry.h's table, in its order.
std::vector<std::string> presetNames();

/// Builds a preset; the seed also draws the points of the 2-D sets. Throws InputError for an
/// unknown name.
Preset makePreset(std::string_view name, std::uint64_t seed = 1);

/// The default learning rate of online SGD on the 4-2-4 and 16-4-16 encoders (logistic, uniform ±0.5).
inline constexpr double kEncoderLearningRate = 2.0;
/// The 8-3-8 lesson's learning rate and length: of seeds 1–50, the most reach 8 distinct hidden
/// codes (45 within 1000 epochs, against 39 at η = 2); bench/encoder_codes.py, docs/lessons.md.
inline constexpr double kEncoder838LearningRate = 10.0;
inline constexpr int kEncoder838Epochs = 1000;

/// The Optimizers lesson: online SGD on the 8-3-8 at this rate, for this many epochs.
inline constexpr double kOptimizersLearningRate = 2.0;
inline constexpr int kOptimizersEpochs = 1000;
/// The Saturation lesson: r of the initial U(−r, r) (ten times the lecture's 0.5), and its length.
inline constexpr double kSaturationInitRange = 5.0;
inline constexpr int kSaturationEpochs = 2000;
/// The Initialisation lesson's length.
inline constexpr int kInitialisationEpochs = 200;

} // namespace bp
