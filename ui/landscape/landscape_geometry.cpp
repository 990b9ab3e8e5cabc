#include "ui/landscape/landscape_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::ui {

int LandscapeBands::bandOf(double value) const
{
    if (std::isnan(value) || bandCount() == 0)
        return -1;
    const auto above = std::upper_bound(levels.begin(), levels.end(), value);
    const int band = static_cast<int>(above - levels.begin()) - 1;
    return std::clamp(band, 0, bandCount() - 1);
}

double LandscapeBands::position(double value) const
{
    if (levels.size() < 2 || std::isnan(value))
        return 0.0;
    const double low = levels.front();
    const double high = levels.back();
    const double t = logarithmic ? std::log(std::max(value, low) / low) / std::log(high / low)
                                 : (value - low) / (high - low);
    return std::clamp(t, 0.0, 1.0);
}

LandscapeBands bandsFor(const Matrix &loss, int bandCount)
{
    LandscapeBands bands;
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < loss.size(); ++i) {
        const double value = loss.data()[i];
        if (std::isfinite(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (!(low < high) || bandCount < 1)
        return bands;
    bands.logarithmic = low > 0.0 && high / low > 20.0;
    bands.levels.resize(static_cast<std::size_t>(bandCount) + 1);
    for (int k = 0; k <= bandCount; ++k) {
        const double t = static_cast<double>(k) / bandCount;
        bands.levels[static_cast<std::size_t>(k)] =
            bands.logarithmic ? low * std::pow(high / low, t) : low + (high - low) * t;
    }
    bands.levels.front() = low;
    bands.levels.back() = high;
    return bands;
}

double interpolateGrid(const Matrix &loss, double fi, double fj)
{
    const double maxI = static_cast<double>(loss.rows() - 1);
    const double maxJ = static_cast<double>(loss.cols() - 1);
    fi = std::clamp(fi, 0.0, maxI);
    fj = std::clamp(fj, 0.0, maxJ);
    const auto i = static_cast<Eigen::Index>(std::min(std::floor(fi), std::max(0.0, maxI - 1)));
    const auto j = static_cast<Eigen::Index>(std::min(std::floor(fj), std::max(0.0, maxJ - 1)));
    const double u = loss.rows() > 1 ? fi - static_cast<double>(i) : 0.0;
    const double v = loss.cols() > 1 ? fj - static_cast<double>(j) : 0.0;
    const Eigen::Index i1 = std::min<Eigen::Index>(i + 1, loss.rows() - 1);
    const Eigen::Index j1 = std::min<Eigen::Index>(j + 1, loss.cols() - 1);
    return (1 - u) * (1 - v) * loss(i, j) + u * (1 - v) * loss(i1, j) + (1 - u) * v * loss(i, j1) +
           u * v * loss(i1, j1);
}

PlaneMapping PlaneMapping::of(const QRectF &plot, const LandscapeRequest &request)
{
    return {plot, request.firstLow, request.firstHigh, request.secondLow, request.secondHigh};
}

QPointF PlaneMapping::toPixel(double first, double second) const
{
    const double x = plot.left() + (first - firstLow) / (firstHigh - firstLow) * plot.width();
    const double y = plot.bottom() - (second - secondLow) / (secondHigh - secondLow) * plot.height();
    return {x, y};
}

QPointF PlaneMapping::toPlane(const QPointF &pixel) const
{
    const double first = firstLow + (pixel.x() - plot.left()) / plot.width() * (firstHigh - firstLow);
    const double second = secondLow + (plot.bottom() - pixel.y()) / plot.height() * (secondHigh - secondLow);
    return {first, second};
}

PlaneStep planeStep(const LossLandscape &slice)
{
    const LandscapeRequest &request = slice.request;
    PlaneStep step;
    step.from = {slice.currentFirst, slice.currentSecond};
    step.length = std::hypot(slice.stepFirst, slice.stepSecond);
    if (!std::isfinite(step.length)) {
        // A diverged run: no arrow to draw.
        step.to = step.from;
        step.shown = 0.0;
        return step;
    }
    // The largest t ≤ 1 with current + t·step inside both ranges, one axis at a time.
    auto limit = [](double value, double delta, double low, double high) {
        if (delta > 0.0)
            return (high - value) / delta;
        if (delta < 0.0)
            return (low - value) / delta;
        return value >= low && value <= high ? 1.0 : 0.0;
    };
    const double t = std::min({1.0, limit(slice.currentFirst, slice.stepFirst, request.firstLow, request.firstHigh),
                               limit(slice.currentSecond, slice.stepSecond, request.secondLow, request.secondHigh)});
    step.shown = std::isfinite(t) ? std::max(0.0, t) : 0.0;
    step.to = step.from + step.shown * QPointF(slice.stepFirst, slice.stepSecond);
    return step;
}

double sliceValueAt(const LossLandscape &slice, double first, double second)
{
    const LandscapeRequest &request = slice.request;
    const Matrix &loss = slice.loss;
    if (loss.size() == 0 || !(first >= request.firstLow && first <= request.firstHigh) ||
        !(second >= request.secondLow && second <= request.secondHigh))
        return std::numeric_limits<double>::quiet_NaN();
    const double fi = (first - request.firstLow) / (request.firstHigh - request.firstLow) *
                      static_cast<double>(loss.rows() - 1);
    const double fj = (second - request.secondLow) / (request.secondHigh - request.secondLow) *
                      static_cast<double>(loss.cols() - 1);
    // A point on the grid (up to the rounding of its coordinates) is the grid's own value.
    auto snapped = [](double f) { return std::abs(f - std::round(f)) < 1e-9 ? std::round(f) : f; };
    return interpolateGrid(loss, snapped(fi), snapped(fj));
}

bool isWellInside(const LandscapeRequest &request, double first, double second, double fraction)
{
    const double margin = (1.0 - fraction) / 2.0;
    const double firstSpan = request.firstHigh - request.firstLow;
    const double secondSpan = request.secondHigh - request.secondLow;
    return first >= request.firstLow + margin * firstSpan &&
           first <= request.firstHigh - margin * firstSpan &&
           second >= request.secondLow + margin * secondSpan &&
           second <= request.secondHigh - margin * secondSpan;
}

} // namespace bp::ui
