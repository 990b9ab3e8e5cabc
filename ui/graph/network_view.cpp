#include "ui/graph/network_view.h"

#include "ui/graph/network_painter.h"
#include "ui/graph/scene_text.h"
#include "ui/style/value_format.h"
#include "ui/style/palette.h"

#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>
#include <QStringList>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp::ui {

namespace {

constexpr double kZoomStep = 1.25;
// A glide to a layer: long enough for the class to follow where it goes, short enough not to wait.
constexpr int kGlideMs = 450;
// How much of the edges into and out of a layer a zoom to that layer shows.
constexpr double kNeighbourEdgeShare = 0.6;
// A press that moves less than this is a click, more is a drag.
constexpr double kDragDistance = 5.0;
// How far from a neuron's edge or from an edge's line a click still hits it.
constexpr double kNeuronTolerance = 3.0;
constexpr double kEdgeTolerance = 6.0;

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    double t = length2 > 0.0 ? QPointF::dotProduct(p - a, ab) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

} // namespace

NetworkView::NetworkView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    // Tab and F6 reach the graph too, so that a neuron can be chosen without a mouse.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Network graph"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_zoomAnimation = new QVariantAnimation(this);
    m_zoomAnimation->setStartValue(0.0);
    m_zoomAnimation->setEndValue(1.0);
    m_zoomAnimation->setDuration(kGlideMs);
    m_zoomAnimation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_zoomAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        // The zoom moves evenly on a log scale, the centre in a straight line: no lurch sideways.
        m_zoom =
            std::exp(std::log(m_glideFromZoom) + (std::log(m_glideToZoom) - std::log(m_glideFromZoom)) * t);
        const QPointF centre = m_glideFromCentre + (m_glideToCentre - m_glideFromCentre) * t;
        m_offset = clampedOffset(QPointF(width() / 2.0, height() / 2.0) - centre * m_zoom);
        update();
    });
}

NetworkView::~NetworkView() = default;

void NetworkView::setScene(const NetworkScene &scene)
{
    if (scene.dataset != m_scene.dataset)
        m_widestInput = scene.dataset ? widestInputText(*scene.dataset) : QString();
    m_scene = scene;
    if (m_scene.network != m_describedNetwork)
        describeForAccessibility();
    updateScales();
    const QList<LegendEntry> entries = ui::legendEntries(frame());
    if (entries != m_legend) {
        m_legend = entries;
        emit legendChanged(m_legend);
    }
    update();
}

void NetworkView::updateScales()
{
    if (m_scene.trace) {
        if (m_scene.trace != m_scaledTrace) {
            m_scaledTrace = m_scene.trace;
            m_traceScales = traceScales(*m_scene.trace);
        }
        m_scales = m_traceScales;
        // Before a phase is on show the live network is drawn, on its own weight scale.
        if (m_scene.phaseIndex < 0 && m_scene.network) {
            if (m_scene.network != m_scaledNetwork) {
                m_scaledNetwork = m_scene.network;
                m_networkScale = weightScale(*m_scene.network);
            }
            m_scales.weight = m_networkScale;
        }
        return;
    }
    m_scaledTrace.reset();
    m_scales = ValueScales{};
    if (m_scene.network && m_scene.network != m_scaledNetwork) {
        m_scaledNetwork = m_scene.network;
        m_networkScale = weightScale(*m_scene.network);
    }
    m_scales.weight = m_networkScale;
}

SceneFrame NetworkView::frame() const
{
    return SceneFrame(m_scene, m_scales);
}

const GraphGeometry &NetworkView::geometry(const SceneFrame &frame) const
{
    GeometryKey key;
    if (!frame.isEmpty())
        key.sizes = frame.network().sizes();
    key.size = size();
    key.zoom = m_zoom;
    key.offset = m_offset;
    key.banner = m_scene.diverged;
    key.textScale = m_textScale;
    // The text's size follows the window (the projector's picture), not the share the graph has of it.
    key.room = window()->size();
    key.themeText = ui::palette::textScale();
    // The σ′ gauges take room beside the circles: the values beside them move out.
    key.gaugeLine = frame.showsSaturation() ? m_lineScale : 0.0;
    key.inputWidth = valueTextWidth(m_widestInput, 1.0);
    if (!m_geometryValid || !(key == m_geometryKey)) {
        m_geometry = GraphGeometry(key.sizes, QSizeF(key.size), key.zoom, key.offset, key.banner, key.textScale,
                                   QSizeF(key.room), key.gaugeLine, key.inputWidth);
        m_geometryKey = std::move(key);
        m_geometryValid = true;
    }
    return m_geometry;
}

void NetworkView::setSelection(const Selection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    describeForAccessibility();
    update();
}

void NetworkView::userSelect(const Selection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    describeForAccessibility();
    update();
    emit selectionChanged(m_selection);
}

Selection NetworkView::neighbour(const Selection &from, int key) const
{
    const SceneFrame f = frame();
    if (f.isEmpty())
        return from;
    Selection to;
    to.kind = Selection::Kind::Neuron;
    if (from.kind == Selection::Kind::Edge) {
        to.layer = from.layer;
        to.neuron = from.neuron;
        return to;
    }
    if (from.kind != Selection::Kind::Neuron || from.layer < 0 || from.layer > f.layerCount())
        return to;
    to.layer = from.layer;
    const int size = f.layerSize(from.layer);
    switch (key) {
    case Qt::Key_Up: to.neuron = std::max(0, from.neuron - 1); break;
    case Qt::Key_Down: to.neuron = std::min(size - 1, from.neuron + 1); break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        to.layer = std::clamp(from.layer + (key == Qt::Key_Left ? -1 : 1), 0, f.layerCount());
        // The same relative height, so that moving 8 → 3 → 8 lands near where it started.
        const int target = f.layerSize(to.layer);
        to.neuron = size <= 1 ? 0
                              : static_cast<int>(std::lround(static_cast<double>(from.neuron) * (target - 1) /
                                                             static_cast<double>(size - 1)));
        to.neuron = std::clamp(to.neuron, 0, std::max(0, target - 1));
        break;
    }
    default: to.neuron = from.neuron; break;
    }
    return to;
}

bool NetworkView::takesArrow(const QKeyEvent &event) const
{
    if ((event.modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || frame().isEmpty())
        return false;
    if (event.key() == Qt::Key_Up || event.key() == Qt::Key_Down)
        return true;
    return m_arrowsChooseLayers && (event.key() == Qt::Key_Left || event.key() == Qt::Key_Right);
}

void NetworkView::describeForAccessibility()
{
    m_describedNetwork = m_scene.network;
    const SceneFrame f = frame();
    if (f.isEmpty()) {
        setAccessibleDescription(tr("No network yet."));
        return;
    }
    QStringList sizes;
    for (int l = 0; l <= f.layerCount(); ++l)
        sizes << QString::number(f.layerSize(l));
    QString text = tr("Layers %1, from input to output.").arg(sizes.join(QStringLiteral("-")));
    if (m_selection.kind == Selection::Kind::Neuron && m_selection.layer <= f.layerCount() &&
        m_selection.neuron < f.layerSize(m_selection.layer)) {
        text += QLatin1Char(' ') + tr("Selected: neuron %1 of %2.")
                                       .arg(m_selection.neuron + 1)
                                       .arg(layerTitle(m_selection.layer, f.layerCount()));
    } else {
        text += QLatin1Char(' ') + tr("Arrow keys choose a neuron.");
    }
    setAccessibleDescription(text);
}

void NetworkView::setZoom(double factor)
{
    zoomAbout(QPointF(width() / 2.0, height() / 2.0), factor);
}

void NetworkView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void NetworkView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void NetworkView::resetZoom()
{
    m_zoomAnimation->stop();
    m_zoom = 1.0;
    m_offset = QPointF();
    update();
}

void NetworkView::zoomAbout(QPointF anchor, double factor)
{
    if (!std::isfinite(factor))
        return;
    m_zoomAnimation->stop();
    const double zoom = std::clamp(factor, minimumZoom(), maximumZoom());
    // Keep the point under the anchor where it is: world = (anchor − offset) / zoom.
    const QPointF world = (anchor - m_offset) / m_zoom;
    m_zoom = zoom;
    m_offset = clampedOffset(anchor - world * zoom);
    update();
}

QPointF NetworkView::clampedOffset(QPointF offset) const
{
    // At zoom 1 the drawing fits the view exactly; larger, it may pan until an edge reaches the
    // view's edge; smaller, it stays centred.
    auto clampAxis = [&](double value, double extent) {
        const double slack = extent - extent * m_zoom;
        if (slack >= 0.0)
            return slack / 2.0;
        return std::clamp(value, slack, 0.0);
    };
    return {clampAxis(offset.x(), width()), clampAxis(offset.y(), height())};
}

double NetworkView::zoomToLayer(int layer, bool animate)
{
    if (!m_scene.network)
        return m_zoom;
    const std::vector<int> sizes = m_scene.network->sizes();
    const int count = static_cast<int>(sizes.size());
    if (layer < 0 || layer >= count || width() <= 0 || height() <= 0)
        return m_zoom;
    // Where everything is at zoom 1 with no pan (widget = world there).
    const GraphGeometry world(sizes, QSizeF(size()), 1.0, QPointF(), m_scene.diverged, m_textScale,
                              QSizeF(window()->size()), 0.0, valueTextWidth(m_widestInput, 1.0));
    if (world.isEmpty())
        return m_zoom;
    const LayerGeometry &g = world.layer(layer);
    const double ui = world.metrics().uiPixels;
    QRectF area = g.bounds.adjusted(-ui * 1.5, -ui * 1.2, ui * 1.5, ui * 1.2);
    if (layer > 0)
        area.setLeft(std::min(area.left(), g.x - (g.x - world.layer(layer - 1).x) * kNeighbourEdgeShare));
    if (layer + 1 < count)
        area.setRight(std::max(area.right(), g.x + (world.layer(layer + 1).x - g.x) * kNeighbourEdgeShare));
    else
        area.setRight(area.right() + ui * 4.6); // the target tags beside the output neurons
    // Fit into the part of the view the drawing has (the captions and the legend do not zoom),
    // centred across the view: the margin kept on the right for the output's tags does not apply.
    QRectF room = world.contentRect();
    room.setRight(width() - room.left());
    if (area.width() <= 0.0 || area.height() <= 0.0 || room.isEmpty())
        return m_zoom;
    const double zoom =
        std::clamp(std::min(room.width() / area.width(), room.height() / area.height()), 1.0, maximumZoom());
    std::fprintf(stderr, "PROBE zoom layer %d zoom %.2f area %.0f,%.0f %.0fx%.0f room %.0fx%.0f xs %.0f %.0f %.0f %.0f %.0f %.0f\n", layer, zoom, area.x(), area.y(), area.width(), area.height(), room.width(), room.height(), world.layer(0).x, world.layer(1).x, world.layer(2).x, world.layer(3).x, world.layer(4).x, world.layer(5).x);
    glideTo(zoom, room.center() - area.center() * zoom, animate);
    return zoom;
}

void NetworkView::zoomToNetwork(bool animate)
{
    glideTo(1.0, QPointF(), animate);
}

bool NetworkView::isZoomAnimating() const
{
    return m_zoomAnimation->state() == QAbstractAnimation::Running;
}

void NetworkView::glideTo(double zoom, QPointF offset, bool animate)
{
    m_zoomAnimation->stop();
    const double previousZoom = m_zoom;
    const QPointF previousOffset = m_offset;
    m_zoom = std::clamp(zoom, minimumZoom(), maximumZoom());
    m_offset = clampedOffset(offset);
    if (!animate || (m_zoom == previousZoom && m_offset == previousOffset)) {
        update();
        return;
    }
    const QPointF viewCentre(width() / 2.0, height() / 2.0);
    m_glideFromZoom = previousZoom;
    m_glideToZoom = m_zoom;
    m_glideFromCentre = (viewCentre - previousOffset) / previousZoom;
    m_glideToCentre = (viewCentre - m_offset) / m_zoom;
    m_zoom = previousZoom;
    m_offset = previousOffset;
    m_zoomAnimation->start();
}

void NetworkView::setPresentationScale(double textScale, double lineScale)
{
    const double text = std::isfinite(textScale) ? std::clamp(textScale, 0.5, 3.0) : 1.0;
    const double line = std::isfinite(lineScale) ? std::clamp(lineScale, 0.5, 4.0) : 1.0;
    if (text == m_textScale && line == m_lineScale)
        return;
    m_textScale = text;
    m_lineScale = line;
    update();
}

double NetworkView::captionPixels() const
{
    return geometry(frame()).metrics().uiPixels;
}

void NetworkView::setSpotlight(bool on)
{
    if (on == m_spotlightOn)
        return;
    m_spotlightOn = on;
    update();
}

Spotlight NetworkView::spotlight() const
{
    return Spotlight(frame(), m_selection, m_spotlightOn);
}

void NetworkView::setOffset(QPointF offset)
{
    m_zoomAnimation->stop();
    const QPointF clamped = clampedOffset(offset);
    if (clamped == m_offset)
        return;
    m_offset = clamped;
    update();
}

Selection NetworkView::hitTest(QPointF position) const
{
    const SceneFrame f = frame();
    const GraphGeometry &g = geometry(f);
    if (f.isEmpty() || g.isEmpty() || g.layerCount() != f.layerCount() + 1)
        return {};
    for (int l = 0; l < g.layerCount(); ++l) {
        const int neuron = g.neuronAt(l, position, kNeuronTolerance);
        if (neuron >= 0)
            return {Selection::Kind::Neuron, l, neuron, 0};
    }
    Selection best;
    double bestDistance = kEdgeTolerance;
    for (int l = 1; l < g.layerCount(); ++l) {
        const LayerGeometry &source = g.layer(l - 1);
        const LayerGeometry &target = g.layer(l);
        if (position.x() < source.bounds.left() - kEdgeTolerance ||
            position.x() > target.bounds.right() + kEdgeTolerance)
            continue;
        // Only the edges that are drawn can be hit.
        const bool gradient = f.edges(l).gradientMix >= 0.5;
        const double threshold =
            edgeThreshold(f, l, gradient ? f.scales().gradient : f.scales().weight, gradient);
        for (int j = 0; j < target.count; ++j) {
            const QPointF b = target.centres[static_cast<std::size_t>(j)];
            for (int k = 0; k < source.count; ++k) {
                const QPointF a = source.centres[static_cast<std::size_t>(k)];
                const double d = distanceToSegment(position, a, b);
                if (d >= bestDistance)
                    continue;
                if (threshold > 0.0) {
                    const double v = gradient ? f.weightGradient(l, j, k) : f.weight(l, j, k);
                    if (std::isfinite(v) && std::abs(v) < threshold)
                        continue;
                }
                bestDistance = d;
                best = {Selection::Kind::Edge, l, j, k};
            }
        }
    }
    return best;
}

QRectF NetworkView::neuronRect(int layer, int neuron) const
{
    return geometry(frame()).neuronRect(layer, neuron);
}

QList<QRectF> NetworkView::neuronAndValueRects() const
{
    QList<QRectF> rects;
    const GraphGeometry &g = geometry(frame());
    for (int l = 0; l < g.layerCount(); ++l) {
        if (g.layer(l).grid)
            continue;
        for (int j = 0; j < g.layer(l).count; ++j)
            rects.append(g.neuronRect(l, j));
    }
    for (const PaintedText &text : m_paintedTexts)
        if (text.layer >= 0 && text.neuron >= 0)
            rects.append(text.cover);
    for (const PaintedMark &mark : m_paintedMarks)
        rects.append(mark.cover);
    return rects;
}

QString NetworkView::valueText(int layer, int neuron) const
{
    const SceneFrame f = frame();
    return neuronLabel(f, geometry(f), layer, neuron).text;
}

double NetworkView::valuePixels(int layer) const
{
    const GraphGeometry &g = geometry(frame());
    return layer >= 0 && layer < g.layerCount() ? g.layer(layer).valuePixels : 0.0;
}

QList<LegendEntry> NetworkView::legendEntries() const
{
    return ui::legendEntries(frame());
}

void NetworkView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const SceneFrame f = frame();
    PaintStyle style;
    style.lineScale = m_lineScale;
    style.spotlight = Spotlight(f, m_selection, m_spotlightOn);
    NetworkPainter networkPainter(painter, m_edgeCanvas, f, geometry(f), QSizeF(size()), m_selection, m_hover,
                                  style);
    m_paintedTexts.clear();
    m_paintedMarks.clear();
    networkPainter.recordTexts(&m_paintedTexts);
    networkPainter.recordMarks(&m_paintedMarks);
    networkPainter.paint();
    m_weightLabels.clear();
    for (const NetworkPainter::PaintedLabel &label : networkPainter.weightLabels())
        m_weightLabels.append({label.rect, label.text});
    if (hasFocus()) {
        // Keyboard focus must be visible on a projector too: a frame in the palette's highlight.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

void NetworkView::focusInEvent(QFocusEvent *event)
{
    // Only a keyboard user who came here with Tab or F6 gets ←/→ for the layers; otherwise (a click,
    // the window giving the graph focus at start or after a dialog) they stay the phase keys.
    const Qt::FocusReason reason = event->reason();
    m_arrowsChooseLayers =
        reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
    update();
    QWidget::focusInEvent(event);
}

void NetworkView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    m_offset = clampedOffset(m_offset);
    QWidget::resizeEvent(event);
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_arrowsChooseLayers = false;
    m_pressPosition = event->position();
    m_pressOffset = m_offset;
    event->accept();
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->position() - m_pressPosition;
        if (!m_dragging && delta.manhattanLength() > kDragDistance) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging)
            setOffset(m_pressOffset + delta);
        event->accept();
        return;
    }
    setHover(hitTest(event->position()));
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
    } else {
        userSelect(hitTest(event->position()));
    }
    event->accept();
}

namespace {

// Parameters exist for edges and for the neurons of layers 1..L (the input layer has no bias).
bool hasParameter(const Selection &selection)
{
    return selection.kind == Selection::Kind::Edge ||
           (selection.kind == Selection::Kind::Neuron && selection.layer >= 1);
}

} // namespace

void NetworkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Selection hit = event->button() == Qt::LeftButton ? hitTest(event->position()) : Selection{};
    if (!hasParameter(hit)) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    userSelect(hit);
    emit parameterEditRequested(hit);
    event->accept();
}

void NetworkView::contextMenuEvent(QContextMenuEvent *event)
{
    const Selection hit = hitTest(event->pos());
    if (!hasParameter(hit)) {
        QWidget::contextMenuEvent(event);
        return;
    }
    userSelect(hit);
    QMenu menu(this);
    const QString symbol = hit.kind == Selection::Kind::Edge
                               ? indexedSymbol("w", hit.layer, hit.neuron + 1, hit.from + 1)
                               : indexedSymbol("b", hit.layer, hit.neuron + 1);
    menu.addAction(tr("Edit %1…").arg(symbol), this, [this, hit] { emit parameterEditRequested(hit); });
    menu.exec(event->globalPos());
    event->accept();
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0.0)
            zoomAbout(event->position(), m_zoom * std::pow(kZoomStep, steps));
        event->accept();
        return;
    }
    QPointF delta =
        event->pixelDelta().isNull() ? QPointF(event->angleDelta()) * 0.5 : QPointF(event->pixelDelta());
    if (event->modifiers() & Qt::ShiftModifier)
        delta = QPointF(delta.y(), delta.x());
    const QPointF before = m_offset;
    setOffset(m_offset + delta);
    if (m_offset == before)
        event->ignore();
    else
        event->accept();
}

void NetworkView::leaveEvent(QEvent *event)
{
    setHover({});
    QWidget::leaveEvent(event);
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_selection.kind != Selection::Kind::None) {
        userSelect({});
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && (m_zoom != 1.0 || isZoomAnimating())) {
        zoomToNetwork();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && hasParameter(m_selection)) {
        emit parameterEditRequested(m_selection);
        event->accept();
        return;
    }
    if (takesArrow(*event)) {
        userSelect(neighbour(m_selection, event->key()));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool NetworkView::event(QEvent *event)
{
    // The window's ←/→ are application shortcuts; claiming the arrows here lets them reach
    // keyPressEvent while the graph has focus.
    if (event->type() == QEvent::ShortcutOverride && takesArrow(*static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Selection hit = hitTest(QPointF(help->pos()));
        const SceneFrame f = frame();
        QString text;
        QRect area;
        if (hit.kind == Selection::Kind::Neuron) {
            text = neuronTooltip(f, hit.layer, hit.neuron);
            area = neuronRect(hit.layer, hit.neuron).toAlignedRect();
        } else if (hit.kind == Selection::Kind::Edge) {
            text = edgeTooltip(f, hit.layer, hit.neuron, hit.from);
            area = QRect(help->pos() - QPoint(4, 4), QSize(9, 9));
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, area);
        }
        return true;
    }
    return QWidget::event(event);
}

void NetworkView::setHover(const Selection &hover)
{
    if (hover == m_hover)
        return;
    m_hover = hover;
    update();
}

} // namespace bp::ui
