#pragma once

#include <QPointF>
#include <QString>

class QPainter;

namespace bp::ui {

/// The saturation view's shapes, drawn the same on the neurons and in the legend. They carry no
/// text, so they are legible at any size and in any language; the legend names them.
namespace saturation_marks {

/// A quarter ring from twelve to three o'clock around a neuron of radius `radius` centred on
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
