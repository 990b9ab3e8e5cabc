#pragma once

#include <vector>

namespace bp::ui {

/// Where the label of one change marker goes above the plot.
struct MarkerPlacement {
    /// The row above the plot (0 = nearest), or −1: no room, the marker shows its line only (its
    /// text stays in the tool tip).
    int row = -1;
    /// Left edge and width of the label's box, in the chart's coordinates.
    double left = 0.0;
    double width = 0.0;
};

/// Places marker labels like flags on their poles: right of the marker's line if there is room,
/// else left of it, else a row higher, up to maxRows. A label never overlaps another label (a gap
/// of `gap` stays between them) nor covers another marker's line (which runs down through the rows
/// below its own label); one that finds no room is left out (row −1) rather than drawn over
/// another. xs are the lines' positions, widths the labels' box widths, in any order; the labels
/// must lie within [leftLimit, rightLimit]. Markers are placed from left to right.
std::vector<MarkerPlacement> placeMarkerLabels(const std::vector<double> &xs, const std::vector<double> &widths,
                                               double leftLimit, double rightLimit, int maxRows, double gap = 6.0);

} // namespace bp::ui
