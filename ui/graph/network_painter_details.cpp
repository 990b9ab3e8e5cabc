// The selection's details on the graph: the bias tag of the neuron selected or under the pointer
// (beside it, or further off with a line to it when its column is crowded), and the value of a
// selected edge.
#include "ui/graph/network_painter.h"

#include "ui/graph/paint_helpers.h"
#include "ui/graph/scene_text.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>
#include <vector>

namespace bp::ui {

using painting::pixelFont;
using painting::withAlpha;

namespace {

// A line as a few small boxes that hug it (each at most this long): a slanted line's one box would
// cover far more than the line does.
constexpr double kLeaderPiece = 6.0;

std::vector<QRectF> leaderBoxes(const QLineF &line, double width)
{
    std::vector<QRectF> boxes;
    const int pieces = std::max(1, static_cast<int>(std::ceil(line.length() / kLeaderPiece)));
    for (int i = 0; i < pieces; ++i) {
        const QPointF a = line.pointAt(static_cast<double>(i) / pieces);
        const QPointF b = line.pointAt(static_cast<double>(i + 1) / pieces);
        boxes.push_back(QRectF(a, b).normalized().adjusted(-width / 2.0, -width / 2.0, width / 2.0, width / 2.0));
    }
    return boxes;
}

bool clearOf(const QRectF &rect, const std::vector<QRectF> &obstacles, double gap)
{
    const QRectF grown = rect.adjusted(-gap, -gap, gap, gap);
    return std::none_of(obstacles.begin(), obstacles.end(),
                        [&grown](const QRectF &other) { return grown.intersects(other); });
}

} // namespace

void NetworkPainter::paintSelectionDetails()
{
    // The bias of the neuron under the pointer or selected, and the value of a selected edge.
    auto biasTag = [&](const Selection &s) {
        if (s.kind != Selection::Kind::Neuron || s.layer < 1 || s.layer >= m_geometry.layerCount())
            return;
        const LayerGeometry &g = m_geometry.layer(s.layer);
        if (g.grid || s.neuron < 0 || s.neuron >= g.count)
            return;
        const double b = m_frame.bias(s.layer, s.neuron);
        const QString text = indexedSymbol(QStringLiteral("b"), s.layer, s.neuron + 1) +
                             QStringLiteral(" = ") + formatSignificant(b, 3, true);
        const double px = textPixels(0.8);
        m_painter.setFont(pixelFont(px, QFont::DemiBold));
        const QFontMetricsF metrics(m_painter.font());
        const std::optional<TagPlace> place = placeBiasTag(
            s.layer, s.neuron, QSizeF(metrics.horizontalAdvance(text) + px, metrics.height() + px * 0.3));
        if (!place)
            return;
        if (place->inCaption)
            m_biasInCaption = s.layer;
        const QColor colour =
            std::isfinite(b) ? palette::signedColor(b, m_frame.scales().weight) : palette::alarmColor();
        m_detailBoxes.push_back(place->tag);
        if (!place->leader.isNull()) {
            // A tag off its neuron points at it, in the tag's colour.
            const double width = 1.5 * m_line;
            m_painter.setPen(QPen(palette::mix(colour, palette::inkColor(), 0.3), width, Qt::SolidLine, Qt::RoundCap));
            m_painter.drawLine(place->leader);
            for (const QRectF &box : leaderBoxes(place->leader, width)) {
                m_detailBoxes.push_back(box);
                recordMark(PaintedMark::Kind::Leader, box, s.layer, s.neuron);
            }
        }
        drawTag(place->tag, colour, withAlpha(palette::canvasColor(), 0.96), palette::inkColor(), text,
                PaintedText::Kind::BiasTag, s.layer, s.neuron);
    };
    biasTag(m_selection);
    if (!(m_hover == m_selection))
        biasTag(m_hover);

    paintSelectedEdge();
}

void NetworkPainter::paintSelectedEdge()
{
    m_selectedEdgeLabel.reset();
    if (m_selection.kind != Selection::Kind::Edge || !hasFocus())
        return;
    const int l = m_selection.layer;
    if (l < 1 || l >= m_geometry.layerCount())
        return;
    const LayerGeometry &source = m_geometry.layer(l - 1);
    const LayerGeometry &target = m_geometry.layer(l);
    if (m_selection.neuron < 0 || m_selection.neuron >= target.count || m_selection.from < 0 ||
        m_selection.from >= source.count)
        return;
    const bool gradient = m_frame.edges(l).gradientMix >= 0.5;
    const double value = edgeValue(m_frame, l, m_selection.neuron, m_selection.from, gradient);
    const QString symbol = indexedSymbol(QStringLiteral("w"), l, m_selection.neuron + 1, m_selection.from + 1);
    // In the update, a weight whose change the class is predicting shows "?" for its new value.
    const bool concealed = !gradient && m_frame.isReplaying() && m_frame.phase().kind == PhaseKind::Update &&
                           m_frame.isWeightConcealed(l, m_selection.neuron, m_selection.from);
    const QString text = (gradient ? QStringLiteral("\u2202E/\u2202") + symbol : symbol) + QStringLiteral(" = ") +
                         (concealed ? QStringLiteral("?") : formatSignificant(value, 3, gradient));
    const double px = textPixels(0.85);
    m_painter.setFont(pixelFont(px, QFont::DemiBold));
    const QFontMetricsF metrics(m_painter.font());
    const QSizeF size(metrics.horizontalAdvance(text) + px, metrics.height() + px * 0.3);
    const std::optional<TagPlace> place = placeEdgeTag(l, m_selection.neuron, m_selection.from, size);
    QRectF rect;
    if (place) {
        rect = place->tag;
        if (!place->leader.isNull()) {
            // A tag off its edge points at the edge's middle.
            const double width = 1.5 * m_line;
            m_painter.setPen(QPen(palette::inkColor(), width, Qt::SolidLine, Qt::RoundCap));
            m_painter.drawLine(place->leader);
            for (const QRectF &box : leaderBoxes(place->leader, width)) {
                m_detailBoxes.push_back(box);
                recordMark(PaintedMark::Kind::Leader, box, l, m_selection.neuron);
            }
        }
    } else {
        // No free place in the whole graph: above the edge's middle, over what lies there, since the
        // class asked for this value.
        const QPointF middle = QLineF(source.centres[static_cast<std::size_t>(m_selection.from)],
                                      target.centres[static_cast<std::size_t>(m_selection.neuron)])
                                   .center();
        rect = QRectF(middle.x() - size.width() / 2.0, middle.y() - size.height() - px * 0.6, size.width(),
                      size.height());
    }
    drawTag(rect, palette::inkColor(), withAlpha(palette::canvasColor(), 0.96), palette::inkColor(), text,
            PaintedText::Kind::EdgeValue, l, m_selection.neuron);
    m_selectedEdgeLabel = PaintedLabel{rect, text};
    m_weightLabels.push_back(*m_selectedEdgeLabel);
}

QRectF NetworkPainter::detailArea() const
{
    // Below the captions (their second line may reach past the strip when presenting), above the legend.
    const ViewMetrics &m = m_geometry.metrics();
    const double top = std::max(m.captionTop + m.captionHeight,
                                captionDetailBaseline() + QFontMetricsF(pixelFont(textPixels(0.8))).descent());
    return QRectF(0.0, top, m_size.width(), m_size.height() - m.legendHeight - top);
}

std::vector<QRectF> NetworkPainter::circleBoxes() const
{
    std::vector<QRectF> boxes;
    for (int l = 0; l < m_geometry.layerCount(); ++l)
        for (int j = 0; j < m_geometry.layer(l).count && !m_geometry.layer(l).grid; ++j)
            boxes.push_back(m_geometry.neuronRect(l, j));
    return boxes;
}

std::vector<QRectF> NetworkPainter::detailObstacles() const
{
    // What the class reads and a tag must leave uncovered: the values, the σ′ gauges, the targets,
    // the notes and the tags already drawn.
    std::vector<QRectF> obstacles = m_valueBoxes;
    obstacles.insert(obstacles.end(), m_gaugeBoxes.begin(), m_gaugeBoxes.end());
    obstacles.insert(obstacles.end(), m_targetBoxes.begin(), m_targetBoxes.end());
    obstacles.insert(obstacles.end(), m_detailBoxes.begin(), m_detailBoxes.end());
    const std::vector<QRectF> notes = noteBoxes();
    obstacles.insert(obstacles.end(), notes.begin(), notes.end());
    return obstacles;
}

std::optional<NetworkPainter::TagPlace> NetworkPainter::placeWithLeader(QPointF anchor, QPointF target, double ring,
                                                                        QSizeF size, const std::vector<QRectF> &forTag,
                                                                        const std::vector<QRectF> &forLine,
                                                                        const std::function<double(QPointF)> &penalty) const
{
    // The free places around `anchor`, nearest first, each with a line to `target` (stopping `ring`
    // short of it) that crosses nothing the class reads either.
    const QRectF free = detailArea();
    const double w = size.width();
    const double h = size.height();
    const double step = std::max(4.0, h / 2.0);
    const double reach = 8.0 * h + w;
    std::vector<QPointF> centres;
    for (double dy = -reach; dy <= reach; dy += step)
        for (double dx = -reach; dx <= reach; dx += step)
            centres.emplace_back(anchor.x() + dx, anchor.y() + dy);
    auto cost = [&](QPointF p) { return std::hypot(p.x() - anchor.x(), p.y() - anchor.y()) + penalty(p); };
    std::stable_sort(centres.begin(), centres.end(), [&](QPointF a, QPointF b) { return cost(a) < cost(b); });
    for (const QPointF &centre : centres) {
        const QRectF rect(centre.x() - w / 2.0, centre.y() - h / 2.0, w, h);
        if (!free.contains(rect) || !clearOf(rect, forTag, 2.0))
            continue;
        // From the tag's edge nearest the target (a little off it) to the target's ring.
        const QPointF near(std::clamp(target.x(), rect.left(), rect.right()),
                           std::clamp(target.y(), rect.top(), rect.bottom()));
        const QLineF towards(near, target);
        if (towards.length() <= ring + 4.0)
            continue;
        const QLineF leader(towards.pointAt(2.0 / towards.length()), towards.pointAt(1.0 - ring / towards.length()));
        const std::vector<QRectF> pieces = leaderBoxes(leader, 1.5 * m_line);
        if (std::all_of(pieces.begin(), pieces.end(), [&](const QRectF &piece) { return clearOf(piece, forLine, 1.0); }))
            return TagPlace{rect, leader};
    }
    return std::nullopt;
}

std::optional<NetworkPainter::TagPlace> NetworkPainter::placeBiasTag(int layer, int neuron, QSizeF size) const
{
    const LayerGeometry &g = m_geometry.layer(layer);
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)];
    const double r = g.radius;
    const double gap = std::clamp(r * 0.3, 6.0, 18.0);
    const double w = size.width();
    const double h = size.height();
    const QRectF free = detailArea();
    std::vector<QRectF> obstacles = detailObstacles();
    const std::size_t ownCircle = obstacles.size();
    for (int l = 0; l < m_geometry.layerCount(); ++l)
        for (int j = 0; j < m_geometry.layer(l).count && !m_geometry.layer(l).grid; ++j)
            if (l != layer || j != neuron)
                obstacles.push_back(m_geometry.neuronRect(l, j));
    std::vector<QRectF> withOwn = obstacles;
    withOwn.insert(withOwn.begin() + static_cast<std::ptrdiff_t>(ownCircle), m_geometry.neuronRect(layer, neuron));

    // Beside the neuron first: left of it (the side its value rarely takes), then above or below.
    const std::vector<QRectF> beside = {
        {c.x() - r - gap - w, c.y() - h / 2.0, w, h},
        {c.x() - 0.86 * r - w / 2.0, c.y() - r - gap - h, w, h},
        {c.x() - 0.86 * r - w / 2.0, c.y() + r + gap, w, h},
        {c.x() - w / 2.0, c.y() - r - gap - h, w, h},
        {c.x() - w / 2.0, c.y() + r + gap, w, h},
        {c.x() - r - gap - w, c.y() - r - h, w, h},
        {c.x() - r - gap - w, c.y() + r, w, h},
        {c.x() - r - gap - w, c.y() - r - gap - 2.0 * h, w, h},
        {c.x() - r - gap - w, c.y() + r + gap + h, w, h},
    };
    for (const QRectF &rect : beside)
        if (free.contains(rect) && clearOf(rect, withOwn, 0.0))
            return TagPlace{rect, {}};

    // A neuron whose value is in a tag beside it: the bias tag may continue that tag's row, on its
    // far side ("b²₈ = +0.234  δ=+0.146 ●"), which reads as the neuron's without a line.
    const NeuronLabel label = neuronLabel(m_frame, m_geometry, layer, neuron);
    if (label.beside && !label.box.isEmpty()) {
        const double air = std::max(4.0, h * 0.25);
        const QRectF row = label.box.center().x() < c.x()
                               ? QRectF(label.box.left() - air - w, label.box.center().y() - h / 2.0, w, h)
                               : QRectF(label.box.right() + air, label.box.center().y() - h / 2.0, w, h);
        if (free.contains(row) && clearOf(row, withOwn, 1.0))
            return TagPlace{row, {}};
    }

    // A crowded column (16 neurons, their values on both sides) has no free place beside a neuron:
    // the nearest free place over the edges, left of the column first, with a line to the neuron
    // that crosses no value either. Nearest to the place left of the neuron, level with it, so that
    // the line runs between the neighbours' values. Right of the neuron are its value and its
    // target: a place there only when the left has none.
    const double ring = r + std::clamp(r * 0.075, 1.0, 4.5) * m_line + 2.0;
    const double reach = 8.0 * h + w;
    if (const auto place = placeWithLeader(QPointF(c.x() - r - gap - w / 2.0, c.y()), c, ring, size, withOwn,
                                           obstacles, [&](QPointF p) { return p.x() > c.x() ? 4.0 * reach : 0.0; }))
        return place;

    // A column packed so tight (16 neurons, values on both sides) that no place near the neuron is
    // free and no line can reach it: the tag takes the place of the layer's "16 neurons" under its
    // title, where the class finds it every time; its name (b²₈) says which neuron, and the
    // selection ring marks it. Slid sideways, towards the edges first, when a value is under it.
    return placeInCaptionStrip(g.x, size, layer, c.x() > m_size.width() / 2.0 ? -1.0 : 1.0, w, std::move(withOwn));
}

std::optional<NetworkPainter::TagPlace> NetworkPainter::placeInCaptionStrip(double x, QSizeF size, int ownLayer,
                                                                            double inward, double reach,
                                                                            std::vector<QRectF> obstacles) const
{
    const ViewMetrics &m = m_geometry.metrics();
    const double w = size.width();
    const double h = size.height();
    const QFontMetricsF detail(pixelFont(textPixels(0.8)));
    const double detailTop = captionDetailBaseline() - detail.ascent();
    const double y = detailTop + detail.height() / 2.0 - h / 2.0;
    for (int l = 0; l < m_geometry.layerCount(); ++l) {
        if (l == ownLayer)
            continue;
        const double half = caption(l).width / 2.0;
        obstacles.emplace_back(m_geometry.layer(l).x - half, m.captionTop, 2.0 * half,
                               detailTop + detail.height() - m.captionTop);
    }
    const double bottom = detailArea().bottom();
    const double step = std::max(4.0, h / 2.0);
    for (double shift = 0.0; shift <= reach; shift += step) {
        for (const double side : {inward, -inward}) {
            const QRectF rect(x - w / 2.0 + side * shift, y, w, h);
            const bool inView = rect.left() >= 0.0 && rect.right() <= m_size.width();
            if (inView && rect.bottom() <= bottom && clearOf(rect, obstacles, 1.0))
                return TagPlace{rect, {}, true};
        }
    }
    return std::nullopt;
}

std::optional<NetworkPainter::TagPlace> NetworkPainter::placeEdgeTag(int layer, int neuron, int from, QSizeF size) const
{
    const QLineF edge(m_geometry.layer(layer - 1).centres[static_cast<std::size_t>(from)],
                      m_geometry.layer(layer).centres[static_cast<std::size_t>(neuron)]);
    const double w = size.width();
    const double h = size.height();
    const QRectF free = detailArea();
    std::vector<QRectF> textsAndCircles = detailObstacles();
    std::vector<QRectF> textsAndCores = textsAndCircles;
    for (const QRectF &circle : circleBoxes()) {
        const double rim = circle.width() * 0.1;
        textsAndCircles.push_back(circle);
        textsAndCores.push_back(circle.adjusted(rim, rim, -rim, -rim));
    }

    // Clear of every circle if the graph has room for it anywhere; where it has none (presenting,
    // the circles large), over a circle's rim at most (a fifth of its radius), never its value.
    for (const std::vector<QRectF> *obstacles : {&textsAndCircles, &textsAndCores}) {
        // On the edge it names: across the line, then just above or below it, from the middle out.
        const double lift = h / 2.0 + std::max(3.0, h * 0.2);
        for (const double t : {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74}) {
            const QPointF at = edge.pointAt(t);
            for (const double dy : {0.0, -lift, lift}) {
                const QRectF rect(at.x() - w / 2.0, at.y() + dy - h / 2.0, w, h);
                if (free.contains(rect) && clearOf(rect, *obstacles, 1.0))
                    return TagPlace{rect, {}};
            }
        }
        // Where the edges are dense with values: the nearest free place, with a line to the edge.
        for (const double t : {0.5, 0.35, 0.65}) {
            const QPointF at = edge.pointAt(t);
            if (const auto place =
                    placeWithLeader(at, at, 0.0, size, *obstacles, *obstacles, [](QPointF) { return 0.0; }))
                return place;
        }
        // The captions' strip, as near above the edge as it is free, where the tag's name (∂E/∂w²₁₃)
        // says which edge, and the selection marks it.
        const double x = edge.center().x();
        if (const auto place = placeInCaptionStrip(x, size, -1, x > m_size.width() / 2.0 ? -1.0 : 1.0,
                                                   m_size.width(), *obstacles))
            return place;
    }
    return std::nullopt;
}

} // namespace bp::ui
