#include "ui/window/shown_pictures.h"

#include "ui/boundary/decision_boundary_view.h"
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

void ShownPictures::take(const WindowPanels &panels, ShownState &state, bool wholeDue)
{
    state.boundary = m_boundarySender.next(boundaryOnScreen(*panels.boundary), wholeDue);
    const LossLandscapePanel &landscape = *panels.landscape;
    const bool landscapeShown = landscape.isVisible() && landscape.slice();
    state.landscape = m_landscapeSender.next(landscapeShown ? landscape.slice() : nullptr, wholeDue);
    state.landscapePath = m_pathSender.next(landscapeShown ? pathOnScreen(landscape) : nullptr, wholeDue);
}

bool ShownPictures::isWhole(const ShownState &state)
{
    const auto whole = [](const auto &picture) { return picture.id == 0 || picture.whole; };
    return whole(state.boundary) && whole(state.landscape) && whole(state.landscapePath);
}

void ShownPictures::receive(ShownState &state)
{
    state.boundary.whole = m_boundaryReceiver.take(state.boundary);
    state.landscape.whole = m_landscapeReceiver.take(state.landscape);
    state.landscapePath.whole = m_pathReceiver.take(state.landscapePath);
}

void ShownPictures::clear()
{
    m_boundaryReceiver.clear();
    m_landscapeReceiver.clear();
    m_pathReceiver.clear();
}

void setPicturesFollowing(WindowPanels &panels, bool following)
{
    panels.boundary->setFollowing(following);
    panels.landscape->setFollowing(following);
}

void showShownPictures(WindowPanels &panels, const ShownState &state)
{
    std::vector<QPointF> path;
    if (state.landscapePath.whole)
        for (const auto &[first, second] : state.landscapePath.whole->points)
            path.emplace_back(first, second);
    panels.landscape->showLecturersLandscape(state.landscape.whole, path);
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
