#include "core/maths/parameter_check.h"

#include "core/maths/backprop.h"
#include "core/maths/random.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>

namespace bp {

namespace {

std::int64_t layerParameterCount(const Network &network, int layer)
{
    const Layer &parameters = network.layer(layer);
    return static_cast<std::int64_t>(parameters.weights.rows()) * (parameters.weights.cols() + 1);
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

bool hasKink(Activation activation)
{
    return activation == Activation::Relu || activation == Activation::LeakyRelu;
}

KinkProximity nearestKink(const Network &network, const Workspace &ws)
{
    KinkProximity nearest;
    double closest = std::numeric_limits<double>::infinity();
    for (int l = 1; l <= network.layerCount(); ++l) {
        if (!hasKink(network.layer(l).activation))
            continue;
        const Matrix &z = ws.forward[static_cast<std::size_t>(l - 1)].weightedInput;
        for (Eigen::Index column = 0; column < z.cols(); ++column) {
            for (Eigen::Index j = 0; j < z.rows(); ++j) {
                if (std::abs(z(j, column)) < closest) {
                    closest = std::abs(z(j, column));
                    nearest = {l, static_cast<int>(j), z(j, column)};
                }
            }
        }
    }
    return nearest;
}

} // namespace

bool isSampled(const Network &network, const CheckPlan &plan)
{
    return plannedCount(network, plan) < network.parameterCount();
}

std::int64_t plannedCount(const Network &network, const CheckPlan &plan, int layer)
{
    const std::int64_t all = layerParameterCount(network, layer);
    if (plan.checkAll || network.parameterCount() <= plan.fullCheckLimit)
        return all;
    return std::min<std::int64_t>(all, std::max(plan.samplePerLayer, 1));
}

std::int64_t plannedCount(const Network &network, const CheckPlan &plan)
{
    std::int64_t count = 0;
    for (int l = 1; l <= network.layerCount(); ++l)
        count += plannedCount(network, plan, l);
    return count;
}

std::vector<ParameterIndex> selectParameters(const Network &network, const CheckPlan &plan)
{
    std::vector<ParameterIndex> selection;
    selection.reserve(static_cast<std::size_t>(plannedCount(network, plan)));
    Random random(plan.seed);
    std::vector<std::int64_t> positions;
    for (int l = 1; l <= network.layerCount(); ++l) {
        // Position p of a layer runs row by row, each row's weights then its bias: the order of
        // bp::checkGradients, so that ties for the worst error resolve the same way.
        const std::int64_t rowLength = network.layer(l).weights.cols() + 1;
        const std::int64_t all = layerParameterCount(network, l);
        const std::int64_t wanted = plannedCount(network, plan, l);
        positions.resize(static_cast<std::size_t>(all));
        std::iota(positions.begin(), positions.end(), std::int64_t{0});
        if (wanted < all) {
            // The first `wanted` steps of a Fisher–Yates shuffle draw a sample without repeats.
            for (std::int64_t i = 0; i < wanted; ++i) {
                const auto pick =
                    i + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(all - i)));
                std::swap(positions[static_cast<std::size_t>(i)], positions[static_cast<std::size_t>(pick)]);
            }
            positions.resize(static_cast<std::size_t>(wanted));
            std::sort(positions.begin(), positions.end());
        }
        for (std::int64_t p : positions) {
            const int row = static_cast<int>(p / rowLength);
            const int k = static_cast<int>(p % rowLength);
            selection.push_back({l, row, k == rowLength - 1 ? -1 : k});
        }
    }
    return selection;
}

ParameterCheckResult checkParameters(const Network &network, const Matrix &inputs, const Matrix &targets,
                                     double step, const std::vector<ParameterIndex> &parameters,
                                     const std::atomic<bool> *cancel, std::atomic<int> *progress)
{
    ParameterCheckResult result;
    const auto start = std::chrono::steady_clock::now();
    Workspace ws(network, static_cast<int>(inputs.cols()));
    ws.input = inputs;
    ws.target = targets;
    forwardPass(network, ws);
    result.nearestKink = nearestKink(network, ws);
    result.loss = batchLoss(network, ws);
    backwardPass(network, ws);

    GradientCheck &check = result.check;
    const double notChecked = std::numeric_limits<double>::quiet_NaN();
    for (const BackwardRecord &record : ws.backward) {
        check.analyticWeights.push_back(record.gradWeights);
        check.analyticBiases.push_back(record.gradBiases);
        check.numericWeights.push_back(
            Matrix::Constant(record.gradWeights.rows(), record.gradWeights.cols(), notChecked));
        check.relativeErrorWeights.push_back(check.numericWeights.back());
        check.numericBiases.push_back(Vector::Constant(record.gradBiases.size(), notChecked));
        check.relativeErrorBiases.push_back(check.numericBiases.back());
    }
    result.backpropSeconds = secondsSince(start);

    const auto differencesStart = std::chrono::steady_clock::now();
    Network probe = network;
    result.parameters.reserve(parameters.size());
    for (const ParameterIndex &index : parameters) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const auto l = static_cast<std::size_t>(index.layer - 1);
        Layer &layer = probe.layer(index.layer);
        double &parameter = index.isBias() ? layer.biases(index.row) : layer.weights(index.row, index.column);
        const double numeric = centralDifference(probe, ws, parameter, step);
        result.forwardPasses += 2;
        const double analytic = index.isBias() ? check.analyticBiases[l](index.row)
                                               : check.analyticWeights[l](index.row, index.column);
        const double error = relativeError(analytic, numeric);
        if (index.isBias()) {
            check.numericBiases[l](index.row) = numeric;
            check.relativeErrorBiases[l](index.row) = error;
        } else {
            check.numericWeights[l](index.row, index.column) = numeric;
            check.relativeErrorWeights[l](index.row, index.column) = error;
        }
        // A NaN error (a diverged network) counts as the worst, never as a small one.
        if (check.worstLayer == 0 || error > check.worstRelativeError ||
            (std::isnan(error) && !std::isnan(check.worstRelativeError))) {
            check.worstRelativeError = error;
            check.worstLayer = index.layer;
            check.worstRow = index.row;
            check.worstColumn = index.column;
        }
        result.parameters.push_back({index, analytic, numeric, error});
        if (progress)
            progress->fetch_add(1, std::memory_order_relaxed);
    }
    result.differenceSeconds = secondsSince(differencesStart);
    return result;
}

} // namespace bp
