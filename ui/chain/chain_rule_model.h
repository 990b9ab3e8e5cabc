#pragma once

#include "core/trace.h"
#include "ui/style/selection.h"

#include <QString>

#include <optional>
#include <vector>

namespace bp::ui {

/// One scalar of the selected neuron's computation: an input, a weight, a bias, an operation
/// (× or +, the activation f) or the error E, or the "+ N more" that stands for collapsed ones.
struct ChainNode {
    enum class Kind { Input, Weight, Bias, Multiply, Sum, Activation, Loss, More };
    Kind kind = Kind::Input;
    /// The lecture's symbol ("a¹₁", "w²₁₂", "z²₁", "E"); for More, empty.
    QString label;
    /// Grid position: column 0 (inputs) … rightmost (E); row in half-rows from the top.
    int column = 0;
    double row = 0.0;
    /// For More: how many are collapsed, and whether they are this neuron's inputs (or the next
    /// layer's neurons).
    int hidden = 0;
    bool moreInputs = true;

    /// The forward value, when its phase has been reached.
    std::optional<double> value;
    /// ∂E/∂(this node), when the backward pass has reached it. `gradientConcealed`: the class is
    /// predicting it (quiz): shown as "?".
    std::optional<double> gradient;
    bool gradientConcealed = false;
    /// The weight or bias after the update, when the update has been reached.
    std::optional<double> updated;
    bool updatedConcealed = false;
    /// Computed in the phase on show.
    bool current = false;
};

/// An edge from an operand to the operation that uses it (always pointing forward, towards E).
struct ChainEdge {
    int from = 0;
    int to = 0;
    /// ∂(to)/∂(from), when the backward pass has crossed the edge: a multiply swaps its operands,
    /// an add copies (1), the activation gives f′(z).
    std::optional<double> local;
    /// The edge the phase on show computes: upstream × local = downstream is written on it.
    bool current = false;
    double upstream = 0.0;
    double downstream = 0.0;
    bool productConcealed = false;
    /// The edge stands for the rest of the network (dashed), from z of the next layer to E.
    bool rest = false;
};

/// The selected neuron unfolded into its scalar operations, with the numbers of one phase.
struct ChainModel {
    /// The neuron (layer 1..L, neuron 0-based); layer 0 when there is nothing to show.
    int layer = 0;
    int neuron = 0;
    std::vector<ChainNode> nodes;
    std::vector<ChainEdge> edges;
    /// The phase on show: forward (values), backward (gradients) or none.
    PhaseKind phaseKind = PhaseKind::Forward;
    int phaseLayer = 0;
    bool backward = false;
    /// The phase sums ∂E/∂aˡⱼ over the next layer's neurons: BP2 (the view says so).
    bool sumsNextLayer = false;
    /// The output is softmax: ∂E/∂a is not element-wise (the view says BP1 uses the Jacobian).
    bool softmaxOutput = false;
    int columns = 0;
    double rows = 0.0;
};

/// What the view has expanded ("+ N more" clicked).
struct ChainExpansion {
    bool inputs = false;
    bool next = false;
};

/// Inputs and next-layer neurons shown before collapsing into "+ N more" (a layer of up to one more
/// is shown whole).
inline constexpr int kChainShown = 3;

/// The chain-rule graph of the selected neuron (a neuron of layer 1..L, or the neuron of a selected
/// edge's head) at phase `phaseIndex` of the trace: values of the phases reached, never of later
/// ones. Returns an empty model (layer 0) with no trace, no phase or no such neuron.
ChainModel buildChainModel(const Trace &trace, int phaseIndex, const Selection &selection,
                           const std::vector<Selection> &concealed, const ChainExpansion &expansion);

} // namespace bp::ui
