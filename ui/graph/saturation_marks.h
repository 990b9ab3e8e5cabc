#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace bp::ui {

/// The saturation view's shapes, drawn the same on the neurons and in the legend. They carry no
/// text, so they are legible at any size and in any language; the legend names them.
namespace saturation_marks {

/// Where the σ′ gauge of a neuron goes: the radius of the stroke's middle and its width, for a circle
/// of `neuronRadius` drawn at `lineScale` (presenter mode thickens it with the other lines).
struct GaugeShape {
    double radius = 0.0;
    double width = 0.0;
};
GaugeShape gaugeShape(double neuronRadius, double lineScale);

/// How far past the neuron's circle the gauge reaches (its outer edge) to the right: a value or a
/// target beside the circle starts beyond it.
double gaugeReach(double neuronRadius, double lineScale);

/// Boxes that together cover the painted quarter ring of a gauge centred on `centre` and little
/// else (one per twelfth of a circle): what the gauge covers on the graph.
std::vector<QRectF> gaugeBoxes(QPointF centre, const GaugeShape &shape);

/// A quarter ring from half past one to half past four around a neuron of radius `radius` centred on
/// `centre`: the faint track, filled clockwise by `fraction` (0..1, mean σ′ / max σ′), in amber
/// when the unit is saturated.
void paintGauge(QPainter &painter, QPointF centre, double radius, double fraction, double width,
                bool saturated);

/// A badge of radius `radius`: "saturated" is an amber disc with a flat line (σ′ flat, the curve's
/// plateau); "dead" is a dark disc with a cross (relu′ = 0 on every sample).
void paintSaturatedBadge(QPainter &painter, QPointF centre, double radius);
void paintDeadBadge(QPainter &painter, QPointF centre, double radius);

/// The legend's words for the three shapes, translated.
QString gaugeText();
QString saturatedText();
QString deadText();

} // namespace saturation_marks

} // namespace bp::ui
