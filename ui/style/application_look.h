#pragma once

#include <QFont>

namespace bp::ui {

/// The style and base font of the whole application (Fusion, text at least 11 pt): main() sets
/// them before any widget exists, and a test of the whole window does too, so that it measures
/// the window the user sees (the tests' default 9 pt let a 1280 × 720 window fit that the real one
/// did not).
void applyApplicationLook();

/// `font` `scale` times as large (presenter mode's text), in whole pixels rounded up: 11 pt × 1.6 is
/// 23.5 px, which a font in points draws at 23, under the 24 the back row needs at 1920 × 1080.
QFont scaledFont(QFont font, double scale);

} // namespace bp::ui
