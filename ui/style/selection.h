#pragma once

#include <algorithm>
#include <vector>

namespace bp::ui {

/// What is selected in the network view: a neuron, an edge (a weight) or nothing. Shared by every
/// panel that points at a part of the network (the graph, the equations, the quiz, the lesson).
struct Selection {
    enum class Kind { None, Neuron, Edge };
    Kind kind = Kind::None;
    /// The neuron's layer (0 = input, 1..L); for an edge, the layer l of wˡⱼₖ.
    int layer = 0;
    /// Neuron j of that layer (0-based).
    int neuron = 0;
    /// For an edge: neuron k of layer l − 1 (0-based).
    int from = 0;

    bool operator==(const Selection &) const = default;
};

/// The quiz conceals the values the class is predicting: is δˡⱼ of neuron (layer, neuron) one of them?
inline bool concealsDelta(const std::vector<Selection> &concealed, int layer, int neuron)
{
    return std::any_of(concealed.begin(), concealed.end(), [&](const Selection &s) {
        return s.kind == Selection::Kind::Neuron && s.layer == layer && s.neuron == neuron;
    });
}

/// Is the weight wˡⱼₖ (its update) one the class is predicting?
inline bool concealsWeight(const std::vector<Selection> &concealed, int layer, int neuron, int from)
{
    return std::any_of(concealed.begin(), concealed.end(), [&](const Selection &s) {
        return s.kind == Selection::Kind::Edge && s.layer == layer && s.neuron == neuron && s.from == from;
    });
}

} // namespace bp::ui
