#include "ui/charts/epoch_ranges.h"

#include <algorithm>
#include <cmath>

namespace bp::ui::epoch_ranges {

Range epochRange(const std::vector<SeriesBuffer::Extent> &extents, const std::vector<double> &markerEpochs,
                 std::optional<double> cursorEpoch)
{
    std::optional<double> first;
    std::optional<double> last;
    for (const SeriesBuffer::Extent &extent : extents) {
        if (const auto point = extent.first)
            first = first ? std::min(*first, point->x()) : point->x();
        if (const auto x = extent.lastX)
            last = last ? std::max(*last, *x) : *x;
    }
    for (const double epoch : markerEpochs) {
        if (first && (!cursorEpoch || epoch <= *cursorEpoch))
            last = last ? std::max(*last, epoch) : epoch;
    }
    if (cursorEpoch && first)
        last = last ? std::max(*last, *cursorEpoch) : *cursorEpoch;
    // Epochs count from 1: a run from its start gets an axis from 0.
    const double low = first ? (*first > 0.0 && *first <= 1.0 ? 0.0 : *first) : 0.0;
    const double high = last ? std::max(*last, low + kMinEpochSpan) : low + kMinEpochSpan;
    return {low, high};
}

chart_style::LogRange dataLogRange(const std::vector<SeriesBuffer::Extent> &extents)
{
    std::optional<double> low;
    std::optional<double> high;
    for (const SeriesBuffer::Extent &extent : extents) {
        if (const auto positive = extent.minimumPositiveY)
            low = low ? std::min(*low, *positive) : *positive;
        if (const auto maximum = extent.maximumY; maximum && *maximum > 0.0)
            high = high ? std::max(*high, *maximum) : *maximum;
    }
    if (!low || !high)
        return {};
    return chart_style::logRangeFor(*low, *high, kMaxDecades);
}

chart_style::LogRange logRange(const std::vector<SeriesBuffer::Extent> &extents)
{
    chart_style::LogRange range = dataLogRange(extents);
    const bool nonPositive = std::any_of(extents.begin(), extents.end(),
                                         [](const SeriesBuffer::Extent &e) { return e.nonPositiveCount > 0; });
    if (nonPositive)
        range.bottom /= std::pow(10.0, 0.05 * std::log10(range.top / range.bottom));
    return range;
}

int logMinorTickCount(double bottom, double top)
{
    // Minor grid lines help read a span of a few decades; over more they crowd the plot and each
    // one costs an antialiased line per redraw.
    return std::log10(top / bottom) <= 3.5 ? 8 : 0;
}

Range linearRange(const std::vector<SeriesBuffer::Extent> &extents)
{
    std::optional<double> minimum;
    std::optional<double> maximum;
    for (const SeriesBuffer::Extent &extent : extents) {
        if (const auto value = extent.minimumY)
            minimum = minimum ? std::min(*minimum, *value) : *value;
        if (const auto value = extent.maximumY)
            maximum = maximum ? std::max(*maximum, *value) : *value;
    }
    const double bottom = minimum ? std::min(0.0, *minimum) : 0.0;
    double top = maximum ? std::max(0.0, *maximum) : 1.0;
    if (top - bottom <= std::abs(top) * 1e-12 || top - bottom <= 0.0)
        top = bottom + (top == 0.0 ? 1.0 : std::abs(top));
    return {bottom, top};
}

double fittedTickInterval(double preferred, double span, double plotHeight, double labelHeight)
{
    if (!(preferred > 0.0) || !(span > 0.0))
        return preferred;
    double interval = preferred;
    // Fewer ticks rather than labels elided to "…", but "0" and "1" alone tell nothing.
    while ((span / interval + 1.0) * labelHeight > plotHeight && interval * 2.0 <= span / 2.0 + 1e-12)
        interval *= 2.0;
    return interval;
}

int decimalsFor(double interval)
{
    int decimals = 0;
    double scaled = std::abs(interval);
    while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, scaled)) {
        scaled *= 10.0;
        ++decimals;
    }
    return decimals;
}

int markerRows(double chartHeight, double rowHeight)
{
    // Rows of labels take the plot's height: a short chart (a 720-line projector's) keeps one or
    // none, so its axis labels are not squeezed into "…".
    return chartHeight >= 20.0 * rowHeight  ? 3
           : chartHeight >= 14.0 * rowHeight ? 2
           : chartHeight >= 7.5 * rowHeight  ? 1
                                              : 0;
}

} // namespace bp::ui::epoch_ranges
