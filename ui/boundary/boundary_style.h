#pragma once

#include "ui/boundary/boundary_grid.h"

#include <QColor>
#include <QImage>

namespace bp::ui::boundary {

/// The colour of a class's points: class 1 is the orange end of the diverging scale, class 0 the
/// blue end, so that the points and the background behind them speak the same language.
QColor classColor(int classIndex);

/// The background colour of a network output: 0 → a light class-0 blue, 0.5 → neutral, 1 → a
/// light class-1 orange. Light enough that the points in full class colour stand out on either
/// side; NaN gives a light alarm magenta.
QColor outputColor(double output);

/// One pixel per grid sample, coloured by outputColor; the top row holds the largest x₂.
QImage heatmapImage(const BoundaryGrid &grid);

/// The heatmap at display size: every pixel interpolated from the grid (BoundaryGrid::interpolate)
/// and coloured by outputColor, so that a sharp boundary stays sharp at any size. The image covers
/// the grid's extent, top row = largest x₂.
QImage renderHeatmap(const BoundaryGrid &grid, QSize pixels);

} // namespace bp::ui::boundary
