#include "ui/window/shown_pictures.h"

#include "ui/boundary/decision_boundary_view.h"
#include "ui/window/window_panels.h"

namespace bp::ui {

void takeShownPictures(const WindowPanels &panels, ShownState &state)
{
    const DecisionBoundaryView &boundary = *panels.boundary;
    const BoundaryGrid &grid = boundary.grid();
    if (boundary.isVisible() && !grid.isEmpty() && grid.resolution <= kMaxShownBoundaryResolution) {
        auto shown = std::make_shared<ShownBoundary>();
        shown->x1Min = grid.extent.x1Min;
        shown->x1Max = grid.extent.x1Max;
        shown->x2Min = grid.extent.x2Min;
        shown->x2Max = grid.extent.x2Max;
        shown->resolution = grid.resolution;
        shown->values = grid.values;
        state.boundary = std::move(shown);
    }
}

void setPicturesFollowing(WindowPanels &panels, bool following)
{
    panels.boundary->setFollowing(following);
}

void showShownPictures(WindowPanels &panels, const ShownState &state)
{
    if (!state.boundary) {
        panels.boundary->showLecturersGrid(nullptr);
        return;
    }
    const ShownBoundary &b = *state.boundary;
    const BoundaryGrid grid =
        BoundaryGrid::fromValues({b.x1Min, b.x1Max, b.x2Min, b.x2Max}, b.resolution, b.values);
    panels.boundary->showLecturersGrid(&grid);
}

} // namespace bp::ui
