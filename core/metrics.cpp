#include "core/metrics.h"

#include "core/backprop.h"

#include <algorithm>
#include <set>

namespace bp {

bool isCorrect(const Eigen::Ref<const Vector> &output, const Eigen::Ref<const Vector> &target,
               TargetKind kind)
{
    if (kind == TargetKind::OneHot) {
        Eigen::Index predicted = 0;
        Eigen::Index expected = 0;
        output.maxCoeff(&predicted);
        target.maxCoeff(&expected);
        return predicted == expected;
    }
    for (Eigen::Index j = 0; j < output.size(); ++j) {
        if ((output(j) >= 0.5) != (target(j) >= 0.5))
            return false;
    }
    return true;
}

namespace {

// Runs the forward pass over inputs in chunks of at most kChunk columns, calling visit(ws, first).
template <typename Visit>
void forwardInChunks(const Network &network, const Matrix &inputs, const Matrix *targets, Workspace &ws,
                     Visit visit)
{
    constexpr Eigen::Index kChunk = 256;
    for (Eigen::Index first = 0; first < inputs.cols(); first += kChunk) {
        const Eigen::Index count = std::min(kChunk, inputs.cols() - first);
        if (!ws.fits(network, static_cast<int>(count)))
            ws.resize(network, static_cast<int>(count));
        ws.input = inputs.middleCols(first, count);
        if (targets)
            ws.target = targets->middleCols(first, count);
        forwardPass(network, ws);
        visit(ws, first);
    }
}

} // namespace

Evaluation evaluate(const Network &network, const Matrix &inputs, const Matrix &targets, TargetKind kind)
{
    Workspace ws;
    return evaluate(network, inputs, targets, kind, ws);
}

Evaluation evaluate(const Network &network, const Matrix &inputs, const Matrix &targets, TargetKind kind,
                    Workspace &ws)
{
    Evaluation evaluation;
    if (inputs.cols() == 0)
        return evaluation;
    double lossSum = 0.0;
    Eigen::Index correct = 0;
    forwardInChunks(network, inputs, &targets, ws, [&](const Workspace &ws, Eigen::Index) {
        lossSum += batchLoss(network, ws) * static_cast<double>(ws.input.cols());
        const Matrix &output = ws.forward.back().activation;
        for (Eigen::Index col = 0; col < output.cols(); ++col)
            correct += isCorrect(output.col(col), ws.target.col(col), kind) ? 1 : 0;
    });
    const double count = static_cast<double>(inputs.cols());
    evaluation.loss = lossSum / count;
    evaluation.accuracy = static_cast<double>(correct) / count;
    return evaluation;
}

Matrix predict(const Network &network, const Matrix &inputs)
{
    Matrix output(network.outputSize(), inputs.cols());
    Workspace ws;
    forwardInChunks(network, inputs, nullptr, ws, [&](const Workspace &ws, Eigen::Index first) {
        output.middleCols(first, ws.input.cols()) = ws.forward.back().activation;
    });
    return output;
}

std::vector<Matrix> activationsOf(const Network &network, const Matrix &inputs)
{
    std::vector<Matrix> activations;
    for (int size : std::vector<int>(network.sizes().begin() + 1, network.sizes().end()))
        activations.emplace_back(size, inputs.cols());
    Workspace ws;
    forwardInChunks(network, inputs, nullptr, ws, [&](const Workspace &ws, Eigen::Index first) {
        for (std::size_t i = 0; i < activations.size(); ++i)
            activations[i].middleCols(first, ws.input.cols()) = ws.forward[i].activation;
    });
    return activations;
}

int bottleneckLayer(const std::vector<int> &sizes)
{
    int narrowest = 0;
    for (std::size_t l = 1; l + 1 < sizes.size(); ++l) {
        if (narrowest == 0 || sizes[l] < sizes[static_cast<std::size_t>(narrowest)])
            narrowest = static_cast<int>(l);
    }
    return narrowest > 0 && sizes[static_cast<std::size_t>(narrowest)] < sizes.front() ? narrowest : 0;
}

int countDistinctCodes(const Matrix &hidden)
{
    std::set<std::vector<bool>> codes;
    std::vector<bool> code(static_cast<std::size_t>(hidden.rows()));
    for (Eigen::Index col = 0; col < hidden.cols(); ++col) {
        for (Eigen::Index unit = 0; unit < hidden.rows(); ++unit)
            code[static_cast<std::size_t>(unit)] = hidden(unit, col) >= kHiddenCodeThreshold;
        codes.insert(code);
    }
    return static_cast<int>(codes.size());
}

int distinctHiddenCodes(const Network &network, const Matrix &inputs)
{
    const int layer = bottleneckLayer(network.sizes());
    if (layer == 0)
        return 0;
    return countDistinctCodes(activationsOf(network, inputs)[static_cast<std::size_t>(layer - 1)]);
}

} // namespace bp
