#pragma once

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

} // namespace bp::ui
