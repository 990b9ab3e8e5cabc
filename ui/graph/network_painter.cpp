#include "ui/graph/network_painter.h"

#include "ui/graph/paint_helpers.h"

#include "core/maths/activation.h"
#include "ui/style/display_names.h"
#include "ui/graph/color_legend.h"
#include "ui/graph/label_layout.h"
#include "ui/graph/scene_text.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace bp::ui {

using painting::drawPill;
using painting::pixelFont;
using painting::withAlpha;

namespace {

// Edges of a layer this small print their values beside them, when there is room.
constexpr long kTaggedEdgeLimit = 9;

// With a gradient check on show: the width of every edge at zoom 1; the rim, a shade darker than
// the edge, that keeps the pale end of the error scale visible on the pale canvas; and the width
// and opacity of unchecked edges, which step back behind the checked ones.
constexpr double kErrorEdgeWidth = 2.0;
constexpr double kErrorRimWidth = 1.2;
constexpr double kErrorRimShade = 0.22;
constexpr double kUncheckedWidth = 1.0;
constexpr double kUncheckedAlpha = 0.3;

QColor uncheckedColor()
{
    return palette::faintInkColor();
}

QPointF lerp(QPointF a, QPointF b, double t)
{
    return a + (b - a) * t;
}

double edgeValue(const SceneFrame &frame, int layer, int neuron, int from, bool gradient)
{
    return gradient ? frame.weightGradient(layer, neuron, from) : frame.weight(layer, neuron, from);
}

} // namespace

double edgeThreshold(const SceneFrame &frame, int layer, double scale, bool gradient)
{
    const int in = frame.layerSize(layer - 1);
    const int out = frame.layerSize(layer);
    const long count = static_cast<long>(in) * out;
    if (count <= kEdgeThinningLimit)
        return 0.0;
    std::vector<float> magnitudes;
    magnitudes.reserve(static_cast<std::size_t>(count));
    for (int j = 0; j < out; ++j) {
        for (int k = 0; k < in; ++k) {
            const double v = std::abs(edgeValue(frame, layer, j, k, gradient));
            magnitudes.push_back(std::isfinite(v) ? static_cast<float>(v)
                                                  : std::numeric_limits<float>::max());
        }
    }
    const auto nth = magnitudes.begin() + static_cast<std::ptrdiff_t>(kEdgeThinningLimit);
    std::nth_element(magnitudes.begin(), nth, magnitudes.end(), std::greater<float>());
    // Never draw edges too weak to see, however few the strong ones are.
    return std::max(static_cast<double>(*nth), 0.04 * scale);
}

NetworkPainter::NetworkPainter(QPainter &painter, EdgeCanvas &canvas, const SceneFrame &frame,
                               const GraphGeometry &geometry, QSizeF viewSize, const Selection &selection,
                               const Selection &hover, const PaintStyle &style)
    : m_painter(painter), m_canvas(canvas), m_frame(frame), m_geometry(geometry), m_size(viewSize),
      m_selection(selection), m_hover(hover), m_ui(geometry.metrics().uiPixels),
      m_line(std::isfinite(style.lineScale) ? std::clamp(style.lineScale, 0.5, 4.0) : 1.0),
      m_minText(geometry.metrics().minTextPixels), m_spot(style.spotlight)
{
}

double NetworkPainter::textPixels(double factor) const
{
    return std::max(m_minText, m_ui * factor);
}

void NetworkPainter::drawTextAt(QPointF baseline, const QString &text, PaintedText::Kind kind, int layer,
                                int neuron)
{
    m_painter.drawText(baseline, text);
    if (!m_texts)
        return;
    const QFontMetricsF metrics(m_painter.font());
    PaintedText item;
    item.kind = kind;
    item.text = text;
    item.rect = QRectF(baseline.x(), baseline.y() - metrics.ascent(), metrics.horizontalAdvance(text),
                       metrics.ascent() + metrics.descent());
    item.pixels = m_painter.font().pixelSize();
    item.layer = layer;
    item.neuron = neuron;
    m_texts->push_back(std::move(item));
}

// The baseline placed so that the text's ink box is centred on the point.
void NetworkPainter::drawTextCentred(QPointF centre, const QString &text, PaintedText::Kind kind, int layer,
                                     int neuron)
{
    const QFontMetricsF metrics(m_painter.font());
    drawTextAt(QPointF(centre.x() - metrics.horizontalAdvance(text) / 2.0,
                       centre.y() + (metrics.ascent() - metrics.descent()) / 2.0),
               text, kind, layer, neuron);
}

void NetworkPainter::paint()
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    m_painter.fillRect(QRectF(QPointF(0, 0), m_size), palette::canvasColor());
    if (m_frame.isEmpty() || m_geometry.isEmpty() || m_geometry.layerCount() != m_frame.layerCount() + 1) {
        paintEmpty();
        m_painter.restore();
        return;
    }
    m_valueBoxes.clear();
    for (int l = 0; l < m_geometry.layerCount(); ++l) {
        for (int j = 0; j < m_geometry.layer(l).count && m_geometry.layer(l).labelled; ++j) {
            const NeuronLabel label = neuronLabel(m_frame, m_geometry, l, j);
            if (!label.lines.isEmpty())
                m_valueBoxes.push_back(label.box);
        }
    }
    paintHighlight();
    paintEdges();
    paintNeurons();
    paintTargets();
    m_detailBoxes.clear();
    paintSelectionDetails();
    paintWeightLabels();
    paintCaptions();
    paintLegend();
    paintBanner();
    m_painter.restore();
}

bool NetworkPainter::hasFocus() const
{
    if (m_selection.kind == Selection::Kind::Neuron)
        return m_selection.layer >= 0 && m_selection.layer < m_geometry.layerCount() &&
               m_selection.neuron >= 0 && m_selection.neuron < m_geometry.layer(m_selection.layer).count;
    if (m_selection.kind == Selection::Kind::Edge)
        return m_selection.layer >= 1 && m_selection.layer < m_geometry.layerCount();
    return false;
}

bool NetworkPainter::isEmphasised(int layer, int neuron, int from) const
{
    if (m_selection.kind == Selection::Kind::Neuron)
        return (m_selection.layer == layer && m_selection.neuron == neuron) ||
               (m_selection.layer == layer - 1 && m_selection.neuron == from);
    return m_selection.kind == Selection::Kind::Edge && m_selection.layer == layer &&
           m_selection.neuron == neuron && m_selection.from == from;
}

void NetworkPainter::paintEmpty()
{
    m_painter.setPen(palette::faintInkColor());
    m_painter.setFont(pixelFont(textPixels(1.2)));
    drawTextCentred(QPointF(m_size.width() / 2.0, m_size.height() / 2.0),
                    QCoreApplication::translate("NetworkPainter", "No network to show"),
                    PaintedText::Kind::Message);
}

NetworkPainter::Caption NetworkPainter::caption(int layer) const
{
    const int last = m_geometry.layerCount() - 1;
    const LayerGeometry &g = m_geometry.layer(layer);
    double room = 1e9;
    if (layer > 0)
        room = std::min(room, g.x - m_geometry.layer(layer - 1).x);
    if (layer < last)
        room = std::min(room, m_geometry.layer(layer + 1).x - g.x);
    room *= 0.94;
    // The outer captions are kept inside the view, so they cannot spread past its edges.
    if (layer == 0)
        room = std::min(room, 2.0 * g.x);
    if (layer == last)
        room = std::min(room, 2.0 * (m_size.width() - g.x));
    const QString name = layerTitle(layer, last);
    const QString activation =
        layer == 0 ? QString()
                   : activationDisplayName(m_frame.network().layer(layer).activation);
    const QString neurons = g.count == 1
                                ? QCoreApplication::translate("NetworkPainter", "1 neuron")
                                : QCoreApplication::translate("NetworkPainter", "%1 neurons").arg(g.count);
    Caption c;
    c.title = layer == 0 ? name : QStringLiteral("%1 (%2)").arg(name, activation);
    c.detail = neurons;
    const QFontMetricsF metrics(pixelFont(m_ui, QFont::DemiBold));
    if (metrics.horizontalAdvance(c.title) > room) {
        c.title = name;
        c.detail = layer == 0 ? neurons : QStringLiteral("%1 \u00B7 %2").arg(activation).arg(g.count);
    }
    // A layer too large for a value on every neuron says so: the values are in the tool tips.
    const QFontMetricsF detailMetrics(pixelFont(textPixels(0.8)));
    if (!g.labelled && g.count > 0) {
        c.detail = QCoreApplication::translate("NetworkPainter", "%1 neurons \u00B7 hover for values").arg(g.count);
        if (detailMetrics.horizontalAdvance(c.detail) > room)
            c.detail = QCoreApplication::translate("NetworkPainter", "%1 \u00B7 hover").arg(g.count);
    }
    c.titleWidth = metrics.horizontalAdvance(c.title);
    c.width = std::max(c.titleWidth, detailMetrics.horizontalAdvance(c.detail));
    return c;
}

void NetworkPainter::paintHighlight()
{
    const auto [first, last] = m_frame.highlightSpan();
    if (first < 0 || last < first || last >= m_geometry.layerCount())
        return;
    const ViewMetrics &m = m_geometry.metrics();
    double left = 1e18;
    double right = -1e18;
    for (int l = first; l <= last; ++l) {
        const LayerGeometry &g = m_geometry.layer(l);
        const double pad = std::max(g.grid ? g.cell : g.radius * 0.55, m_ui * 0.9);
        // The bias squares stand out to the upper left of the circles.
        const double biasPad = !g.grid && l > 0 && g.radius >= 12.0 ? g.radius * 0.3 : 0.0;
        const double captionHalf = caption(l).width / 2.0 + m_ui * 0.8;
        // The target tags beside the output neurons belong to it too.
        const double targets =
            l == m_frame.layerCount() && m_frame.hasTarget() && !g.grid ? g.radius + m_ui * 4.4 : 0.0;
        left = std::min({left, g.bounds.left() - pad - biasPad, g.x - captionHalf});
        right = std::max({right, g.bounds.right() + pad, g.x + captionHalf, g.x + targets});
    }
    const double top = m.captionTop - m_ui * 0.25;
    const QRectF band(left, top, right - left, m_size.height() - m.legendHeight - m_ui * 0.15 - top);
    const QColor h = palette::highlightColor();
    QLinearGradient fill(band.topLeft(), band.bottomLeft());
    fill.setColorAt(0.0, withAlpha(h, 0.24));
    fill.setColorAt(1.0, withAlpha(h, 0.1));
    m_painter.setPen(QPen(withAlpha(h, 0.5), 1.5));
    m_painter.setBrush(fill);
    m_painter.drawRoundedRect(band, m_ui * 0.9, m_ui * 0.9);
}

void NetworkPainter::paintEdges()
{
    m_canvas.begin(m_size, m_painter.device() ? m_painter.device()->devicePixelRatioF() : 1.0);
    for (int l = 1; l < m_geometry.layerCount(); ++l)
        paintEdgeLayer(l);
    m_canvas.end(m_painter);

    // Signal heads travelling along the edges, and the values of small layers' weights, go on top.
    m_painter.setPen(QPen(palette::haloColor(), 1.5));
    for (const FlowHead &head : m_heads) {
        m_painter.setBrush(head.colour);
        m_painter.drawEllipse(head.position, head.radius, head.radius);
    }
    const double notePixels = textPixels(0.75);
    m_painter.setFont(pixelFont(notePixels));
    const QFontMetricsF noteMetrics(m_painter.font());
    for (const Note &note : m_notes) {
        const double w = noteMetrics.horizontalAdvance(note.text) + notePixels;
        const double h = noteMetrics.height() + notePixels * 0.2;
        drawPill(m_painter, QRectF(note.position.x() - w / 2.0, note.position.y() - h / 2.0, w, h),
                 palette::shadeColor(), withAlpha(palette::canvasColor(), 0.9));
        m_painter.setPen(palette::faintInkColor().darker(125));
        drawTextCentred(note.position, note.text, PaintedText::Kind::Note);
    }
}

void NetworkPainter::paintWeightLabels()
{
    const double notePixels = textPixels(0.75);
    const QFontMetricsF noteMetrics(pixelFont(notePixels));
    // Where edges cross, the weights' labels would pile up: each takes the first clear place along
    // its edge, the larger weights first, and one with no room is left out (its value is a click away).
    // They go last, clear of every neuron, value and bias tag: those are what the class reads.
    std::vector<QRectF> obstacles = m_detailBoxes;
    obstacles.insert(obstacles.end(), m_valueBoxes.begin(), m_valueBoxes.end());
    for (int l = 0; l < m_geometry.layerCount(); ++l)
        for (int j = 0; j < m_geometry.layer(l).count && !m_geometry.layer(l).grid; ++j)
            obstacles.push_back(m_geometry.neuronRect(l, j));
    for (const Note &note : m_notes) {
        const double w = noteMetrics.horizontalAdvance(note.text) + notePixels;
        const double h = noteMetrics.height() + notePixels * 0.2;
        obstacles.emplace_back(note.position.x() - w / 2.0, note.position.y() - h / 2.0, w, h);
    }
    if (const auto selected = selectedEdgeLabel())
        obstacles.push_back(selected->rect);
    std::vector<LabelCandidate> candidates;
    for (const EdgeTag &tag : m_tags) {
        const QFontMetricsF metrics(pixelFont(tag.pixels, QFont::DemiBold));
        const double w = metrics.horizontalAdvance(tag.text) + tag.pixels * 0.9;
        const double h = metrics.height() + tag.pixels * 0.2;
        LabelCandidate candidate;
        candidate.priority = tag.priority;
        for (const double shift : {0.0, -0.12, 0.08, -0.24}) {
            const QPointF at = lerp(tag.from, tag.to, std::clamp(tag.t + shift, 0.2, 0.92));
            candidate.places.emplace_back(at.x() - w / 2.0, at.y() - h / 2.0, w, h);
        }
        candidates.push_back(std::move(candidate));
    }
    const std::vector<int> places = placeLabels(candidates, obstacles);
    for (std::size_t i = 0; i < m_tags.size(); ++i) {
        if (places[i] < 0)
            continue;
        const EdgeTag &tag = m_tags[i];
        const QRectF rect = candidates[i].places[static_cast<std::size_t>(places[i])];
        m_painter.setFont(pixelFont(tag.pixels, QFont::DemiBold));
        drawPill(m_painter, rect, tag.border, withAlpha(palette::canvasColor(), 0.92 * tag.opacity));
        m_painter.setPen(withAlpha(palette::inkColor(), tag.opacity));
        drawTextCentred(rect.center(), tag.text, PaintedText::Kind::EdgeValue);
        m_weightLabels.push_back({rect, tag.text});
    }
}

std::optional<NetworkPainter::PaintedLabel> NetworkPainter::selectedEdgeLabel() const
{
    if (m_selection.kind != Selection::Kind::Edge || !hasFocus())
        return std::nullopt;
    const int l = m_selection.layer;
    const LayerGeometry &source = m_geometry.layer(l - 1);
    const LayerGeometry &target = m_geometry.layer(l);
    if (m_selection.neuron < 0 || m_selection.neuron >= target.count || m_selection.from < 0 ||
        m_selection.from >= source.count)
        return std::nullopt;
    const bool gradient = m_frame.edges(l).gradientMix >= 0.5;
    const double value = edgeValue(m_frame, l, m_selection.neuron, m_selection.from, gradient);
    const QString symbol = indexedSymbol(QStringLiteral("w"), l, m_selection.neuron + 1, m_selection.from + 1);
    // In the update, a weight whose change the class is predicting shows "?" for its new value.
    const bool concealed = !gradient && m_frame.isReplaying() && m_frame.phase().kind == PhaseKind::Update &&
                           m_frame.isWeightConcealed(l, m_selection.neuron, m_selection.from);
    const QString text = (gradient ? QStringLiteral("\u2202E/\u2202") + symbol : symbol) + QStringLiteral(" = ") +
                         (concealed ? QStringLiteral("?") : formatSignificant(value, 3, gradient));
    const QPointF a = source.centres[static_cast<std::size_t>(m_selection.from)];
    const QPointF b = target.centres[static_cast<std::size_t>(m_selection.neuron)];
    const QPointF at = lerp(a, b, 0.5);
    const double px = textPixels(0.85);
    const QFontMetricsF metrics(pixelFont(px, QFont::DemiBold));
    const double w = metrics.horizontalAdvance(text) + px;
    const double h = metrics.height() + px * 0.3;
    return PaintedLabel{QRectF(at.x() - w / 2.0, at.y() - h - px * 0.6, w, h), text};
}

void NetworkPainter::paintEdgeLayer(int layer)
{
    const LayerGeometry &source = m_geometry.layer(layer - 1);
    const LayerGeometry &target = m_geometry.layer(layer);
    const long edgeCount = static_cast<long>(source.count) * target.count;
    if (edgeCount == 0)
        return;
    const EdgeLayerState &state = m_frame.edges(layer);
    const ValueScales &scales = m_frame.scales();
    const double zoomFactor = std::clamp(std::pow(m_geometry.zoom(), 0.8), 0.6, 4.0);

    // Level of detail: thinner and fainter lines as the layer grows (their overlap adds up).
    double minWidth = 1.0;
    double maxWidth = 6.0;
    if (edgeCount > 1000) {
        minWidth = 0.7;
        maxWidth = 1.4;
    } else if (edgeCount > 300) {
        minWidth = 0.8;
        maxWidth = 2.5;
    } else if (edgeCount > 100) {
        minWidth = 0.9;
        maxWidth = 4.0;
    }
    // Presenter mode and high contrast draw edges thicker, so that they read from the back of the room.
    minWidth *= zoomFactor * m_line * palette::strokeScale();
    maxWidth *= zoomFactor * m_line * palette::strokeScale();
    const double drawn = static_cast<double>(std::min<long>(edgeCount, kEdgeThinningLimit));
    const double baseAlpha =
        (edgeCount <= 64 ? 0.92 : std::clamp(0.92 * std::sqrt(64.0 / drawn), 0.1, 0.92)) * state.opacity;
    const bool dense = edgeCount > 1000;
    const bool focus = hasFocus();
    const bool flowing = state.flow != EdgeFlow::None && state.flowProgress < 1.0;
    const double pulse = m_frame.updatePulse();
    const double dotRadius = std::clamp(std::min(source.radius, target.radius) * 0.17, 2.5, 9.0) * m_line;
    // Lines under a grid of squares are hidden by it: start (or end) them at its edge.
    const double sourceEdge = source.grid ? source.bounds.right() + source.cell * 0.45 : -1e30;
    const double targetEdge = target.grid ? target.bounds.left() - target.cell * 0.45 : 1e30;
    // A gradient check on show: each edge in the colour of its relative error, all of one width
    // (the error, not |w|, is the message), opaque so the colour reads as on the legend.
    const bool errors = m_frame.showsGradientCheck();
    const double errorWidth = std::clamp(kErrorEdgeWidth * zoomFactor * m_line, minWidth, maxWidth);
    // The spotlight replaces the quieter dimming of a plain selection.
    const bool spotlight = m_spot.isActive();

    struct Stroke {
        QLineF line;
        /// Width and drawing order: |w| (or |∂E/∂w|) on its scale, or the relative error's
        /// position on its scale (−1 when not checked) while a check is on show.
        double magnitude = 0.0;
        double value = 0.0;
        double error = 0.0;
        /// The spotlight's factor on the edge's opacity (1 when lit).
        double spot = 1.0;
    };
    auto drawQuantity = [&](bool gradient, double opacity) {
        const double scale = gradient ? scales.gradient : scales.weight;
        const double threshold = edgeThreshold(m_frame, layer, scale, gradient);
        std::vector<Stroke> normal;
        std::vector<Stroke> emphasised;
        std::vector<QLineF> pending;
        std::vector<QLineF> glow;
        std::vector<QLineF> hovered;
        Stroke selected;
        bool hasSelected = false;
        normal.reserve(static_cast<std::size_t>(std::min<long>(edgeCount, kEdgeThinningLimit + 64)));
        for (int j = 0; j < target.count; ++j) {
            const QPointF b = target.centres[static_cast<std::size_t>(j)];
            for (int k = 0; k < source.count; ++k) {
                const double value = edgeValue(m_frame, layer, j, k, gradient);
                if (std::isfinite(value) && std::abs(value) < threshold)
                    continue;
                QPointF a = source.centres[static_cast<std::size_t>(k)];
                QPointF end = b;
                if (a.x() < sourceEdge && b.x() > sourceEdge)
                    a = lerp(a, end, (sourceEdge - a.x()) / (end.x() - a.x()));
                if (end.x() > targetEdge && a.x() < targetEdge)
                    end = lerp(a, end, (targetEdge - a.x()) / (end.x() - a.x()));
                QLineF lit(a, end);
                const double spot = m_spot.edgeOpacity(layer, j, k);
                const bool inSpot = spot >= 1.0;
                if (flowing && state.flow == EdgeFlow::Forward) {
                    const QPointF head = lerp(a, end, state.flowProgress);
                    lit = QLineF(a, head);
                    // The stretch not reached yet, faint; a dense layer simply grows its lines.
                    if (!dense && inSpot)
                        pending.push_back(QLineF(head, end));
                    if (!dense && inSpot && opacity >= 0.5)
                        m_heads.push_back({head, palette::highlightColor(), dotRadius});
                } else if (flowing && state.flow == EdgeFlow::Backward) {
                    const QPointF head = lerp(end, a, state.flowProgress);
                    lit = QLineF(head, end);
                    if (!dense && inSpot)
                        pending.push_back(QLineF(a, head));
                    if (!dense && inSpot && opacity >= 0.5) {
                        const double d = m_frame.delta(layer, j);
                        m_heads.push_back(
                            {head,
                             std::isfinite(d) ? palette::signedColor(d, scales.delta) : palette::alarmColor(),
                             dotRadius});
                    }
                }
                double extra = 0.0;
                if (!gradient && pulse > 0.0 && scales.weightChange > 0.0) {
                    const double change = std::abs(m_frame.weightChange(layer, j, k)) / scales.weightChange;
                    extra = std::isfinite(change) ? change * pulse * 0.8 : 0.0;
                    if (!dense && inSpot && extra > 0.1)
                        glow.push_back(lit);
                }
                if (flowing && !dense && inSpot)
                    glow.push_back(lit);
                const double f = std::isfinite(value) ? std::min(std::abs(value) / scale, 1.0) : 1.0;
                Stroke stroke{lit, std::min(f + extra, 1.0), value, 0.0, spot};
                if (errors) {
                    stroke.error = m_frame.weightRelativeError(layer, j, k);
                    stroke.magnitude =
                        std::isnan(stroke.error) ? -1.0 : palette::relativeErrorPosition(stroke.error);
                }
                if (m_hover.kind == Selection::Kind::Edge && m_hover.layer == layer && m_hover.neuron == j &&
                    m_hover.from == k)
                    hovered.push_back(lit);
                if (focus && isEmphasised(layer, j, k)) {
                    if (m_selection.kind == Selection::Kind::Edge) {
                        selected = stroke;
                        hasSelected = true;
                    } else {
                        emphasised.push_back(stroke);
                    }
                } else {
                    normal.push_back(stroke);
                }
            }
        }
        const QColor pendingColour = withAlpha(palette::faintInkColor(), 0.3 * opacity * state.opacity);
        for (const QLineF &line : pending)
            m_canvas.drawLine(line, pendingColour, std::max(1.0, minWidth));
        for (const QLineF &line : hovered)
            m_canvas.drawLine(line, withAlpha(palette::inkColor(), 0.25 * opacity),
                              maxWidth + 5.0 * zoomFactor);
        if (!glow.empty()) {
            const QColor glowColour =
                withAlpha(palette::highlightColor(), (flowing ? 0.35 : 0.5 * pulse) * opacity);
            for (const QLineF &line : glow)
                m_canvas.drawLine(line, glowColour, maxWidth + 4.0 * zoomFactor);
        }
        // Weak edges first, so that the strong ones stay on top. The faint hairlines of a dense layer
        // look the same in any order: no need to sort them, unless a check's alarms must come on top.
        auto byMagnitude = [](const Stroke &x, const Stroke &y) { return x.magnitude < y.magnitude; };
        if (!dense || errors)
            std::sort(normal.begin(), normal.end(), byMagnitude);
        std::sort(emphasised.begin(), emphasised.end(), byMagnitude);
        auto colourOf = [&](const Stroke &s) {
            if (errors)
                return std::isnan(s.error) ? uncheckedColor() : palette::relativeErrorColor(s.error);
            return std::isfinite(s.value) ? palette::signedColor(s.value, scale) : palette::alarmColor();
        };
        auto widthOf = [&](const Stroke &s, double extra) {
            return errors ? errorWidth + extra : minWidth + extra + (maxWidth - minWidth) * s.magnitude;
        };
        auto drawStroke = [&](const Stroke &s, double strokeAlpha, double width) {
            const double alpha = strokeAlpha * s.spot;
            if (errors && std::isnan(s.error)) {
                // Thinner than the checked edges, keeping any extra width of emphasis.
                m_canvas.drawLine(s.line, withAlpha(colourOf(s), alpha * kUncheckedAlpha),
                                  width - errorWidth + kUncheckedWidth * zoomFactor);
                return;
            }
            const QColor colour = colourOf(s);
            if (errors)
                m_canvas.drawLine(s.line,
                                  withAlpha(palette::mix(colour, palette::inkColor(), kErrorRimShade), alpha),
                                  width + kErrorRimWidth * zoomFactor);
            m_canvas.drawLine(s.line, withAlpha(colour, alpha), width);
        };
        const double normalAlpha =
            (errors && !dense ? 1.0 : baseAlpha) * opacity * (focus && !spotlight ? 0.2 : 1.0);
        for (const Stroke &s : normal) {
            if (dense)
                m_canvas.drawHairline(s.line, withAlpha(colourOf(s), (errors && std::isnan(s.error)
                                                                          ? normalAlpha * kUncheckedAlpha
                                                                          : normalAlpha) *
                                                                         s.spot));
            else
                drawStroke(s, normalAlpha, widthOf(s, 0.0));
        }
        const double emphasisedAlpha = (errors ? 1.0 : std::max(baseAlpha, 0.9)) * opacity;
        for (const Stroke &s : emphasised)
            drawStroke(s, emphasisedAlpha, widthOf(s, 1.0));
        if (hasSelected) {
            const double width = widthOf(selected, 1.5);
            m_canvas.drawLine(selected.line, withAlpha(palette::highlightColor(), 0.7 * opacity),
                              width + 9.0 * zoomFactor * m_line);
            drawStroke(selected, opacity, width);
        }
    };
    if (state.gradientMix < 1.0)
        drawQuantity(false, 1.0 - state.gradientMix);
    if (state.gradientMix > 0.0)
        drawQuantity(true, state.gradientMix);

    // Say so when only the strongest edges are drawn: the class should not read the picture as
    // the whole layer.
    if (edgeCount > kEdgeThinningLimit) {
        const double x = (source.bounds.right() + target.bounds.left()) / 2.0;
        const double y = m_geometry.contentRect().bottom() - m_ui * 0.35;
        const QLocale english(QLocale::English);
        m_notes.push_back(
            {QPointF(x, y),
             QCoreApplication::translate("NetworkPainter", "strongest %1 of %2 %3")
                 .arg(english.toString(static_cast<qlonglong>(kEdgeThinningLimit)),
                      english.toString(static_cast<qlonglong>(edgeCount)),
                      state.gradientMix >= 0.5 ? QStringLiteral("\u2202E/\u2202w")
                                               : QCoreApplication::translate("NetworkPainter", "weights"))});
    }

    // Small layers print each weight (or ∂E/∂w) beside its edge, a fixed distance before the
    // neuron it feeds, where the edges into one neuron have spread apart.
    const double tagPixels = textPixels(0.72) * std::clamp(std::pow(m_geometry.zoom(), 0.5), 1.0, 2.0);
    const double gap = std::abs(target.x - source.x) - source.radius - target.radius;
    if (edgeCount <= kTaggedEdgeLimit && !source.grid && !target.grid && gap > tagPixels * 9.0 && !flowing) {
        const bool gradient = state.gradientMix >= 0.5;
        const double scale = gradient ? scales.gradient : scales.weight;
        for (int j = 0; j < target.count; ++j) {
            const QPointF b = target.centres[static_cast<std::size_t>(j)];
            for (int k = 0; k < source.count; ++k) {
                // A selected edge has its own label ("w¹₁₁ = 0.203"): one label per weight.
                if ((focus && !isEmphasised(layer, j, k)) || !m_spot.isLit(layer, j, k) ||
                    m_selection.kind == Selection::Kind::Edge)
                    continue;
                const QPointF a = source.centres[static_cast<std::size_t>(k)];
                const double value = edgeValue(m_frame, layer, j, k, gradient);
                const double length = QLineF(a, b).length();
                const double t =
                    std::clamp(1.0 - (target.radius + tagPixels * 7.0) / std::max(length, 1.0), 0.45, 0.9);
                QColor colour =
                    std::isfinite(value) ? palette::signedColor(value, scale) : palette::alarmColor();
                QString text = (gradient ? QStringLiteral("\u2202E/\u2202w ") : QStringLiteral("w ")) +
                               formatSignificant(value, 3, gradient);
                if (!gradient && m_frame.isReplaying() && m_frame.phase().kind == PhaseKind::Update &&
                    m_frame.isWeightConcealed(layer, j, k))
                    text = QStringLiteral("w ?");
                if (errors) {
                    const double error = m_frame.weightRelativeError(layer, j, k);
                    colour = std::isnan(error) ? uncheckedColor() : palette::relativeErrorColor(error);
                    text = std::isnan(error) ? QCoreApplication::translate("NetworkPainter", "not checked")
                                             : QCoreApplication::translate("NetworkPainter", "rel. error ") +
                                                   formatSignificant(error, 2);
                }
                m_tags.push_back({a, b, t, std::isfinite(value) ? std::abs(value) : HUGE_VAL, text,
                                  withAlpha(colour, state.opacity), tagPixels, state.opacity});
            }
        }
    }
}

void NetworkPainter::paintNeurons()
{
    for (int l = 0; l < m_geometry.layerCount(); ++l) {
        if (m_geometry.layer(l).grid)
            paintGridLayer(l);
        else
            paintCircleLayer(l);
        m_painter.setOpacity(1.0);
    }
}

void NetworkPainter::paintCircleLayer(int layer)
{
    const LayerGeometry &g = m_geometry.layer(layer);
    const NeuronLayerState &state = m_frame.neurons(layer);
    const double r = g.radius;
    const bool small = r < 7.0;
    const bool blank = state.shown == NeuronQuantity::Blank && state.previous == NeuronQuantity::Blank;
    const QColor ring = withAlpha(palette::layerColor(layer), blank ? 0.45 : 1.0);
    const double ringWidth = std::clamp(r * 0.075, 1.0, 4.5) * m_line;
    const QRectF viewRect(QPointF(0, 0), m_size);
    for (int j = 0; j < g.count; ++j) {
        const QPointF c = g.centres[static_cast<std::size_t>(j)];
        if (!viewRect.adjusted(-2 * r, -2 * r, 2 * r, 2 * r).contains(c))
            continue;
        const bool selected = m_selection.kind == Selection::Kind::Neuron && m_selection.layer == layer &&
                              m_selection.neuron == j;
        // Out of the spotlight the whole neuron, its value and its bias fade together.
        m_painter.setOpacity(m_spot.neuronOpacity(layer, j));
        const bool hovered =
            m_hover.kind == Selection::Kind::Neuron && m_hover.layer == layer && m_hover.neuron == j;
        if (selected) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(withAlpha(palette::highlightColor(), 0.55));
            const double halo = r + std::max(6.0, r * 0.32);
            m_painter.drawEllipse(c, halo, halo);
        }
        if (!small) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(palette::shadeColor());
            m_painter.drawEllipse(c + QPointF(0, r * 0.08), r * 1.02, r * 1.02);
        }
        const QColor fill = m_frame.neuronFill(layer, j);
        m_painter.setPen(QPen(ring, ringWidth));
        m_painter.setBrush(fill);
        m_painter.drawEllipse(c, r, r);
        if (selected) {
            m_painter.setPen(QPen(palette::inkColor(), std::max(2.5 * m_line, r * 0.1)));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawEllipse(c, r + ringWidth, r + ringWidth);
        } else if (hovered) {
            m_painter.setPen(QPen(withAlpha(palette::inkColor(), 0.55), 1.5 * m_line));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawEllipse(c, r + ringWidth + 1.5, r + ringWidth + 1.5);
        }
        if (state.pulse >= 0.0 && state.pulse < 1.0) {
            const double p = state.pulse;
            m_painter.setPen(QPen(withAlpha(palette::highlightColor(), 0.95 * (1.0 - p)),
                                  std::max(2.0, r * 0.16 * (1.0 - 0.5 * p))));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawEllipse(c, r * (1.0 + 0.65 * p) + ringWidth, r * (1.0 + 0.65 * p) + ringWidth);
        }
        if (layer > 0 && r >= 12.0)
            paintBias(layer, j);
        if (layer > 0 && !small && m_frame.showsSaturation())
            paintSaturation(layer, j);
        paintLabel(layer, j, fill);
    }
    m_painter.setOpacity(1.0);
}

void NetworkPainter::paintGridLayer(int layer)
{
    const LayerGeometry &g = m_geometry.layer(layer);
    const NeuronLayerState &state = m_frame.neurons(layer);
    const bool blank = state.shown == NeuronQuantity::Blank && state.previous == NeuronQuantity::Blank;
    const QRectF backdrop = g.bounds.adjusted(-g.cell * 0.45, -g.cell * 0.45, g.cell * 0.45, g.cell * 0.45);
    bool anyLit = false;
    for (int j = 0; j < g.count && !anyLit; ++j)
        anyLit = m_spot.isLit(layer, j);
    m_painter.setOpacity(anyLit ? 1.0 : Spotlight::kDimming);
    m_painter.setPen(
        QPen(withAlpha(palette::layerColor(layer), blank ? 0.45 : 0.9), std::max(1.5, g.cell * 0.12)));
    m_painter.setBrush(palette::canvasColor());
    m_painter.drawRoundedRect(backdrop, g.cell * 0.6, g.cell * 0.6);
    // Hundreds of squares: set their pixels in an image and draw that once, rather than pay
    // QPainter's overhead per square. Whole device pixels keep the gaps between them even.
    const double ratio = m_painter.device() ? m_painter.device()->devicePixelRatioF() : 1.0;
    const QRectF area = g.bounds.intersected(QRectF(QPointF(0, 0), m_size));
    if (area.isEmpty())
        return;
    const QPoint origin(static_cast<int>(std::floor(area.left() * ratio)),
                        static_cast<int>(std::floor(area.top() * ratio)));
    const QSize pixels(static_cast<int>(std::ceil(area.right() * ratio)) - origin.x(),
                       static_cast<int>(std::ceil(area.bottom() * ratio)) - origin.y());
    QImage cells(pixels, QImage::Format_ARGB32_Premultiplied);
    cells.fill(0);
    const QColor blankCell(238, 238, 238);
    for (int j = 0; j < g.count; ++j) {
        const QPointF c = g.centres[static_cast<std::size_t>(j)];
        const int x0 = std::max(0, static_cast<int>(std::lround((c.x() - g.radius) * ratio)) - origin.x());
        const int x1 =
            std::min(pixels.width(), static_cast<int>(std::lround((c.x() + g.radius) * ratio)) - origin.x());
        const int y0 = std::max(0, static_cast<int>(std::lround((c.y() - g.radius) * ratio)) - origin.y());
        const int y1 =
            std::min(pixels.height(), static_cast<int>(std::lround((c.y() + g.radius) * ratio)) - origin.y());
        if (x0 >= x1 || y0 >= y1)
            continue;
        const QRgb colour = (blank ? blankCell : m_frame.neuronFill(layer, j)).rgba();
        for (int y = y0; y < y1; ++y) {
            auto *line = reinterpret_cast<QRgb *>(cells.scanLine(y));
            std::fill(line + x0, line + x1, colour);
        }
    }
    cells.setDevicePixelRatio(ratio);
    m_painter.drawImage(QPointF(origin) / ratio, cells);
    auto outline = [&](const Selection &s, const QColor &colour, double width) {
        if (s.kind != Selection::Kind::Neuron || s.layer != layer || s.neuron < 0 || s.neuron >= g.count)
            return;
        const QPointF c = g.centres[static_cast<std::size_t>(s.neuron)];
        m_painter.setPen(QPen(colour, width));
        m_painter.setBrush(Qt::NoBrush);
        const double h = g.cell * 0.75;
        m_painter.drawRect(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h));
    };
    outline(m_hover, withAlpha(palette::inkColor(), 0.6), 1.5 * m_line);
    outline(m_selection, palette::inkColor(), 2.5 * m_line);
    m_painter.setOpacity(1.0);
}

void NetworkPainter::paintLabel(int layer, int neuron, const QColor &fill)
{
    const NeuronLabel label = neuronLabel(m_frame, m_geometry, layer, neuron);
    if (label.lines.isEmpty())
        return;
    const QFont font = neuronValueFont(label.fontPixels);
    m_painter.setFont(font);
    if (label.beside) {
        // A tag in the neuron's colour, so that the eye links the two.
        drawPill(m_painter, label.box, palette::mix(fill, palette::inkColor(), 0.25),
                 withAlpha(palette::canvasColor(), 0.94));
        m_painter.setPen(palette::inkColor());
        drawTextCentred(label.box.center(), label.lines.front(), PaintedText::Kind::NeuronValue, layer, neuron);
        return;
    }
    m_painter.setPen(palette::textOn(fill));
    const QFontMetricsF metrics(font);
    const double lineHeight = label.box.height() / label.lines.size();
    for (int i = 0; i < label.lines.size(); ++i)
        drawTextCentred(QPointF(label.box.center().x(), label.box.top() + lineHeight * (i + 0.5)),
                        label.lines[i], PaintedText::Kind::NeuronValue, layer, neuron);
}

void NetworkPainter::paintBias(int layer, int neuron)
{
    const LayerGeometry &g = m_geometry.layer(layer);
    const double r = g.radius;
    const double side = std::clamp(r * 0.3, 6.0, 18.0);
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)] + QPointF(-0.86 * r, -0.86 * r);
    const double b = m_frame.bias(layer, neuron);
    QColor colour =
        std::isfinite(b) ? palette::signedColor(b, m_frame.scales().weight) : palette::alarmColor();
    if (m_frame.showsGradientCheck()) {
        const double error = m_frame.biasRelativeError(layer, neuron);
        colour = std::isnan(error) ? palette::mix(palette::canvasColor(), uncheckedColor(), kUncheckedAlpha)
                                   : palette::relativeErrorColor(error);
    }
    m_painter.setPen(QPen(withAlpha(palette::inkColor(), 0.55), 1.0));
    m_painter.setBrush(colour);
    const QRectF square(c.x() - side / 2, c.y() - side / 2, side, side);
    m_painter.drawRoundedRect(square, side * 0.2, side * 0.2);
    // The letter only where it is legible; the colour alone says enough on a small square.
    if (side * 0.72 >= m_minText) {
        m_painter.setFont(pixelFont(side * 0.72, QFont::DemiBold));
        m_painter.setPen(palette::textOn(colour));
        drawTextCentred(square.center(), QStringLiteral("b"), PaintedText::Kind::BiasTag, layer, neuron);
    }
}

void NetworkPainter::paintTargets()
{
    if (!m_frame.hasTarget())
        return;
    const int last = m_frame.layerCount();
    const LayerGeometry &g = m_geometry.layer(last);
    const bool emphasis = m_frame.phase().kind == PhaseKind::OutputError;
    const double px = textPixels(0.82);
    if (g.grid || g.count > kLabelledLayerLimit || g.count < 1 || (g.count > 1 && g.cell < px * 1.15))
        return;
    const double swatch = px * 0.95;
    const QFont font = pixelFont(px, emphasis ? QFont::DemiBold : QFont::Normal);
    m_painter.setFont(font);
    const QColor ink = emphasis ? palette::inkColor() : withAlpha(palette::inkColor(), 0.7);
    // Right of the circles, and of the values when they are printed beside them.
    double x = g.x + g.radius + m_ui * 0.55;
    for (int j = 0; j < g.count && g.valuesBeside; ++j) {
        const NeuronLabel label = neuronLabel(m_frame, m_geometry, last, j);
        x = std::max(x, label.box.right() + m_ui * 0.45);
        if (label.box.isEmpty())
            x = std::max(x, m_geometry.besideTag(last, j, widestValueWidth(g.valuePixels)).right() + m_ui * 0.45);
    }
    const QFontMetricsF metrics(font);
    for (int j = 0; j < g.count; ++j) {
        const QPointF c = g.centres[static_cast<std::size_t>(j)];
        const double t = m_frame.target(j);
        m_painter.setOpacity(m_spot.neuronOpacity(last, j));
        const QColor colour = m_frame.hasSignedActivation(last)
                                  ? palette::signedColor(t, m_frame.activationScale(last))
                                  : palette::activationColor(t);
        m_painter.setPen(QPen(withAlpha(palette::inkColor(), 0.5), 1.0));
        m_painter.setBrush(colour);
        m_painter.drawRoundedRect(QRectF(x, c.y() - swatch / 2.0, swatch, swatch), 2.0, 2.0);
        m_painter.setPen(ink);
        drawTextAt(QPointF(x + swatch + px * 0.35, c.y() + (metrics.ascent() - metrics.descent()) / 2.0),
                   formatFixed(t, 2), PaintedText::Kind::Target, last, j);
    }
    m_painter.setOpacity(1.0);
    // The heading above the first tag, right of the layer's caption so that the two never meet.
    const QPointF top = g.centres.front();
    const QFont headFont = pixelFont(std::max(px * 0.9, m_minText), QFont::DemiBold);
    m_painter.setFont(headFont);
    m_painter.setPen(withAlpha(palette::inkColor(), 0.7));
    const QString heading = QCoreApplication::translate("NetworkPainter", "target t");
    const double headY = top.y() - std::max(g.radius, swatch / 2.0 + g.cell * 0.2) - QFontMetricsF(headFont).descent() - 2.0;
    const double captionBottom = m_geometry.metrics().captionTop + m_geometry.metrics().captionHeight;
    double headX = x;
    if (headY - QFontMetricsF(headFont).ascent() < captionBottom)
        headX = std::max(x, g.x + caption(last).width / 2.0 + m_ui * 0.6);
    if (headX + QFontMetricsF(headFont).horizontalAdvance(heading) <= m_size.width())
        drawTextAt(QPointF(headX, headY), heading, PaintedText::Kind::Target, last);
}

void NetworkPainter::paintSelectionDetails()
{
    // The bias of the neuron under the pointer or selected, and the value of a selected edge.
    auto biasTag = [&](const Selection &s) {
        if (s.kind != Selection::Kind::Neuron || s.layer < 1 || s.layer >= m_geometry.layerCount())
            return;
        const LayerGeometry &g = m_geometry.layer(s.layer);
        if (g.grid || s.neuron < 0 || s.neuron >= g.count || g.radius < 8.0)
            return;
        const double b = m_frame.bias(s.layer, s.neuron);
        const QString text = indexedSymbol(QStringLiteral("b"), s.layer, s.neuron + 1) +
                             QStringLiteral(" = ") + formatSignificant(b, 3, true);
        const double px = textPixels(0.8);
        m_painter.setFont(pixelFont(px, QFont::DemiBold));
        const QFontMetricsF metrics(m_painter.font());
        const QRectF rect = placeBiasTag(s.layer, s.neuron,
                                         QSizeF(metrics.horizontalAdvance(text) + px, metrics.height() + px * 0.3));
        const QColor colour =
            std::isfinite(b) ? palette::signedColor(b, m_frame.scales().weight) : palette::alarmColor();
        drawPill(m_painter, rect, colour, withAlpha(palette::canvasColor(), 0.96));
        m_detailBoxes.push_back(rect);
        m_painter.setPen(palette::inkColor());
        drawTextCentred(rect.center(), text, PaintedText::Kind::BiasTag, s.layer, s.neuron);
    };
    biasTag(m_selection);
    if (!(m_hover == m_selection))
        biasTag(m_hover);

    if (const auto selected = selectedEdgeLabel()) {
        m_painter.setFont(pixelFont(textPixels(0.85), QFont::DemiBold));
        drawPill(m_painter, selected->rect, palette::inkColor(), withAlpha(palette::canvasColor(), 0.96));
        m_painter.setPen(palette::inkColor());
        drawTextCentred(selected->rect.center(), selected->text, PaintedText::Kind::EdgeValue, m_selection.layer,
                        m_selection.neuron);
        m_weightLabels.push_back(*selected);
    }
}

QRectF NetworkPainter::placeBiasTag(int layer, int neuron, QSizeF size) const
{
    const LayerGeometry &g = m_geometry.layer(layer);
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)];
    const double r = g.radius;
    const double gap = std::clamp(r * 0.3, 6.0, 18.0);
    const double w = size.width();
    const double h = size.height();
    const ViewMetrics &m = m_geometry.metrics();
    const QRectF free(0.0, m.captionTop + m.captionHeight, m_size.width(),
                      m_size.height() - m.legendHeight - m.captionTop - m.captionHeight);
    // Left of the neuron first (the side its value never takes), then above or below it.
    const std::vector<QRectF> candidates = {
        {c.x() - r - gap - w, c.y() - h / 2.0, w, h},
        {c.x() - 0.86 * r - w / 2.0, c.y() - r - gap - h, w, h},
        {c.x() - 0.86 * r - w / 2.0, c.y() + r + gap, w, h},
        {c.x() - w / 2.0, c.y() - r - gap - h, w, h},
        {c.x() - w / 2.0, c.y() + r + gap, w, h},
        {c.x() - r - gap - w, c.y() - r - h, w, h},
        {c.x() - r - gap - w, c.y() + r, w, h},
    };
    auto covers = [&](const QRectF &rect) {
        for (const QRectF &box : m_valueBoxes) {
            if (box.intersects(rect))
                return true;
        }
        for (int l = 0; l < m_geometry.layerCount(); ++l) {
            const LayerGeometry &other = m_geometry.layer(l);
            if (!other.bounds.intersects(rect))
                continue;
            for (int j = 0; j < other.count; ++j) {
                if (m_geometry.neuronRect(l, j).intersects(rect))
                    return true;
            }
        }
        return false;
    };
    for (const QRectF &rect : candidates) {
        if (free.contains(rect) && !covers(rect))
            return rect;
    }
    // Crowded: at least never over a value.
    for (const QRectF &rect : candidates) {
        bool onValue = false;
        for (const QRectF &box : m_valueBoxes)
            onValue = onValue || box.intersects(rect);
        if (!onValue)
            return rect;
    }
    return candidates.front();
}

void NetworkPainter::paintCaptions()
{
    const ViewMetrics &m = m_geometry.metrics();
    const int count = m_geometry.layerCount();
    // Captions stay at the top while the drawing zooms and pans; a veil keeps them readable.
    if (m_geometry.zoom() > 1.0) {
        QLinearGradient veil(QPointF(0, m.captionTop),
                             QPointF(0, m.captionTop + m.captionHeight + m_ui * 0.4));
        veil.setColorAt(0.0, withAlpha(palette::canvasColor(), 0.92));
        veil.setColorAt(0.8, withAlpha(palette::canvasColor(), 0.85));
        veil.setColorAt(1.0, withAlpha(palette::canvasColor(), 0.0));
        m_painter.fillRect(QRectF(0, m.captionTop - m_ui * 0.3, m_size.width(), m.captionHeight + m_ui * 0.7),
                           veil);
    }
    const QFont titleFont = pixelFont(m_ui, QFont::DemiBold);
    const QFont detailFont = pixelFont(textPixels(0.8));
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF detailMetrics(detailFont);
    const auto [highFirst, highLast] = m_frame.highlightSpan();
    for (int l = 0; l < count; ++l) {
        const LayerGeometry &g = m_geometry.layer(l);
        const Caption c = caption(l);
        const QString &title = c.title;
        const QString &detail = c.detail;
        const double titleWidth = c.titleWidth;
        if (g.x + c.width / 2.0 < 0 || g.x - c.width / 2.0 > m_size.width())
            continue;
        const bool active = l >= highFirst && l <= highLast && highFirst >= 0 && highFirst == highLast;
        const double baseline = m.captionTop + titleMetrics.ascent();
        // Centred on the layer, but never past the view's edges (a long title over the input).
        const double edge = m_ui * 0.3;
        auto centredX = [&](double width) {
            return std::clamp(g.x - width / 2.0, edge, std::max(edge, m_size.width() - edge - width));
        };
        m_painter.setFont(titleFont);
        m_painter.setPen(active ? palette::inkColor() : withAlpha(palette::inkColor(), 0.85));
        drawTextAt(QPointF(centredX(titleWidth), baseline), title, PaintedText::Kind::Caption, l);
        // The layer's hue as an underline, the same hue as its rings and its curves in the charts.
        const double underlineY = baseline + titleMetrics.descent() + m_ui * 0.12;
        const double underlineHeight = std::max(3.0, m_ui * 0.2);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(palette::layerColor(l));
        m_painter.drawRoundedRect(QRectF(centredX(titleWidth), underlineY, titleWidth, underlineHeight),
                                  underlineHeight / 2.0, underlineHeight / 2.0);
        m_painter.setFont(detailFont);
        m_painter.setPen(palette::faintInkColor().darker(115));
        const double detailWidth = detailMetrics.horizontalAdvance(detail);
        drawTextAt(QPointF(centredX(detailWidth),
                           underlineY + underlineHeight + m_ui * 0.15 + detailMetrics.ascent()),
                   detail, PaintedText::Kind::Caption, l);
    }
}

} // namespace bp::ui
