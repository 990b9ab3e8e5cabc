#include "ui/boundary/boundary_grid.h"

#include "core/metrics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace bp::ui {

namespace {

// Grows [low, high] to include the values of one row of the data.
void include(const Matrix &points, Eigen::Index row, double &low, double &high)
{
    if (points.cols() == 0 || points.rows() <= row)
        return;
    const auto values = points.row(row);
    for (Eigen::Index k = 0; k < values.size(); ++k) {
        const double v = values(k);
        if (!std::isfinite(v))
            continue;
        low = std::min(low, v);
        high = std::max(high, v);
    }
}

// The axis range: the lecture's square where the data fits in it, else the data plus a margin.
void axisRange(const Dataset &dataset, Eigen::Index row, double &outLow, double &outHigh)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    include(dataset.inputs, row, low, high);
    include(dataset.testInputs, row, low, high);
    outLow = -1.1;
    outHigh = 1.1;
    if (!(low <= high))
        return;
    const double margin = 0.05 * std::max(high - low, 1e-9);
    outLow = std::min(outLow, low - margin);
    outHigh = std::max(outHigh, high + margin);
}

void snapToSample(int &index, double &fraction, int resolution, double tolerance)
{
    if (fraction < tolerance) {
        fraction = 0.0;
    } else if (fraction > 1.0 - tolerance && index + 1 < resolution) {
        ++index;
        fraction = 0.0;
    }
}

} // namespace

PlaneExtent extentFor(const Dataset &dataset)
{
    PlaneExtent extent;
    if (dataset.inputSize() != 2)
        return extent;
    axisRange(dataset, 0, extent.x1Min, extent.x1Max);
    axisRange(dataset, 1, extent.x2Min, extent.x2Max);
    return extent;
}

double BoundaryGrid::sampleX1(int i) const
{
    return extent.x1Min + (i + 0.5) * (extent.x1Max - extent.x1Min) / resolution;
}

double BoundaryGrid::sampleX2(int j) const
{
    return extent.x2Min + (j + 0.5) * (extent.x2Max - extent.x2Min) / resolution;
}

double BoundaryGrid::interpolate(double x1, double x2) const
{
    if (isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    // Continuous sample index: sample i sits at u = i.
    const double u = std::clamp((x1 - extent.x1Min) / (extent.x1Max - extent.x1Min) * resolution - 0.5, 0.0,
                                static_cast<double>(resolution - 1));
    const double v = std::clamp((x2 - extent.x2Min) / (extent.x2Max - extent.x2Min) * resolution - 0.5, 0.0,
                                static_cast<double>(resolution - 1));
    int i = std::min(static_cast<int>(u), resolution - 1);
    int j = std::min(static_cast<int>(v), resolution - 1);
    double fu = u - i;
    double fv = v - j;
    // A point that is a sample up to the rounding of the index arithmetic reads that sample.
    constexpr double kSnap = 1e-9;
    snapToSample(i, fu, resolution, kSnap);
    snapToSample(j, fv, resolution, kSnap);
    const int i1 = std::min(i + 1, resolution - 1);
    const int j1 = std::min(j + 1, resolution - 1);
    // Weights of exactly zero skip their corner: a sample reads back bit for bit, and a NaN
    // neighbour cannot leak into it.
    double sum = 0.0;
    auto add = [&](int ci, int cj, double weight) {
        if (weight != 0.0)
            sum += weight * value(ci, cj);
    };
    add(i, j, (1.0 - fu) * (1.0 - fv));
    add(i1, j, fu * (1.0 - fv));
    add(i, j1, (1.0 - fu) * fv);
    add(i1, j1, fu * fv);
    return sum;
}

BoundaryGrid computeBoundaryGrid(const Network &network, const PlaneExtent &extent, int resolution)
{
    BoundaryGrid grid;
    grid.extent = extent;
    grid.resolution = std::max(resolution, 2);
    const int n = grid.resolution;
    Matrix inputs(2, static_cast<Eigen::Index>(n) * n);
    for (int j = 0; j < n; ++j) {
        const double x2 = grid.sampleX2(j);
        for (int i = 0; i < n; ++i) {
            const Eigen::Index column = static_cast<Eigen::Index>(j) * n + i;
            inputs(0, column) = grid.sampleX1(i);
            inputs(1, column) = x2;
        }
    }
    const Matrix outputs = predict(network, inputs);
    grid.values.assign(outputs.row(0).begin(), outputs.row(0).end());
    return grid;
}

std::vector<ContourSegment> traceContour(const BoundaryGrid &grid, double level)
{
    std::vector<ContourSegment> segments;
    if (grid.isEmpty())
        return segments;
    const int n = grid.resolution;
    // Corners of a cell counter-clockwise from the bottom left; edge e joins corner e to e + 1.
    constexpr std::array<int, 4> kDi = {0, 1, 1, 0};
    constexpr std::array<int, 4> kDj = {0, 0, 1, 1};
    for (int j = 0; j + 1 < n; ++j) {
        for (int i = 0; i + 1 < n; ++i) {
            std::array<double, 4> v{};
            std::array<bool, 4> above{};
            bool finite = true;
            for (int c = 0; c < 4; ++c) {
                v[c] = grid.value(i + kDi[c], j + kDj[c]);
                finite = finite && std::isfinite(v[c]);
                above[c] = v[c] > level;
            }
            if (!finite)
                continue;
            std::array<double, 4> crossX1{};
            std::array<double, 4> crossX2{};
            std::array<bool, 4> crossed{};
            int crossings = 0;
            for (int e = 0; e < 4; ++e) {
                const int a = e;
                const int b = (e + 1) % 4;
                if (above[a] == above[b])
                    continue;
                const double t = (level - v[a]) / (v[b] - v[a]);
                const double xa = grid.sampleX1(i + kDi[a]);
                const double ya = grid.sampleX2(j + kDj[a]);
                const double xb = grid.sampleX1(i + kDi[b]);
                const double yb = grid.sampleX2(j + kDj[b]);
                crossX1[e] = xa + t * (xb - xa);
                crossX2[e] = ya + t * (yb - ya);
                crossed[e] = true;
                ++crossings;
            }
            auto join = [&](int e, int f) {
                segments.push_back({crossX1[e], crossX2[e], crossX1[f], crossX2[f]});
            };
            if (crossings == 2) {
                int first = -1;
                for (int e = 0; e < 4; ++e) {
                    if (!crossed[e])
                        continue;
                    if (first < 0)
                        first = e;
                    else
                        join(first, e);
                }
            } else if (crossings == 4) {
                // A saddle: the diagonal whose side the centre shares stays connected.
                const bool centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4.0 > level;
                if (centreAbove == above[0]) {
                    join(0, 1);
                    join(2, 3);
                } else {
                    join(3, 0);
                    join(1, 2);
                }
            }
        }
    }
    return segments;
}

} // namespace bp::ui
