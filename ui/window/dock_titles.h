#pragma once

class QMainWindow;
class QWidget;

namespace bp::ui {

/// The smallest type of a dock's title: a projector's back row reads 12 pixels at the desk.
inline constexpr int kMinimumDockTitlePixels = 12;

/// The docks' titles at the desk: the window's type, never below kMinimumDockTitlePixels.
int deskDockTitlePixels(const QWidget &window);

/// Sets the type of every dock's title to `pixels` and of the tabs of tabbed docks to `tabPixels`,
/// leaving the docks' contents as they were (a dock's font would otherwise reach every widget inside
/// it), and keeps each dock wide enough for its whole title. Call again after docks were tabbed: Qt
/// makes a tab bar for each new group.
void applyDockTitlePixels(QMainWindow &window, int pixels, int tabPixels);

} // namespace bp::ui
