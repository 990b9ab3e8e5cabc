#pragma once

// Small drawing helpers that the network painter's files share (the painter, its edges and its
// legend).

#include "ui/style/palette.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPen>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace bp::ui::painting {

/// A gradient check on show: what it did not check (edges, biases) steps back in this colour and
/// opacity.
inline constexpr double kUncheckedAlpha = 0.3;
inline QColor uncheckedColor()
{
    return palette::faintInkColor();
}

inline QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

inline QFont pixelFont(double pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setWeight(weight);
    return font;
}

inline void drawPill(QPainter &painter, const QRectF &rect, const QColor &border, const QColor &fill)
{
    painter.setPen(QPen(border, 1.2));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
}

} // namespace bp::ui::painting
