#include "ui/charts/marker_layout.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <utility>

namespace bp::ui {

std::vector<MarkerPlacement> placeMarkerLabels(const std::vector<double> &xs, const std::vector<double> &widths,
                                               double leftLimit, double rightLimit, int maxRows, double gap)
{
    std::vector<MarkerPlacement> placements(xs.size());
    std::vector<std::size_t> order(xs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&xs](std::size_t a, std::size_t b) { return xs[a] < xs[b]; });
    std::vector<std::vector<std::pair<double, double>>> rows(static_cast<std::size_t>(std::max(0, maxRows)));
    for (const std::size_t i : order) {
        const double x = xs[i];
        const double width = widths[i];
        auto fits = [&](int row, double left) {
            const double right = left + width;
            if (left < leftLimit - 0.5 || right > rightLimit + 0.5)
                return false;
            for (const auto &[usedLeft, usedRight] : rows[static_cast<std::size_t>(row)]) {
                if (left < usedRight + gap && right > usedLeft - gap)
                    return false;
            }
            // Other lines only: a label may touch its own. A line crosses every row below its
            // label, so it blocks them all.
            for (std::size_t j = 0; j < xs.size(); ++j) {
                if (j != i && std::abs(xs[j] - x) > 0.5 && xs[j] > left - 3.0 && xs[j] < right + 3.0)
                    return false;
            }
            return true;
        };
        for (int row = 0; row < maxRows && placements[i].row < 0; ++row) {
            for (const double left : {x, x - width}) {
                if (fits(row, left)) {
                    placements[i] = MarkerPlacement{row, left, width};
                    rows[static_cast<std::size_t>(row)].emplace_back(left, left + width);
                    break;
                }
            }
        }
    }
    return placements;
}

} // namespace bp::ui
