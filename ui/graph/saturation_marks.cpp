#include "ui/graph/saturation_marks.h"

#include "ui/graph/paint_helpers.h"
#include "ui/style/palette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp::ui::saturation_marks {

namespace {

// Amber on the pale canvas and on the dark theme's: the warning ink, as the equation panel's note.
QColor saturatedColor()
{
    return palette::warningInkColor();
}

} // namespace

GaugeShape gaugeShape(double neuronRadius, double lineScale)
{
    // Just outside the neuron's ring (as thick as the painter draws it), with a pixel and a half
    // between the two.
    const double ringWidth = std::clamp(neuronRadius * 0.075, 1.0, 4.5) * lineScale;
    GaugeShape shape;
    shape.width = std::clamp(neuronRadius * 0.14, 3.0, 8.0) * lineScale;
    shape.radius = neuronRadius + ringWidth + shape.width * 0.5 + 1.5;
    return shape;
}

double gaugeReach(double neuronRadius, double lineScale)
{
    const GaugeShape shape = gaugeShape(neuronRadius, lineScale);
    return shape.radius + shape.width * 0.5 - neuronRadius;
}

std::vector<QRectF> gaugeBoxes(QPointF centre, const GaugeShape &shape)
{
    // Three pieces of 30°: the box of each piece's stroke, its ends and its outer bulge included.
    constexpr int kPieces = 3;
    constexpr double kQuarter = 1.5707963267948966;
    const double inner = shape.radius - shape.width * 0.5;
    const double outer = shape.radius + shape.width * 0.5;
    std::vector<QRectF> boxes;
    for (int i = 0; i < kPieces; ++i) {
        // Angles clockwise from twelve o'clock: the gauge runs from half past one to half past four.
        const double from = kQuarter * (0.5 + static_cast<double>(i) / kPieces);
        const double to = kQuarter * (0.5 + static_cast<double>(i + 1) / kPieces);
        double left = 1e18, right = -1e18, top = 1e18, bottom = -1e18;
        for (const double angle : {from, (from + to) / 2.0, to}) {
            for (const double radius : {inner, outer}) {
                const double x = centre.x() + radius * std::sin(angle);
                const double y = centre.y() - radius * std::cos(angle);
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
        // The bulge of the outer edge between the sampled angles.
        const double bulge = outer * (1.0 - std::cos((to - from) / 4.0));
        boxes.emplace_back(QPointF(left - bulge, top - bulge), QPointF(right + bulge, bottom + bulge));
    }
    return boxes;
}

void paintGauge(QPainter &painter, QPointF centre, double radius, double fraction, double width,
                bool saturated)
{
    painter.save();
    const QRectF box(centre.x() - radius, centre.y() - radius, 2.0 * radius, 2.0 * radius);
    // Qt's angles: 16ths of a degree, counter-clockwise from three o'clock. The gauge is centred on
    // three o'clock: in a column packed tight, a gauge at twelve o'clock would run into the neuron
    // above, and the first one into the layer's caption.
    constexpr int kTop = 45 * 16;
    constexpr int kQuarter = 90 * 16;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(painting::withAlpha(palette::faintInkColor(), 0.45), width, Qt::SolidLine, Qt::FlatCap));
    painter.drawArc(box, kTop, -kQuarter);
    const double f = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    // Even an empty gauge shows a sliver at its start, so the eye finds where it begins.
    const int span = std::max(16 * 4, static_cast<int>(std::lround(f * kQuarter)));
    painter.setPen(
        QPen(saturated ? saturatedColor() : palette::inkColor(), width, Qt::SolidLine, Qt::FlatCap));
    painter.drawArc(box, kTop, -span);
    painter.restore();
}

void paintSaturatedBadge(QPainter &painter, QPointF centre, double radius)
{
    painter.save();
    painter.setPen(QPen(palette::canvasColor(), std::max(1.0, radius * 0.18)));
    painter.setBrush(saturatedColor());
    painter.drawEllipse(centre, radius, radius);
    // The plateau of σ: a flat line across the badge.
    const QColor ink = palette::textOn(saturatedColor());
    painter.setPen(QPen(ink, std::max(1.5, radius * 0.28), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(centre.x() - radius * 0.5, centre.y()),
                     QPointF(centre.x() + radius * 0.5, centre.y()));
    painter.restore();
}

void paintDeadBadge(QPainter &painter, QPointF centre, double radius)
{
    painter.save();
    painter.setPen(QPen(palette::canvasColor(), std::max(1.0, radius * 0.18)));
    painter.setBrush(palette::inkColor());
    painter.drawEllipse(centre, radius, radius);
    painter.setPen(QPen(palette::textOn(palette::inkColor()), std::max(1.5, radius * 0.24), Qt::SolidLine,
                        Qt::RoundCap));
    const double d = radius * 0.42;
    painter.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
    painter.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
    painter.restore();
}

QString gaugeText()
{
    return QCoreApplication::translate("SaturationMarks", "mean σ′");
}

QString saturatedText()
{
    return QCoreApplication::translate("SaturationMarks", "saturated");
}

QString deadText()
{
    return QCoreApplication::translate("SaturationMarks", "dead");
}

} // namespace bp::ui::saturation_marks
