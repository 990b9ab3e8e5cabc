#pragma once

#include "ui/graph/color_legend.h"
#include "ui/graph/graph_geometry.h"
#include "ui/graph/scene_frame.h"

#include <QList>
#include <QString>

namespace bp::ui {

/// The value printed on a neuron, fitted to its circle.
struct NeuronLabel {
    /// The printed lines joined by "\n" ("" when nothing is printed).
    QString text;
    /// One or two lines ("δ=+0.138", or "δ" over "+0.138" when one line would be too small).
    QStringList lines;
    /// Pixel size of the (last) line; a first line of two is drawn at 0.8 of it.
    double fontPixels = 0.0;
};

/// Text smaller than this is not printed at all.
inline constexpr double kMinLabelPixels = 10.0;

/// What the neuron prints now, given the phase, and whether (and how) it fits its circle.
NeuronLabel neuronLabel(const SceneFrame &frame, const GraphGeometry &geometry, int layer, int neuron);

/// The font of the values printed on neurons, at a pixel size.
QFont neuronValueFont(double pixels);

/// "input", "layer 1", "output", and the activation's name.
QString layerTitle(int layer, int layerCount);

/// A short description of the phase on show, e.g. "Backward · δ¹ (BP2)"; "" when none.
QString phaseTitle(const SceneFrame &frame);

/// Rich-text tooltips in the lecture's notation; values not computed yet in this phase are "—".
QString neuronTooltip(const SceneFrame &frame, int layer, int neuron);
QString edgeTooltip(const SceneFrame &frame, int layer, int neuron, int from);

/// The colour scales the frame is drawn with, in the order: edges, δ, activations.
QList<LegendEntry> legendEntries(const SceneFrame &frame);

} // namespace bp::ui
