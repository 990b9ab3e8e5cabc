#include "ui/teach/card_place.h"

#include <algorithm>
#include <vector>

namespace bp::ui {

namespace {

// The scan's step: finer than a value's height, so a gap between two values is found.
constexpr int kStep = 8;

// Every place of a card of `size` in `room`: first the classic ones beside the target and in the
// corners, then the room's grid ordered by the distance from the target.
std::vector<QPoint> candidates(const QRect &target, const QRect &room, QSize size, int gap)
{
    const auto inside = [&](QPoint p) {
        p.setY(std::clamp(p.y(), room.top(), std::max(room.top(), room.bottom() + 1 - size.height())));
        p.setX(std::clamp(p.x(), room.left(), std::max(room.left(), room.right() + 1 - size.width())));
        return p;
    };
    std::vector<QPoint> places;
    if (!target.isEmpty())
        places = {inside({target.right() + gap, target.center().y() - size.height() / 2}),
                  inside({target.left() - gap - size.width(), target.center().y() - size.height() / 2}),
                  inside({target.center().x() - size.width() / 2, target.bottom() + gap}),
                  inside({target.center().x() - size.width() / 2, target.top() - gap - size.height()})};
    places.push_back(inside(room.bottomLeft() - QPoint(0, size.height() - 1)));
    places.push_back(inside(room.bottomRight() - QPoint(size.width() - 1, size.height() - 1)));
    places.push_back(inside(room.topRight() - QPoint(size.width() - 1, 0)));
    places.push_back(room.topLeft());
    std::vector<QPoint> grid;
    for (int y = room.top(); y + size.height() <= room.bottom() + 1; y += kStep)
        for (int x = room.left(); x + size.width() <= room.right() + 1; x += kStep)
            grid.emplace_back(x, y);
    const QPoint centre = target.isEmpty() ? room.center() : target.center();
    const auto distance = [&](QPoint p) {
        return (QRect(p, size).center() - centre).manhattanLength();
    };
    std::stable_sort(grid.begin(), grid.end(), [&](QPoint a, QPoint b) { return distance(a) < distance(b); });
    places.insert(places.end(), grid.begin(), grid.end());
    return places;
}

int coveredValues(const QRect &card, const QList<QRect> &values)
{
    return static_cast<int>(std::count_if(values.begin(), values.end(),
                                          [&card](const QRect &v) { return card.intersects(v); }));
}

} // namespace

std::optional<QPoint> findCardPlace(const CardRoom &room, QSize size)
{
    for (const bool avoidTarget : {true, false}) {
        if (!avoidTarget && room.target.isEmpty())
            break; // (the first pass was the same)
        for (const QRect &r : room.rooms) {
            for (const QPoint at : candidates(room.target, r, size, room.gap)) {
                const QRect card(at, size);
                if (r.contains(card) && !(avoidTarget && card.intersects(room.target)) &&
                    coveredValues(card, room.values) == 0)
                    return at;
            }
        }
    }
    return std::nullopt;
}

QPoint leastCoveringPlace(const CardRoom &room, QSize size)
{
    QPoint best = room.rooms.isEmpty() ? QPoint() : room.rooms.back().topLeft();
    int fewest = -1;
    for (const QRect &r : room.rooms) {
        for (const QPoint at : candidates(room.target, r, size, room.gap)) {
            const int covered = coveredValues(QRect(at, size), room.values);
            if (fewest < 0 || covered < fewest) {
                fewest = covered;
                best = at;
            }
        }
    }
    return best;
}

} // namespace bp::ui
