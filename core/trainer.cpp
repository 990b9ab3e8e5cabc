#include "core/trainer.h"

#include "core/error.h"
#include "core/number_format.h"

#include <cmath>
#include <numeric>

namespace bp {

std::string learningRateProblem(double learningRate)
{
    if (!std::isfinite(learningRate) || learningRate <= 0.0 || learningRate > kMaxLearningRate)
        return "the learning rate must be a number greater than 0 and at most " +
               formatNumber(kMaxLearningRate) + ", not " + formatNumber(learningRate);
    return {};
}

std::string crossEntropyTargetProblem(const Dataset &dataset)
{
    auto check = [](const Matrix &targets, const char *kind) -> std::string {
        for (Eigen::Index col = 0; col < targets.cols(); ++col) {
            for (Eigen::Index row = 0; row < targets.rows(); ++row) {
                const double t = targets(row, col);
                if (!(t >= 0.0 && t <= 1.0))
                    return std::string(kind) + " " + std::to_string(col + 1) + " has the target t" +
                           std::to_string(row + 1) + " = " + formatNumber(t) +
                           "; cross-entropy needs targets from 0 to 1 (or choose the half squared error)";
            }
        }
        return {};
    };
    const std::string problem = check(dataset.targets, "sample");
    return problem.empty() ? check(dataset.testTargets, "test sample") : problem;
}

namespace {

void checkFits(const Network &network, const Dataset &dataset)
{
    if (dataset.sampleCount() < 1)
        throw InputError("the dataset '" + dataset.name + "' has no samples");
    if (dataset.inputSize() != network.inputSize())
        throw InputError("the dataset '" + dataset.name + "' has " + std::to_string(dataset.inputSize()) +
                         " inputs but the network's input layer has " + std::to_string(network.inputSize()) +
                         " neurons");
    if (dataset.targetSize() != network.outputSize())
        throw InputError("the dataset '" + dataset.name + "' has " + std::to_string(dataset.targetSize()) +
                         " targets but the network's output layer has " +
                         std::to_string(network.outputSize()) + " neurons");
    if (network.loss() == Loss::CrossEntropy) {
        const std::string problem = crossEntropyTargetProblem(dataset);
        if (!problem.empty())
            throw InputError("the dataset '" + dataset.name + "': " + problem);
    }
}

} // namespace

Trainer::Trainer(Network network, Dataset dataset, TrainingSettings settings)
    : m_network(std::move(network)), m_dataset(std::move(dataset)), m_shuffleRandom(settings.shuffleSeed)
{
    checkFits(m_network, m_dataset);
    m_targetKind = m_dataset.targetKind();
    const std::string problem = learningRateProblem(settings.optimizer.learningRate);
    if (!problem.empty())
        throw InputError(problem);
    if (settings.batchSize < 0)
        throw InputError("the batch size must be 0 (full batch) or more, not " +
                         std::to_string(settings.batchSize));
    m_settings = settings;
    m_order.resize(static_cast<std::size_t>(m_dataset.sampleCount()));
    std::iota(m_order.begin(), m_order.end(), 0);
    resetEpochSums();
    startEpoch();
}

int Trainer::effectiveBatchSize() const
{
    const int samples = m_dataset.sampleCount();
    return m_settings.batchSize == 0 ? samples : std::min(m_settings.batchSize, samples);
}

void Trainer::startEpoch()
{
    m_position = 0;
    if (!m_settings.shuffle)
        return;
    // Fisher–Yates with our own generator, so the order is the same everywhere.
    for (std::size_t i = m_order.size(); i > 1; --i)
        std::swap(m_order[i - 1], m_order[m_shuffleRandom.below(i)]);
}

void Trainer::resetEpochSums()
{
    m_epochLossSum = 0.0;
    m_epochSteps = 0;
    m_epochStatSums.assign(static_cast<std::size_t>(m_network.layerCount()), LayerStats{});
}

Workspace &Trainer::workspaceFor(int batchSize)
{
    Workspace &ws = batchSize == effectiveBatchSize() ? m_workspace : m_tailWorkspace;
    if (!ws.fits(m_network, batchSize))
        ws.resize(m_network, batchSize);
    return ws;
}

void Trainer::loadBatch(Workspace &ws, int first)
{
    for (int i = 0; i < ws.batchSize(); ++i) {
        const int sample = m_order[static_cast<std::size_t>(first + i)];
        ws.input.col(i) = m_dataset.inputs.col(sample);
        ws.target.col(i) = m_dataset.targets.col(sample);
    }
}

void Trainer::markDiverged(const StepOutcome &outcome)
{
    m_diverged = true;
    const std::string what =
        outcome.lossNotFinite ? (std::isnan(outcome.loss) ? std::string("the loss became not a number (NaN)")
                                                          : std::string("the loss became infinite")) +
                                    " (an activation overflowed)"
                              : "an update would have made a weight infinite or not a number";
    m_divergenceMessage = "Training diverged at epoch " + std::to_string(m_epoch + 1) + ", step " +
                          std::to_string(m_stepCount + 1) + ": " + what + ". The learning rate " +
                          formatNumber(m_settings.optimizer.learningRate) +
                          " is too high for this network: the steps overshoot and grow. The weights "
                          "are kept as they were before that step; lower the learning rate or reset.";
}

bool Trainer::step()
{
    if (m_diverged)
        return false;
    const int samples = m_dataset.sampleCount();
    if (m_position >= samples) {
        startEpoch();
        resetEpochSums();
    }
    const int batch = std::min(effectiveBatchSize(), samples - m_position);
    Workspace &ws = workspaceFor(batch);
    loadBatch(ws, m_position);
    const StepOutcome outcome = trainStep(m_network, ws, m_settings.optimizer, m_optimizerState);
    m_lastLoss = outcome.loss;
    if (!outcome.finite) {
        markDiverged(outcome);
        return false;
    }
    layerStats(ws, m_lastStats);
    m_epochLossSum += outcome.loss;
    ++m_epochSteps;
    for (std::size_t i = 0; i < m_lastStats.size(); ++i) {
        m_epochStatSums[i].gradientNorm += m_lastStats[i].gradientNorm;
        m_epochStatSums[i].meanAbsDelta += m_lastStats[i].meanAbsDelta;
    }
    ++m_stepCount;
    m_position += batch;
    if (m_position >= samples)
        ++m_epoch;
    return true;
}

EpochMetrics Trainer::runEpoch(const std::atomic<bool> *abort)
{
    do {
        if ((abort && *abort) || !step())
            break;
    } while (m_position < m_dataset.sampleCount());
    return epochMetrics();
}

EpochMetrics Trainer::epochMetrics() const
{
    EpochMetrics metrics;
    metrics.epoch = m_epoch;
    const Evaluation evaluation =
        evaluate(m_network, m_dataset.inputs, m_dataset.targets, m_targetKind, m_evaluationWorkspace);
    metrics.loss = evaluation.loss;
    metrics.accuracy = evaluation.accuracy;
    const double steps = static_cast<double>(std::max<std::int64_t>(m_epochSteps, 1));
    metrics.stepLoss = m_epochLossSum / steps;
    metrics.layers = m_epochStatSums;
    for (LayerStats &stats : metrics.layers) {
        stats.gradientNorm /= steps;
        stats.meanAbsDelta /= steps;
    }
    return metrics;
}

Trace Trainer::traceSample(int index)
{
    if (index < 0 || index >= m_dataset.sampleCount())
        throw InputError("there is no sample " + std::to_string(index + 1) + " (the dataset has " +
                         std::to_string(m_dataset.sampleCount()) + ")");
    Trace trace = traceStep(m_network, m_dataset.inputs.col(index), m_dataset.targets.col(index),
                            m_settings.optimizer, m_optimizerState, m_traceWorkspace);
    m_lastLoss = trace.loss;
    if (!trace.finite) {
        StepOutcome outcome;
        outcome.loss = trace.loss;
        outcome.finite = false;
        outcome.lossNotFinite = !std::isfinite(trace.loss);
        if (!m_diverged)
            markDiverged(outcome);
        return trace;
    }
    ++m_stepCount;
    return trace;
}

void Trainer::clearDivergence()
{
    m_diverged = false;
    m_divergenceMessage.clear();
}

void Trainer::setLearningRate(double learningRate)
{
    const std::string problem = learningRateProblem(learningRate);
    if (!problem.empty())
        throw InputError(problem);
    m_settings.optimizer.learningRate = learningRate;
}

void Trainer::setOptimizer(Optimizer optimizer)
{
    m_settings.optimizer.kind = optimizer;
}

void Trainer::setBatchSize(int batchSize)
{
    if (batchSize < 0)
        throw InputError("the batch size must be 0 (full batch) or more, not " + std::to_string(batchSize));
    m_settings.batchSize = batchSize;
}

void Trainer::setShuffle(bool shuffle)
{
    m_settings.shuffle = shuffle;
}

void Trainer::setActivation(int layer, Activation activation)
{
    m_network.setActivation(layer, activation);
}

void Trainer::setLoss(Loss loss)
{
    if (loss == Loss::CrossEntropy) {
        const std::string problem = crossEntropyTargetProblem(m_dataset);
        if (!problem.empty())
            throw InputError("the dataset '" + m_dataset.name + "': " + problem);
    }
    m_network.setLoss(loss);
}

void Trainer::setNetwork(Network network)
{
    checkFits(network, m_dataset);
    m_network = std::move(network);
    m_optimizerState = OptimizerState{};
    m_optimizerState.kind = m_settings.optimizer.kind;
    m_position = m_dataset.sampleCount();
    resetEpochSums();
    clearDivergence();
}

void Trainer::replaceModel(Network network, Dataset dataset)
{
    checkFits(network, dataset);
    const bool sameShape = network.sizes() == m_network.sizes();
    const bool sameSamples = dataset.sampleCount() == m_dataset.sampleCount();
    m_network = std::move(network);
    m_dataset = std::move(dataset);
    m_targetKind = m_dataset.targetKind();
    if (!sameShape) {
        m_optimizerState = OptimizerState{};
        m_optimizerState.kind = m_settings.optimizer.kind;
        m_lastStats.clear();
    }
    if (!sameSamples) {
        m_order.resize(static_cast<std::size_t>(m_dataset.sampleCount()));
        std::iota(m_order.begin(), m_order.end(), 0);
        m_position = m_dataset.sampleCount();
    }
    if (!sameShape || !sameSamples)
        resetEpochSums();
    clearDivergence();
}

void Trainer::setParameter(int layer, int j, int k, double value)
{
    Layer &target = m_network.layer(layer);
    if (k < 0)
        target.biases(j) = value;
    else
        target.weights(j, k) = value;
}

TrainerProgress Trainer::progress() const
{
    TrainerProgress progress;
    progress.epoch = m_epoch;
    progress.stepCount = m_stepCount;
    progress.positionInEpoch = m_position;
    progress.order = m_order;
    progress.shuffleState = m_shuffleRandom.state();
    progress.lastLoss = m_lastLoss;
    progress.epochLossSum = m_epochLossSum;
    progress.epochSteps = m_epochSteps;
    progress.epochStatSums = m_epochStatSums;
    progress.optimizerState = m_optimizerState;
    return progress;
}

namespace {

std::string optimizerStateProblem(const OptimizerState &state, const Network &network)
{
    const std::size_t layers = network.layers().size();
    auto matches = [&](const std::vector<Matrix> &weights, const std::vector<Vector> &biases) {
        if (weights.empty() && biases.empty())
            return true;
        if (weights.size() != layers || biases.size() != layers)
            return false;
        for (std::size_t i = 0; i < layers; ++i) {
            const Layer &layer = network.layers()[i];
            if (weights[i].rows() != layer.weights.rows() || weights[i].cols() != layer.weights.cols() ||
                biases[i].size() != layer.biases.size() || !weights[i].allFinite() || !biases[i].allFinite())
                return false;
        }
        return true;
    };
    if (!matches(state.firstWeights, state.firstBiases) || !matches(state.secondWeights, state.secondBiases))
        return "the optimizer's state does not have the shapes of the network's weights";
    if (state.updates < 0)
        return "the optimizer's update count is negative";
    return {};
}

} // namespace

void Trainer::restoreProgress(const TrainerProgress &progress)
{
    const int samples = m_dataset.sampleCount();
    if (progress.epoch < 0 || progress.stepCount < 0 || progress.epochSteps < 0)
        throw InputError("the saved counters are negative");
    if (progress.positionInEpoch < 0 || progress.positionInEpoch > samples)
        throw InputError("the saved position in the epoch (" + std::to_string(progress.positionInEpoch) +
                         ") is outside the dataset's " + std::to_string(samples) + " samples");
    std::vector<bool> seen(static_cast<std::size_t>(samples), false);
    if (static_cast<int>(progress.order.size()) != samples)
        throw InputError("the saved sample order has " + std::to_string(progress.order.size()) +
                         " entries, not " + std::to_string(samples));
    for (int index : progress.order) {
        if (index < 0 || index >= samples || seen[static_cast<std::size_t>(index)])
            throw InputError("the saved sample order is not a permutation of the samples");
        seen[static_cast<std::size_t>(index)] = true;
    }
    if (progress.epochStatSums.size() != static_cast<std::size_t>(m_network.layerCount()))
        throw InputError("the saved epoch statistics have " + std::to_string(progress.epochStatSums.size()) +
                         " layers, not " + std::to_string(m_network.layerCount()));
    const std::string problem = optimizerStateProblem(progress.optimizerState, m_network);
    if (!problem.empty())
        throw InputError(problem);
    Random random;
    if (!random.setState(progress.shuffleState))
        throw InputError("the saved state of the shuffling generator is all zeros");

    m_epoch = progress.epoch;
    m_stepCount = progress.stepCount;
    m_position = progress.positionInEpoch;
    m_order = progress.order;
    m_shuffleRandom = random;
    m_lastLoss = progress.lastLoss;
    m_epochLossSum = progress.epochLossSum;
    m_epochSteps = progress.epochSteps;
    m_epochStatSums = progress.epochStatSums;
    m_optimizerState = progress.optimizerState;
    clearDivergence();
}

} // namespace bp
