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
        const std::optional<BiasPlace> place = placeBiasTag(
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

    if (const auto selected = selectedEdgeLabel()) {
        m_painter.setFont(pixelFont(textPixels(0.85), QFont::DemiBold));
        drawTag(selected->rect, palette::inkColor(), withAlpha(palette::canvasColor(), 0.96), palette::inkColor(),
                selected->text, PaintedText::Kind::EdgeValue, m_selection.layer, m_selection.neuron);
        m_weightLabels.push_back(*selected);
    }
}

std::optional<NetworkPainter::BiasPlace> NetworkPainter::placeBiasTag(int layer, int neuron, QSizeF size) const
{
    const LayerGeometry &g = m_geometry.layer(layer);
    const QPointF c = g.centres[static_cast<std::size_t>(neuron)];
    const double r = g.radius;
    const double gap = std::clamp(r * 0.3, 6.0, 18.0);
    const double w = size.width();
    const double h = size.height();
    const ViewMetrics &m = m_geometry.metrics();
    // Below the captions (their second line may reach past the strip when presenting).
    const double top = std::max(m.captionTop + m.captionHeight,
                                captionDetailBaseline() + QFontMetricsF(pixelFont(textPixels(0.8))).descent());
    const QRectF free(0.0, top, m_size.width(), m_size.height() - m.legendHeight - top);
    // What the class reads and the tag must leave uncovered: the values, the circles, the σ′
    // gauges, the targets, the notes and the tags already drawn.
    std::vector<QRectF> obstacles = m_valueBoxes;
    obstacles.insert(obstacles.end(), m_gaugeBoxes.begin(), m_gaugeBoxes.end());
    obstacles.insert(obstacles.end(), m_targetBoxes.begin(), m_targetBoxes.end());
    obstacles.insert(obstacles.end(), m_detailBoxes.begin(), m_detailBoxes.end());
    const std::vector<QRectF> notes = noteBoxes();
    obstacles.insert(obstacles.end(), notes.begin(), notes.end());
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
            return BiasPlace{rect, {}};

    // A neuron whose value is in a tag beside it: the bias tag may continue that tag's row, on its
    // far side ("b²₈ = +0.234  δ=+0.146 ●"), which reads as the neuron's without a line.
    const NeuronLabel label = neuronLabel(m_frame, m_geometry, layer, neuron);
    if (label.beside && !label.box.isEmpty()) {
        const double air = std::max(4.0, h * 0.25);
        const QRectF row = label.box.center().x() < c.x()
                               ? QRectF(label.box.left() - air - w, label.box.center().y() - h / 2.0, w, h)
                               : QRectF(label.box.right() + air, label.box.center().y() - h / 2.0, w, h);
        if (free.contains(row) && clearOf(row, withOwn, 1.0))
            return BiasPlace{row, {}};
    }

    // A crowded column (16 neurons, their values on both sides) has no free place beside a neuron:
    // the nearest free place over the edges, left of the column first, with a line to the neuron
    // that crosses no value either. Nearest to the place left of the neuron, level with it, so that
    // the line runs between the neighbours' values.
    const double ring = r + std::clamp(r * 0.075, 1.0, 4.5) * m_line + 2.0;
    const double step = std::max(4.0, h / 2.0);
    const QPointF anchor(c.x() - r - gap - w / 2.0, c.y());
    const double reach = 8.0 * h + w;
    std::vector<QPointF> centres;
    for (double dy = -reach; dy <= reach; dy += step)
        for (double dx = -reach; dx <= reach; dx += step)
            centres.emplace_back(anchor.x() + dx, anchor.y() + dy);
    auto cost = [&](QPointF p) {
        // Right of the neuron are its value and its target: a place there only when the left has none.
        const double right = p.x() > c.x() ? 4.0 * reach : 0.0;
        return std::hypot(p.x() - anchor.x(), p.y() - anchor.y()) + right;
    };
    std::stable_sort(centres.begin(), centres.end(), [&](QPointF a, QPointF b) { return cost(a) < cost(b); });
    for (const QPointF &centre : centres) {
        const QRectF rect(centre.x() - w / 2.0, centre.y() - h / 2.0, w, h);
        if (!free.contains(rect) || !clearOf(rect, withOwn, 2.0))
            continue;
        // From the tag's edge nearest the neuron (a little off it) to the neuron's ring.
        const QPointF near(std::clamp(c.x(), rect.left(), rect.right()), std::clamp(c.y(), rect.top(), rect.bottom()));
        const QLineF towards(near, c);
        if (towards.length() <= ring + 4.0)
            continue;
        const QLineF leader(towards.pointAt(2.0 / towards.length()), towards.pointAt(1.0 - ring / towards.length()));
        const std::vector<QRectF> pieces = leaderBoxes(leader, 1.5 * m_line);
        if (std::all_of(pieces.begin(), pieces.end(), [&](const QRectF &piece) { return clearOf(piece, obstacles, 1.0); }))
            return BiasPlace{rect, leader};
    }

    // A column packed so tight (16 neurons, values on both sides) that no place near the neuron is
    // free and no line can reach it: the tag takes the place of the layer's "16 neurons" under its
    // title, where the class finds it every time; its name (b²₈) says which neuron, and the
    // selection ring marks it. Slid sideways, towards the edges first, when a value is under it.
    const QFontMetricsF detail(pixelFont(textPixels(0.8)));
    const double detailTop = captionDetailBaseline() - detail.ascent();
    const double y = detailTop + detail.height() / 2.0 - h / 2.0;
    const double inward = c.x() > m_size.width() / 2.0 ? -1.0 : 1.0;
    for (int l = 0; l < m_geometry.layerCount(); ++l) {
        if (l == layer)
            continue;
        const double x = m_geometry.layer(l).x;
        const double half = caption(l).width / 2.0;
        withOwn.emplace_back(x - half, m.captionTop, 2.0 * half, detailTop + detail.height() - m.captionTop);
    }
    for (double shift = 0.0; shift <= w; shift += step) {
        for (const double side : {inward, -inward}) {
            const QRectF rect(g.x - w / 2.0 + side * shift, y, w, h);
            const bool inView = rect.left() >= 0.0 && rect.right() <= m_size.width();
            if (inView && rect.bottom() <= free.bottom() && clearOf(rect, withOwn, 1.0))
                return BiasPlace{rect, {}, true};
        }
    }
    return std::nullopt;
}

} // namespace bp::ui
