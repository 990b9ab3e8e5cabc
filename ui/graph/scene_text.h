#pragma once

#include "ui/graph/color_legend.h"
#include "ui/graph/graph_geometry.h"
#include "ui/graph/scene_frame.h"

#include <QList>
#include <QString>

namespace bp::ui {

/// The value printed on a neuron: in its circle, or in a tag beside it when the circle is small.
struct NeuronLabel {
    /// The printed lines joined by "\n" ("" when nothing is printed).
    QString text;
    /// One or two lines ("δ=+0.138", or "δ" over "+0.138"); a tag beside the circle has one.
    QStringList lines;
    /// Pixel size of the text (the same on every neuron of the view).
    double fontPixels = 0.0;
    /// In a tag to the right of the circle (box is then the tag).
    bool beside = false;
    /// Where the text is drawn: the tag, or the box of the lines inside the circle.
    QRectF box;
};

/// What the neuron prints now, given the phase, and where: every neuron of a labelled layer
/// (GraphGeometry decides which are) prints its value in one format (formatNeuronValue).
NeuronLabel neuronLabel(const SceneFrame &frame, const GraphGeometry &geometry, int layer, int neuron);

/// The widest x the input layer prints for any sample of `dataset` (training or test), in
/// formatNeuronValue's form: "+1.00" for one-hot codes. Empty for no samples, or for more inputs
/// than a layer prints values for.
QString widestInputText(const Dataset &dataset);

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
