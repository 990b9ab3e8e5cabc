#pragma once

namespace bp::ui {

/// The style and base font of the whole application (Fusion, text at least 11 pt): main() sets
/// them before any widget exists, and a test of the whole window does too, so that it measures
/// the window the user sees (the tests' default 9 pt let a 1280 × 720 window fit that the real one
/// did not).
void applyApplicationLook();

} // namespace bp::ui
