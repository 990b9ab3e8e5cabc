#pragma once

#include "core/session/shown_state.h"

#include <QElapsedTimer>

namespace bp::ui {

class WindowPanels;

// The pictures a lecturer's panels compute (the decision boundary, the loss over two weights, the gradient
// check) as a class
// session carries them: the host sends what its panels have on screen, and a follower's panels draw that as
// it arrives and compute none of their own (DESIGN.md: processors differ).

/// A picture travels whole only when it changed (or a follower may lack it): the host's senders and
/// the follower's receivers, one of each per picture.
class ShownPictures {
public:
    /// Host: the pictures on screen into the state (a panel that is hidden, or has none, sends none),
    /// whole when they changed since the previous state or `wholeDue`, else by id. While the lecturer
    /// trains (state.running), a picture that changed travels at most once per kTrainingPictureMs: the
    /// boundary's grid would otherwise cost every follower about 1 MB/s (docs/performance.md).
    void take(const WindowPanels &panels, ShownState &state, bool wholeDue);

    /// How often a picture that changes while the lecturer trains travels at most.
    static constexpr qint64 kTrainingPictureMs = 1000;
    /// True when the state carries every picture it has whole (no follower can lack one).
    static bool isWhole(const ShownState &state);
    /// Follower: the state's pictures to draw (an id alone: the picture held since it came whole).
    void receive(ShownState &state);
    void clear();

private:
    /// The sender's next picture; a changed one is held back while the lecturer trains and the one
    /// sent last went less than kTrainingPictureMs ago (`sentAt` restarts with each new picture).
    template <class Picture>
    ShownPicture<Picture> next(PictureSender<Picture> &sender, std::shared_ptr<const Picture> current,
                               const ShownState &state, bool wholeDue, QElapsedTimer &sentAt);

    QElapsedTimer m_boundarySentAt;
    QElapsedTimer m_landscapeSentAt;
    QElapsedTimer m_pathSentAt;
    PictureSender<ShownBoundary> m_boundarySender;
    PictureReceiver<ShownBoundary> m_boundaryReceiver;
    PictureSender<LossLandscape> m_landscapeSender;
    PictureReceiver<LossLandscape> m_landscapeReceiver;
    PictureSender<ShownLandscapePath> m_pathSender;
    PictureReceiver<ShownLandscapePath> m_pathReceiver;
    PictureSender<ShownGradientCheck> m_checkSender;
    PictureReceiver<ShownGradientCheck> m_checkReceiver;
};

/// Follower: the panels draw the lecturer's pictures (following) or compute their own again.
void setPicturesFollowing(WindowPanels &panels, bool following);
/// Follower: the state's pictures (after ShownPictures::receive), after its snapshot is on show (the
/// panels have its network).
void showShownPictures(WindowPanels &panels, const ShownState &state);

} // namespace bp::ui
