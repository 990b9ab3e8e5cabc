// The network painter: the frame's order of drawing, the neurons with their values, biases and
// targets, the selection's details and the layers' captions. The edges, the legend and the
// saturation marks have files of their own (network_painter_*.cpp).
#include "ui/graph/network_painter.h"

#include "ui/graph/paint_helpers.h"
#include "ui/graph/saturation_marks.h"
#include "ui/graph/scene_text.h"
#include "ui/style/display_names.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bp::ui {

using painting::drawPill;
using painting::kUncheckedAlpha;
using painting::pixelFont;
using painting::uncheckedColor;
using painting::withAlpha;

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
    item.cover = item.rect;
    item.pixels = m_painter.font().pixelSize();
    item.layer = layer;
    item.neuron = neuron;
    m_texts->push_back(std::move(item));
}

void NetworkPainter::recordMark(PaintedMark::Kind kind, const QRectF &cover, int layer, int neuron)
{
    if (m_marks)
        m_marks->push_back({kind, cover, layer, neuron});
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

void NetworkPainter::drawTag(const QRectF &tag, const QColor &border, const QColor &fill, const QColor &ink,
                             const QString &text, PaintedText::Kind kind, int layer, int neuron)
{
    drawPill(m_painter, tag, border, fill);
    m_painter.setPen(ink);
    drawTextCentred(tag.center(), text, kind, layer, neuron);
    if (m_texts)
        m_texts->back().cover = tag;
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
    m_gaugeBoxes.clear();
    for (int l = 1; l < m_geometry.layerCount() && m_frame.showsSaturation(); ++l) {
        const LayerGeometry &g = m_geometry.layer(l);
        // (As paintCircleLayer draws them: on circles that are not too small.)
        if (g.grid || g.radius < 7.0)
            continue;
        const saturation_marks::GaugeShape gauge = saturation_marks::gaugeShape(g.radius, m_line);
        for (int j = 0; j < g.count; ++j) {
            if (!m_frame.unitSaturation(l, j))
                continue;
            const std::vector<QRectF> boxes = saturation_marks::gaugeBoxes(g.centres[static_cast<std::size_t>(j)], gauge);
            m_gaugeBoxes.insert(m_gaugeBoxes.end(), boxes.begin(), boxes.end());
        }
    }
    m_targetBoxes.clear();
    paintHighlight();
    paintEdges();
    paintNeurons();
    paintTargets();
    m_detailBoxes.clear();
    m_biasInCaption = -1;
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
    double between = 1e9;
    if (layer > 0)
        between = std::min(between, g.x - m_geometry.layer(layer - 1).x);
    if (layer < last)
        between = std::min(between, m_geometry.layer(layer + 1).x - g.x);
    between *= 0.94;
    // The outer captions are kept inside the view, so they cannot spread past its edges: centred,
    // they have `room`; slid in from the edge (paintCaptions), as far as halfway to their neighbour.
    double room = between;
    double slid = between;
    if (layer == 0) {
        room = std::min(room, 2.0 * g.x);
        slid = std::min(slid, g.x + between / 2.0);
    }
    if (layer == last) {
        room = std::min(room, 2.0 * (m_size.width() - g.x));
        slid = std::min(slid, m_size.width() - g.x + between / 2.0);
    }
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
    // Columns closer than a layer's name, even slid in from the edge (a deep net on a small
    // projector): the lecture's symbol of its values, x for the input and aˡ for the others.
    if (metrics.horizontalAdvance(c.title) > slid)
        c.title = layer == 0 ? QStringLiteral("x") : QStringLiteral("a") + superscriptNumber(layer);
    // A layer too large for a value on every neuron says so: the values are in the tool tips.
    const QFontMetricsF detailMetrics(pixelFont(textPixels(0.8)));
    if (!g.labelled && g.count > 0) {
        c.detail = QCoreApplication::translate("NetworkPainter", "%1 neurons \u00B7 hover for values").arg(g.count);
        if (detailMetrics.horizontalAdvance(c.detail) > room)
            c.detail = QCoreApplication::translate("NetworkPainter", "%1 \u00B7 hover").arg(g.count);
    }
    // Narrower still: the number of neurons alone.
    if (detailMetrics.horizontalAdvance(c.detail) > slid)
        c.detail = QString::number(g.count);
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
        drawTag(label.box, palette::mix(fill, palette::inkColor(), 0.25), withAlpha(palette::canvasColor(), 0.94),
                palette::inkColor(), label.lines.front(), PaintedText::Kind::NeuronValue, layer, neuron);
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
    if (!m_frame.hasTarget() || !m_geometry.showsTargets())
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
    // Right of the circles and their σ′ gauges, and of the values when they are printed beside them.
    double x = g.x + g.radius + std::max(m_ui * 0.55, m_geometry.gaugeClearance(last));
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
        const QString number = formatFixed(t, 2);
        drawTextAt(QPointF(x + swatch + px * 0.35, c.y() + (metrics.ascent() - metrics.descent()) / 2.0), number,
                   PaintedText::Kind::Target, last, j);
        const double height = std::max(swatch, metrics.height());
        m_targetBoxes.emplace_back(x, c.y() - height / 2.0, swatch + px * 0.35 + metrics.horizontalAdvance(number),
                                   height);
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
    const QFontMetricsF headMetrics(headFont);
    const double headWidth = headMetrics.horizontalAdvance(heading);
    // Among the captions, right of the layer's own; and never against the view's edge ("obiettivo t"
    // is longer than "target t"): slid left as far as that leaves it clear.
    const bool amongCaptions = headY - headMetrics.ascent() < captionBottom;
    const double leftmost = amongCaptions ? g.x + caption(last).width / 2.0 + m_ui * 0.6 : g.x + g.radius;
    const double headX = std::max(leftmost, std::min(std::max(x, leftmost), m_size.width() - m_ui * 0.4 - headWidth));
    if (headX + headWidth <= m_size.width()) {
        drawTextAt(QPointF(headX, headY), heading, PaintedText::Kind::Target, last);
        m_targetBoxes.emplace_back(headX, headY - headMetrics.ascent(), headWidth,
                                   headMetrics.ascent() + headMetrics.descent());
    }
}

double NetworkPainter::captionDetailBaseline() const
{
    // Under the title, its descent and its underline.
    const QFontMetricsF titleMetrics(pixelFont(m_ui, QFont::DemiBold));
    const QFontMetricsF detailMetrics(pixelFont(textPixels(0.8)));
    return m_geometry.metrics().captionTop + titleMetrics.ascent() + titleMetrics.descent() + m_ui * 0.12 +
           std::max(3.0, m_ui * 0.2) + m_ui * 0.15 + detailMetrics.ascent();
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
        if (l != m_biasInCaption)
            drawTextAt(QPointF(centredX(detailWidth), captionDetailBaseline()), detail, PaintedText::Kind::Caption, l);
    }
}

} // namespace bp::ui
