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

/// Gives a top-level window back the size it was given (by the program, the user or the window
/// manager) once its minimum allows: when the minimum grew past that size for a moment, Qt enlarged
/// the window and nothing shrank it again. The window's first layout, before the tool bars and
/// panels gave way for the screen, asked for 740 lines on a 1280 × 720 projector, and without a
/// window manager (a kiosk, a projector's own computer, Xvfb) the window stayed 740 px tall, its
/// status bar below the screen.
void keepGivenSize(QWidget *window);

} // namespace bp::ui
