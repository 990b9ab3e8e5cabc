#include "ui/window/shown_pictures.h"

#include "ui/boundary/decision_boundary_view.h"
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

} // namespace

void ShownPictures::take(const WindowPanels &panels, ShownState &state, bool wholeDue)
{
    state.boundary = m_boundarySender.next(boundaryOnScreen(*panels.boundary), wholeDue);
}

bool ShownPictures::isWhole(const ShownState &state)
{
    return state.boundary.id == 0 || state.boundary.whole;
}

void ShownPictures::receive(ShownState &state)
{
    state.boundary.whole = m_boundaryReceiver.take(state.boundary);
}

void ShownPictures::clear()
{
    m_boundaryReceiver.clear();
}

void setPicturesFollowing(WindowPanels &panels, bool following)
{
    panels.boundary->setFollowing(following);
}

void showShownPictures(WindowPanels &panels, const ShownState &state)
{
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
