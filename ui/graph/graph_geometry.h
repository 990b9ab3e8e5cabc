#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace bp::ui {

/// Sizes of the parts of the view that do not zoom (captions, legend, banner), in widget pixels.
struct ViewMetrics {
    /// The pixel size of caption text; everything else is a multiple of it.
    double uiPixels = 14.0;
    /// Presenter mode's enlargement of the text (1 at the desk); neuron values then favour size
    /// over digits.
    double textScale = 1.0;
    /// Height of the "Training diverged" banner at the top (0 when there is none).
    double bannerHeight = 0.0;
    /// Top and height of the strip of layer captions.
    double captionTop = 0.0;
    double captionHeight = 0.0;
    /// Height of the legend strip at the bottom.
    double legendHeight = 0.0;
};

/// textScale enlarges the captions, legend and banner (presenter mode: 1.6).
ViewMetrics viewMetrics(QSizeF viewSize, bool banner, double textScale = 1.0);

/// Where one layer's neurons are drawn, in widget coordinates.
struct LayerGeometry {
    int count = 0;
    /// Drawn as a block of small squares (layers too large for a column of circles).
    bool grid = false;
    int columns = 1;
    /// Distance between the centres of neighbouring squares of a grid.
    double cell = 0.0;
    /// Circles: the radius. Grids: half the side of a square.
    double radius = 0.0;
    /// Centre of the layer's column.
    double x = 0.0;
    /// The box around all the layer's neurons.
    QRectF bounds;
    std::vector<QPointF> centres;
};

/// The positions of every neuron for a network shape, a view size, a zoom and a pan offset.
/// At zoom 1 the whole network fits the view; zooming scales everything about the origin and then
/// shifts by the offset (widget = world · zoom + offset).
class GraphGeometry {
public:
    GraphGeometry() = default;
    GraphGeometry(const std::vector<int> &sizes, QSizeF viewSize, double zoom, QPointF offset, bool banner,
                  double textScale = 1.0);

    bool isEmpty() const { return m_layers.empty(); }
    const ViewMetrics &metrics() const { return m_metrics; }
    double zoom() const { return m_zoom; }
    /// Number of layers including the input (L + 1).
    int layerCount() const { return static_cast<int>(m_layers.size()); }
    const LayerGeometry &layer(int layer) const { return m_layers[static_cast<std::size_t>(layer)]; }
    QPointF centre(int layer, int neuron) const;
    /// The circle's (or square's) bounding box; empty for an index out of range.
    QRectF neuronRect(int layer, int neuron) const;
    /// The neuron of layer under p (within tolerance pixels of its edge), or −1.
    int neuronAt(int layer, QPointF p, double tolerance) const;
    /// The area the network is laid out in, zoomed and shifted like the neurons.
    QRectF contentRect() const { return m_content; }

private:
    std::vector<LayerGeometry> m_layers;
    ViewMetrics m_metrics;
    double m_zoom = 1.0;
    QRectF m_content;
};

} // namespace bp::ui
