#include "ui/landscape/loss_landscape_view.h"

#include "ui/style/palette.h"
#include "ui/style/theme.h"
#include "ui/style/value_format.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp::ui {

namespace {

constexpr int kBandCount = 10;
// The contour is drawn at most this many pixels a side and scaled smoothly to the plot.
constexpr int kContourPixels = 360;

QColor bandColor(int band, int bandCount)
{
    return palette::activationColor((band + 0.5) / bandCount);
}

void drawArrow(QPainter &painter, QPointF from, QPointF to, const QPen &pen)
{
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (!(length >= 1.0))
        return;
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const double head = std::min(12.0, length * 0.4) * palette::strokeScale();
    painter.setPen(pen);
    painter.drawLine(from, to - unit * head * 0.6);
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to - unit * head + normal * head * 0.5);
    tip.lineTo(to - unit * head - normal * head * 0.5);
    tip.closeSubpath();
    painter.fillPath(tip, pen.color());
}

QString tick(double value)
{
    return formatSignificant(value, 3);
}

} // namespace

LossLandscapeView::LossLandscapeView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The values under the pointer follow it without a button held.
    setMouseTracking(true);
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        renderContour();
        update();
    });
}

void LossLandscapeView::setSlice(std::shared_ptr<const LossLandscape> slice, const QString &firstName,
                                 const QString &secondName)
{
    m_slice = std::move(slice);
    m_firstName = firstName;
    m_secondName = secondName;
    m_bands = m_slice ? bandsFor(m_slice->loss, kBandCount) : LandscapeBands{};
    renderContour();
    updateGeometry();
    update();
}

void LossLandscapeView::setPaths(std::vector<LandscapePath> paths)
{
    m_paths = std::move(paths);
    update();
}

LossLandscapeView::Margins LossLandscapeView::margins() const
{
    const QFontMetricsF metrics(font());
    const double line = metrics.height();
    // The legend is as wide as its widest label.
    double labelWidth = metrics.horizontalAdvance(QStringLiteral("0.000"));
    for (double level : m_bands.levels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(tick(level)));
    return {line * 2.0 + 8.0, line * 2.2, line * 0.6, 10.0 + 14.0 + 6.0 + labelWidth + 4.0};
}

int LossLandscapeView::heightForWidth(int width) const
{
    const Margins m = margins();
    const double side = std::max(120.0, width - m.left - m.legend);
    return std::max(minimumSizeHint().height(), static_cast<int>(std::ceil(side + m.top + m.bottom)));
}

int LossLandscapeView::widthForHeight(int height) const
{
    const Margins m = margins();
    const double side = std::max(120.0, height - m.top - m.bottom);
    return static_cast<int>(std::ceil(side + m.left + m.legend));
}

QRectF LossLandscapeView::legendRect() const
{
    const QRectF plot = plotRect();
    const Margins m = margins();
    return {plot.right() + 10.0, plot.top(), m.legend - 10.0, plot.height()};
}

QRectF LossLandscapeView::plotRect() const
{
    const Margins m = margins();
    const double side = std::max(40.0, std::min(width() - m.left - m.legend, height() - m.top - m.bottom));
    return {m.left, m.top, side, side};
}

void LossLandscapeView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

void LossLandscapeView::renderContour()
{
    m_contour = QImage();
    if (!m_slice || m_bands.bandCount() == 0)
        return;
    const Matrix &loss = m_slice->loss;
    const int n = static_cast<int>(loss.rows());
    m_contour = QImage(kContourPixels, kContourPixels, QImage::Format_RGB32);
    std::vector<QRgb> colors(static_cast<std::size_t>(m_bands.bandCount()));
    for (int k = 0; k < m_bands.bandCount(); ++k)
        colors[static_cast<std::size_t>(k)] = bandColor(k, m_bands.bandCount()).rgb();
    const QRgb missing = palette::alarmColor().rgb();
    for (int y = 0; y < kContourPixels; ++y) {
        auto *row = reinterpret_cast<QRgb *>(m_contour.scanLine(y));
        // Pixel centres; the image's top row is the highest value of the second weight.
        const double fj = (1.0 - (y + 0.5) / kContourPixels) * (n - 1);
        for (int x = 0; x < kContourPixels; ++x) {
            const double fi = (x + 0.5) / kContourPixels * (n - 1);
            const int band = m_bands.bandOf(interpolateGrid(loss, fi, fj));
            row[x] = band < 0 ? missing : colors[static_cast<std::size_t>(band)];
        }
    }
}

void LossLandscapeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette::canvasColor());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF plot = plotRect();
    if (!m_slice) {
        painter.setPen(palette::mutedInkColor());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("The slice appears here."));
        return;
    }
    const PlaneMapping mapping = PlaneMapping::of(plot, m_slice->request);
    if (!m_contour.isNull())
        painter.drawImage(plot, m_contour);
    painter.setPen(QPen(palette::surfaceBorderColor(), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    paintAxes(painter, mapping);
    paintLegend(painter);
    painter.save();
    painter.setClipRect(plot);
    paintPaths(painter, mapping);
    paintMarks(painter, mapping);
    painter.restore();
    paintHover(painter);
}

void LossLandscapeView::paintAxes(QPainter &painter, const PlaneMapping &mapping) const
{
    const QFontMetricsF metrics(font());
    const QRectF plot = mapping.plot;
    const LandscapeRequest &request = m_slice->request;
    painter.setPen(palette::inkColor());
    const double line = metrics.height();
    // Ticks at both ends and, when three labels fit along the side, the middle of each axis.
    const double widest = std::max({metrics.horizontalAdvance(tick(request.firstLow)),
                                    metrics.horizontalAdvance(tick(request.firstHigh)),
                                    metrics.horizontalAdvance(tick(request.secondLow)),
                                    metrics.horizontalAdvance(tick(request.secondHigh))});
    const bool middle = plot.width() > 3.6 * widest;
    for (double t : {0.0, 0.5, 1.0}) {
        if (t == 0.5 && !middle)
            continue;
        const double first = request.firstLow + t * (request.firstHigh - request.firstLow);
        const double x = plot.left() + t * plot.width();
        const QString text = tick(first);
        const double w = metrics.horizontalAdvance(text);
        const double left = std::clamp(x - w / 2, plot.left() - 4.0, plot.right() - w + 4.0);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter.drawText(QPointF(left, plot.bottom() + 4 + metrics.ascent()), text);

        const double second = request.secondLow + t * (request.secondHigh - request.secondLow);
        const double y = plot.bottom() - t * plot.height();
        painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        painter.save();
        painter.translate(plot.left() - 6, y);
        painter.rotate(-90);
        const QString secondText = tick(second);
        const double sw = metrics.horizontalAdvance(secondText);
        const double offset =
            std::clamp(-sw / 2, -plot.height() * t - 4.0, plot.height() * (1 - t) - sw + 4.0);
        painter.drawText(QPointF(offset, -metrics.descent()), secondText);
        painter.restore();
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(plot.left(), plot.bottom() + line + 2, plot.width(), line), Qt::AlignHCenter,
                     m_firstName + QStringLiteral(" →"));
    painter.save();
    painter.translate(plot.left() - line - 8, plot.bottom());
    painter.rotate(-90);
    painter.drawText(QRectF(0, -line, plot.height(), line), Qt::AlignHCenter,
                     m_secondName + QStringLiteral(" →"));
    painter.restore();
    painter.setFont(font());
}

void LossLandscapeView::paintLegend(QPainter &painter) const
{
    const int count = m_bands.bandCount();
    if (count == 0)
        return;
    const QRectF legend = legendRect();
    const QFontMetricsF metrics(font());
    const QRectF bar(legend.left(), legend.top() + metrics.height(), 14.0,
                     legend.height() - metrics.height());
    painter.setPen(palette::inkColor());
    painter.drawText(QPointF(legend.left(), legend.top() + metrics.ascent()), QStringLiteral("E"));
    const double bandHeight = bar.height() / count;
    for (int k = 0; k < count; ++k)
        painter.fillRect(
            QRectF(bar.left(), bar.bottom() - (k + 1) * bandHeight, bar.width(), bandHeight + 0.5),
            bandColor(k, count));
    painter.setPen(QPen(palette::surfaceBorderColor(), 1.0));
    painter.drawRect(bar);
    // Every other boundary, so that labels never crowd at the projector's sizes.
    painter.setPen(palette::inkColor());
    const int stride = bandHeight * 2 < metrics.height() * 1.1 ? 5 : 2;
    for (int k = 0; k <= count; k += stride) {
        const double y = bar.bottom() - k * bandHeight;
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        const double baseline = std::clamp(y + metrics.ascent() / 2 - 1, bar.top() + metrics.ascent(),
                                           bar.bottom() + metrics.ascent() / 2);
        painter.drawText(QPointF(bar.right() + 6, baseline),
                         tick(m_bands.levels[static_cast<std::size_t>(k)]));
    }
    if (m_bands.logarithmic) {
        painter.setPen(palette::mutedInkColor());
        painter.drawText(QPointF(legend.left() + 16, legend.top() + metrics.ascent()), tr("log"));
    }
}

void LossLandscapeView::paintPaths(QPainter &painter, const PlaneMapping &mapping) const
{
    const double width = 2.0 * palette::strokeScale();
    for (const LandscapePath &path : m_paths) {
        if (path.points.size() < 2)
            continue;
        QPolygonF polygon;
        polygon.reserve(static_cast<qsizetype>(path.points.size()));
        for (const QPointF &p : path.points)
            polygon.append(mapping.toPixel(p.x(), p.y()));
        // A halo under the line keeps it readable on every band.
        painter.setPen(QPen(palette::haloColor(), width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(polygon);
        painter.setPen(QPen(path.color, width, path.penStyle, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(polygon);
        const QPointF end = polygon.back();
        painter.setBrush(path.color);
        painter.setPen(QPen(palette::haloColor(), 1.5));
        painter.drawEllipse(end, 3.5, 3.5);
        painter.setBrush(Qt::NoBrush);
    }
}

void LossLandscapeView::paintMarks(QPainter &painter, const PlaneMapping &mapping) const
{
    const LossLandscape &slice = *m_slice;
    const QPointF here = mapping.toPixel(slice.currentFirst, slice.currentSecond);
    const QPointF lowest = mapping.toPixel(slice.lowestFirst, slice.lowestSecond);
    const double scale = palette::strokeScale();
    // The way to the lowest point: dashed, to the point itself.
    QPen towards(palette::highlightColor(), 2.0 * scale, Qt::DashLine, Qt::RoundCap);
    painter.setPen(QPen(palette::haloColor(), 4.5 * scale, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(here, lowest);
    drawArrow(painter, here, lowest, towards);
    // The lowest point: a ring.
    painter.setPen(QPen(palette::haloColor(), 4.0 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(lowest, 7.0, 7.0);
    painter.setPen(QPen(palette::highlightColor(), 2.0 * scale));
    painter.drawEllipse(lowest, 7.0, 7.0);
    paintStep(painter, mapping);
    // The current point.
    painter.setPen(QPen(palette::haloColor(), 2.0));
    painter.setBrush(palette::inkColor());
    painter.drawEllipse(here, 5.0, 5.0);
    painter.setBrush(Qt::NoBrush);
}

void LossLandscapeView::paintStep(QPainter &painter, const PlaneMapping &mapping) const
{
    // The step −η∇E as far as plain gradient descent would move these two weights: a short arrow
    // is a small step, one cut at the edge (two bars across it) a step beyond the slice.
    const PlaneStep step = planeStep(*m_slice);
    const QPointF from = mapping.toPixel(step.from.x(), step.from.y());
    const QPointF to = mapping.toPixel(step.to.x(), step.to.y());
    const double scale = palette::strokeScale();
    drawArrow(painter, from, to, QPen(palette::haloColor(), 5.0 * scale, Qt::SolidLine, Qt::RoundCap));
    drawArrow(painter, from, to, QPen(palette::inkColor(), 2.5 * scale, Qt::SolidLine, Qt::RoundCap));
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (!step.isClipped() || !(length >= 1.0))
        return;
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const double half = 7.0 * scale;
    const double back = std::min(length * 0.5, 18.0 * scale);
    for (double offset : {back, back - 5.0 * scale}) {
        const QPointF centre = to - unit * offset;
        painter.setPen(QPen(palette::haloColor(), 4.5 * scale, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre - normal * half, centre + normal * half);
        painter.setPen(QPen(palette::inkColor(), 2.0 * scale, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre - normal * half, centre + normal * half);
    }
}

QString LossLandscapeView::hoverText(const QPointF &position) const
{
    // The plot's border pixels count as inside (a rounding may put their point a hair outside).
    if (!m_slice || !plotRect().adjusted(-0.5, -0.5, 0.5, 0.5).contains(position))
        return {};
    const LandscapeRequest &request = m_slice->request;
    const QPointF plane = PlaneMapping::of(plotRect(), request).toPlane(position);
    const QPointF point(std::clamp(plane.x(), request.firstLow, request.firstHigh),
                        std::clamp(plane.y(), request.secondLow, request.secondHigh));
    const double loss = sliceValueAt(*m_slice, point.x(), point.y());
    if (std::isnan(loss))
        return {};
    return QStringLiteral("%1 = %2   %3 = %4   E = %5")
        .arg(m_firstName, formatNeuronValue(point.x()), m_secondName, formatNeuronValue(point.y()),
             tick(loss));
}

void LossLandscapeView::mouseMoveEvent(QMouseEvent *event)
{
    m_hover = event->position();
    update();
    QWidget::mouseMoveEvent(event);
}

void LossLandscapeView::leaveEvent(QEvent *event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

void LossLandscapeView::paintHover(QPainter &painter) const
{
    if (!m_hover)
        return;
    const QString text = hoverText(*m_hover);
    if (text.isEmpty())
        return;
    // A cross at the pointer and the values in a box beside it, kept inside the widget.
    const QPointF at = *m_hover;
    painter.setPen(QPen(palette::inkColor(), 1.0));
    painter.drawLine(at - QPointF(6, 0), at + QPointF(6, 0));
    painter.drawLine(at - QPointF(0, 6), at + QPointF(0, 6));
    const QFontMetricsF metrics(font());
    const QSizeF size(metrics.horizontalAdvance(text) + 12.0, metrics.height() + 6.0);
    QPointF corner = at + QPointF(12, 12);
    corner.setX(std::min(corner.x(), width() - size.width() - 2.0));
    if (corner.y() + size.height() > height() - 2.0)
        corner.setY(at.y() - 12.0 - size.height());
    const QRectF box(QPointF(std::max(2.0, corner.x()), std::max(2.0, corner.y())), size);
    painter.setPen(QPen(palette::surfaceBorderColor(), 1.0));
    painter.setBrush(palette::surfaceColor());
    painter.drawRoundedRect(box, 3, 3);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(palette::inkColor());
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace bp::ui
