#include "core/maths/saturation.h"

#include "core/maths/activation.h"
#include "core/maths/backprop.h"

#include <algorithm>
#include <cmath>

namespace bp {

double derivativeMaximum(Activation activation)
{
    switch (activation) {
    case Activation::Logistic:
    case Activation::Softmax: return 0.25; // σ′(0) = ¼; aⱼ(1 − aⱼ) ≤ ¼
    case Activation::Tanh:
    case Activation::Relu:
    case Activation::Identity:
    case Activation::LeakyRelu: return 1.0;
    }
    return 1.0;
}

double saturationThreshold(Activation activation)
{
    switch (activation) {
    case Activation::Logistic:
    case Activation::Tanh:
    case Activation::Softmax: return kSaturationFraction * derivativeMaximum(activation);
    case Activation::Relu:
    case Activation::Identity:
    case Activation::LeakyRelu: return 0.0;
    }
    return 0.0;
}

bool isSaturatedDerivative(Activation activation, double derivative)
{
    return std::isfinite(derivative) && derivative < saturationThreshold(activation);
}

bool isInputLow(double input, double largestInput)
{
    const double scale = std::isfinite(largestInput) ? std::max(1.0, std::abs(largestInput)) : 1.0;
    return std::isfinite(input) && std::abs(input) < kLowInputFraction * scale;
}

bool derivativeScalesDelta(const Network &network, int layer)
{
    if (layer < 1 || layer > network.layerCount())
        return false;
    if (layer < network.layerCount())
        return true;
    const Activation output = network.layer(layer).activation;
    const bool cancels = output == Activation::Logistic || output == Activation::Softmax;
    return !(network.loss() == Loss::CrossEntropy && cancels);
}

int SaturationReport::saturatedCount() const
{
    int count = 0;
    for (const LayerSaturation &layer : layers)
        count += layer.saturatedCount;
    return count;
}

int SaturationReport::deadCount() const
{
    int count = 0;
    for (const LayerSaturation &layer : layers)
        count += layer.deadCount;
    return count;
}

const UnitSaturation *SaturationReport::unit(int layer, int neuron) const
{
    if (layer < 1 || layer > static_cast<int>(layers.size()))
        return nullptr;
    const std::vector<UnitSaturation> &units = layers[static_cast<std::size_t>(layer - 1)].units;
    if (neuron < 0 || neuron >= static_cast<int>(units.size()))
        return nullptr;
    return &units[static_cast<std::size_t>(neuron)];
}

namespace {

// Sums per unit over the samples seen so far, turned into a report at the end.
class SaturationSums {
public:
    explicit SaturationSums(const Network &network) : m_network(network)
    {
        for (int l = 1; l <= network.layerCount(); ++l) {
            const auto n = network.layer(l).biases.size();
            m_derivative.push_back(Vector::Zero(n));
            m_saturated.push_back(Vector::Zero(n));
            m_active.push_back(Vector::Zero(n));
        }
    }

    // aˡ of m samples, (nₗ × m), for layer l.
    void add(int l, const Matrix &activation)
    {
        const Activation f = m_network.layer(l).activation;
        // a stands in for z: see saturationOf's comment in the header.
        activationDerivative(f, activation, activation, m_scratch);
        const double threshold = saturationThreshold(f);
        const double active = f == Activation::Logistic || f == Activation::Softmax ? 0.5 : 0.0;
        const auto i = static_cast<std::size_t>(l - 1);
        m_derivative[i] += m_scratch.rowwise().sum() / derivativeMaximum(f);
        m_saturated[i] += (m_scratch.array() < threshold).cast<double>().matrix().rowwise().sum();
        m_active[i] += (activation.array() > active).cast<double>().matrix().rowwise().sum();
    }

    void countSamples(Eigen::Index m) { m_samples += m; }

    SaturationReport report(std::int64_t total) const
    {
        SaturationReport report;
        report.sampleCount = m_samples;
        report.totalSampleCount = total;
        if (m_samples <= 0)
            return report;
        const auto m = static_cast<double>(m_samples);
        for (int l = 1; l <= m_network.layerCount(); ++l) {
            const auto i = static_cast<std::size_t>(l - 1);
            const bool scales = derivativeScalesDelta(m_network, l);
            const bool relu = m_network.layer(l).activation == Activation::Relu;
            LayerSaturation layer;
            for (Eigen::Index j = 0; j < m_derivative[i].size(); ++j) {
                UnitSaturation unit;
                unit.meanDerivative = m_derivative[i](j) / m;
                unit.saturatedShare = m_saturated[i](j) / m;
                unit.activeShare = m_active[i](j) / m;
                unit.saturated = scales && unit.saturatedShare > kSaturatedShare;
                unit.dead = relu && m_active[i](j) == 0.0;
                layer.saturatedCount += unit.saturated ? 1 : 0;
                layer.deadCount += unit.dead ? 1 : 0;
                layer.units.push_back(unit);
            }
            report.layers.push_back(std::move(layer));
        }
        return report;
    }

private:
    const Network &m_network;
    std::vector<Vector> m_derivative;
    std::vector<Vector> m_saturated;
    std::vector<Vector> m_active;
    Matrix m_scratch;
    std::int64_t m_samples = 0;
};

} // namespace

SaturationReport saturationOf(const Network &network, const std::vector<Matrix> &activations)
{
    if (static_cast<int>(activations.size()) != network.layerCount() || activations.empty())
        return {};
    const Eigen::Index m = activations.front().cols();
    for (int l = 1; l <= network.layerCount(); ++l) {
        const Matrix &a = activations[static_cast<std::size_t>(l - 1)];
        if (a.rows() != network.sizes()[static_cast<std::size_t>(l)] || a.cols() != m)
            return {};
    }
    SaturationSums sums(network);
    for (int l = 1; l <= network.layerCount(); ++l)
        sums.add(l, activations[static_cast<std::size_t>(l - 1)]);
    sums.countSamples(m);
    return sums.report(m);
}

SaturationReport saturationOf(const Network &network, const Matrix &inputs, int maxSamples)
{
    if (network.layerCount() < 1 || inputs.rows() != network.inputSize())
        return {};
    const Eigen::Index total = inputs.cols();
    const Eigen::Index used = std::min<Eigen::Index>(total, std::max(1, maxSamples));
    constexpr Eigen::Index kChunk = 256;
    SaturationSums sums(network);
    Workspace ws;
    for (Eigen::Index first = 0; first < used; first += kChunk) {
        const Eigen::Index count = std::min(kChunk, used - first);
        if (!ws.fits(network, static_cast<int>(count)))
            ws.resize(network, static_cast<int>(count));
        if (used == total) {
            ws.input = inputs.middleCols(first, count);
        } else {
            // Evenly spaced columns: sample i of the used ones is column ⌊i · total / used⌋.
            for (Eigen::Index i = 0; i < count; ++i)
                ws.input.col(i) = inputs.col((first + i) * total / used);
        }
        forwardPass(network, ws);
        for (int l = 1; l <= network.layerCount(); ++l)
            sums.add(l, ws.forward[static_cast<std::size_t>(l - 1)].activation);
        sums.countSamples(count);
    }
    return sums.report(total);
}

} // namespace bp
