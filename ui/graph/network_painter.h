#pragma once

#include "ui/graph/edge_canvas.h"
#include "ui/graph/graph_geometry.h"
#include "ui/graph/network_scene.h"
#include "ui/graph/scene_frame.h"
#include "ui/graph/spotlight.h"

#include <QColor>
#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace bp::ui {

/// Layers with more edges than this draw only this many, the strongest (larger |w|, or |∂E/∂w|).
inline constexpr long kEdgeThinningLimit = 1000;

/// The smallest |value| of the edges drawn for layer (w, or ∂E/∂w when gradient is true); 0 when
/// all are drawn. Used by the painter and by hit testing alike.
double edgeThreshold(const SceneFrame &frame, int layer, double scale, bool gradient);
/// The value an edge shows: its weight, or ∂E/∂w when gradient is true.
double edgeValue(const SceneFrame &frame, int layer, int neuron, int from, bool gradient);

/// A text the painter drew, where and at what size: what the layout tests assert on.
struct PaintedText {
    enum class Kind {
        NeuronValue,
        BiasTag,
        Target,
        Caption,
        EdgeValue,
        Note,
        Legend,
        Phase,
        Banner,
        Message,
    };
    Kind kind = Kind::Message;
    QString text;
    /// The text's box in widget coordinates (advance × ascent + descent).
    QRectF rect;
    /// What the text covers: the tag (pill) it is drawn in, or its own box when it has none.
    QRectF cover;
    double pixels = 0.0;
    int layer = -1;
    int neuron = -1;
};

/// A mark the painter drew beside a neuron that carries no text (a σ′ gauge, a saturated or dead
/// badge, the line from a bias tag to its neuron): what it covers, so that tests can check that it
/// covers no text. A long mark is recorded as a few boxes that hug it.
struct PaintedMark {
    enum class Kind {
        Gauge,
        Badge,
        Leader,
    };
    Kind kind = Kind::Gauge;
    QRectF cover;
    int layer = -1;
    int neuron = -1;
};

/// How the frame is drawn beyond its values: line widths for a projector, and the spotlight.
struct PaintStyle {
    /// Multiplies the widths of edges, neuron outlines and selection marks (presenter mode: 2).
    double lineScale = 1.0;
    Spotlight spotlight;
};

/// Paints one frame of the network view: highlight band, edges, neurons, values, captions,
/// legend, phase caption and the divergence banner.
class NetworkPainter {
public:
    /// canvas is scratch memory for the edges, kept by the caller from one frame to the next.
    NetworkPainter(QPainter &painter, EdgeCanvas &canvas, const SceneFrame &frame,
                   const GraphGeometry &geometry, QSizeF viewSize, const Selection &selection,
                   const Selection &hover, const PaintStyle &style = {});

    void paint();
    /// Every text the next paint() draws is appended to texts (null: none recorded).
    void recordTexts(std::vector<PaintedText> *texts) { m_texts = texts; }
    /// Every mark the next paint() draws is appended to marks (null: none recorded).
    void recordMarks(std::vector<PaintedMark> *marks) { m_marks = marks; }

    /// A value label drawn over the edges: where, and what it says.
    struct PaintedLabel {
        QRectF rect;
        QString text;
    };
    /// After paint(): the weights' labels (and the selected edge's), which never overlap.
    const std::vector<PaintedLabel> &weightLabels() const { return m_weightLabels; }

private:
    void paintHighlight();
    void paintEdges();
    void paintWeightLabels();
    void paintEdgeLayer(int layer);
    void paintNeurons();
    void paintCircleLayer(int layer);
    void paintGridLayer(int layer);
    void paintLabel(int layer, int neuron, const QColor &fill);
    void paintBias(int layer, int neuron);
    /// The σ′ gauge and the saturated or dead mark of one neuron (network_painter_saturation.cpp).
    void paintSaturation(int layer, int neuron);
    void paintTargets();
    void paintSelectionDetails();
    /// The selected edge's value in a tag (w or ∂E/∂w), when an edge is selected and the view has focus.
    void paintSelectedEdge();
    void paintCaptions();
    void paintLegend();
    void paintBanner();
    void paintEmpty();

    struct Caption {
        QString title;
        QString detail;
        double titleWidth = 0.0;
        double width = 0.0;
    };
    /// The caption of a layer: "layer 1 (logistic)" over "3 neurons", shorter when room is short.
    Caption caption(int layer) const;
    bool isEmphasised(int layer, int neuron, int from) const;
    bool hasFocus() const;
    /// At least the smallest legible size: ui pixels times factor.
    double textPixels(double factor) const;
    /// Draws text with its baseline at `baseline` (or its ink centred on `centre`) in the current
    /// font, and records it.
    void drawTextAt(QPointF baseline, const QString &text, PaintedText::Kind kind, int layer = -1,
                    int neuron = -1);
    void drawTextCentred(QPointF centre, const QString &text, PaintedText::Kind kind, int layer = -1,
                         int neuron = -1);
    void recordMark(PaintedMark::Kind kind, const QRectF &cover, int layer, int neuron);
    /// Draws a tag (a pill) with text centred in it, and records the tag as what the text covers.
    void drawTag(const QRectF &tag, const QColor &border, const QColor &fill, const QColor &ink,
                 const QString &text, PaintedText::Kind kind, int layer = -1, int neuron = -1);
    /// Where a tag of the selection's details goes: beside what it names, or further off with a line to it.
    struct TagPlace {
        QRectF tag;
        /// From the tag to what it names; null when the tag sits beside it.
        QLineF leader;
        /// In the place of the layer caption's second line.
        bool inCaption = false;
    };
    /// The part of the graph a tag may take: below the captions, above the legend.
    QRectF detailArea() const;
    /// The boxes of the neurons drawn as circles (a layer drawn as a grid has none).
    std::vector<QRectF> circleBoxes() const;
    /// What a tag must leave uncovered, but the circles: the values, the σ′ gauges, the targets, the
    /// notes and the tags already drawn.
    std::vector<QRectF> detailObstacles() const;
    /// The free place of this size nearest `anchor` (plus `penalty`), clear of `forTag`, with a line
    /// to `target` (ending `ring` short of it) clear of `forLine`; none when there is no such place.
    std::optional<TagPlace> placeWithLeader(QPointF anchor, QPointF target, double ring, QSizeF size,
                                            const std::vector<QRectF> &forTag, const std::vector<QRectF> &forLine,
                                            const std::function<double(QPointF)> &penalty) const;
    /// Where a tag of this size goes without covering a value, a neuron, a gauge, a target or a
    /// caption: beside the neuron when a place there is free, else the nearest free place with a line
    /// to the neuron that crosses none of them either, else under the layer's title (none only when
    /// the graph has no free place).
    std::optional<TagPlace> placeBiasTag(int layer, int neuron, QSizeF size) const;
    /// Where the selected edge's tag goes, covering none of the same: on the edge (its middle first),
    /// else the nearest free place with a line to the edge, else in the captions' strip; over a
    /// circle's rim only when no place clear of the circles is left; none when the graph has no
    /// free place.
    std::optional<TagPlace> placeEdgeTag(int layer, int neuron, int from, QSizeF size) const;
    /// A place in the captions' strip, level with their second lines, as near `x` as is free of the
    /// captions (all but `ownLayer`'s), sliding `inward` first and at most `reach`; none when the
    /// strip is full there.
    std::optional<TagPlace> placeInCaptionStrip(double x, QSizeF size, int ownLayer, double inward, double reach,
                                                std::vector<QRectF> obstacles) const;
    /// Where the second line of the layers' captions ("8 neurons") sits: its baseline.
    double captionDetailBaseline() const;
    /// The boxes of the notes under the edges ("strongest 1000 of …").
    std::vector<QRectF> noteBoxes() const;
    /// Where the note of the edges between two columns goes (its centre): under them, clear of the
    /// values, circles and gauges.
    QPointF placeNote(const LayerGeometry &source, const LayerGeometry &target, const QString &text) const;

    struct FlowHead {
        QPointF position;
        QColor colour;
        double radius = 0.0;
    };
    // The label of a weight on its edge, from `from` to `to`, at fraction t of the way if there is room.
    struct EdgeTag {
        QPointF from;
        QPointF to;
        double t = 0.5;
        double priority = 0.0;
        QString text;
        QColor border;
        double pixels = 0.0;
        double opacity = 1.0;
    };

    struct Note {
        QPointF position;
        QString text;
    };

    QPainter &m_painter;
    EdgeCanvas &m_canvas;
    const SceneFrame &m_frame;
    const GraphGeometry &m_geometry;
    QSizeF m_size;
    Selection m_selection;
    Selection m_hover;
    double m_ui = 14.0;
    double m_line = 1.0;
    double m_minText = 12.0;
    std::vector<PaintedText> *m_texts = nullptr;
    std::vector<PaintedMark> *m_marks = nullptr;
    /// The boxes of the values printed on neurons, filled before anything is drawn over them.
    std::vector<QRectF> m_valueBoxes;
    /// The boxes of the σ′ gauges (when shown), filled at the same time: tags keep clear of them.
    std::vector<QRectF> m_gaugeBoxes;
    /// The targets' swatches and numbers, and their heading, once drawn.
    std::vector<QRectF> m_targetBoxes;
    Spotlight m_spot;
    std::vector<FlowHead> m_heads;
    std::vector<EdgeTag> m_tags;
    std::vector<Note> m_notes;
    // The selected neuron's tags, which the weights' labels keep clear of.
    std::vector<QRectF> m_detailBoxes;
    /// The layer whose caption's second line gave its place to a bias tag (-1: none).
    int m_biasInCaption = -1;
    std::vector<PaintedLabel> m_weightLabels;
    /// The selected edge's tag, once drawn: the weights' labels keep clear of it.
    std::optional<PaintedLabel> m_selectedEdgeLabel;
};

} // namespace bp::ui
