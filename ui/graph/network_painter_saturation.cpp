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
    const double ringWidth = std::clamp(r * 0.075, 1.0, 4.5) * m_line;
    // Just outside the ring, upper right: the bias square sits upper left, a value tag to the right
    // at the centre's height, and the badge lower left.
    const double width = std::clamp(r * 0.14, 3.0, 8.0) * m_line;
    saturation_marks::paintGauge(m_painter, c, r + ringWidth + width * 0.5 + 1.5, unit->meanDerivative, width,
                                 unit->saturated);
    // Never smaller than a text's x-height at the projector's minimum, so the back row sees it.
    const double badge = std::clamp(r * 0.32, 7.0, 18.0) * std::sqrt(m_line);
    const QPointF at = c + QPointF(-0.8 * r, 0.8 * r);
    if (unit->dead)
        saturation_marks::paintDeadBadge(m_painter, at, badge);
    else if (unit->saturated)
        saturation_marks::paintSaturatedBadge(m_painter, at, badge);
}

} // namespace bp::ui
