#include "core/maths/network.h"

#include "core/formats/error.h"
#include "core/maths/random.h"

#include <cmath>
#include <sstream>

namespace bp {

std::string_view initSchemeName(InitScheme scheme)
{
    switch (scheme) {
    case InitScheme::Uniform: return "uniform";
    case InitScheme::Xavier: return "xavier";
    case InitScheme::He: return "he";
    }
    return "unknown";
}

std::optional<InitScheme> parseInitScheme(std::string_view name)
{
    for (InitScheme scheme : {InitScheme::Uniform, InitScheme::Xavier, InitScheme::He}) {
        if (initSchemeName(scheme) == name)
            return scheme;
    }
    if (name == "glorot")
        return InitScheme::Xavier;
    return std::nullopt;
}

std::string Network::validateShape(const std::vector<std::int64_t> &sizes,
                                   const std::vector<Activation> &activations, Loss loss)
{
    std::ostringstream problem;
    if (sizes.size() < 2) {
        problem << "a network needs at least 2 layers (input and output), found " << sizes.size();
        return problem.str();
    }
    if (static_cast<std::int64_t>(sizes.size()) > kMaxLayers + 1) {
        problem << "too many layers: " << sizes.size() << " (at most " << kMaxLayers + 1 << ")";
        return problem.str();
    }
    for (std::size_t l = 0; l < sizes.size(); ++l) {
        if (sizes[l] < 1 || sizes[l] > kMaxLayerSize) {
            problem << "layer " << l << " has " << sizes[l] << " neurons (allowed: 1 to " << kMaxLayerSize
                    << ")";
            return problem.str();
        }
    }
    std::int64_t parameters = 0;
    for (std::size_t l = 1; l < sizes.size(); ++l)
        parameters += sizes[l] * sizes[l - 1] + sizes[l];
    if (parameters > kMaxParameters) {
        problem << "the network would have " << parameters << " parameters (at most " << kMaxParameters
                << ")";
        return problem.str();
    }
    if (activations.size() != sizes.size() - 1) {
        problem << "expected " << sizes.size() - 1 << " activations (one per non-input layer), found "
                << activations.size();
        return problem.str();
    }
    for (std::size_t l = 0; l + 1 < activations.size(); ++l) {
        if (activations[l] == Activation::Softmax) {
            problem << "softmax is only allowed on the output layer, not on layer " << l + 1;
            return problem.str();
        }
    }
    if (activations.back() == Activation::Softmax && sizes.back() == 1) {
        problem << "softmax on a single output is always 1 (it shares 1 among the outputs, and there is "
                   "only one): use logistic for one output, or give the output layer 2 or more neurons";
        return problem.str();
    }
    if (!isLossCompatible(loss, activations.back())) {
        problem << "the " << lossName(loss) << " loss needs a softmax or logistic output layer, not "
                << activationName(activations.back());
        return problem.str();
    }
    return {};
}

Network::Network(const std::vector<int> &sizes, const std::vector<Activation> &activations, Loss loss)
    : m_sizes(sizes), m_loss(loss)
{
    const std::string problem =
        validateShape(std::vector<std::int64_t>(sizes.begin(), sizes.end()), activations, loss);
    if (!problem.empty())
        throw InputError(problem);
    m_layers.resize(sizes.size() - 1);
    for (std::size_t l = 1; l < sizes.size(); ++l) {
        Layer &layer = m_layers[l - 1];
        layer.weights = Matrix::Zero(sizes[l], sizes[l - 1]);
        layer.biases = Vector::Zero(sizes[l]);
        layer.activation = activations[l - 1];
    }
}

void Network::initialize(InitScheme scheme, std::uint64_t seed, double uniformRange)
{
    Random random(seed);
    for (std::size_t l = 1; l < m_sizes.size(); ++l) {
        Layer &layer = m_layers[l - 1];
        const double fanIn = m_sizes[l - 1];
        const double fanOut = m_sizes[l];
        double range = uniformRange;
        if (scheme == InitScheme::Xavier)
            range = std::sqrt(6.0 / (fanIn + fanOut));
        else if (scheme == InitScheme::He)
            range = std::sqrt(6.0 / fanIn);
        // Row by row (neuron j, then its inputs k), so the order reads like wˡⱼₖ.
        for (Eigen::Index j = 0; j < layer.weights.rows(); ++j) {
            for (Eigen::Index k = 0; k < layer.weights.cols(); ++k)
                layer.weights(j, k) = random.uniform(-range, range);
        }
        for (Eigen::Index j = 0; j < layer.biases.size(); ++j)
            layer.biases(j) = scheme == InitScheme::Uniform ? random.uniform(-range, range) : 0.0;
    }
}

std::int64_t Network::parameterCount() const
{
    std::int64_t count = 0;
    for (const Layer &layer : m_layers)
        count += layer.weights.size() + layer.biases.size();
    return count;
}

void Network::setLoss(Loss loss)
{
    if (!isLossCompatible(loss, m_layers.back().activation))
        throw InputError("the " + std::string(lossName(loss)) +
                         " loss needs a softmax or logistic output layer, not " +
                         std::string(activationName(m_layers.back().activation)));
    m_loss = loss;
}

void Network::setActivation(int l, Activation activation)
{
    if (l < 1 || l > layerCount())
        throw InputError("there is no layer " + std::to_string(l));
    if (activation == Activation::Softmax && l != layerCount())
        throw InputError("softmax is only allowed on the output layer, not on layer " + std::to_string(l));
    if (l == layerCount() && !isLossCompatible(m_loss, activation))
        throw InputError("the " + std::string(lossName(m_loss)) +
                         " loss needs a softmax or logistic output layer, not " +
                         std::string(activationName(activation)));
    layer(l).activation = activation;
}

bool Network::isFinite() const
{
    for (const Layer &layer : m_layers) {
        if (!layer.weights.allFinite() || !layer.biases.allFinite())
            return false;
    }
    return true;
}

} // namespace bp
