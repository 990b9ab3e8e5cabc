#pragma once

#include "ui/graph/network_scene.h"
#include "ui/graph/scene_frame.h"

#include <vector>

namespace bp::ui {

/// What the spotlight of presenter mode leaves lit: the selected neuron, its incoming and outgoing
/// edges and the neurons at their other ends (a selected edge: the edge and its two neurons); with
/// no selection, the layers and edges the phase on show computes with. Everything else is drawn at
/// kSpotlightDimming of its opacity. Inactive (everything lit) when switched off or when there is
/// nothing to single out (no selection and no phase, or the update, which changes every weight).
class Spotlight {
public:
    Spotlight() = default;
    Spotlight(const SceneFrame &frame, const Selection &selection, bool on);

    bool isActive() const { return m_active; }
    /// Neuron j of layer l (0 = input … L).
    bool isLit(int layer, int neuron) const;
    /// The edge wˡⱼₖ, from neuron k of layer l − 1 to neuron j of layer l.
    bool isLit(int layer, int neuron, int from) const;
    /// The factor the opacity of a neuron or an edge is multiplied by: 1 when lit, else the dimming.
    double neuronOpacity(int layer, int neuron) const { return isLit(layer, neuron) ? 1.0 : kDimming; }
    double edgeOpacity(int layer, int neuron, int from) const
    {
        return isLit(layer, neuron, from) ? 1.0 : kDimming;
    }

    /// How much of its opacity a neuron or an edge outside the spotlight keeps: faint enough that
    /// the lit part stands out on a washed-out projector, visible enough to keep the shape.
    static constexpr double kDimming = 0.12;

private:
    enum class Rule { All, Layers, Neuron, Edge };
    Rule m_rule = Rule::All;
    bool m_active = false;
    Selection m_selection;
    int m_layerCount = 0;
    // Rule::Layers: which layers' neurons, and which edge layers (Wˡ, l = 1..L), are lit.
    std::vector<bool> m_litLayers;
    std::vector<bool> m_litEdges;
};

} // namespace bp::ui
