#pragma once

#include "core/analysis/loss_landscape.h"
#include "core/maths/types.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace bp::ui {

/// The bands of a filled contour of E: band k holds the values from levels[k] to levels[k + 1].
/// Logarithmic when E spans more than a factor of 20 (a valley floor would otherwise be one band).
struct LandscapeBands {
    /// bandCount + 1 ascending boundaries, from the lowest to the highest finite value.
    std::vector<double> levels;
    bool logarithmic = false;

    int bandCount() const { return levels.empty() ? 0 : static_cast<int>(levels.size()) - 1; }
    /// The band of a value (clamped to the first and last); −1 for NaN or without bands.
    int bandOf(double value) const;
    /// Where a value lies on the legend, 0 (lowest) to 1 (highest), linear or by log as the bands.
    double position(double value) const;
};

/// Bands for the finite values of a grid (none when it has fewer than two distinct finite values).
LandscapeBands bandsFor(const Matrix &loss, int bandCount = 10);

/// The grid's value at fractional indices (fi along the first axis, fj along the second), bilinear
/// between the four nearest points; indices are clamped to the grid.
double interpolateGrid(const Matrix &loss, double fi, double fj);

/// Where the plane's points go on screen: the first weight across (left to right), the second up.
struct PlaneMapping {
    QRectF plot;
    double firstLow = 0.0, firstHigh = 1.0, secondLow = 0.0, secondHigh = 1.0;

    static PlaneMapping of(const QRectF &plot, const LandscapeRequest &request);
    QPointF toPixel(double first, double second) const;
    /// The plane's point under a pixel.
    QPointF toPlane(const QPointF &pixel) const;
};

/// The step −η∇E of a slice at its true length in the plane, in the two weights' own units: from
/// the current point towards current + step, cut where it leaves the slice's ranges.
struct PlaneStep {
    QPointF from;
    /// Where the drawn part ends: current + shown · step.
    QPointF to;
    /// ‖step‖ = η ‖(∂E/∂first, ∂E/∂second)‖.
    double length = 0.0;
    /// The part of the step inside the slice (1: all of it; 0 when the current point lies outside).
    double shown = 1.0;

    bool isClipped() const { return shown < 1.0; }
};
PlaneStep planeStep(const LossLandscape &slice);

/// E at a point of the plane: bilinear between the grid's four nearest points, so exactly the grid
/// value at a grid point; NaN outside the slice's ranges.
double sliceValueAt(const LossLandscape &slice, double first, double second);

/// True when the point lies inside the middle `fraction` of the request's ranges (0.8: away from
/// the edges by at least a tenth of each span): otherwise the slice is centred on it again.
bool isWellInside(const LandscapeRequest &request, double first, double second, double fraction = 0.8);

} // namespace bp::ui
