// CodeSpaceView's painting: the cube, the square or the line, the trails, the points and the
// footer, for the geometry the widget computed (code_space_view.cpp holds the state and events).
#include "ui/representation/code_space_view.h"

#include "ui/representation/pattern_style.h"
#include "ui/style/palette.h"
#include "ui/style/value_format.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

constexpr double kDegrees = 3.14159265358979323846 / 180.0;
// Beyond these, trails and labels would clutter more than they tell.
constexpr int kMaxTrailSamples = 64;
constexpr int kMaxLabelledSamples = 40;

QColor mixColors(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return color;
}

bool isFinite(const Eigen::Ref<const Vector> &code)
{
    return code.allFinite();
}

QPointF unitVector(QPointF v, QPointF fallback)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-6 ? v / length : fallback;
}

// Text drawn with a halo of the canvas colour, so it stays readable over edges and trails.
void drawHaloText(QPainter &painter, const QRectF &rect, int flags, const QString &text, const QColor &color)
{
    painter.setPen(withAlpha(palette::canvasColor(), 0.85));
    for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
        painter.drawText(rect.translated(offset), flags, text);
    painter.setPen(color);
    painter.drawText(rect, flags, text);
}

QRectF textBox(QPointF anchor, QPointF direction, QSizeF size)
{
    // Place the box beside anchor, on the side direction points to.
    const QPointF center =
        anchor + QPointF(direction.x() * size.width() * 0.5, direction.y() * size.height() * 0.5);
    return QRectF(center.x() - size.width() / 2.0, center.y() - size.height() / 2.0, size.width(),
                  size.height());
}

// A tick label: whole numbers without decimals ("0", "1"), others with two significant digits.
QString tickText(double value)
{
    if (value == std::round(value))
        return formatFixed(value, 0);
    QString text = formatSignificant(value, 2);
    if (text.contains(u'.') && !text.contains(u'e')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// The name of a hidden unit in the lecture's notation: a¹₂ for unit 2 of layer 1.
QString axisSymbol(int layer, int unit)
{
    return layer > 0 ? indexedSymbol(QStringLiteral("a"), layer, unit + 1)
                     : QStringLiteral("h") + subscriptNumber(unit + 1);
}

} // namespace

void CodeSpaceView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), palette::canvasColor());
    const Geometry g = computeGeometry();
    paintHeader(painter, g);
    switch (dimension()) {
    case 3: paintCube(painter, g); break;
    case 2: paintSquare(painter, g); break;
    case 1: paintLine(painter, g); break;
    default:
        painter.setFont(m_captionFont);
        painter.setPen(palette::faintInkColor());
        painter.drawText(g.plot, Qt::AlignCenter, tr("No hidden codes yet"));
        return;
    }
    paintFooter(painter, g);
}

void CodeSpaceView::paintHeader(QPainter &painter, const Geometry &g) const
{
    painter.setFont(m_titleFont);
    painter.setPen(palette::inkColor());
    painter.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, titleText());
    painter.setFont(m_captionFont);
    painter.setPen(palette::inkColor().lighter(170));
    painter.drawText(g.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, captionText());
    if (unitCount() > 3) {
        painter.setFont(m_hintFont);
        painter.setPen(palette::faintInkColor().darker(130));
        const auto &u = m_units;
        const bool consecutive = u[1] == u[0] + 1 && u[2] == u[1] + 1;
        const QString which = consecutive ? tr("units %1\u2013%2").arg(u[0] + 1).arg(u[2] + 1)
                                          : tr("units %1, %2, %3").arg(u[0] + 1).arg(u[1] + 1).arg(u[2] + 1);
        const double top = g.caption.bottom() + 4.0;
        painter.drawText(QRectF(g.plot.left(), top, g.plot.width(), g.plot.top() - top),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("showing %1 of %2").arg(which).arg(unitCount()));
    }
}

void CodeSpaceView::paintCube(QPainter &painter, const Geometry &g) const
{
    std::array<Projected, 8> corners;
    int farthest = 0;
    for (int c = 0; c < 8; ++c) {
        corners[static_cast<std::size_t>(c)] = projectUnit(g, (c >> 2) & 1, (c >> 1) & 1, c & 1);
        if (corners[static_cast<std::size_t>(c)].depth < corners[static_cast<std::size_t>(farthest)].depth)
            farthest = c;
    }
    // Edges: the three at the farthest corner are hidden behind the cube and drawn dashed.
    const QColor edge = palette::inkColor();
    for (int a = 0; a < 8; ++a) {
        for (int bit = 0; bit < 3; ++bit) {
            const int b = a ^ (1 << bit);
            if (b < a)
                continue;
            const bool hidden = a == farthest || b == farthest;
            const bool axis = a == 0;
            QPen pen(withAlpha(edge, hidden ? 0.22 : (axis ? 0.55 : 0.32)), axis ? 1.8 : 1.3);
            if (hidden)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(corners[static_cast<std::size_t>(a)].position,
                             corners[static_cast<std::size_t>(b)].position);
        }
    }

    // Axis names beside the outermost visible edge along each axis, where nothing else is drawn.
    painter.setFont(m_labelFont);
    const QFontMetricsF label(m_labelFont);
    for (int axis = 0; axis < 3; ++axis) {
        const int bit = 4 >> axis;
        QPointF from, to;
        double outermost = -1.0;
        for (int a = 0; a < 8; ++a) {
            const int b = a | bit;
            if ((a & bit) != 0 || a == farthest || b == farthest)
                continue;
            const QPointF middle = (corners[static_cast<std::size_t>(a)].position +
                                    corners[static_cast<std::size_t>(b)].position) /
                                   2.0;
            const double distance = std::hypot(middle.x() - g.center.x(), middle.y() - g.center.y());
            if (distance > outermost) {
                outermost = distance;
                from = corners[static_cast<std::size_t>(a)].position;
                to = corners[static_cast<std::size_t>(b)].position;
            }
        }
        // Seen end-on, an axis has no edge to name.
        if (outermost < 0.0 || std::hypot(to.x() - from.x(), to.y() - from.y()) < 30.0)
            continue;
        const QPointF middle = (from + to) / 2.0;
        const QPointF out = unitVector(middle - g.center, QPointF(0.0, 1.0));
        // Upright text, with the arrow of the eight nearest the axis's direction on screen.
        static const char16_t arrows[] = u"\u2192\u2197\u2191\u2196\u2190\u2199\u2193\u2198";
        const double angle = std::atan2(-(to.y() - from.y()), to.x() - from.x()) / kDegrees;
        const int octant = static_cast<int>(std::lround(angle / 45.0) + 8) % 8;
        const QString text =
            axisSymbol(m_layer, m_units[static_cast<std::size_t>(axis)]) + u' ' + QChar(arrows[octant]);
        const QSizeF size(label.horizontalAdvance(text) + 4.0, label.height());
        drawHaloText(painter, textBox(middle + out * 6.0, out, size), Qt::AlignCenter, text,
                     withAlpha(palette::inkColor(), 0.75));
    }

    // Corners: a small dot and the bit code a point there would be read as.
    painter.setFont(m_cornerFont);
    const QFontMetricsF cornerMetrics(m_cornerFont);
    for (int c = 0; c < 8; ++c) {
        const Projected &p = corners[static_cast<std::size_t>(c)];
        // A corner hidden right behind a nearer one (the cube seen square on) keeps quiet.
        bool covered = false;
        for (int other = 0; other < 8; ++other) {
            const Projected &q = corners[static_cast<std::size_t>(other)];
            covered = covered ||
                      (q.depth > p.depth + 1e-9 &&
                       std::hypot(q.position.x() - p.position.x(), q.position.y() - p.position.y()) < 12.0);
        }
        if (covered)
            continue;
        const double fade = 0.45 + 0.35 * (p.depth + 1.0) / 2.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(palette::inkColor(), fade * 0.8));
        painter.drawEllipse(p.position, 3.0, 3.0);
        const QString bits =
            QString::number((c >> 2) & 1) + QString::number((c >> 1) & 1) + QString::number(c & 1);
        const QPointF out = unitVector(p.position - g.center, QPointF(0.0, -1.0));
        const QSizeF size(cornerMetrics.horizontalAdvance(bits) + 4.0, cornerMetrics.height());
        const QRectF box = textBox(p.position + out * (g.pointRadius + 4.0), out, size);
        drawHaloText(painter, box, Qt::AlignCenter, bits, withAlpha(palette::inkColor(), fade));
    }

    paintTrails(painter, g);

    m_depthOrder.clear();
    for (int i = 0; i < sampleCount(); ++i) {
        if (isFinite(m_codes.col(i)))
            m_depthOrder.emplace_back(project(g, m_codes.col(i)).depth, i);
    }
    std::sort(m_depthOrder.begin(), m_depthOrder.end());
    // Rings first, so that in a crowd (an untrained network) they stay behind the discs.
    for (const PointLayer layer : {PointLayer::Rings, PointLayer::Disc}) {
        for (const auto &[depth, sample] : m_depthOrder)
            paintPoint(painter, g, sample, project(g, m_codes.col(sample)).position, depth, layer);
    }
}

void CodeSpaceView::paintSquare(QPainter &painter, const Geometry &g) const
{
    const QRectF &s = g.square;
    const double half = std::clamp(normalized(kCodeThreshold), 0.0, 1.0);
    const double splitX = s.left() + half * s.width();
    const double splitY = s.bottom() - half * s.height();

    // The threshold 0.5 splits the square into the four codes, each written large and faint in
    // its quarter: a point there is read as that code.
    QFont quarterFont = m_cornerFont;
    quarterFont.setPixelSize(std::max(16, static_cast<int>(s.width() * 0.11)));
    quarterFont.setWeight(QFont::Bold);
    painter.setFont(quarterFont);
    painter.setPen(withAlpha(palette::inkColor(), 0.10));
    for (int c = 0; c < 4; ++c) {
        const int bx = (c >> 1) & 1;
        const int by = c & 1;
        const QRectF quarter(bx ? splitX : s.left(), by ? s.top() : splitY,
                             bx ? s.right() - splitX : splitX - s.left(),
                             by ? splitY - s.top() : s.bottom() - splitY);
        painter.drawText(quarter, Qt::AlignCenter, QString::number(bx) + QString::number(by));
    }

    painter.setPen(QPen(withAlpha(palette::inkColor(), 0.45), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(s);
    painter.setPen(QPen(withAlpha(palette::inkColor(), 0.25), 1.2, Qt::DashLine));
    painter.drawLine(QPointF(splitX, s.top()), QPointF(splitX, s.bottom()));
    painter.drawLine(QPointF(s.left(), splitY), QPointF(s.right(), splitY));

    // Ticks at the ends and at the threshold.
    painter.setFont(m_hintFont);
    const QFontMetricsF tick(m_hintFont);
    const QColor faint = palette::faintInkColor().darker(120);
    for (const double value : {m_low, kCodeThreshold, m_high}) {
        const double t = normalized(value);
        const QString text = tickText(value);
        const double w = tick.horizontalAdvance(text) + 4.0;
        drawHaloText(painter, QRectF(s.left() + t * s.width() - w / 2.0, s.bottom() + 3.0, w, tick.height()),
                     Qt::AlignCenter, text, faint);
        drawHaloText(
            painter,
            QRectF(s.left() - w - 5.0, s.bottom() - t * s.height() - tick.height() / 2.0, w, tick.height()),
            Qt::AlignRight | Qt::AlignVCenter, text, faint);
    }

    const QFontMetricsF label(m_labelFont);
    painter.setFont(m_labelFont);
    const QColor ink = withAlpha(palette::inkColor(), 0.75);
    drawHaloText(painter, QRectF(s.left(), s.bottom() + tick.height() + 4.0, s.width(), label.height()),
                 Qt::AlignCenter, axisSymbol(m_layer, 0) + QStringLiteral(" \u2192"), ink);
    const QString yName = axisSymbol(m_layer, 1) + QStringLiteral(" \u2191");
    drawHaloText(
        painter,
        QRectF(s.left() - 40.0, s.top() - label.height() - tick.height() / 2.0 - 4.0, 80.0, label.height()),
        Qt::AlignCenter, yName, ink);

    paintTrails(painter, g);
    for (const PointLayer layer : {PointLayer::Rings, PointLayer::Disc}) {
        for (int i = 0; i < sampleCount(); ++i) {
            if (isFinite(m_codes.col(i)))
                paintPoint(painter, g, i, project(g, m_codes.col(i)).position, 0.0, layer);
        }
    }
}

void CodeSpaceView::paintLine(QPainter &painter, const Geometry &g) const
{
    const double y = g.square.top();
    const double left = g.square.left();
    const double right = g.square.right();
    const double split = left + std::clamp(normalized(kCodeThreshold), 0.0, 1.0) * g.square.width();

    // Each side of the threshold written large and faint: a point there is read as that bit.
    QFont halfFont = m_cornerFont;
    halfFont.setPixelSize(std::max(16, static_cast<int>(g.square.width() * 0.09)));
    halfFont.setWeight(QFont::Bold);
    painter.setFont(halfFont);
    painter.setPen(withAlpha(palette::inkColor(), 0.10));
    const QRectF band(left, g.plot.top(), g.square.width(), QFontMetricsF(halfFont).height());
    painter.drawText(QRectF(band.left(), band.top(), split - left, band.height()), Qt::AlignCenter,
                     QStringLiteral("0"));
    painter.drawText(QRectF(split, band.top(), right - split, band.height()), Qt::AlignCenter,
                     QStringLiteral("1"));

    painter.setPen(QPen(withAlpha(palette::inkColor(), 0.5), 2.0));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.setFont(m_hintFont);
    const QFontMetricsF tick(m_hintFont);
    for (const double value : {m_low, kCodeThreshold, m_high}) {
        const double x = left + normalized(value) * g.square.width();
        const bool threshold = value == kCodeThreshold;
        QPen pen(withAlpha(palette::inkColor(), threshold ? 0.3 : 0.5), 1.2);
        if (threshold)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, threshold ? g.plot.top() + 4.0 : y - 6.0), QPointF(x, y + 6.0));
        drawHaloText(painter, QRectF(x - 30.0, y + 8.0, 60.0, tick.height()), Qt::AlignCenter,
                     tickText(value), palette::faintInkColor().darker(120));
    }
    painter.setFont(m_labelFont);
    drawHaloText(
        painter,
        QRectF(left, y + 10.0 + tick.height(), g.square.width(), QFontMetricsF(m_labelFont).height()),
        Qt::AlignCenter, axisSymbol(m_layer, 0) + QStringLiteral(" \u2192"),
        withAlpha(palette::inkColor(), 0.75));

    paintTrails(painter, g);
    // Points stack in lanes above the line so that close values stay apart; a stem marks the value.
    const std::vector<int> lanes = projection().lineLanes(g, m_codes);
    for (const PointLayer layer : {PointLayer::Rings, PointLayer::Disc}) {
        for (int i = 0; i < sampleCount(); ++i) {
            if (lanes[static_cast<std::size_t>(i)] < 0)
                continue;
            const Projected p = project(g, m_codes.col(i));
            const QPointF at =
                CodeProjection::linePoint(g, p.position.x(), lanes[static_cast<std::size_t>(i)]);
            if (layer == PointLayer::Rings) {
                painter.setPen(QPen(withAlpha(patternColor(i), 0.6), 1.5));
                painter.drawLine(p.position, at);
            }
            paintPoint(painter, g, i, at, 0.0, layer);
        }
    }
}

void CodeSpaceView::paintTrails(QPainter &painter, const Geometry &g) const
{
    // On the line of one unit the points stack in lanes, so a trail would not lead to its point.
    if (m_trail.count() < 1 || sampleCount() > kMaxTrailSamples || dimension() == 1)
        return;
    std::array<QPointF, kTrailCapacity + 1> points;
    for (int i = 0; i < sampleCount(); ++i) {
        int n = 0;
        for (int t = 0; t < m_trail.count(); ++t) {
            const Matrix &codes = m_trail.at(t);
            if (codes.cols() != m_codes.cols() || codes.rows() != m_codes.rows() || !isFinite(codes.col(i)))
                continue;
            points[static_cast<std::size_t>(n++)] = project(g, codes.col(i)).position;
        }
        if (!isFinite(m_codes.col(i)))
            continue;
        points[static_cast<std::size_t>(n++)] = project(g, m_codes.col(i)).position;
        const QColor color = patternColor(i);
        for (int t = 1; t < n; ++t) {
            const double age = static_cast<double>(t) / (n - 1);
            QPen pen(withAlpha(color, 0.12 + 0.63 * age), 1.5 + 3.0 * age);
            pen.setCapStyle(Qt::RoundCap);
            painter.setPen(pen);
            painter.drawLine(points[static_cast<std::size_t>(t - 1)], points[static_cast<std::size_t>(t)]);
        }
    }
}

void CodeSpaceView::paintPoint(QPainter &painter, const Geometry &g, int sample, QPointF position,
                               double depth, PointLayer layer) const
{
    const double nearness = (std::clamp(depth, -1.0, 1.0) + 1.0) / 2.0;
    const double radius = g.pointRadius * (dimension() == 3 ? 0.8 + 0.4 * nearness : 1.0);
    const QColor base = patternColor(sample);
    const QColor fill =
        dimension() == 3 ? mixColors(base, palette::canvasColor(), 0.3 * (1.0 - nearness)) : base;
    const bool shared = hasCollisionAlarm() && static_cast<std::size_t>(sample) < m_groups.groupOf.size() &&
                        m_groups.groupOf[static_cast<std::size_t>(sample)] >= 0;

    if (layer == PointLayer::Rings) {
        painter.setBrush(Qt::NoBrush);
        if (sample == m_current) {
            painter.setPen(QPen(palette::highlightColor(), 5.0));
            painter.drawEllipse(position, radius + 3.5, radius + 3.5);
        }
        if (shared) {
            painter.setPen(QPen(palette::alarmColor(), 2.5));
            painter.drawEllipse(position, radius + 6.0, radius + 6.0);
        }
        return;
    }
    painter.setPen(QPen(palette::canvasColor(), 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(position, radius, radius);

    if (sampleCount() > kMaxLabelledSamples)
        return;
    const QString label = sample < m_labels.size() ? m_labels[sample] : QString::number(sample + 1);
    QFont font = m_pointFont;
    QFontMetricsF metrics(font);
    // Short labels go inside the disc, in a smaller font when they need it.
    if (label.size() <= 3 && metrics.horizontalAdvance(label) > radius * 1.7) {
        const double fitted = font.pointSizeF() * radius * 1.7 / metrics.horizontalAdvance(label);
        if (fitted >= 8.0) {
            font.setPointSizeF(fitted);
            metrics = QFontMetricsF(font);
        }
    }
    if (label.size() <= 3 && metrics.horizontalAdvance(label) <= radius * 1.75) {
        painter.setFont(font);
        painter.setPen(palette::textOn(fill));
        painter.drawText(QRectF(position.x() - radius, position.y() - radius, 2.0 * radius, 2.0 * radius),
                         Qt::AlignCenter, label);
    } else {
        painter.setFont(font);
        const QRectF box(position.x() + radius + 3.0, position.y() - metrics.height() / 2.0,
                         metrics.horizontalAdvance(label) + 4.0, metrics.height());
        drawHaloText(painter, box, Qt::AlignLeft | Qt::AlignVCenter, label, base.darker(130));
    }
}

void CodeSpaceView::paintFooter(QPainter &painter, const Geometry &g) const
{
    painter.setFont(m_hintFont);
    const QFontMetricsF metrics(m_hintFont);
    QString hint;
    if (dimension() == 3)
        hint = tr("drag or \u2190\u2191\u2192\u2193 to turn");
    double hintWidth = hint.isEmpty() ? 0.0 : metrics.horizontalAdvance(hint) + 12.0;
    QString status;
    QColor color = palette::inkColor();
    if (hasCollisionAlarm()) {
        status = tr("same code: %1").arg(m_collisionText);
        color = palette::alarmColor();
    } else if (!m_groups.collisions.empty()) {
        status = tr("%1 patterns, %2 distinct codes").arg(sampleCount()).arg(m_groups.distinct);
        color = withAlpha(palette::inkColor(), 0.8);
    } else if (sampleCount() > 0) {
        status = tr("%1 patterns, %1 distinct codes").arg(sampleCount());
        color = withAlpha(palette::inkColor(), 0.8);
    }
    if (metrics.horizontalAdvance(status) + hintWidth > g.footer.width() && hasCollisionAlarm()) {
        hint.clear();
        hintWidth = 0.0;
    }
    painter.setPen(palette::faintInkColor());
    painter.drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter, hint);
    painter.setPen(color);
    const QRectF left(g.footer.left(), g.footer.top(), g.footer.width() - hintWidth, g.footer.height());
    painter.drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(status, Qt::ElideRight, left.width()));
}

} // namespace bp::ui
