#include "ui/graph/graph_geometry.h"

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

// Layers up to this size are drawn as circles of one common radius and may print values.
constexpr int kLabelledLayerLimit = 40;
// A column of circles needs at least this vertical pitch at zoom 1; denser layers become grids.
constexpr double kMinCirclePitch = 10.0;
// Circles of a column are never further apart than this many radii (small layers stay together).
constexpr double kMaxPitchInRadii = 3.3;

struct GridChoice {
    int columns = 1;
    double cell = 0.0;
};

GridChoice chooseGrid(int count, double maxHeight, double maxWidth)
{
    auto cellFor = [&](int columns) {
        const int rows = (count + columns - 1) / columns;
        return std::min(maxHeight / rows, maxWidth / columns);
    };
    // A perfect square of 64 or more is most likely an image (28 × 28 for MNIST): show it as one.
    const int side = static_cast<int>(std::lround(std::sqrt(static_cast<double>(count))));
    if (count >= 64 && side * side == count && cellFor(side) >= 4.0)
        return {side, std::min(cellFor(side), 24.0)};
    GridChoice best{1, cellFor(1)};
    for (int columns = 1; columns <= count; ++columns) {
        const double cell = cellFor(columns);
        if (cell >= 9.0)
            return {columns, std::min(cell, 18.0)};
        if (cell > best.cell)
            best = {columns, cell};
        if (columns * 2.0 > maxWidth)
            break;
    }
    best.cell = std::min(best.cell, 18.0);
    return best;
}

} // namespace

ViewMetrics viewMetrics(QSizeF viewSize, bool banner, double textScale)
{
    ViewMetrics m;
    const double base = std::min(viewSize.width(), viewSize.height() * 1.4);
    const double scale = std::isfinite(textScale) ? std::clamp(textScale, 0.5, 3.0) : 1.0;
    m.uiPixels = std::clamp(base / 62.0, 12.0, 20.0) * scale;
    m.textScale = scale;
    m.bannerHeight = banner ? std::round(m.uiPixels * 2.3) : 0.0;
    m.captionTop = m.bannerHeight + std::round(m.uiPixels * 0.45);
    m.captionHeight = std::round(m.uiPixels * 2.55);
    m.legendHeight = std::round(m.uiPixels * 2.9);
    return m;
}

GraphGeometry::GraphGeometry(const std::vector<int> &sizes, QSizeF viewSize, double zoom, QPointF offset,
                             bool banner, double textScale)
    : m_metrics(viewMetrics(viewSize, banner, textScale)), m_zoom(zoom)
{
    const int layerCount = static_cast<int>(sizes.size());
    if (layerCount < 1 || viewSize.isEmpty())
        return;
    const double width = viewSize.width();
    const double height = viewSize.height();
    const double ui = m_metrics.uiPixels;

    const double top = m_metrics.captionTop + m_metrics.captionHeight + ui * 0.5;
    const double bottom = height - m_metrics.legendHeight - ui * 0.4;
    const double available = std::max(bottom - top, 40.0);
    const double left = std::max(width * 0.03, ui * 1.4);
    const double outputCircles = available / std::max(1, sizes.back()) >= kMinCirclePitch;
    // Room on the right for the target tags beside the output neurons.
    const double right = width - std::max(width * 0.025, ui) - (outputCircles ? ui * 4.6 : 0.0);
    const double span = std::max(right - left, 40.0);
    const double spacing = layerCount > 1 ? span / (layerCount - 1) : span;

    // Presenter mode lets circles grow larger, and each layer fill its own column (a small hidden
    // layer then gets the large circles its values need on a projector); at the desk all labelled
    // layers share one radius, which reads as one network.
    const bool presenting = m_metrics.textScale > 1.0;
    const double radiusCap =
        std::min((presenting ? 0.06 : 0.047) * std::min(width, height * 1.4), spacing * 0.21);
    double commonRadius = radiusCap;
    m_layers.resize(static_cast<std::size_t>(layerCount));
    for (int l = 0; l < layerCount; ++l) {
        LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
        g.count = std::max(0, sizes[static_cast<std::size_t>(l)]);
        const double pitch = available / std::max(1, g.count);
        if (pitch >= kMinCirclePitch) {
            // Presenter mode packs the circles closer, for larger values inside them.
            g.radius = std::min(pitch * (presenting ? 0.46 : 0.42), radiusCap);
            if (g.count <= kLabelledLayerLimit)
                commonRadius = std::min(commonRadius, g.radius);
        } else {
            g.grid = true;
            const GridChoice grid = chooseGrid(g.count, available, std::min(span * 0.26, spacing * 0.62));
            g.columns = grid.columns;
            g.cell = grid.cell;
            g.radius = grid.cell * 0.43;
        }
    }
    for (LayerGeometry &g : m_layers) {
        if (!g.grid && g.count <= kLabelledLayerLimit && !presenting)
            g.radius = commonRadius;
    }

    auto halfWidth = [](const LayerGeometry &g) { return g.grid ? g.columns * g.cell / 2.0 : g.radius; };
    const double firstX = left + halfWidth(m_layers.front());
    const double lastX = right - halfWidth(m_layers.back());
    const double centreY = (top + bottom) / 2.0;
    for (int l = 0; l < layerCount; ++l) {
        LayerGeometry &g = m_layers[static_cast<std::size_t>(l)];
        g.x = layerCount > 1 ? firstX + (lastX - firstX) * l / (layerCount - 1) : (left + right) / 2.0;
        g.centres.resize(static_cast<std::size_t>(g.count));
        if (g.grid) {
            const int rows = (g.count + g.columns - 1) / g.columns;
            const double x0 = g.x - g.columns * g.cell / 2.0;
            const double y0 = centreY - rows * g.cell / 2.0;
            for (int i = 0; i < g.count; ++i)
                g.centres[static_cast<std::size_t>(i)] =
                    QPointF(x0 + (i % g.columns + 0.5) * g.cell, y0 + (i / g.columns + 0.5) * g.cell);
        } else {
            const double pitch = std::min(available / std::max(1, g.count), g.radius * kMaxPitchInRadii);
            g.cell = pitch;
            for (int i = 0; i < g.count; ++i)
                g.centres[static_cast<std::size_t>(i)] =
                    QPointF(g.x, centreY + (i - (g.count - 1) / 2.0) * pitch);
        }
    }

    // Zoom and pan: the same affine map for every position and size.
    for (LayerGeometry &g : m_layers) {
        g.x = g.x * zoom + offset.x();
        g.cell *= zoom;
        g.radius *= zoom;
        QRectF bounds;
        for (QPointF &c : g.centres) {
            c = c * zoom + offset;
            const QRectF r(c.x() - g.radius, c.y() - g.radius, 2.0 * g.radius, 2.0 * g.radius);
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
        g.bounds = bounds;
    }
    m_content = QRectF(QPointF(left, top) * zoom + offset, QPointF(right, bottom) * zoom + offset);
}

QPointF GraphGeometry::centre(int layer, int neuron) const
{
    return m_layers[static_cast<std::size_t>(layer)].centres[static_cast<std::size_t>(neuron)];
}

QRectF GraphGeometry::neuronRect(int layer, int neuron) const
{
    if (layer < 0 || layer >= layerCount())
        return {};
    const LayerGeometry &g = m_layers[static_cast<std::size_t>(layer)];
    if (neuron < 0 || neuron >= g.count)
        return {};
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)];
    return {c.x() - g.radius, c.y() - g.radius, 2.0 * g.radius, 2.0 * g.radius};
}

int GraphGeometry::neuronAt(int layer, QPointF p, double tolerance) const
{
    if (layer < 0 || layer >= layerCount())
        return -1;
    const LayerGeometry &g = m_layers[static_cast<std::size_t>(layer)];
    if (g.count == 0 || !g.bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
        return -1;
    if (g.grid) {
        const QPointF origin = g.centres.front() - QPointF(g.cell / 2.0, g.cell / 2.0);
        const int column = static_cast<int>(std::floor((p.x() - origin.x()) / g.cell));
        const int row = static_cast<int>(std::floor((p.y() - origin.y()) / g.cell));
        if (column < 0 || column >= g.columns || row < 0)
            return -1;
        const int index = row * g.columns + column;
        return index < g.count ? index : -1;
    }
    int best = -1;
    double bestDistance = g.radius + tolerance;
    for (int i = 0; i < g.count; ++i) {
        const QPointF d = p - g.centres[static_cast<std::size_t>(i)];
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace bp::ui
