#pragma once

#include <QMargins>
#include <QRect>

class QWidget;

namespace bp::ui {

/// The geometry (client area) that puts a window of this geometry, with this frame around it,
/// wholly inside `available`: as large as it was where room allows, moved (then shrunk, never
/// below `minimum`) as little as needed.
QRect fitIntoAvailable(const QRect &geometry, const QMargins &frame, const QRect &available,
                       const QSize &minimum = QSize(0, 0));

/// Moves and shrinks a top-level window (not maximized or full screen) onto its screen's available
/// area, so no part of it (the status bar, say) is off-screen.
void fitToAvailableScreen(QWidget *window);

} // namespace bp::ui
