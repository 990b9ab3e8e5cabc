#pragma once

#include "core/data/dataset.h"
#include "core/maths/network.h"
#include "core/training/run_group.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bp {

class Trainer;

/// The shape of a network without its parameters: {n₀, …, n_L}, one activation per layer 1..L,
/// and the loss.
struct NetworkShape {
    std::vector<int> sizes;
    std::vector<Activation> activations;
    Loss loss = Loss::HalfSquaredError;

    bool operator==(const NetworkShape &) const = default;
};

/// The shape of this network.
NetworkShape shapeOf(const Network &network);

/// A network of `shape` whose parameters come from `current` where the shapes allow, and from
/// `fill` (a network of exactly that shape) everywhere else. sourceLayer has one entry per layer
/// 1..L of the result: the layer of `current` (1-based) it takes its parameters from, or 0 for a new
/// layer. A layer taken from current keeps the top-left block of Wˡ and the first entries of bˡ
/// that both shapes have: neurons are added and removed at the end of a layer, so every kept
/// weight wˡⱼₖ keeps its j and k. Throws InputError for an impossible shape, a fill of another
/// shape or a source layer out of range.
Network reshapeNetwork(const Network &current, const NetworkShape &shape, const std::vector<int> &sourceLayer,
                       const Network &fill);

/// The sourceLayer that undoes a reshape with `sourceLayer` from a network of `previousLayers`
/// layers: layer s of the previous network takes its parameters back from the new layer that took
/// them from it (0 where none did).
std::vector<int> inverseSourceLayers(const std::vector<int> &sourceLayer, int previousLayers);

/// One edit of the model a trainer holds, applied between two steps: new training data, a new
/// architecture, or both at once (a new input or target column needs both).
struct ModelEdit {
    /// Replaces the training data (samples as columns; widths must fit the resulting network).
    std::optional<Dataset> dataset;
    /// The architecture to reshape to (see reshapeNetwork), with its sourceLayer.
    std::optional<NetworkShape> shape;
    std::vector<int> sourceLayer;
    /// Parameters where nothing is kept. Null: a network of `shape` drawn with the run's seed (so
    /// applying the same edit again draws the same new weights).
    std::shared_ptr<const Network> fill;
};

/// Applies the edit to the trainer and returns the edit that undoes it: the previous data, and the
/// previous shape with the previous parameters as its fill, so that applying it right away brings
/// back the model bit for bit (after training in between, the trained weights are kept where the
/// shapes allow). Throws InputError, changing nothing, when the result would be impossible (a bad
/// shape, data that does not fit the network). New parameters (an edit without a fill) are drawn as
/// the run's own were: `origin`'s seed, scheme and range (the Saturation lesson's U(±5), not ±0.5).
ModelEdit applyModelEdit(Trainer &trainer, const ModelEdit &edit, const RunOrigin &origin);

/// A new value for one parameter: the weight wˡⱼₖ (from ≥ 0) or the bias bˡⱼ (from = −1).
struct ParameterEdit {
    /// l in 1..L.
    int layer = 1;
    /// j, 0-based, in layer l.
    int neuron = 0;
    /// k, 0-based, in layer l − 1; −1 for the bias.
    int from = -1;
    double value = 0.0;
};

/// Sets the parameter in the trainer's network and returns the edit that puts back its previous
/// value. Throws InputError, changing nothing, for an index out of range or a value that is not
/// finite.
ParameterEdit applyParameterEdit(Trainer &trainer, const ParameterEdit &edit);

} // namespace bp
