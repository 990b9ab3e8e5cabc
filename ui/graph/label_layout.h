#pragma once

#include <QRectF>

#include <vector>

namespace bp::ui {

/// A label that may go at one of a few places, best first; the more important labels win room.
struct LabelCandidate {
    std::vector<QRectF> places;
    /// Higher is more important (a weight's |value|, say).
    double priority = 0.0;
};

/// Places labels so that no two overlap and none covers an obstacle: in order of priority (highest
/// first, ties in the given order), each takes its first place that is clear by `gap` of every
/// label already placed and of every obstacle; a label with no clear place is dropped. Returns, per
/// label, the index of the place taken or −1.
std::vector<int> placeLabels(const std::vector<LabelCandidate> &labels, const std::vector<QRectF> &obstacles,
                             double gap = 2.0);

} // namespace bp::ui
