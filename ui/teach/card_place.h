#pragma once

#include <QList>
#include <QPoint>
#include <QRect>
#include <QSize>

#include <optional>

namespace bp::ui {

/// Where a card goes: what it must leave visible and where it may go.
struct CardRoom {
    /// The part of the window the card talks about: the card stays beside it, off it where it can.
    QRect target;
    /// The places it may go, tried in order (the graph first, then the whole window).
    QList<QRect> rooms;
    /// Neurons and values the class reads while the card talks: never covered.
    QList<QRect> values;
    /// The space kept between the card and its target when it sits beside it.
    int gap = 36;
};

/// The top-left corner of a card of `size`: beside the target, then anywhere in a room nearest the
/// target, first off the target and then over it; never over a value. None when no place leaves
/// every value visible.
std::optional<QPoint> findCardPlace(const CardRoom &room, QSize size);

/// Of the places a card of `size` could take in `room.rooms`, the one that covers the fewest
/// values (for a window too small for any place to cover none).
QPoint leastCoveringPlace(const CardRoom &room, QSize size);

} // namespace bp::ui
