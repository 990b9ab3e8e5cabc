#include "core/analysis/loss_landscape.h"

#include "core/analysis/parameter_name.h"
#include "core/formats/error.h"
#include "core/formats/number_format.h"
#include "core/maths/backprop.h"
#include "core/maths/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace bp {

namespace {

// Columns evaluated side by side: many grid points of a small set (8-3-8: 1024 points of 8 samples),
// a few of a large one (digits: 4 of 1797), so memory stays near a few megabytes a layer.
constexpr Eigen::Index kBlockColumns = 8192;
// Samples per pass for the gradient, as evaluate() takes them, so the loss here is evaluate()'s.
constexpr Eigen::Index kChunk = 256;

std::string axisProblem(const char *axis, double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return std::string("the range of the ") + axis + " axis is not finite";
    if (!(low < high))
        return std::string("the range of the ") + axis + " axis is empty or reversed (from " +
               formatNumber(low) + " to " + formatNumber(high) + ")";
    if (high - low > kMaxLandscapeSpan)
        return std::string("the range of the ") + axis + " axis spans more than 2e6";
    return {};
}

// z of one layer for the G grid points of a block, in consecutive groups of m columns: the row of
// the parameter moves by its change from the network's value, Δb, or Δw times the input aˡ⁻¹ₖ of
// each sample (previous holds one group shared by all points, or one group per point).
void shiftWeightedInput(Matrix &z, const ParameterIndex &parameter, const std::vector<double> &values,
                        double current, const Matrix &previous, bool sharedPrevious, Eigen::Index m)
{
    for (std::size_t g = 0; g < values.size(); ++g) {
        const double change = values[g] - current;
        const Eigen::Index first = static_cast<Eigen::Index>(g) * m;
        auto row = z.row(parameter.row).segment(first, m);
        if (parameter.isBias())
            row.array() += change;
        else
            row += change * previous.row(parameter.column).segment(sharedPrevious ? 0 : first, m);
    }
}

double evaluatedLoss(const Network &network, const Matrix &inputs, const Matrix &targets)
{
    return evaluate(network, inputs, targets, TargetKind::Binary).loss;
}

} // namespace

double landscapeAxisValue(double low, double high, int i, int n)
{
    if (i >= n - 1)
        return high;
    return low + (high - low) * (static_cast<double>(i) / static_cast<double>(n - 1));
}

double angleBetween(double ax, double ay, double bx, double by)
{
    const double lengths = std::hypot(ax, ay) * std::hypot(bx, by);
    if (!(lengths > 0.0) || !std::isfinite(lengths))
        return std::numeric_limits<double>::quiet_NaN();
    const double cosine = std::clamp((ax * bx + ay * by) / lengths, -1.0, 1.0);
    return std::acos(cosine) * 180.0 / std::numbers::pi;
}

std::string landscapeRequestProblem(const Network &network, const LandscapeRequest &request)
{
    if (const std::string problem = parameterProblem(request.first, network); !problem.empty())
        return "first weight " + parameterName(request.first) + ": " + problem;
    if (const std::string problem = parameterProblem(request.second, network); !problem.empty())
        return "second weight " + parameterName(request.second) + ": " + problem;
    if (request.first == request.second)
        return "the two weights are the same (" + parameterName(request.first) +
               "): choose two different ones";
    if (request.gridSize < kMinLandscapeGrid || request.gridSize > kMaxLandscapeGrid)
        return "the grid must have " + std::to_string(kMinLandscapeGrid) + " to " +
               std::to_string(kMaxLandscapeGrid) + " points per axis, not " +
               std::to_string(request.gridSize);
    if (std::string problem = axisProblem("first", request.firstLow, request.firstHigh); !problem.empty())
        return problem;
    return axisProblem("second", request.secondLow, request.secondHigh);
}

LossAndGradient lossAndGradient(const Network &network, const Matrix &inputs, const Matrix &targets,
                                const ParameterIndex &first, const ParameterIndex &second)
{
    LossAndGradient result;
    const Eigen::Index m = inputs.cols();
    if (m == 0)
        return result;
    Workspace ws;
    double lossSum = 0.0;
    const auto component = [](const Workspace &ws, const ParameterIndex &parameter) {
        const BackwardRecord &record = ws.backward[static_cast<std::size_t>(parameter.layer - 1)];
        return parameter.isBias() ? record.gradBiases(parameter.row)
                                  : record.gradWeights(parameter.row, parameter.column);
    };
    for (Eigen::Index start = 0; start < m; start += kChunk) {
        const Eigen::Index count = std::min(kChunk, m - start);
        if (!ws.fits(network, static_cast<int>(count)))
            ws.resize(network, static_cast<int>(count));
        ws.input = inputs.middleCols(start, count);
        ws.target = targets.middleCols(start, count);
        forwardPass(network, ws);
        const double weight = static_cast<double>(count);
        lossSum += batchLoss(network, ws) * weight;
        backwardPass(network, ws);
        // (BP4) ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ and (BP3) ∂E/∂bˡⱼ = δˡⱼ, each the chunk's mean, weighted by its size
        result.first += component(ws, first) * weight;
        result.second += component(ws, second) * weight;
    }
    const double samples = static_cast<double>(m);
    result.loss = lossSum / samples;
    result.first /= samples;
    result.second /= samples;
    return result;
}

LossLandscape computeLossLandscape(const Network &network, const Matrix &inputs, const Matrix &targets,
                                   const LandscapeRequest &request, double learningRate,
                                   const std::atomic<bool> *cancel, std::atomic<int> *progress)
{
    if (const std::string problem = landscapeRequestProblem(network, request); !problem.empty())
        throw InputError(problem);
    if (inputs.cols() == 0)
        throw InputError("the data has no samples");
    if (inputs.rows() != network.inputSize() || targets.rows() != network.outputSize() ||
        targets.cols() != inputs.cols())
        throw InputError("the data does not fit the network (" + std::to_string(inputs.rows()) +
                         " inputs and " + std::to_string(targets.rows()) + " targets for a network of " +
                         std::to_string(network.inputSize()) + " inputs and " +
                         std::to_string(network.outputSize()) + " outputs)");

    const ParameterIndex &first = request.first;
    const ParameterIndex &second = request.second;
    const int n = request.gridSize;
    LossLandscape result;
    result.request = request;
    result.learningRate = learningRate;
    result.loss = Matrix::Constant(n, n, std::numeric_limits<double>::quiet_NaN());
    result.currentFirst = parameterValue(network, first);
    result.currentSecond = parameterValue(network, second);
    const LossAndGradient here = lossAndGradient(network, inputs, targets, first, second);
    result.currentLoss = here.loss;
    result.gradientFirst = here.first;
    result.gradientSecond = here.second;
    result.stepFirst = -learningRate * here.first;
    result.stepSecond = -learningRate * here.second;

    // The layers below the lower parameter's are the same at every grid point: once, for every sample.
    const int lowest = std::min(first.layer, second.layer);
    const int layers = network.layerCount();
    const Eigen::Index m = inputs.cols();
    Workspace base(network, static_cast<int>(m));
    base.input = inputs;
    forwardPass(network, base);
    const Matrix &belowLowest =
        lowest == 1 ? inputs : base.forward[static_cast<std::size_t>(lowest - 2)].activation;

    const Eigen::Index total = static_cast<Eigen::Index>(n) * n;
    const Eigen::Index points = std::min<Eigen::Index>(std::max<Eigen::Index>(1, kBlockColumns / m), total);
    const Eigen::Index columns = points * m;
    std::vector<Matrix> z(static_cast<std::size_t>(layers));
    std::vector<Matrix> a(static_cast<std::size_t>(layers));
    for (int l = lowest; l <= layers; ++l) {
        z[static_cast<std::size_t>(l - 1)].resize(network.sizes()[static_cast<std::size_t>(l)], columns);
        a[static_cast<std::size_t>(l - 1)].resize(network.sizes()[static_cast<std::size_t>(l)], columns);
    }
    const Eigen::Index outputs = network.outputSize();
    Matrix target(outputs, columns);
    for (Eigen::Index g = 0; g < points; ++g)
        target.middleCols(g * m, m) = targets;

    std::vector<double> firstValues(static_cast<std::size_t>(points));
    std::vector<double> secondValues(static_cast<std::size_t>(points));
    const Activation outputActivation = network.layer(layers).activation;
    for (Eigen::Index start = 0; start < total; start += points) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        const Eigen::Index count = std::min(points, total - start);
        // A short last block repeats its last point, so the buffers keep their size.
        for (Eigen::Index g = 0; g < points; ++g) {
            const Eigen::Index index = start + std::min(g, count - 1);
            const auto i = static_cast<int>(index / n);
            const auto j = static_cast<int>(index % n);
            firstValues[static_cast<std::size_t>(g)] =
                landscapeAxisValue(request.firstLow, request.firstHigh, i, n);
            secondValues[static_cast<std::size_t>(g)] =
                landscapeAxisValue(request.secondLow, request.secondHigh, j, n);
        }
        for (int l = lowest; l <= layers; ++l) {
            Matrix &weightedInput = z[static_cast<std::size_t>(l - 1)];
            const bool shared = l == lowest;
            const Matrix &previous = shared ? belowLowest : a[static_cast<std::size_t>(l - 2)];
            if (shared) {
                const Matrix &baseInput = base.forward[static_cast<std::size_t>(l - 1)].weightedInput;
                for (Eigen::Index g = 0; g < points; ++g)
                    weightedInput.middleCols(g * m, m) = baseInput;
            } else {
                // zˡ = Wˡ aˡ⁻¹ + bˡ for every grid point's samples at once
                computeWeightedInput(network.layer(l), previous, weightedInput);
            }
            if (first.layer == l)
                shiftWeightedInput(weightedInput, first, firstValues, result.currentFirst, previous, shared,
                                   m);
            if (second.layer == l)
                shiftWeightedInput(weightedInput, second, secondValues, result.currentSecond, previous,
                                   shared, m);
            // aˡ = f(zˡ)
            activate(network.layer(l).activation, weightedInput, a[static_cast<std::size_t>(l - 1)]);
        }
        const Matrix &outputZ = z.back();
        const Matrix &outputA = a.back();
        for (Eigen::Index g = 0; g < count; ++g) {
            const Eigen::Index offset = g * m * outputs;
            const Eigen::Map<const Matrix> zg(outputZ.data() + offset, outputs, m);
            const Eigen::Map<const Matrix> ag(outputA.data() + offset, outputs, m);
            const Eigen::Map<const Matrix> tg(target.data() + offset, outputs, m);
            const Eigen::Index index = start + g;
            result.loss(index / n, index % n) =
                lossSum(network.loss(), outputActivation, zg, ag, tg) / static_cast<double>(m);
        }
        if (progress)
            progress->fetch_add(static_cast<int>(count), std::memory_order_relaxed);
    }

    // The lowest grid point, then the vertex of the parabola through it and its neighbours on each axis.
    Eigen::Index bestI = 0, bestJ = 0;
    double best = std::numeric_limits<double>::infinity();
    for (Eigen::Index j = 0; j < n; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            if (result.loss(i, j) < best) {
                best = result.loss(i, j);
                bestI = i;
                bestJ = j;
            }
    const auto i = static_cast<int>(bestI);
    const auto j = static_cast<int>(bestJ);
    result.lowestFirst = landscapeAxisValue(request.firstLow, request.firstHigh, i, n);
    result.lowestSecond = landscapeAxisValue(request.secondLow, request.secondHigh, j, n);
    result.lowestLoss = best;
    if (!result.cancelled && std::isfinite(best)) {
        const auto vertex = [](double before, double at, double after) {
            const double curvature = before - 2.0 * at + after;
            return curvature > 0.0 ? std::clamp(0.5 * (before - after) / curvature, -0.5, 0.5) : 0.0;
        };
        const double firstSpacing = (request.firstHigh - request.firstLow) / (n - 1);
        const double secondSpacing = (request.secondHigh - request.secondLow) / (n - 1);
        double refinedFirst = result.lowestFirst;
        double refinedSecond = result.lowestSecond;
        if (i > 0 && i < n - 1)
            refinedFirst += firstSpacing * vertex(result.loss(i - 1, j), best, result.loss(i + 1, j));
        if (j > 0 && j < n - 1)
            refinedSecond += secondSpacing * vertex(result.loss(i, j - 1), best, result.loss(i, j + 1));
        if (refinedFirst != result.lowestFirst || refinedSecond != result.lowestSecond) {
            Network probe = network;
            setParameterValue(probe, first, refinedFirst);
            setParameterValue(probe, second, refinedSecond);
            const double refinedLoss = evaluatedLoss(probe, inputs, targets);
            if (refinedLoss < best) {
                result.lowestFirst = refinedFirst;
                result.lowestSecond = refinedSecond;
                result.lowestLoss = refinedLoss;
                result.refined = true;
            }
        }
    }
    result.angleDegrees =
        angleBetween(result.stepFirst, result.stepSecond, result.lowestFirst - result.currentFirst,
                     result.lowestSecond - result.currentSecond);
    return result;
}

std::pair<ParameterIndex, ParameterIndex> largestIncomingWeights(const Network &network, int layer,
                                                                 int neuron)
{
    const Matrix &weights = network.layer(layer).weights;
    if (weights.cols() < 2)
        return {ParameterIndex{layer, neuron, 0}, ParameterIndex{layer, neuron, -1}};
    int largest = 0;
    int next = -1;
    for (int k = 1; k < weights.cols(); ++k) {
        const double size = std::abs(weights(neuron, k));
        if (size > std::abs(weights(neuron, largest))) {
            next = largest;
            largest = k;
        } else if (next < 0 || size > std::abs(weights(neuron, next))) {
            next = k;
        }
    }
    return {ParameterIndex{layer, neuron, largest}, ParameterIndex{layer, neuron, next}};
}

LandscapeRequest centredRequest(const Network &network, const ParameterIndex &first,
                                const ParameterIndex &second, int gridSize)
{
    LandscapeRequest request;
    request.first = first;
    request.second = second;
    request.gridSize = gridSize;
    const double firstValue = parameterValue(network, first);
    const double secondValue = parameterValue(network, second);
    // One half-width for both axes, so that the plane is drawn to scale and angles look as they are.
    const double half = std::max({1.0, std::abs(firstValue), std::abs(secondValue)});
    request.firstLow = firstValue - half;
    request.firstHigh = firstValue + half;
    request.secondLow = secondValue - half;
    request.secondHigh = secondValue + half;
    return request;
}

} // namespace bp
