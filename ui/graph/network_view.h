#pragma once

#include "ui/graph/color_legend.h"
#include "ui/graph/edge_canvas.h"
#include "ui/graph/graph_geometry.h"
#include "ui/graph/network_painter.h"
#include "ui/graph/network_scene.h"
#include "ui/graph/scene_frame.h"
#include "ui/graph/spotlight.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QVariantAnimation;

namespace bp::ui {

/// The network graph: layers left to right, edges coloured by the sign of w (or ∂E/∂w), neurons
/// filled by a, δ or σ′ according to the phase of the trace on show, with the values printed where
/// they fit. Painted with QPainter, in batches, so that a 784-128-10 network stays fluid.
///
/// Ctrl+wheel zooms about the pointer, the wheel and a drag pan; a click selects a neuron or a
/// weight (empty space clears the selection); a double-click or Enter asks to edit that weight or
/// the neuron's bias. Hovering shows the values in the lecture's notation.
///
/// From the keyboard: ↑/↓ move the selected neuron within its layer, ←/→ to the neighbouring layer
/// (when the view got focus from the keyboard, Tab or F6; after a click ←/→ stay the window's
/// phase keys, as a teacher who clicks a neuron and steps through the phases expects), Escape
/// clears the selection, then zooms back out to the whole network. The accessible description names the
/// network's shape and the selected neuron's values.
class NetworkView : public QWidget {
    Q_OBJECT
public:
    explicit NetworkView(QWidget *parent = nullptr);
    ~NetworkView() override;

    /// Stores the scene and repaints; cheap, called up to 60 times a second.
    void setScene(const NetworkScene &scene);
    const NetworkScene &scene() const { return m_scene; }

    /// Selects without emitting selectionChanged (which only user clicks and Escape emit).
    void setSelection(const Selection &selection);
    Selection selection() const { return m_selection; }

    /// Zoom factor, clamped to minimumZoom()..maximumZoom(); the view's centre stays in place.
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    static constexpr double minimumZoom() { return 0.5; }
    static constexpr double maximumZoom() { return 8.0; }
    /// The pan: widget = world · zoom + offset.
    QPointF offset() const { return m_offset; }

    /// Fits the view to layer l (0 = input … L) with the near part of its incoming and outgoing
    /// edges, gliding there unless animate is false, and returns the zoom it goes to (1 when the
    /// layer already fills the view's height). Out-of-range layers are ignored (returns the zoom now).
    double zoomToLayer(int layer, bool animate = true);
    /// Back to the whole network (zoom 1), gliding unless animate is false.
    void zoomToNetwork(bool animate = true);
    /// True while a zoomToLayer or zoomToNetwork glide runs.
    bool isZoomAnimating() const;

    /// Presenter mode: captions, legend and phase caption at textScale (and the circles grow with
    /// the room they get), edges, outlines and selection marks at lineScale. 1, 1 is normal.
    void setPresentationScale(double textScale, double lineScale);
    double textScale() const { return m_textScale; }
    double lineScale() const { return m_lineScale; }
    /// The size of caption text in pixels now (scaled by textScale).
    double captionPixels() const;

    /// The spotlight: everything but the selected neuron, its edges and the neurons at their other
    /// ends (with no selection: the layers the current phase computes) is dimmed.
    void setSpotlight(bool on);
    bool isSpotlight() const { return m_spotlightOn; }
    /// What the painter dims now (inactive when the spotlight is off or has nothing to single out).
    Spotlight spotlight() const;

    /// What is at a point of the widget: a neuron, else an edge, else nothing.
    Selection hitTest(QPointF widgetPosition) const;
    /// The box of a neuron (circle or square) in widget coordinates; empty when out of range.
    QRectF neuronRect(int layer, int neuron) const;
    /// The boxes of every neuron (of layers drawn as circles) and of every text that belongs to one
    /// (its value, tag, target, σ′ gauge), in widget coordinates: what an overlay must leave uncovered.
    QList<QRectF> neuronAndValueRects() const;
    /// The text printed on that neuron now ("" when nothing is), lines joined by "\n".
    QString valueText(int layer, int neuron) const;
    /// The colour scales on show (the legend in the corner shows the same).
    QList<LegendEntry> legendEntries() const;
    /// The value labels on the edges of the last painted frame (the weights', and the selected
    /// edge's): where and what. They never overlap, and a weight has one.
    struct WeightLabel {
        QRectF rect;
        QString text;
    };
    QList<WeightLabel> weightLabels() const { return m_weightLabels; }
    /// Every text the last paint drew, with its box and size (for tests of the layout).
    const std::vector<PaintedText> &paintedTexts() const { return m_paintedTexts; }
    /// Every mark without text the last paint drew beside a neuron (σ′ gauges, badges, a bias tag's
    /// pointer), with what it covers (for tests of the layout).
    const std::vector<PaintedMark> &paintedMarks() const { return m_paintedMarks; }
    /// The size of the values printed on neurons now (0 when none are).
    double valuePixels(int layer) const;
    /// Where an arrow key (Qt::Key_Up, _Down, _Left, _Right) moves the selection from `from`: within
    /// the layer, or to the neighbouring layer at the same relative height. Nothing (or an edge)
    /// selected starts at the first neuron of the input (or the edge's target neuron).
    Selection neighbour(const Selection &from, int key) const;
    /// Whether ←/→ move the selection now (true after keyboard focus, false after a click).
    bool arrowsChooseLayers() const { return m_arrowsChooseLayers; }

    QSize sizeHint() const override { return {900, 600}; }
    QSize minimumSizeHint() const override { return {400, 300}; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    /// A click selected a neuron or an edge, or cleared the selection.
    void selectionChanged(const bp::ui::Selection &selection);
    /// A double-click or Enter on an edge (the weight wˡⱼₖ) or on a neuron of layer l ≥ 1 (its
    /// bias bˡⱼ) asks to edit that parameter.
    void parameterEditRequested(const bp::ui::Selection &selection);
    /// The colour scales changed (for a ColorLegend elsewhere in the window).
    void legendChanged(const QList<bp::ui::LegendEntry> &entries);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    const GraphGeometry &geometry(const SceneFrame &frame) const;
    SceneFrame frame() const;
    void updateScales();
    void zoomAbout(QPointF anchor, double factor);
    void glideTo(double zoom, QPointF offset, bool animate);
    void setOffset(QPointF offset);
    QPointF clampedOffset(QPointF offset) const;
    void setHover(const Selection &hover);
    void userSelect(const Selection &selection);
    bool takesArrow(const QKeyEvent &event) const;
    void describeForAccessibility();

    NetworkScene m_scene;
    Selection m_selection;
    Selection m_hover;
    bool m_arrowsChooseLayers = false;
    std::shared_ptr<const Network> m_describedNetwork;
    double m_zoom = 1.0;
    QPointF m_offset;
    double m_textScale = 1.0;
    double m_lineScale = 1.0;
    /// The widest x of the scene's dataset, as the input layer prints it ("" when unknown).
    QString m_widestInput;
    bool m_spotlightOn = false;
    // A glide to a layer: from (zoom, centre of the view in world coordinates) to the target.
    QVariantAnimation *m_zoomAnimation = nullptr;
    double m_glideFromZoom = 1.0;
    double m_glideToZoom = 1.0;
    QPointF m_glideFromCentre;
    QPointF m_glideToCentre;

    // Colour scales are computed once per trace (max |δ| of the whole step) or per network.
    ValueScales m_scales;
    ValueScales m_traceScales;
    std::shared_ptr<const Trace> m_scaledTrace;
    std::shared_ptr<const Network> m_scaledNetwork;
    double m_networkScale = 1.0;
    QList<LegendEntry> m_legend;

    // The layout depends only on the network's shape, the size, the zoom and the pan.
    struct GeometryKey {
        std::vector<int> sizes;
        QSize size;
        double zoom = 0.0;
        QPointF offset;
        bool banner = false;
        double textScale = 1.0;
        QSize room;
        double themeText = 1.0;
        double gaugeLine = 0.0;
        double inputWidth = 0.0;
        bool operator==(const GeometryKey &) const = default;
    };
    mutable GeometryKey m_geometryKey;
    mutable GraphGeometry m_geometry;
    mutable bool m_geometryValid = false;
    EdgeCanvas m_edgeCanvas;
    std::vector<PaintedText> m_paintedTexts;
    std::vector<PaintedMark> m_paintedMarks;

    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPosition;
    QPointF m_pressOffset;
    QList<WeightLabel> m_weightLabels;
};

} // namespace bp::ui
