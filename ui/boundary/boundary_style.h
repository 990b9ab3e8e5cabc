#pragma once

#include "ui/boundary/boundary_grid.h"

#include <QColor>
#include <QImage>

#include <memory>
#include <vector>

namespace bp::ui::boundary {

/// The colour of a class's points: class 1 is the orange end of the diverging scale, class 0 the
/// blue end, so that the points and the background behind them speak the same language.
QColor classColor(int classIndex);

/// The background colour of a network output: 0 → a light class-0 blue, 0.5 → neutral, 1 → a
/// light class-1 orange. Light enough that the points in full class colour stand out on either
/// side; NaN gives a light alarm magenta.
QColor outputColor(double output);

/// outputColor at 1025 evenly spaced outputs 0..1, so colouring a pixel costs no colour arithmetic.
using OutputTable = std::vector<QRgb>;
/// The table of the current theme (built on the GUI thread, shared read-only with the jobs that
/// render heatmaps, so a job never reads the theme while the user changes it).
std::shared_ptr<const OutputTable> currentOutputTable();

/// One pixel per grid sample, coloured by outputColor; the top row holds the largest x₂.
QImage heatmapImage(const BoundaryGrid &grid);
QImage heatmapImage(const BoundaryGrid &grid, const OutputTable &table);

/// The heatmap at display size: every pixel interpolated from the grid (BoundaryGrid::interpolate)
/// and coloured by outputColor, so that a sharp boundary stays sharp at any size. The image covers
/// the grid's extent, top row = largest x₂.
QImage renderHeatmap(const BoundaryGrid &grid, QSize pixels);
QImage renderHeatmap(const BoundaryGrid &grid, QSize pixels, const OutputTable &table);

} // namespace bp::ui::boundary
