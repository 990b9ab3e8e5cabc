#pragma once

#include "core/data/dataset.h"
#include "core/maths/network.h"

#include <vector>

namespace bp::ui {

/// The rectangle of the input plane on show: x₁ in [x1Min, x1Max], x₂ in [x2Min, x2Max].
struct PlaneExtent {
    double x1Min = -1.1;
    double x1Max = 1.1;
    double x2Min = -1.1;
    double x2Max = 1.1;

    bool operator==(const PlaneExtent &) const = default;
};

/// [−1.1, 1.1]², grown where needed so that every training and test point of a 2-input dataset
/// lies inside with a margin of 5 % of the data's span.
PlaneExtent extentFor(const Dataset &dataset);

/// The network's single output sampled at the centres of resolution × resolution equal cells that
/// tile the extent: sample (i, j) sits at (sampleX1(i), sampleX2(j)), j counting up from the bottom.
///
/// Between samples the grid interpolates bilinearly in a smooth space: the logit log(a / (1 − a))
/// when every value lies in [0, 1] (a logistic output, whose logit is the output's zᴸ and nearly
/// linear across a cell even where a jumps from 0 to 1), the values themselves otherwise. That keeps
/// a sharp boundary straight and crisp instead of a staircase of cells.
struct BoundaryGrid {
    PlaneExtent extent;
    int resolution = 0;
    /// values[j · resolution + i] is the output at sample (i, j).
    std::vector<double> values;
    /// The values in the space they are interpolated in (see above), same order.
    std::vector<double> smooth;
    bool usesLogit = false;

    /// A grid of given values (resolution² of them, in the order of `values`).
    static BoundaryGrid fromValues(const PlaneExtent &extent, int resolution, std::vector<double> values);

    bool isEmpty() const { return resolution <= 0 || values.empty(); }
    double sampleX1(int i) const;
    double sampleX2(int j) const;
    double value(int i, int j) const { return values[static_cast<std::size_t>(j * resolution + i)]; }
    double smoothValue(int i, int j) const { return smooth[static_cast<std::size_t>(j * resolution + i)]; }
    /// A value mapped into the interpolation space, and back.
    double toSmooth(double value) const;
    double fromSmooth(double smoothValue) const;
    /// The output at a point: exact (bit for bit) at a sample, interpolated between samples, held
    /// constant beyond the outermost samples. NaN for an empty grid.
    double interpolate(double x1, double x2) const;
};

/// Samples the network (2 inputs, 1 output) over the extent with one predict call on a
/// (2 × resolution²) matrix.
BoundaryGrid computeBoundaryGrid(const Network &network, const PlaneExtent &extent, int resolution);

/// One straight piece of a level line, in data coordinates.
struct ContourSegment {
    double x1From = 0.0;
    double x2From = 0.0;
    double x1To = 0.0;
    double x2To = 0.0;
    /// Which grid edges the ends lie on (a crossing is shared by the two cells beside its edge).
    int fromEdge = -1;
    int toEdge = -1;
};

struct ContourPoint {
    double x1 = 0.0;
    double x2 = 0.0;
};

/// A level line as one polyline: open where it leaves the grid, closed (last point joined back
/// to the first, which is not repeated) where it encloses a region.
struct ContourLine {
    std::vector<ContourPoint> points;
    bool closed = false;
};

/// The level line of the grid by marching squares: crossings are placed on the cell edges by
/// linear interpolation in the grid's smooth space, saddles are resolved by the mean of the four
/// corners, and cells with a non-finite corner are left out.
std::vector<ContourSegment> traceContour(const BoundaryGrid &grid, double level = 0.5);

/// The segments joined end to end into as few polylines as they form, so that a line is stroked
/// in one piece with proper joins.
std::vector<ContourLine> joinContour(const std::vector<ContourSegment> &segments);

} // namespace bp::ui
