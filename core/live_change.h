#pragma once

#include "core/dataset.h"
#include "core/network.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// What a live change altered.
enum class ChangeKind { LearningRate, Optimizer, BatchSize, Activation, Loss, Architecture, Data, Parameter };

/// One change made to a run while it lived (a setting or an edit): what changed, from what to what,
/// and when. The run's history keeps them beside its epochs, so snapshots, experiment files and the
/// charts' markers agree.
struct LiveChange {
    /// Completed epochs and updates made when the change was applied.
    std::int64_t epoch = 0;
    std::int64_t stepCount = 0;
    ChangeKind kind = ChangeKind::LearningRate;
    /// The layer l (1..L) of an Activation or Parameter change; 0 otherwise.
    int layer = 0;
    /// For a Parameter change: neuron j (0-based) and input k (0-based; −1 for the bias bˡⱼ).
    int neuron = -1;
    int input = -1;
    /// The value before and after, as a file writes it: a number ("0.5"), a name ("adam", "tanh",
    /// "cross-entropy"), layer sizes ("2-3-1") or a number of samples.
    std::string from;
    std::string to;
    /// The undoable edit that made it (0 for a setting): undoing the edit takes the change away.
    /// Not saved.
    std::uint64_t editId = 0;
    /// Counts the changes of a run in the order they were made (from 1), so a kept state knows which
    /// came after it. Not saved.
    std::uint64_t serial = 0;

    bool operator==(const LiveChange &) const = default;
};

/// Changes kept with a run (the oldest are dropped beyond this), and the longest from/to text read.
inline constexpr std::size_t kMaxLiveChanges = 10'000;
inline constexpr std::size_t kMaxChangeTextLength = 200;

/// The name of a kind in files ("learning_rate", "activation", ...), and back.
std::string_view changeKindName(ChangeKind kind);
std::optional<ChangeKind> parseChangeKind(std::string_view name);

/// "2-3-1": the sizes n₀ … n_L.
std::string sizesText(const Network &network);

/// The changes that turning (network, data) `before` into `after` makes, in this order: the layer
/// sizes (Architecture; then nothing more is said of the layers), else each layer whose activation
/// differs; the loss; the data (Data, from and to the numbers of samples). Empty when nothing
/// differs. Epoch and step are left 0 for the caller.
std::vector<LiveChange> describeModelChange(const Network &before, const Dataset &beforeData, const Network &after,
                                            const Dataset &afterData);

/// Appends a change, dropping the oldest beyond kMaxLiveChanges.
void appendChange(std::vector<LiveChange> &changes, LiveChange change);

/// Training resumed from a kept state: the changes of the future that no longer happens go. Those
/// were made after the state was kept (serial > keptAt) and before the run was put back to it
/// (serial ≤ restoredAt); a change made at the restored state itself stays.
void dropChangesBetween(std::vector<LiveChange> &changes, std::uint64_t keptAt, std::uint64_t restoredAt);

/// Removes the changes the edit `editId` made (it was undone). Returns how many went.
std::size_t removeChangesOfEdit(std::vector<LiveChange> &changes, std::uint64_t editId);

} // namespace bp
