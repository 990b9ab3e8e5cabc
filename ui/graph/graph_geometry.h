#pragma once

#include <QFont>
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
    /// No text on the graph is smaller than this: 14 px at the desk and 24 px in presenter mode on
    /// a 1920 × 1080 window, in proportion on smaller ones (by the square root of the area), never
    /// below kMinTextPixels.
    double minTextPixels = 14.0;
    /// The size of the values printed on neurons, the same on every neuron (at zoom 1).
    double valuePixels = 14.0;
};

/// The smallest text the graph prints, whatever the window: legible from the back of a lecture hall
/// on a 1024 × 768 projector.
inline constexpr double kMinTextPixels = 12.0;
/// Layers up to this size print their values on (or beside) every neuron when they have the room;
/// larger ones say so in their caption and keep the values in the tool tips.
inline constexpr int kLabelledLayerLimit = 40;

/// textScale enlarges the captions, legend and banner (presenter mode: 1.6). roomSize is the size of
/// the window the view is in (the projector's picture); empty means the view's own size.
ViewMetrics viewMetrics(QSizeF viewSize, bool banner, double textScale = 1.0, QSizeF roomSize = {});

/// The least text size on a projector of `roomSize` when presenting (viewMetrics' minTextPixels at a
/// presenter's scale, in whole pixels): the graph's values keep it, and so do the quiz's bar and the
/// class's answers beside the graph.
int presenterTextPixels(QSizeF roomSize);

/// The font of the values printed on neurons, at a pixel size.
QFont neuronValueFont(double pixels);

/// The widest value a neuron prints ("σ′=−0.00888"), and the widest number alone, at a pixel size.
double widestValueWidth(double pixels);
double widestNumberWidth(double pixels);
/// The width of a value's text in the neurons' value font, at a pixel size.
double valueTextWidth(const QString &text, double pixels);

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
    /// Whether the neurons print their values: circles of a layer of at most kLabelledLayerLimit
    /// with room for a line of text per neuron.
    bool labelled = false;
    /// The values go in a tag to the right of each circle (the circle is too small for them).
    bool valuesBeside = false;
    /// The tags alternate sides, the first neuron's to the right, the second's to the left, …: the
    /// column is too dense for a tag per neuron on one side, but each side has one per two neurons.
    bool alternateSides = false;
    /// The tags (valuesBeside) go below the circles, centred: a hidden layer with height to spare
    /// in a view too narrow for its tags beside the circles (they then share the column's width).
    bool valuesBelow = false;
    /// Inside a circle: "δ=+0.138" on one line (1) or "δ" over "+0.138" (2).
    int valueLines = 1;
    /// Pixel size of the values (the same for every labelled layer).
    double valuePixels = 0.0;
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
    /// gaugeLine: the line scale the σ′ gauges are drawn at beside the neurons of layers 1..L (0 when
    /// they are not drawn); the values and targets beside the circles then start beyond them.
    /// inputWidth: the width at 1 px of the widest x the input layer prints (its dataset's; 0 when
    /// unknown: then room for any number).
    GraphGeometry(const std::vector<int> &sizes, QSizeF viewSize, double zoom, QPointF offset, bool banner,
                  double textScale = 1.0, QSizeF roomSize = {}, double gaugeLine = 0.0, double inputWidth = 0.0);

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
    /// The tag beside a neuron whose value does not fit its circle, for a value of textWidth pixels:
    /// its box (a fixed gap right of the circle, or left of it for every second neuron of a layer
    /// whose tags alternate sides; vertically centred; or below the circle, horizontally centred, in
    /// a layer whose values go below); empty when the layer's values go inside the circles or are
    /// not printed.
    QRectF besideTag(int layer, int neuron, double textWidth) const;
    /// How far right of a circle of `layer` a text starts to clear the neuron's σ′ gauge (0 when no
    /// gauge is drawn there).
    double gaugeClearance(int layer) const;
    /// The area the network is laid out in, zoomed and shifted like the neurons.
    QRectF contentRect() const { return m_content; }
    /// Whether the targets have their room beside the output layer (they give way to the neurons'
    /// values on a view too narrow for both).
    bool showsTargets() const { return m_targets; }

private:
    double gaugeClearance(int layer, double radius) const;

    std::vector<LayerGeometry> m_layers;
    ViewMetrics m_metrics;
    double m_zoom = 1.0;
    QRectF m_content;
    bool m_targets = false;
    double m_gaugeLine = 0.0;
};

} // namespace bp::ui
