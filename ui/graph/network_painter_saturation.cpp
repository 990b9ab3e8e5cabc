// The saturation view on the neurons: a σ′ gauge and the saturated or dead mark, apart from the
// painter's main file (which draws the values they sit beside).
#include "ui/graph/network_painter.h"

#include "ui/graph/saturation_marks.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp::ui {

void NetworkPainter::paintSaturation(int layer, int neuron)
{
    const UnitSaturation *unit = m_frame.unitSaturation(layer, neuron);
    if (!unit)
        return;
    const LayerGeometry &g = m_geometry.layer(layer);
    const double r = g.radius;
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)];
    // Just outside the ring, on the right (clear of the neighbours above and below): the bias square
    // sits upper left, a value tag to the right beyond the gauge's reach, and the badge lower left.
    const saturation_marks::GaugeShape gauge = saturation_marks::gaugeShape(r, m_line);
    saturation_marks::paintGauge(m_painter, c, gauge.radius, unit->meanDerivative, gauge.width, unit->saturated);
    for (const QRectF &box : saturation_marks::gaugeBoxes(c, gauge))
        recordMark(PaintedMark::Kind::Gauge, box, layer, neuron);
    // Never smaller than a text's x-height at the projector's minimum, so the back row sees it.
    const double badge = std::clamp(r * 0.32, 7.0, 18.0) * std::sqrt(m_line);
    const QPointF at = c + QPointF(-0.8 * r, 0.8 * r);
    if (unit->dead || unit->saturated)
        recordMark(PaintedMark::Kind::Badge, QRectF(at.x() - badge, at.y() - badge, 2.0 * badge, 2.0 * badge),
                   layer, neuron);
    if (unit->dead)
        saturation_marks::paintDeadBadge(m_painter, at, badge);
    else if (unit->saturated)
        saturation_marks::paintSaturatedBadge(m_painter, at, badge);
}

} // namespace bp::ui
