#include "ui/boundary/boundary_grid.h"

#include "core/maths/metrics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <unordered_map>

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

BoundaryGrid BoundaryGrid::fromValues(const PlaneExtent &extent, int resolution, std::vector<double> values)
{
    BoundaryGrid grid;
    grid.extent = extent;
    grid.resolution = resolution;
    grid.values = std::move(values);
    grid.usesLogit = std::all_of(grid.values.begin(), grid.values.end(),
                                 [](double v) { return std::isnan(v) || (v >= 0.0 && v <= 1.0); });
    grid.smooth.resize(grid.values.size());
    std::transform(grid.values.begin(), grid.values.end(), grid.smooth.begin(),
                   [&grid](double v) { return grid.toSmooth(v); });
    return grid;
}

double BoundaryGrid::toSmooth(double value) const
{
    if (!usesLogit)
        return value;
    // A saturated logistic is exactly 0 or 1 in double; the clamp keeps its logit finite (±27.6).
    constexpr double kEdge = 1e-12;
    const double a = std::clamp(value, kEdge, 1.0 - kEdge);
    return std::log(a / (1.0 - a));
}

double BoundaryGrid::fromSmooth(double smoothValue) const
{
    return usesLogit ? 1.0 / (1.0 + std::exp(-smoothValue)) : smoothValue;
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
    if (fu == 0.0 && fv == 0.0)
        return value(i, j);
    const int i1 = std::min(i + 1, resolution - 1);
    const int j1 = std::min(j + 1, resolution - 1);
    // Corners of zero weight are skipped: a NaN neighbour cannot leak along a row of samples.
    double sum = 0.0;
    auto add = [&](int ci, int cj, double weight) {
        if (weight != 0.0)
            sum += weight * smoothValue(ci, cj);
    };
    add(i, j, (1.0 - fu) * (1.0 - fv));
    add(i1, j, fu * (1.0 - fv));
    add(i, j1, (1.0 - fu) * fv);
    add(i1, j1, fu * fv);
    return fromSmooth(sum);
}

BoundaryGrid computeBoundaryGrid(const Network &network, const PlaneExtent &extent, int resolution)
{
    const int n = std::max(resolution, 2);
    BoundaryGrid layout;
    layout.extent = extent;
    layout.resolution = n;
    Matrix inputs(2, static_cast<Eigen::Index>(n) * n);
    for (int j = 0; j < n; ++j) {
        const double x2 = layout.sampleX2(j);
        for (int i = 0; i < n; ++i) {
            const Eigen::Index column = static_cast<Eigen::Index>(j) * n + i;
            inputs(0, column) = layout.sampleX1(i);
            inputs(1, column) = x2;
        }
    }
    const Matrix outputs = predict(network, inputs);
    return BoundaryGrid::fromValues(extent, n,
                                    std::vector<double>(outputs.row(0).begin(), outputs.row(0).end()));
}

std::vector<ContourSegment> traceContour(const BoundaryGrid &grid, double level)
{
    std::vector<ContourSegment> segments;
    if (grid.isEmpty())
        return segments;
    const int n = grid.resolution;
    const double smoothLevel = grid.toSmooth(level);
    // Corners of a cell counter-clockwise from the bottom left; edge e lies between corners e and
    // e + 1 (bottom, right, top, left).
    constexpr std::array<int, 4> kDi = {0, 1, 1, 0};
    constexpr std::array<int, 4> kDj = {0, 0, 1, 1};
    for (int j = 0; j + 1 < n; ++j) {
        for (int i = 0; i + 1 < n; ++i) {
            std::array<double, 4> v{};
            std::array<bool, 4> above{};
            bool finite = true;
            for (int c = 0; c < 4; ++c) {
                v[c] = grid.smoothValue(i + kDi[c], j + kDj[c]);
                finite = finite && std::isfinite(v[c]);
                above[c] = v[c] > smoothLevel;
            }
            if (!finite)
                continue;
            std::array<double, 4> crossX1{};
            std::array<double, 4> crossX2{};
            std::array<bool, 4> crossed{};
            // Each edge is interpolated from its left or lower corner, the same way in both cells
            // that share it, so that neighbouring segments meet exactly and can be joined.
            constexpr std::array<int, 4> kFrom = {0, 1, 3, 0};
            constexpr std::array<int, 4> kTo = {1, 2, 2, 3};
            const std::array<int, 4> edgeIds = {j * n + i, n * n + j * n + (i + 1), (j + 1) * n + i,
                                                n * n + j * n + i};
            int crossings = 0;
            for (int e = 0; e < 4; ++e) {
                const int a = kFrom[e];
                const int b = kTo[e];
                if (above[a] == above[b])
                    continue;
                const double t = (smoothLevel - v[a]) / (v[b] - v[a]);
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
                segments.push_back({crossX1[e], crossX2[e], crossX1[f], crossX2[f], edgeIds[e], edgeIds[f]});
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
                const bool centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4.0 > smoothLevel;
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

std::vector<ContourLine> joinContour(const std::vector<ContourSegment> &segments)
{
    // Every crossing is shared by at most two segments (one per cell beside its edge).
    std::unordered_map<int, std::array<int, 2>> atEdge;
    atEdge.reserve(segments.size() * 2);
    auto enter = [&](int edge, int segment) {
        auto [it, inserted] = atEdge.try_emplace(edge, std::array<int, 2>{segment, -1});
        if (!inserted)
            it->second[1] = segment;
    };
    for (std::size_t k = 0; k < segments.size(); ++k) {
        enter(segments[k].fromEdge, static_cast<int>(k));
        enter(segments[k].toEdge, static_cast<int>(k));
    }
    std::vector<bool> used(segments.size(), false);
    // The segment beside `segment` across `edge`, or −1.
    auto neighbour = [&](int edge, int segment) {
        const auto it = atEdge.find(edge);
        if (it == atEdge.end())
            return -1;
        const int other = it->second[0] == segment ? it->second[1] : it->second[0];
        return other >= 0 && !used[static_cast<std::size_t>(other)] ? other : -1;
    };
    // Walks from `segment` out through `edge`, appending the far end of each segment met.
    auto walk = [&](int segment, int edge, std::vector<ContourPoint> &points) {
        for (int next = neighbour(edge, segment); next >= 0; next = neighbour(edge, segment)) {
            const ContourSegment &s = segments[static_cast<std::size_t>(next)];
            used[static_cast<std::size_t>(next)] = true;
            const bool forwards = s.fromEdge == edge;
            points.push_back(forwards ? ContourPoint{s.x1To, s.x2To} : ContourPoint{s.x1From, s.x2From});
            edge = forwards ? s.toEdge : s.fromEdge;
            segment = next;
        }
    };
    std::vector<ContourLine> lines;
    for (std::size_t k = 0; k < segments.size(); ++k) {
        if (used[k])
            continue;
        used[k] = true;
        const ContourSegment &s = segments[k];
        std::vector<ContourPoint> backwards{{s.x1From, s.x2From}};
        std::vector<ContourPoint> forwards{{s.x1To, s.x2To}};
        walk(static_cast<int>(k), s.toEdge, forwards);
        walk(static_cast<int>(k), s.fromEdge, backwards);
        ContourLine line;
        line.points.assign(backwards.rbegin(), backwards.rend());
        line.points.insert(line.points.end(), forwards.begin(), forwards.end());
        const ContourPoint &first = line.points.front();
        const ContourPoint &last = line.points.back();
        line.closed = line.points.size() > 2 && first.x1 == last.x1 && first.x2 == last.x2;
        if (line.closed)
            line.points.pop_back();
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace bp::ui
