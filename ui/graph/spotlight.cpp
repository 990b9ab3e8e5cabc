#include "ui/graph/spotlight.h"

namespace bp::ui {

Spotlight::Spotlight(const SceneFrame &frame, const Selection &selection, bool on) : m_selection(selection)
{
    if (!on || frame.isEmpty())
        return;
    m_layerCount = frame.layerCount();
    const auto inRange = [&](int layer, int neuron) {
        return layer >= 0 && layer <= m_layerCount && neuron >= 0 && neuron < frame.layerSize(layer);
    };
    if (selection.kind == Selection::Kind::Neuron && inRange(selection.layer, selection.neuron)) {
        m_rule = Rule::Neuron;
        m_active = true;
        return;
    }
    if (selection.kind == Selection::Kind::Edge && selection.layer >= 1 &&
        inRange(selection.layer, selection.neuron) && inRange(selection.layer - 1, selection.from)) {
        m_rule = Rule::Edge;
        m_active = true;
        return;
    }
    if (!frame.isReplaying())
        return;
    // The layers and weights each phase's equation reads and writes.
    m_litLayers.assign(static_cast<std::size_t>(m_layerCount + 1), false);
    m_litEdges.assign(static_cast<std::size_t>(m_layerCount + 1), false);
    auto light = [&](int layer, bool withEdges) {
        if (layer < 0 || layer > m_layerCount)
            return;
        m_litLayers[static_cast<std::size_t>(layer)] = true;
        if (withEdges && layer >= 1)
            m_litEdges[static_cast<std::size_t>(layer)] = true;
    };
    const Phase phase = frame.phase();
    const int l = phase.layer;
    switch (phase.kind) {
    case PhaseKind::Forward:   // zˡ = Wˡaˡ⁻¹ + bˡ
    case PhaseKind::Gradients: // ∂E/∂wˡⱼₖ = aˡ⁻¹ₖ δˡⱼ
        light(l - 1, false);
        light(l, true);
        break;
    case PhaseKind::OutputError: // δᴸ = (aᴸ − t) ⊙ σ′(zᴸ)
        light(m_layerCount, false);
        break;
    case PhaseKind::Backward: // δˡ = ((Wˡ⁺¹)ᵀδˡ⁺¹) ⊙ σ′(zˡ)
        light(l, false);
        light(l + 1, true);
        break;
    case PhaseKind::Update: return; // every weight changes: nothing to single out
    }
    m_rule = Rule::Layers;
    m_active = true;
}

bool Spotlight::isLit(int layer, int neuron) const
{
    switch (m_rule) {
    case Rule::All: return true;
    case Rule::Layers:
        return layer >= 0 && layer < static_cast<int>(m_litLayers.size()) &&
               m_litLayers[static_cast<std::size_t>(layer)];
    case Rule::Neuron:
        // The neuron and every neuron one edge away from it.
        return (layer == m_selection.layer && neuron == m_selection.neuron) ||
               layer == m_selection.layer - 1 || layer == m_selection.layer + 1;
    case Rule::Edge:
        return (layer == m_selection.layer && neuron == m_selection.neuron) ||
               (layer == m_selection.layer - 1 && neuron == m_selection.from);
    }
    return true;
}

bool Spotlight::isLit(int layer, int neuron, int from) const
{
    switch (m_rule) {
    case Rule::All: return true;
    case Rule::Layers:
        return layer >= 1 && layer < static_cast<int>(m_litEdges.size()) &&
               m_litEdges[static_cast<std::size_t>(layer)];
    case Rule::Neuron:
        return (layer == m_selection.layer && neuron == m_selection.neuron) ||
               (layer == m_selection.layer + 1 && from == m_selection.neuron);
    case Rule::Edge:
        return layer == m_selection.layer && neuron == m_selection.neuron && from == m_selection.from;
    }
    return true;
}

} // namespace bp::ui
