#pragma once

#include "core/session/shown_state.h"

namespace bp::ui {

class WindowPanels;

// The pictures a lecturer's panels compute (the decision boundary, the loss over two weights) as a class
// session carries them: the host sends what its panels have on screen, and a follower's panels draw that as
// it arrives and compute none of their own (DESIGN.md: processors differ).

/// A picture travels whole only when it changed (or a follower may lack it): the host's senders and
/// the follower's receivers, one of each per picture.
class ShownPictures {
public:
    /// Host: the pictures on screen into the state (a panel that is hidden, or has none, sends none),
    /// whole when they changed since the previous state or `wholeDue`, else by id.
    void take(const WindowPanels &panels, ShownState &state, bool wholeDue);
    /// True when the state carries every picture it has whole (no follower can lack one).
    static bool isWhole(const ShownState &state);
    /// Follower: the state's pictures to draw (an id alone: the picture held since it came whole).
    void receive(ShownState &state);
    void clear();

private:
    PictureSender<ShownBoundary> m_boundarySender;
    PictureReceiver<ShownBoundary> m_boundaryReceiver;
    PictureSender<LossLandscape> m_landscapeSender;
    PictureReceiver<LossLandscape> m_landscapeReceiver;
    PictureSender<ShownLandscapePath> m_pathSender;
    PictureReceiver<ShownLandscapePath> m_pathReceiver;
};

/// Follower: the panels draw the lecturer's pictures (following) or compute their own again.
void setPicturesFollowing(WindowPanels &panels, bool following);
/// Follower: the state's pictures (after ShownPictures::receive), after its snapshot is on show (the
/// panels have its network).
void showShownPictures(WindowPanels &panels, const ShownState &state);

} // namespace bp::ui
