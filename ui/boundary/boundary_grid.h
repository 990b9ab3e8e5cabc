#pragma once

#include "core/dataset.h"
#include "core/network.h"

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
struct BoundaryGrid {
    PlaneExtent extent;
    int resolution = 0;
    /// values[j · resolution + i] is the output at sample (i, j).
    std::vector<double> values;

    bool isEmpty() const { return resolution <= 0 || values.empty(); }
    double sampleX1(int i) const;
    double sampleX2(int j) const;
    double value(int i, int j) const { return values[static_cast<std::size_t>(j * resolution + i)]; }
    /// Bilinear interpolation between the four nearest samples, held constant beyond the outermost
    /// samples; exact (bit for bit) at a sample. NaN for an empty grid.
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
};

/// The level line of the grid by marching squares: crossings are placed on the cell edges by
/// linear interpolation, saddles are resolved by the mean of the four corners, and cells with a
/// non-finite corner are left out.
std::vector<ContourSegment> traceContour(const BoundaryGrid &grid, double level = 0.5);

} // namespace bp::ui
