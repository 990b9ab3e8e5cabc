#pragma once

#include "core/maths/network.h"
#include "core/maths/trace.h"
#include "tests/support/hand_network.h"
#include "ui/graph/network_scene.h"

#include <QColor>
#include <QImage>

#include <initializer_list>
#include <memory>

namespace bp::ui::test {

using bp::test::column;
using bp::test::handNetwork;

/// The trace of one SGD step (η = 0.5) of the hand network on x = (0.05, 0.10), t = (0.01, 0.99).
inline std::shared_ptr<const Trace> handTrace()
{
    return std::make_shared<const Trace>(
        traceSgdStep(handNetwork(), column({0.05, 0.10}), column({0.01, 0.99}), 0.5));
}

inline NetworkScene traceScene(std::shared_ptr<const Trace> trace, int phaseIndex, double progress = 1.0)
{
    NetworkScene scene;
    scene.network = std::make_shared<const Network>(trace->after);
    scene.trace = std::move(trace);
    scene.phaseIndex = phaseIndex;
    scene.phaseProgress = progress;
    return scene;
}

/// Counts the pixels of an image (or of a rectangle of it) that satisfy a predicate.
template <typename Predicate> int countPixels(const QImage &image, const QRect &area, Predicate predicate)
{
    int count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            if (predicate(QColor(image.pixel(x, y))))
                ++count;
    return count;
}

/// The diverging scale's ends: orange for positive, blue for negative (well away from grey).
inline bool isOrange(const QColor &c)
{
    return c.red() > c.blue() + 90 && c.red() > c.green() + 50;
}
inline bool isBlue(const QColor &c)
{
    return c.blue() > c.red() + 60 && c.blue() > c.green() + 25;
}

} // namespace bp::ui::test
