#include "ui/graph/label_layout.h"

#include <algorithm>
#include <cstddef>
#include <numeric>

namespace bp::ui {

std::vector<int> placeLabels(const std::vector<LabelCandidate> &labels, const std::vector<QRectF> &obstacles,
                             double gap)
{
    std::vector<int> chosen(labels.size(), -1);
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&labels](std::size_t a, std::size_t b) { return labels[a].priority > labels[b].priority; });
    std::vector<QRectF> taken = obstacles;
    for (const std::size_t i : order) {
        const std::vector<QRectF> &places = labels[i].places;
        for (std::size_t p = 0; p < places.size(); ++p) {
            const QRectF grown = places[p].adjusted(-gap / 2.0, -gap / 2.0, gap / 2.0, gap / 2.0);
            const bool clear = std::none_of(taken.begin(), taken.end(), [&grown, gap](const QRectF &other) {
                return grown.intersects(other.adjusted(-gap / 2.0, -gap / 2.0, gap / 2.0, gap / 2.0));
            });
            if (clear) {
                chosen[i] = static_cast<int>(p);
                taken.push_back(places[p]);
                break;
            }
        }
    }
    return chosen;
}

} // namespace bp::ui
