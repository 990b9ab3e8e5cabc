#pragma once

#include "core/backprop.h"
#include "core/dataset.h"
#include "core/metrics.h"
#include "core/network.h"
#include "core/optimizer.h"
#include "core/random.h"
#include "core/trace.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace bp {

/// How training walks the data. Every field may change between two steps.
struct TrainingSettings {
    OptimizerSettings optimizer;
    /// Samples per update: 1 is online SGD (the lecture's), 0 means the whole dataset (full batch).
    int batchSize = 1;
    /// Visit the samples in a new random order every epoch.
    bool shuffle = false;
    /// Seed of the shuffling order.
    std::uint64_t shuffleSeed = 1;
};

/// What one epoch did.
struct EpochMetrics {
    /// Number of the epoch, from 1.
    std::int64_t epoch = 0;
    /// Loss and accuracy of the network on the whole training set at the end of the epoch.
    double loss = 0.0;
    double accuracy = 0.0;
    /// Mean over the epoch's steps of each step's loss (before its update).
    double stepLoss = 0.0;
    /// Mean over the epoch's steps of ‖∂E/∂Wˡ‖ and mean |δˡ|, one entry per layer 1..L.
    std::vector<LayerStats> layers;
};

/// Everything a trainer remembers between steps besides the network, the data and the settings:
/// saved with an experiment, it lets training continue exactly as if it had never stopped.
struct TrainerProgress {
    std::int64_t epoch = 0;
    std::int64_t stepCount = 0;
    int positionInEpoch = 0;
    /// The order of the samples in the current epoch (a permutation of 0..m−1).
    std::vector<int> order;
    std::array<std::uint64_t, 4> shuffleState{};
    double lastLoss = 0.0;
    double epochLossSum = 0.0;
    std::int64_t epochSteps = 0;
    std::vector<LayerStats> epochStatSums;
    OptimizerState optimizerState;
};

/// Trains a network on a dataset one step at a time. Synchronous and deterministic: the same
/// network, data and settings give the same numbers. The caller owns the thread.
class Trainer {
public:
    /// Throws InputError when the dataset does not fit the network or a setting is invalid.
    Trainer(Network network, Dataset dataset, TrainingSettings settings = {});

    /// One update on the next batch of the epoch. Returns false when the step diverged (a non-finite
    /// loss or parameter): the network keeps its last finite weights and the trainer stays diverged
    /// until clearDivergence().
    bool step();

    /// Steps to the end of the current epoch (or through a whole new one, when the last step ended
    /// an epoch) and returns epochMetrics(). Stops early, with a partial epoch, when training
    /// diverges or when *abort becomes true (checked between steps).
    EpochMetrics runEpoch(const std::atomic<bool> *abort = nullptr);

    /// The current epoch's metrics so far: the step sums since it began, and an evaluation of the
    /// network on the whole training set now.
    EpochMetrics epochMetrics() const;
    /// True when the last step finished an epoch.
    bool isEpochComplete() const { return m_position >= m_dataset.sampleCount(); }

    /// One step on the single sample `index` (a real update, outside the epoch order), recorded
    /// phase by phase. Throws InputError for an index out of range.
    Trace traceSample(int index);

    const Network &network() const { return m_network; }
    const Dataset &dataset() const { return m_dataset; }
    const TrainingSettings &settings() const { return m_settings; }
    const OptimizerState &optimizerState() const { return m_optimizerState; }

    /// Completed epochs (counted by the step that completes one).
    std::int64_t epoch() const { return m_epoch; }
    /// Updates made (each batch, and each traced sample, is one).
    std::int64_t stepCount() const { return m_stepCount; }
    /// Samples seen in the current epoch so far.
    int positionInEpoch() const { return m_position; }
    /// The loss of the last step (mean over its batch) and its per-layer statistics.
    double lastLoss() const { return m_lastLoss; }
    const std::vector<LayerStats> &lastLayerStats() const { return m_lastStats; }

    bool isDiverged() const { return m_diverged; }
    /// A plain-words explanation of the divergence, for the user.
    const std::string &divergenceMessage() const { return m_divergenceMessage; }
    /// Leaves the diverged state (after the user lowered the learning rate, say).
    void clearDivergence();

    /// Setters validate and throw InputError, changing nothing, on a bad value. None touches W or b.
    void setLearningRate(double learningRate);
    void setOptimizer(Optimizer optimizer);
    void setBatchSize(int batchSize);
    void setShuffle(bool shuffle);
    void setActivation(int layer, Activation activation);
    void setLoss(Loss loss);
    /// Replaces the network (same input and output widths as the dataset), restarting the epoch.
    void setNetwork(Network network);
    /// Replaces the network and the data together, between two steps (an edit). Throws InputError,
    /// changing nothing, when they do not fit each other. The optimizer's memory is kept when the
    /// network keeps its shape, and the epoch goes on when the number of samples stays; otherwise
    /// both start again.
    void replaceModel(Network network, Dataset dataset);
    /// Sets wˡⱼₖ (k ≥ 0) or bˡⱼ (k = −1), 0-based j and k, l in 1..L. The caller checks the range.
    void setParameter(int layer, int j, int k, double value);
    /// What the trainer remembers between steps (see TrainerProgress).
    TrainerProgress progress() const;
    /// Continues a saved run. Throws InputError, changing nothing, when the progress does not fit
    /// this network and dataset (a wrong permutation, position or optimizer shape).
    void restoreProgress(const TrainerProgress &progress);

private:
    int effectiveBatchSize() const;
    void startEpoch();
    void loadBatch(Workspace &ws, int first);
    Workspace &workspaceFor(int batchSize);
    void markDiverged(const StepOutcome &outcome);
    void resetEpochSums();

    Network m_network;
    Dataset m_dataset;
    TargetKind m_targetKind = TargetKind::Binary;
    TrainingSettings m_settings;
    OptimizerState m_optimizerState;
    Random m_shuffleRandom;
    std::vector<int> m_order;
    // One workspace for full batches and one for the shorter last batch of an epoch, so a
    // batch size that does not divide the data still allocates nothing per step.
    Workspace m_workspace;
    Workspace m_tailWorkspace;
    Workspace m_traceWorkspace;
    // Mutable: evaluation is logically const but reuses this scratch memory.
    mutable Workspace m_evaluationWorkspace;
    std::int64_t m_epoch = 0;
    std::int64_t m_stepCount = 0;
    int m_position = 0;
    double m_lastLoss = 0.0;
    std::vector<LayerStats> m_lastStats;
    // Sums over the steps of the current epoch.
    double m_epochLossSum = 0.0;
    std::int64_t m_epochSteps = 0;
    std::vector<LayerStats> m_epochStatSums;
    bool m_diverged = false;
    std::string m_divergenceMessage;
};

/// Checks a learning rate (finite, > 0, ≤ kMaxLearningRate); returns the problem or "".
std::string learningRateProblem(double learningRate);

/// Cross-entropy (−t log a) needs targets from 0 to 1: the first sample (training, then test) whose
/// target is outside, named with its 1-based number, or "". The trainer refuses such data for that
/// loss wherever it meets it (construction, setLoss, setNetwork, replaceModel).
std::string crossEntropyTargetProblem(const Dataset &dataset);

} // namespace bp
