#include "ui/window/shown_pictures.h"

#include "ui/boundary/decision_boundary_view.h"
#include "ui/gradcheck/gradient_check_panel.h"
#include "ui/landscape/loss_landscape_panel.h"
#include "ui/window/window_panels.h"

namespace bp::ui {

namespace {

std::shared_ptr<const ShownBoundary> boundaryOnScreen(const DecisionBoundaryView &boundary)
{
    const BoundaryGrid &grid = boundary.grid();
    if (!boundary.isVisible() || grid.isEmpty() || grid.resolution > kMaxShownBoundaryResolution)
        return nullptr;
    auto shown = std::make_shared<ShownBoundary>();
    shown->x1Min = grid.extent.x1Min;
    shown->x1Max = grid.extent.x1Max;
    shown->x2Min = grid.extent.x2Min;
    shown->x2Max = grid.extent.x2Max;
    shown->resolution = grid.resolution;
    shown->values = grid.values;
    return shown;
}

// The lecturer's panel keeps as many positions as a state may carry.
static_assert(LossLandscapePanel::kPathLength == kMaxShownLandscapePath);

std::shared_ptr<const ShownLandscapePath> pathOnScreen(const LossLandscapePanel &landscape)
{
    auto path = std::make_shared<ShownLandscapePath>();
    for (const QPointF &point : landscape.focusPath())
        path->points.emplace_back(point.x(), point.y());
    return path;
}

} // namespace

template <class Picture>
ShownPicture<Picture> ShownPictures::next(PictureSender<Picture> &sender,
                                          std::shared_ptr<const Picture> current, const ShownState &state,
                                          bool wholeDue, QElapsedTimer &sentAt)
{
    const bool hold = state.running && sentAt.isValid() && sentAt.elapsed() < kTrainingPictureMs;
    const std::uint64_t before = sender.lastId();
    ShownPicture<Picture> shown = sender.next(std::move(current), wholeDue, hold);
    if (sender.lastId() != before)
        sentAt.start();
    return shown;
}

void ShownPictures::take(const WindowPanels &panels, ShownState &state, bool wholeDue)
{
    state.boundary =
        next(m_boundarySender, boundaryOnScreen(*panels.boundary), state, wholeDue, m_boundarySentAt);
    const LossLandscapePanel &landscape = *panels.landscape;
    const bool landscapeShown = landscape.isVisible() && landscape.slice();
    state.landscape = next(m_landscapeSender, landscapeShown ? landscape.slice() : nullptr, state, wholeDue,
                           m_landscapeSentAt);
    state.landscapePath =
        next(m_pathSender, landscapeShown ? pathOnScreen(landscape) : nullptr, state, wholeDue, m_pathSentAt);
    // The check colours the lecturer's graph even while its panel is behind another tab, so it
    // travels whenever there is one (and is small enough).
    std::shared_ptr<const ShownGradientCheck> check = panels.gradientCheck->shownCheck();
    state.gradientCheck =
        m_checkSender.next(check && canTravel(*check) ? std::move(check) : nullptr, wholeDue);
}

bool ShownPictures::isWhole(const ShownState &state)
{
    const auto whole = [](const auto &picture) { return picture.id == 0 || picture.whole; };
    return whole(state.boundary) && whole(state.landscape) && whole(state.landscapePath) &&
           whole(state.gradientCheck);
}

void ShownPictures::receive(ShownState &state)
{
    state.boundary.whole = m_boundaryReceiver.take(state.boundary);
    state.landscape.whole = m_landscapeReceiver.take(state.landscape);
    state.landscapePath.whole = m_pathReceiver.take(state.landscapePath);
    state.gradientCheck.whole = m_checkReceiver.take(state.gradientCheck);
}

void ShownPictures::clear()
{
    m_boundaryReceiver.clear();
    m_landscapeReceiver.clear();
    m_pathReceiver.clear();
    m_checkReceiver.clear();
}

void setPicturesFollowing(WindowPanels &panels, bool following)
{
    panels.boundary->setFollowing(following);
    panels.landscape->setFollowing(following);
    panels.gradientCheck->setFollowing(following);
}

void showShownPictures(WindowPanels &panels, const ShownState &state)
{
    std::vector<QPointF> path;
    if (state.landscapePath.whole)
        for (const auto &[first, second] : state.landscapePath.whole->points)
            path.emplace_back(first, second);
    panels.landscape->showLecturersLandscape(state.landscape.whole, path);
    panels.gradientCheck->showLecturersCheck(state.gradientCheck.whole);
    if (!state.boundary.whole) {
        panels.boundary->showLecturersGrid(nullptr);
        return;
    }
    const ShownBoundary &b = *state.boundary.whole;
    const BoundaryGrid grid =
        BoundaryGrid::fromValues({b.x1Min, b.x1Max, b.x2Min, b.x2Max}, b.resolution, b.values);
    panels.boundary->showLecturersGrid(&grid);
}

} // namespace bp::ui
