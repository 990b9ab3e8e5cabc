#pragma once

#include <QColor>

namespace bp::ui::color_vision {

/// The three dichromacies: missing L (protanopia), M (deuteranopia) or S cones (tritanopia).
enum class Deficiency { None, Protanopia, Deuteranopia, Tritanopia };

/// How a person with the deficiency sees the colour, after Machado, Oliveira and Fernandes (2009),
/// severity 1, applied in linear sRGB.
QColor simulate(const QColor &color, Deficiency deficiency);

/// WCAG 2 relative luminance (0 black … 1 white) of an opaque colour.
double relativeLuminance(const QColor &color);
/// WCAG 2 contrast ratio of two opaque colours, 1 … 21.
double contrastRatio(const QColor &a, const QColor &b);
/// CIE 1976 ΔE*ab between two colours (D65): about 2.3 is just noticeable, 10+ is plainly different.
double deltaE(const QColor &a, const QColor &b);

} // namespace bp::ui::color_vision
