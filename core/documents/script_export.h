#pragma once

#include "core/data/dataset.h"
#include "core/maths/network.h"
#include "core/training/trainer.h"
#include "core/maths/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bp {

/// The Python frameworks a network can be exported to.
enum class ScriptFramework {
    /// NumPy, written in the lecture's loop style: lists z, a, delta per layer, BP1–BP4 by hand.
    NumPy,
    /// PyTorch: nn.Linear layers, torch's own activations and loss, autograd and torch.optim.
    PyTorch,
};

/// "numpy" / "pytorch" (also "torch"), for the command line.
std::optional<ScriptFramework> parseScriptFramework(std::string_view name);
std::string_view scriptFrameworkName(ScriptFramework framework);

/// Training that the exported script runs after the traced step, from the same initial weights.
struct ScriptTraining {
    /// The training samples (inputs (n₀ × m), targets (n_L × m)); held-out samples are not exported.
    Dataset dataset;
    /// Optimizer (kind, η, μ, β₁, β₂, ε) and batch size (0 = the whole set). Shuffling is refused:
    /// its order comes from our own generator, which the script does not have.
    TrainingSettings settings;
    std::int64_t epochs = 1;
};

/// What to export: a network, the sample of one traced SGD step and optionally training.
struct ScriptRequest {
    ScriptFramework framework = ScriptFramework::NumPy;
    Network network;
    /// The traced sample: x (n₀ × 1) and t (n_L × 1), and η of its SGD step (as `backprop-cli trace`).
    Matrix input;
    Matrix target;
    double learningRate = 0.5;
    std::optional<ScriptTraining> training;
    /// Where the network came from, for the script's opening comment (plain text, one line).
    std::string origin;
};

/// The most numbers (weights, biases and data values) an exported script holds: beyond that it is
/// no longer something a person reads.
inline constexpr std::int64_t kMaxScriptNumbers = 2'000'000;

/// "" when the framework computes exactly what the core computes for this request; otherwise the
/// reason it cannot, in one sentence (shuffled training, shapes that do not fit, too many numbers).
std::string scriptExportProblem(const ScriptRequest &request);

/// A self-contained Python 3 script (standard library and the framework only) holding the network's
/// weights. Run, it prints one JSON object with the keys of `backprop-cli trace` — loss,
/// learning_rate, layers (z, a, delta, grad_weights, grad_biases per layer) and updated — computed by
/// the framework; with training, also "training": {"optimizer", "batch", "epoch_loss": [E after each
/// epoch over the training set]}, and a line per epoch on stderr. Throws InputError with
/// scriptExportProblem() when the request cannot be exported exactly.
std::string exportScript(const ScriptRequest &request);

} // namespace bp
