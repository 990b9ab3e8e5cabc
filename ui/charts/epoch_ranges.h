#pragma once

#include "ui/charts/chart_style.h"
#include "ui/charts/series_buffer.h"

#include <optional>
#include <vector>

namespace bp::ui::epoch_ranges {

/// An epoch chart's axes from what its lines hold, without a chart: testable on its own.

/// A log axis spans at most this many decades; anything further below is drawn on its floor.
inline constexpr double kMaxDecades = 12.0;
/// An empty or young run still gets this many epochs of width, so the first points do not stretch
/// across the whole chart.
inline constexpr double kMinEpochSpan = 10.0;

struct Range {
    double low = 0.0;
    double high = 1.0;
};

/// The x axis: from the first epoch (0 for a run from its start, as epochs count from 1) to the
/// last point, the last marker and the cursor (markers after the cursor do not count), at least
/// kMinEpochSpan wide.
Range epochRange(const std::vector<SeriesBuffer::Extent> &extents, const std::vector<double> &markerEpochs,
                 std::optional<double> cursorEpoch);

/// The logarithmic left axis for the extents of the lines on it (the default range when none has
/// a positive value). Values ≤ 0 are drawn on the floor: then the bottom is lowered a little so
/// they do not hide in the axis line.
chart_style::LogRange logRange(const std::vector<SeriesBuffer::Extent> &extents);
/// The bottom of logRange before lowering: the floor values ≤ 0 (and far-below ones) are drawn on.
chart_style::LogRange dataLogRange(const std::vector<SeriesBuffer::Extent> &extents);
/// Minor grid lines over at most 3.5 decades (8 between decades), none beyond.
int logMinorTickCount(double bottom, double top);

/// The linear left axis: always holds 0, and never has zero height.
Range linearRange(const std::vector<SeriesBuffer::Extent> &extents);

/// The tick interval of a fixed linear axis (the accuracy's) spanning `span` on a plot `plotHeight`
/// tall, whose labels each need `labelHeight`: `preferred` while every label fits, else doubled,
/// but never beyond half the span, so that at least three ticks (0, ½ and 1) stay.
double fittedTickInterval(double preferred, double span, double plotHeight, double labelHeight);
/// The decimals that print every multiple of `interval` exactly and alike: 0.25 → 2 ("0.75"),
/// 0.5 → 1 ("0.5", "1.0"), 1 → 0.
int decimalsFor(double interval);

/// How many rows of marker labels a chart `chartHeight` tall has room for (0..3).
int markerRows(double chartHeight, double rowHeight);

} // namespace bp::ui::epoch_ranges
