#include "core/training/model_edit.h"

#include "core/formats/error.h"
#include "core/training/trainer.h"

#include <algorithm>
#include <cmath>

namespace bp {

NetworkShape shapeOf(const Network &network)
{
    NetworkShape shape;
    shape.sizes = network.sizes();
    for (const Layer &layer : network.layers())
        shape.activations.push_back(layer.activation);
    shape.loss = network.loss();
    return shape;
}

Network reshapeNetwork(const Network &current, const NetworkShape &shape, const std::vector<int> &sourceLayer,
                       const Network &fill)
{
    const std::string problem = Network::validateShape(
        std::vector<std::int64_t>(shape.sizes.begin(), shape.sizes.end()), shape.activations, shape.loss);
    if (!problem.empty())
        throw InputError(problem);
    if (shapeOf(fill) != shape)
        throw InputError("the new parameters do not have the shape of the new network");
    const int layers = static_cast<int>(shape.sizes.size()) - 1;
    if (static_cast<int>(sourceLayer.size()) != layers)
        throw InputError("expected " + std::to_string(layers) + " source layers, found " +
                         std::to_string(sourceLayer.size()));
    Network result = fill;
    for (int l = 1; l <= layers; ++l) {
        const int source = sourceLayer[static_cast<std::size_t>(l - 1)];
        if (source == 0)
            continue;
        if (source < 1 || source > current.layerCount())
            throw InputError("layer " + std::to_string(l) + " takes its weights from layer " +
                             std::to_string(source) + ", which the network does not have");
        const Layer &from = current.layer(source);
        Layer &to = result.layer(l);
        const Eigen::Index rows = std::min(from.weights.rows(), to.weights.rows());
        const Eigen::Index cols = std::min(from.weights.cols(), to.weights.cols());
        to.weights.topLeftCorner(rows, cols) = from.weights.topLeftCorner(rows, cols);
        to.biases.head(rows) = from.biases.head(rows);
    }
    return result;
}

std::vector<int> inverseSourceLayers(const std::vector<int> &sourceLayer, int previousLayers)
{
    std::vector<int> inverse(static_cast<std::size_t>(std::max(previousLayers, 0)), 0);
    for (std::size_t l = 0; l < sourceLayer.size(); ++l) {
        const int source = sourceLayer[l];
        if (source >= 1 && source <= previousLayers)
            inverse[static_cast<std::size_t>(source - 1)] = static_cast<int>(l) + 1;
    }
    return inverse;
}

ModelEdit applyModelEdit(Trainer &trainer, const ModelEdit &edit, const RunOrigin &origin)
{
    ModelEdit inverse;
    std::optional<Network> network;
    if (edit.shape) {
        // The shape is checked before anything of its size is allocated.
        const std::string problem = Network::validateShape(
            std::vector<std::int64_t>(edit.shape->sizes.begin(), edit.shape->sizes.end()),
            edit.shape->activations, edit.shape->loss);
        if (!problem.empty())
            throw InputError(problem);
        Network fresh;
        if (!edit.fill) {
            fresh = Network(edit.shape->sizes, edit.shape->activations, edit.shape->loss);
            fresh.initialize(origin.init, origin.seed, origin.initRange);
        }
        network =
            reshapeNetwork(trainer.network(), *edit.shape, edit.sourceLayer, edit.fill ? *edit.fill : fresh);
    }
    if (edit.dataset)
        inverse.dataset = trainer.dataset();
    if (edit.shape) {
        inverse.shape = shapeOf(trainer.network());
        inverse.sourceLayer = inverseSourceLayers(edit.sourceLayer, trainer.network().layerCount());
        inverse.fill = std::make_shared<const Network>(trainer.network());
    }
    trainer.replaceModel(network ? std::move(*network) : trainer.network(),
                         edit.dataset ? *edit.dataset : trainer.dataset());
    return inverse;
}

ParameterEdit applyParameterEdit(Trainer &trainer, const ParameterEdit &edit)
{
    if (!std::isfinite(edit.value))
        throw InputError("a weight or bias must be a finite number");
    const Network &network = trainer.network();
    if (edit.layer < 1 || edit.layer > network.layerCount())
        throw InputError("there is no layer " + std::to_string(edit.layer));
    const Layer &layer = network.layer(edit.layer);
    if (edit.neuron < 0 || edit.neuron >= layer.weights.rows())
        throw InputError("layer " + std::to_string(edit.layer) + " has no neuron " +
                         std::to_string(edit.neuron + 1));
    if (edit.from < -1 || edit.from >= layer.weights.cols())
        throw InputError("layer " + std::to_string(edit.layer - 1) + " has no neuron " +
                         std::to_string(edit.from + 1));
    ParameterEdit inverse = edit;
    inverse.value = edit.from < 0 ? layer.biases(edit.neuron) : layer.weights(edit.neuron, edit.from);
    trainer.setParameter(edit.layer, edit.neuron, edit.from, edit.value);
    return inverse;
}

} // namespace bp
