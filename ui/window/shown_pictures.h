#pragma once

#include "core/session/shown_state.h"

namespace bp::ui {

class WindowPanels;

// The pictures a lecturer's panels compute (the decision boundary) as a class session carries
// them: the host sends what its panels have on screen, and a follower's panels draw that as it
// arrives and compute none of their own (DESIGN.md: processors differ).

/// Host: the pictures on screen into the state (a panel that is hidden, or has none, sends none).
void takeShownPictures(const WindowPanels &panels, ShownState &state);
/// Follower: the panels draw the lecturer's pictures (following) or compute their own again.
void setPicturesFollowing(WindowPanels &panels, bool following);
/// Follower: the state's pictures, after its snapshot is on show (the panels have its network).
void showShownPictures(WindowPanels &panels, const ShownState &state);

} // namespace bp::ui
