// The network painter's edges: the lines between layers (thinned, flowing, pulsing, or coloured by a
// gradient check), the values of small layers' weights beside them, and the selected edge's label.
#include "ui/graph/network_painter.h"

#include "ui/graph/label_layout.h"
#include "ui/graph/paint_helpers.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace bp::ui {

using painting::kUncheckedAlpha;
using painting::pixelFont;
using painting::uncheckedColor;
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

QPointF lerp(QPointF a, QPointF b, double t)
{
    return a + (b - a) * t;
}

} // namespace

double edgeValue(const SceneFrame &frame, int layer, int neuron, int from, bool gradient)
{
    return gradient ? frame.weightGradient(layer, neuron, from) : frame.weight(layer, neuron, from);
}

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
    m_painter.setFont(pixelFont(textPixels(0.75)));
    const std::vector<QRectF> boxes = noteBoxes();
    for (std::size_t i = 0; i < m_notes.size(); ++i)
        drawTag(boxes[i], palette::shadeColor(), withAlpha(palette::canvasColor(), 0.9),
                palette::faintInkColor().darker(125), m_notes[i].text, PaintedText::Kind::Note);
}

std::vector<QRectF> NetworkPainter::noteBoxes() const
{
    const double notePixels = textPixels(0.75);
    const QFontMetricsF noteMetrics(pixelFont(notePixels));
    std::vector<QRectF> boxes;
    for (const Note &note : m_notes) {
        const double w = noteMetrics.horizontalAdvance(note.text) + notePixels;
        const double h = noteMetrics.height() + notePixels * 0.2;
        boxes.emplace_back(note.position.x() - w / 2.0, note.position.y() - h / 2.0, w, h);
    }
    return boxes;
}

QPointF NetworkPainter::placeNote(const LayerGeometry &source, const LayerGeometry &target, const QString &text) const
{
    // Under the edges between the two columns; lower, or slid sideways, where a value, a circle or
    // a gauge of the columns lies there (a tall column's lowest values reach the bottom).
    const double notePixels = textPixels(0.75);
    const QFontMetricsF noteMetrics(pixelFont(notePixels));
    const double w = noteMetrics.horizontalAdvance(text) + notePixels;
    const double h = noteMetrics.height() + notePixels * 0.2;
    const QPointF preferred((source.bounds.right() + target.bounds.left()) / 2.0,
                            m_geometry.contentRect().bottom() - m_ui * 0.35);
    std::vector<QRectF> obstacles = circleBoxes();
    obstacles.insert(obstacles.end(), m_valueBoxes.begin(), m_valueBoxes.end());
    obstacles.insert(obstacles.end(), m_gaugeBoxes.begin(), m_gaugeBoxes.end());
    for (int l = 0; l < m_geometry.layerCount(); ++l)
        if (m_geometry.layer(l).grid)
            obstacles.push_back(m_geometry.layer(l).bounds);
    const double lowest = m_size.height() - m_geometry.metrics().legendHeight - h / 2.0 - 2.0;
    const double step = std::max(2.0, h / 4.0);
    for (double y = preferred.y(); y <= std::max(preferred.y(), lowest); y += step) {
        for (double dx = 0.0; dx <= w; dx += step) {
            for (const double side : {-1.0, 1.0}) {
                const QRectF box(preferred.x() + side * dx - w / 2.0, y - h / 2.0, w, h);
                const bool clear = std::none_of(obstacles.begin(), obstacles.end(), [&](const QRectF &o) {
                    return box.adjusted(-1.0, -1.0, 1.0, 1.0).intersects(o);
                });
                if (clear && box.left() >= 0.0 && box.right() <= m_size.width())
                    return box.center();
            }
        }
    }
    return preferred;
}

void NetworkPainter::paintWeightLabels()
{
    // Where edges cross, the weights' labels would pile up: each takes the first clear place along
    // its edge, the larger weights first, and one with no room is left out (its value is a click away).
    // They go last, clear of every neuron, value, σ′ gauge and bias tag: those are what the class reads.
    std::vector<QRectF> obstacles = m_detailBoxes;
    obstacles.insert(obstacles.end(), m_valueBoxes.begin(), m_valueBoxes.end());
    obstacles.insert(obstacles.end(), m_gaugeBoxes.begin(), m_gaugeBoxes.end());
    for (int l = 0; l < m_geometry.layerCount(); ++l)
        for (int j = 0; j < m_geometry.layer(l).count && !m_geometry.layer(l).grid; ++j)
            obstacles.push_back(m_geometry.neuronRect(l, j));
    const std::vector<QRectF> notes = noteBoxes();
    obstacles.insert(obstacles.end(), notes.begin(), notes.end());
    if (m_selectedEdgeLabel)
        obstacles.push_back(m_selectedEdgeLabel->rect);
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
        drawTag(rect, tag.border, withAlpha(palette::canvasColor(), 0.92 * tag.opacity),
                withAlpha(palette::inkColor(), tag.opacity), tag.text, PaintedText::Kind::EdgeValue);
        m_weightLabels.push_back({rect, tag.text});
    }
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
        const QLocale english(QLocale::English);
        const QString text =
            QCoreApplication::translate("NetworkPainter", "strongest %1 of %2 %3")
                .arg(english.toString(static_cast<qlonglong>(kEdgeThinningLimit)),
                     english.toString(static_cast<qlonglong>(edgeCount)),
                     state.gradientMix >= 0.5 ? QStringLiteral("\u2202E/\u2202w")
                                              : QCoreApplication::translate("NetworkPainter", "weights"));
        m_notes.push_back({placeNote(source, target, text), text});
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

} // namespace bp::ui
