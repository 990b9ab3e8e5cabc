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

void paintGauge(QPainter &painter, QPointF centre, double radius, double fraction, double width,
                bool saturated)
{
    painter.save();
    const QRectF box(centre.x() - radius, centre.y() - radius, 2.0 * radius, 2.0 * radius);
    // Qt's angles: 16ths of a degree, counter-clockwise from three o'clock.
    constexpr int kTop = 90 * 16;
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
